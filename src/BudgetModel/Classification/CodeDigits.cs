using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>Why a text is not a classification code; <see cref="None"/> when it is one.</summary>
internal enum CodeError : byte
{
    None = 0,
    Empty,
    NotDigit,
    WrongLength,
    TooLong,
    WrongSystem,
    MissingPart,
}

/// <summary>
/// Shared arithmetic of the classification codes: a code of up to nine digits is packed into one
/// <see cref="long"/> as (digits right-padded with zeros to nine places) × 16 + length, so that
/// comparing the packed values orders codes as strings are ordered (201 &lt; 20101 &lt; 202) and
/// parent and level are computed without allocating. The packed value 0 is the empty code.
/// </summary>
/// <remarks>
/// Validation reports an error kind and a position and never allocates; the human-readable reason is
/// built by <see cref="Describe"/> only on the throwing path.
/// </remarks>
internal static class CodeDigits
{
    internal const int MaxLength = 9;

    /// <summary>Length masks (bit n set: a code of n digits is allowed).</summary>
    internal const int FunctionLengths = (1 << 3) | (1 << 5) | (1 << 7);

    /// <inheritdoc cref="FunctionLengths"/>
    internal const int EconomicLengths = (1 << 3) | (1 << 5);

    /// <inheritdoc cref="FunctionLengths"/>
    internal const int RevenueLengths = (1 << 3) | (1 << 5) | (1 << 7) | (1 << 9);

    private static readonly long[] Pow10 =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ];

    private static readonly string[] PartNames = ["类", "款", "项", "目"];

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

    /// <summary>1 for 3 digits (类), 2 for 5 (款), 3 for 7 (项), 4 for 9 (目); 0 for the empty code.</summary>
    internal static int LevelNumber(long packed) => packed == 0 ? 0 : (Length(packed) - 1) / 2;

    /// <summary>The first digit of a non-empty packed code.</summary>
    internal static int FirstDigit(long packed) => (int)((packed >> 4) / Pow10[MaxLength - 1]);

    /// <summary>The packed code cut to its first <paramref name="length"/> digits.</summary>
    internal static long Truncate(long packed, int length)
    {
        long padded = packed >> 4;
        long unit = Pow10[MaxLength - length];
        return ((padded / unit) * unit * 16) + length;
    }

    /// <summary>The packed code one level (two digits) longer, with <paramref name="child"/> (0..99) as its last two digits.</summary>
    internal static long AppendTwoDigits(long packed, int child)
    {
        int len = Length(packed);
        long padded = (packed >> 4) + (child * Pow10[MaxLength - len - 2]);
        return (padded * 16) + len + 2;
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
        return value.ToString(CultureInfo.InvariantCulture).PadLeft(len, '0');
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

    /// <summary>
    /// Checks that <paramref name="text"/> is ASCII digits of an allowed length, without allocating.
    /// On failure <paramref name="position"/> is the first bad character, the first digit beyond the longest
    /// allowed length, or the end of the text.
    /// </summary>
    internal static CodeError Validate(ReadOnlySpan<char> text, int lengthMask, out int position)
    {
        if (text.IsEmpty)
        {
            position = 0;
            return CodeError.Empty;
        }
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                position = i;
                return CodeError.NotDigit;
            }
        }
        int longest = MaxAllowed(lengthMask);
        if (text.Length > longest)
        {
            position = longest;
            return CodeError.TooLong;
        }
        if ((lengthMask & (1 << text.Length)) == 0)
        {
            position = text.Length;
            return CodeError.WrongLength;
        }
        position = -1;
        return CodeError.None;
    }

    /// <summary>Parses, or throws a <see cref="BudgetFormatException"/> naming <paramref name="what"/> and the position.</summary>
    internal static long ParseOrThrow(ReadOnlySpan<char> text, int lengthMask, string what)
    {
        var error = Validate(text, lengthMask, out int position);
        if (error != CodeError.None)
        {
            ThrowFormat(what, text, error, position, lengthMask);
        }
        return Pack(text);
    }

    /// <summary>
    /// Joins codes printed in 类/款/项/目 columns (<c>204</c> <c>06</c> <c>01</c>) into one packed code without
    /// allocating. Each part is trimmed of white space; the first part has 3 digits, every later one 2; empty
    /// parts may only trail. <paramref name="partCount"/> is the number of parts the classification has.
    /// On failure <paramref name="badPart"/> is the index of the offending part and <paramref name="position"/>
    /// the position in that part as given (before trimming).
    /// </summary>
    internal static CodeError TryCombine(
        ReadOnlySpan<char> part0,
        ReadOnlySpan<char> part1,
        ReadOnlySpan<char> part2,
        ReadOnlySpan<char> part3,
        int partCount,
        out long packed,
        out int badPart,
        out int position)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int written = 0;
        int firstEmpty = -1;
        packed = 0;
        for (int i = 0; i < partCount; i++)
        {
            var raw = i switch { 0 => part0, 1 => part1, 2 => part2, _ => part3 };
            int lead = raw.Length - raw.TrimStart().Length;
            var part = raw.Trim();
            badPart = i;
            if (part.IsEmpty)
            {
                if (i == 0)
                {
                    position = 0;
                    return CodeError.Empty;
                }
                if (firstEmpty < 0)
                {
                    firstEmpty = i;
                }
                continue;
            }
            if (firstEmpty >= 0)
            {
                badPart = firstEmpty;
                position = 0;
                return CodeError.MissingPart;
            }
            var error = Validate(part, 1 << (i == 0 ? 3 : 2), out position);
            if (error != CodeError.None)
            {
                position += lead;
                return error;
            }
            part.CopyTo(buffer[written..]);
            written += part.Length;
        }
        badPart = -1;
        position = -1;
        packed = Pack(buffer[..written]);
        return CodeError.None;
    }

    /// <summary>Combines parts (see <see cref="TryCombine"/>) or throws a <see cref="BudgetFormatException"/> naming the part.</summary>
    internal static long CombineOrThrow(
        string? part0,
        string? part1,
        string? part2,
        string? part3,
        int partCount,
        string what)
    {
        var error = TryCombine(part0, part1, part2, part3, partCount, out long packed, out int badPart, out int position);
        if (error != CodeError.None)
        {
            var text = badPart switch { 0 => part0, 1 => part1, 2 => part2, _ => part3 } ?? string.Empty;
            var partWhat = $"the {PartNames[badPart]} column of a {what}";
            string reason = error == CodeError.MissingPart
                ? $"the {PartNames[badPart]} column is empty while a later column is filled"
                : Describe(error, text.AsSpan().Trim(), position - (text.Length - text.TrimStart().Length), 1 << (badPart == 0 ? 3 : 2));
            Preconditions.ThrowFormat(partWhat, text, position, reason);
        }
        return packed;
    }

    /// <summary>Throws the <see cref="BudgetFormatException"/> for a failed <see cref="Validate"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void ThrowFormat(string what, ReadOnlySpan<char> text, CodeError error, int position, int lengthMask) =>
        Preconditions.ThrowFormat(what, text.ToString(), position, Describe(error, text, position, lengthMask));

    /// <summary>A human-readable reason for a validation error (allocates; for the error path only).</summary>
    internal static string Describe(CodeError error, ReadOnlySpan<char> text, int position, int lengthMask) => error switch
    {
        CodeError.Empty => "the code is empty",
        CodeError.NotDigit => $"'{text[position]}' (U+{(int)text[position]:X4}) is not an ASCII digit",
        CodeError.TooLong => $"a code of {text.Length} digits is longer than the {MaxAllowed(lengthMask)} digits this classification allows",
        CodeError.WrongLength => $"a code of {text.Length} digits is not a level of this classification (allowed: {AllowedList(lengthMask)} digits)",
        CodeError.WrongSystem => "an economic code starts with 3 (部门预算支出经济分类) or 5 (政府预算支出经济分类)",
        CodeError.MissingPart => "a column is empty while a later column is filled",
        _ => "the code is valid",
    };

    /// <summary>Validates a format string of a code: only null, empty or "G" (the digits) are known.</summary>
    internal static void CheckFormatString(ReadOnlySpan<char> format, string typeName)
    {
        if (!format.IsEmpty && !(format.Length == 1 && (format[0] == 'G' || format[0] == 'g')))
        {
            Preconditions.ThrowFormat($"format string of {typeName}", format.ToString(), 0, "the only format is \"G\" (the digits)");
        }
    }

    private static int MaxAllowed(int lengthMask) => 31 - int.LeadingZeroCount(lengthMask);

    private static string AllowedList(int lengthMask)
    {
        var lengths = new List<string>();
        for (int n = 1; n <= MaxLength; n++)
        {
            if ((lengthMask & (1 << n)) != 0)
            {
                lengths.Add(n.ToString(CultureInfo.InvariantCulture));
            }
        }
        return string.Join("/", lengths);
    }
}
