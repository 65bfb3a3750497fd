using System.Buffers;
using System.Text.Json;

namespace BudgetModel.Serialization;

/// <summary>
/// Exact numbers in JSON: amounts are written from the exact decimal of a <see cref="Money"/> (never through
/// <see cref="double"/>) and read back only when the text is a plain decimal a <see cref="decimal"/> holds exactly.
/// </summary>
internal static class JsonAmounts
{
    /// <summary>The most significant digits a number may have: what <see cref="decimal"/> holds exactly.</summary>
    internal const int MaxSignificantDigits = 28;

    /// <summary>The longest number token read at all (digits, sign, point and leading zeros).</summary>
    private const int MaxTokenLength = 64;

    /// <summary>
    /// The amount as an exact decimal in <paramref name="unit"/> with at least <paramref name="minDecimals"/>
    /// places and no superfluous trailing zeros beyond them: 6,542.05 万元 at two places is <c>6542.05</c>,
    /// 3 万元 is <c>3.00</c>, 282,644.85 元 in 万元 is <c>28.264485</c>.
    /// </summary>
    internal static decimal ToDecimal(Money amount, MoneyUnit unit, int minDecimals)
    {
        // fen = amount; value = fen / 10^k with k the number of decimal places of one fen in the unit.
        int scale = unit switch
        {
            MoneyUnit.Yuan => 2,
            MoneyUnit.Wan => 6,
            MoneyUnit.Yi => 10,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown money unit."),
        };
        long fen = amount.TotalFen; // never long.MinValue (Money's invariant)
        bool negative = fen < 0;
        ulong mantissa = (ulong)Math.Abs(fen);
        while (scale > minDecimals && mantissa % 10 == 0 && scale > 0)
        {
            mantissa /= 10;
            scale--;
        }
        if (mantissa == 0)
        {
            negative = false;
        }
        var value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative, (byte)scale);
        // The unit of a fen is at most 10 places; when more places are asked for (a 亿元 figure printed with more
        // decimals than a fen has), pad with zeros.
        while (value.Scale < minDecimals)
        {
            value *= 1.0m;
        }
        return value;
    }

    /// <summary>A decimal as written: no negative zero.</summary>
    internal static decimal Normalize(decimal value) => value == 0m ? new decimal(0, 0, 0, false, value.Scale) : value;

    /// <summary>Reads a JSON number as an exact decimal, refusing strings, exponents, more than
    /// <see cref="MaxSignificantDigits"/> significant digits and values beyond the range of <see cref="decimal"/>.
    /// A negative zero (<c>-0</c>, <c>-0.00</c>) reads as zero.</summary>
    /// <exception cref="JsonException">The token is not such a number.</exception>
    internal static decimal ReadExact(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected a number, found {Describe(reader.TokenType)}.");
        }
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxTokenLength)
        {
            throw new JsonException($"The number has {length} characters; at most {MaxSignificantDigits} significant digits are exact.");
        }
        Span<byte> copy = stackalloc byte[MaxTokenLength];
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? copy[..CopySequence(reader.ValueSequence, copy)] : reader.ValueSpan;
        CheckDigits(raw);
        if (!reader.TryGetDecimal(out var value))
        {
            throw new JsonException("The number is beyond the range of an exact decimal (about ±7.9E28).");
        }
        return Normalize(value);
    }

    /// <summary>A short description of a token type for messages.</summary>
    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    private static int CopySequence(ReadOnlySequence<byte> sequence, Span<byte> destination)
    {
        sequence.CopyTo(destination);
        return (int)sequence.Length;
    }

    private static void CheckDigits(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'e', (byte)'E') >= 0)
        {
            throw new JsonException("Exponent notation is not accepted; write the number in plain decimal notation (6542.05, not 6.54205E3).");
        }
        if (raw.Length > 0 && raw[0] == (byte)'-')
        {
            raw = raw[1..];
        }
        int point = raw.IndexOf((byte)'.');
        var integer = point < 0 ? raw : raw[..point];
        var fraction = point < 0 ? [] : raw[(point + 1)..];
        fraction = fraction.TrimEnd((byte)'0');
        integer = integer.TrimStart((byte)'0');
        int significant = integer.Length > 0 ? integer.Length + fraction.Length : fraction.TrimStart((byte)'0').Length;
        if (significant > MaxSignificantDigits || fraction.Length > MaxSignificantDigits)
        {
            throw new JsonException($"The number has more than {MaxSignificantDigits} significant digits or decimal places; a decimal cannot hold it exactly.");
        }
    }
}
