using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

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
