using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

/// <summary>Writes a <see cref="FunctionCode"/> as a JSON string of its digits (<c>"2150517"</c>) and reads one,
/// refusing anything but 3, 5 or 7 ASCII digits with a <see cref="JsonException"/>.</summary>
public sealed class FunctionCodeJsonConverter : JsonConverter<FunctionCode>
{
    /// <inheritdoc />
    public override FunctionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CodeText.ReadCode<FunctionCode>(ref reader, "function classification code", "a " + FunctionCode.What);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FunctionCode value, JsonSerializerOptions options) =>
        CodeText.WriteCode(writer, value);
}

/// <summary>Reads every <see cref="decimal"/> of the format exactly (see <see cref="JsonAmounts.ReadExact"/>) and writes
/// it without a negative zero.</summary>
internal sealed class ExactDecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonAmounts.ReadExact(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(JsonAmounts.Normalize(value));
}

/// <summary>
/// Writes an enumeration as the stable English name of its member, camelCase (<c>TableKind.ThreePublicExpenses</c>
/// is <c>"threePublicExpenses"</c>), as a value or as a property name; reads only those names, exactly (no numbers,
/// no other casing, no comma lists).
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class StableNameEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, JsonEncodedText> Names = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(NameOf(v)));
    private static readonly FrozenDictionary<string, TEnum> Values = Enum.GetValues<TEnum>().ToFrozenDictionary(NameOf, v => v, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> ValuesBySpan = Values.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string Expected = string.Join(", ", Enum.GetValues<TEnum>().Select(NameOf));

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} name as a string, found {JsonAmounts.Describe(reader.TokenType)}.");
        }
        return ReadName(ref reader);
    }

    /// <summary>The member named by the string or property name token: looked up from its characters, with a string
    /// made only to refuse a name that is not one.</summary>
    private static TEnum ReadName(ref Utf8JsonReader reader)
    {
        Span<char> name = stackalloc char[CodeText.ShortLength];
        if (CodeText.TryCopyShort(ref reader, name, out int length) && ValuesBySpan.TryGetValue(name[..length], out var value))
        {
            return value;
        }
        return Parse(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameFor(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadName(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(NameFor(value));

    /// <summary>The JSON name of a member (for messages and tests).</summary>
    internal static string NameOf(TEnum value)
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }

    private static TEnum Parse(string name) =>
        Values.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"\"{name}\" is not a {typeof(TEnum).Name}; expected one of: {Expected}.");

    private static JsonEncodedText NameFor(TEnum value) =>
        Names.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a defined {typeof(TEnum).Name}.");
}

/// <summary>Reads and writes the string of a classification code (<see cref="FunctionCode"/>,
/// <see cref="EconomicCode"/>, <see cref="RevenueCode"/>): the mechanics of their three converters, and the
/// allocation-free copy of a short string token that <see cref="StableNameEnumConverter{TEnum}"/> uses too.</summary>
internal static class CodeText
{
    /// <summary>The most characters <see cref="TryCopyShort"/> copies: more than any code or enumeration name.</summary>
    internal const int ShortLength = 48;

    /// <summary>Copies a short string token's characters (unescaped) into <paramref name="buffer"/> without making a
    /// string (the valid case of a code or a name); false for another token or a longer string, which the caller then
    /// reads as a string to refuse it with a message.</summary>
    internal static bool TryCopyShort(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        length = 0;
        // An unescaped string has at most as many chars as the token has bytes.
        long bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || bytes > buffer.Length)
        {
            return false;
        }
        length = reader.CopyString(buffer);
        return true;
    }

    /// <summary>Reads a code from a JSON string of its digits: parsed from the token's characters without a string
    /// when it is valid; otherwise read as a string and refused with a <see cref="JsonException"/> that quotes it.</summary>
    /// <typeparam name="TCode">The code type.</typeparam>
    /// <param name="reader">The reader, on the token.</param>
    /// <param name="what">The code's English name for "expected a … as a string" ("function classification code").</param>
    /// <param name="described">The code with its article and official term for "is not …" ("a function
    /// classification code (支出功能分类科目编码)").</param>
    internal static TCode ReadCode<TCode>(ref Utf8JsonReader reader, string what, string described)
        where TCode : struct, ISpanParsable<TCode>
    {
        Span<char> digits = stackalloc char[ShortLength];
        if (TryCopyShort(ref reader, digits, out int length) && TCode.TryParse(digits[..length], null, out var code))
        {
            return code;
        }
        var text = Read(ref reader, what);
        try
        {
            return TCode.Parse(text, null);
        }
        catch (BudgetFormatException e)
        {
            throw new JsonException($"\"{text}\" is not {described}: {e.Reason}.");
        }
    }

    /// <summary>Writes a code as a JSON string of its digits, without making a string.</summary>
    /// <typeparam name="TCode">The code type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The code (the empty code writes <c>""</c>).</param>
    internal static void WriteCode<TCode>(Utf8JsonWriter writer, TCode value)
        where TCode : struct, ISpanFormattable
    {
        Guard.Against.Null(writer);
        Span<char> digits = stackalloc char[ShortLength];
        value.TryFormat(digits, out int length, default, null);
        writer.WriteStringValue(digits[..length]);
    }

    internal static string Read(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected a {what} as a string of digits, found {JsonAmounts.Describe(reader.TokenType)} (codes are strings so that their length is kept).");
}
