namespace BudgetModel.Classification;

/// <summary>
/// Shared arithmetic of the classification codes: a code of up to nine digits is packed into one
/// <see cref="long"/> as (digits right-padded with zeros to nine places) × 16 + length, so that
/// comparing the packed values orders codes as strings are ordered (201 &lt; 20101 &lt; 202) and
/// parent and level are computed without allocating.
/// </summary>
internal static class CodeDigits
{
    internal const int MaxLength = 9;

    private static readonly long[] Pow10 =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ];

    /// <summary>Packs digits; the caller has validated that every char is an ASCII digit and the length is 1..9.</summary>
    internal static long Pack(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }
        return (value * Pow10[MaxLength - digits.Length] * 16) + digits.Length;
    }

    internal static int Length(long packed) => (int)(packed & 15);

    /// <summary>The packed code cut to its first <paramref name="length"/> digits.</summary>
    internal static long Truncate(long packed, int length)
    {
        long padded = packed >> 4;
        long unit = Pow10[MaxLength - length];
        return ((padded / unit) * unit * 16) + length;
    }

    /// <summary>Digits of a packed code, as a new string.</summary>
    internal static string ToDigits(long packed)
    {
        int len = Length(packed);
        if (len == 0)
        {
            return string.Empty;
        }
        long value = (packed >> 4) / Pow10[MaxLength - len];
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(len, '0');
    }

    /// <summary>Writes the digits of a packed code into <paramref name="destination"/>.</summary>
    internal static bool TryWrite(long packed, Span<char> destination, out int written)
    {
        int len = Length(packed);
        if (destination.Length < len)
        {
            written = 0;
            return false;
        }
        long value = (packed >> 4) / Pow10[MaxLength - len];
        for (int i = len - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
        written = len;
        return true;
    }

    /// <summary>True when <paramref name="ancestor"/> is a proper prefix of <paramref name="code"/>.</summary>
    internal static bool IsProperPrefix(long ancestor, long code)
    {
        int la = Length(ancestor);
        int lc = Length(code);
        return la > 0 && la < lc && Truncate(code, la) == ancestor;
    }

    /// <summary>Validates ASCII digits of an allowed length; returns the position of the first problem or -1.</summary>
    internal static int FindInvalid(ReadOnlySpan<char> text, ReadOnlySpan<int> allowedLengths, out string reason)
    {
        if (text.IsEmpty)
        {
            reason = "the code is empty";
            return 0;
        }
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                reason = $"'{text[i]}' is not a digit";
                return i;
            }
        }
        if (!allowedLengths.Contains(text.Length))
        {
            reason = $"a code of {text.Length} digits is not a level of this classification (allowed: {string.Join("/", allowedLengths.ToArray())})";
            return text.Length;
        }
        reason = string.Empty;
        return -1;
    }
}
