using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

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
