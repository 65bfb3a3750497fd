using System.Diagnostics.CodeAnalysis;

namespace BudgetModel;

/// <summary>
/// Parsing: every way the disclosures write an amount.
/// </summary>
/// <remarks>
/// <para>Grammar (culture-invariant; the format provider of <see cref="IParsable{TSelf}"/> is ignored):</para>
/// <code>
/// [white space] [sign] integer [point fraction] [white space] [unit] [white space]
/// sign     : '-' | '－' (U+FF0D) | '−' (U+2212) | '+' | '＋' (U+FF0B)
/// integer  : digits, or 1–3 digits followed by groups of a separator and exactly 3 digits
/// separator: ',' | '，' (U+FF0C)          point: '.' | '．' (U+FF0E)
/// digit    : '0'–'9' | '０'–'９' (U+FF10–U+FF19)
/// fraction : one or more digits (no separators)
/// unit     : '元' | '万元' | '万' | '亿元' | '亿'
/// </code>
/// <para>Examples from the seed: <c>6,542.05</c>, <c>6542.05万元</c>, <c>364,575</c>, <c>364575元</c>,
/// <c>1,424,237.32</c>, <c>32,323,654.1</c>, <c>1704.4万元</c>, <c>28.205万元</c>, <c>91亿</c>,
/// <c>１２３，４５６．７８</c>, <c>-0.05</c>.</para>
/// <para>A number without a unit is read in the unit the caller names (<c>bareNumberUnit</c>); the overloads
/// without one, and <see cref="IParsable{TSelf}"/> / <see cref="ISpanParsable{TSelf}"/>, read it in 元.</para>
/// <para>A value finer than a fen (<c>1.234元</c>, <c>0.0000001万元</c>) is refused unless an overload that names
/// a <see cref="MidpointRounding"/> is used; trailing zeros are not finer (<c>1.230元</c> is 1.23 元).</para>
/// <para>Every failure, including a value outside <see cref="MinValue"/>..<see cref="MaxValue"/> (such as a
/// 30-digit number), is a <see cref="BudgetFormatException"/> naming the text and the zero-based position
/// where reading failed: out-of-range text is bad input to the parser, not an arithmetic overflow.
/// <c>TryParse</c> neither throws (for any text) nor allocates.</para>
/// </remarks>
public readonly partial struct Money : ISpanParsable<Money>
{
    private const string ParseWhat = "money";

    private enum ParseError : byte
    {
        None,
        Empty,
        ExpectedDigit,
        BadGroup,
        SeparatorInFraction,
        SecondDecimalPoint,
        UnexpectedCharacter,
        FinerThanFen,
        OutOfRange,
    }

    /// <summary>Reads an amount; a number without a unit is in 元.</summary>
    /// <param name="s">The text, for example <c>364,575.00元</c> or <c>6542.05万元</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="BudgetFormatException">The text is not an amount, is out of range or is finer than a fen.</exception>
    public static Money Parse(string s)
    {
        Guard.Against.Null(s);
        return Parse(s.AsSpan(), MoneyUnit.Yuan);
    }

    /// <summary>Reads an amount; a number without a unit is in 元.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="BudgetFormatException">The text is not an amount, is out of range or is finer than a fen.</exception>
    public static Money Parse(ReadOnlySpan<char> s) => Parse(s, MoneyUnit.Yuan);

    /// <summary>Reads an amount; a number without a unit is in <paramref name="bareNumberUnit"/>.</summary>
    /// <param name="s">The text, for example <c>6,542.05</c> read from a 万元 table.</param>
    /// <param name="bareNumberUnit">The unit of a number written without one (the table's 单位).</param>
    /// <exception cref="BudgetFormatException">The text is not an amount, is out of range or is finer than a fen.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bareNumberUnit"/> is not a defined unit.</exception>
    public static Money Parse(ReadOnlySpan<char> s, MoneyUnit bareNumberUnit)
    {
        var error = ParseCore(s, bareNumberUnit, null, out long fen, out int position);
        if (error != ParseError.None)
        {
            ThrowParseError(s, error, position);
        }
        return new Money(fen);
    }

    /// <summary>
    /// Reads an amount, rounding a value finer than a fen with the named rounding;
    /// a number without a unit is in <paramref name="bareNumberUnit"/>.
    /// </summary>
    /// <param name="s">The text, for example <c>0.0000001万元</c>.</param>
    /// <param name="bareNumberUnit">The unit of a number written without one.</param>
    /// <param name="rounding">How to round a value finer than a fen.</param>
    /// <exception cref="BudgetFormatException">The text is not an amount or is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bareNumberUnit"/> or <paramref name="rounding"/> is not defined.</exception>
    public static Money Parse(ReadOnlySpan<char> s, MoneyUnit bareNumberUnit, MidpointRounding rounding)
    {
        MoneyRounding.Check(rounding, nameof(rounding));
        var error = ParseCore(s, bareNumberUnit, rounding, out long fen, out int position);
        if (error != ParseError.None)
        {
            ThrowParseError(s, error, position);
        }
        return new Money(fen);
    }

    /// <summary>Reads an amount (<see cref="IParsable{TSelf}"/>); a number without a unit is in 元.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is culture-invariant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="BudgetFormatException">The text is not an amount, is out of range or is finer than a fen.</exception>
    public static Money Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads an amount (<see cref="ISpanParsable{TSelf}"/>); a number without a unit is in 元.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is culture-invariant.</param>
    /// <exception cref="BudgetFormatException">The text is not an amount, is out of range or is finer than a fen.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, MoneyUnit.Yuan);

    /// <summary>Tries to read an amount; a number without a unit is in 元. Never throws, never allocates.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>True when the text is an amount exact to the fen and in range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => TryParse(s.AsSpan(), MoneyUnit.Yuan, out result) && s is not null;

    /// <summary>Tries to read an amount; a number without a unit is in 元. Never throws, never allocates.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>True when the text is an amount exact to the fen and in range.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Money result) => TryParse(s, MoneyUnit.Yuan, out result);

    /// <summary>
    /// Tries to read an amount; a number without a unit is in <paramref name="bareNumberUnit"/>.
    /// Never throws for any text, never allocates.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="bareNumberUnit">The unit of a number written without one.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>True when the text is an amount exact to the fen and in range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bareNumberUnit"/> is not a defined unit (a programming error, not bad text).</exception>
    public static bool TryParse(ReadOnlySpan<char> s, MoneyUnit bareNumberUnit, out Money result)
    {
        bool ok = ParseCore(s, bareNumberUnit, null, out long fen, out _) == ParseError.None;
        result = new Money(fen);
        return ok;
    }

    /// <summary>
    /// Tries to read an amount, rounding a value finer than a fen with the named rounding; a number without a
    /// unit is in <paramref name="bareNumberUnit"/>. Never throws for any text, never allocates.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="bareNumberUnit">The unit of a number written without one.</param>
    /// <param name="rounding">How to round a value finer than a fen.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>True when the text is an amount in range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bareNumberUnit"/> or <paramref name="rounding"/> is not defined.</exception>
    public static bool TryParse(ReadOnlySpan<char> s, MoneyUnit bareNumberUnit, MidpointRounding rounding, out Money result)
    {
        MoneyRounding.Check(rounding, nameof(rounding));
        bool ok = ParseCore(s, bareNumberUnit, rounding, out long fen, out _) == ParseError.None;
        result = new Money(fen);
        return ok;
    }

    /// <summary>Tries to read an amount (<see cref="IParsable{TSelf}"/>); a number without a unit is in 元.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: the grammar is culture-invariant.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>True when the text is an amount exact to the fen and in range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    /// <summary>Tries to read an amount (<see cref="ISpanParsable{TSelf}"/>); a number without a unit is in 元.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is culture-invariant.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>True when the text is an amount exact to the fen and in range.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s, MoneyUnit.Yuan, out result);

    [DoesNotReturn]
    private static void ThrowParseError(ReadOnlySpan<char> s, ParseError error, int position)
    {
        string reason = error switch
        {
            ParseError.Empty => "the text is empty or white space",
            ParseError.ExpectedDigit => "expected a digit",
            ParseError.BadGroup => "a thousands separator must be preceded by 1 to 3 digits and followed by groups of exactly 3",
            ParseError.SeparatorInFraction => "a thousands separator cannot follow the decimal point",
            ParseError.SecondDecimalPoint => "a second decimal point",
            ParseError.UnexpectedCharacter => $"unexpected character '{s[position]}' (expected a digit, a decimal point or one of the units 元, 万元, 万, 亿元, 亿)",
            ParseError.FinerThanFen => "the amount is finer than one fen; use an overload that names a MidpointRounding to round it",
            ParseError.OutOfRange => "the amount is outside the range of Money (about ±92 万亿 元)",
            _ => "unreadable",
        };
        Preconditions.ThrowFormat(ParseWhat, s.ToString(), position, reason);
    }

    private static bool IsMinus(char c) => c is '-' or '\uFF0D' or '\u2212';

    private static bool IsPlus(char c) => c is '+' or '\uFF0B';

    private static bool IsGroupSeparator(char c) => c is ',' or '\uFF0C';

    private static bool IsDecimalPoint(char c) => c is '.' or '\uFF0E';

    /// <summary>The value of an ASCII or full-width digit, or -1.</summary>
    private static int DigitValue(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }
        if (c is >= '\uFF10' and <= '\uFF19')
        {
            return c - '\uFF10';
        }
        return -1;
    }

    /// <summary>The whole parser. Pass 1 checks the syntax and finds the unit; pass 2 counts fen with overflow checks.</summary>
    private static ParseError ParseCore(ReadOnlySpan<char> s, MoneyUnit bareNumberUnit, MidpointRounding? rounding, out long fen, out int position)
    {
        fen = 0;
        // Validate the unit first so that a bad argument is reported the same way for any text.
        _ = FenPer(bareNumberUnit);

        int end = s.Length;
        while (end > 0 && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }
        int i = 0;
        while (i < end && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        if (i == end)
        {
            position = 0;
            return ParseError.Empty;
        }

        bool negative = false;
        if (IsMinus(s[i]))
        {
            negative = true;
            i++;
        }
        else if (IsPlus(s[i]))
        {
            i++;
        }

        // Integer part: digits, optionally in thousands groups.
        int integerStart = i;
        int groupLength = 0;
        bool grouped = false;
        for (; i < end; i++)
        {
            char c = s[i];
            if (DigitValue(c) >= 0)
            {
                if (grouped && groupLength == 3)
                {
                    position = i; // a fourth digit after a separator
                    return ParseError.BadGroup;
                }
                groupLength++;
            }
            else if (IsGroupSeparator(c))
            {
                if (groupLength == 0 || (grouped ? groupLength != 3 : groupLength > 3))
                {
                    position = i;
                    return groupLength == 0 ? ParseError.ExpectedDigit : ParseError.BadGroup;
                }
                grouped = true;
                groupLength = 0;
            }
            else
            {
                break;
            }
        }
        int integerEnd = i;
        if (groupLength == 0)
        {
            // No digit at all, or a separator not followed by a digit.
            position = i;
            return ParseError.ExpectedDigit;
        }
        if (grouped && groupLength != 3)
        {
            position = i;
            return ParseError.BadGroup;
        }

        // Fraction.
        int fractionStart = i;
        int fractionEnd = i;
        if (i < end && IsDecimalPoint(s[i]))
        {
            i++;
            fractionStart = i;
            while (i < end && DigitValue(s[i]) >= 0)
            {
                i++;
            }
            fractionEnd = i;
            if (fractionEnd == fractionStart)
            {
                position = i;
                return i < end && IsDecimalPoint(s[i]) ? ParseError.SecondDecimalPoint : ParseError.ExpectedDigit;
            }
            if (i < end && IsDecimalPoint(s[i]))
            {
                position = i;
                return ParseError.SecondDecimalPoint;
            }
            if (i < end && IsGroupSeparator(s[i]))
            {
                position = i;
                return ParseError.SeparatorInFraction;
            }
        }

        // Unit.
        while (i < end && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        var unit = bareNumberUnit;
        if (i < end)
        {
            var rest = s[i..end];
            if (rest is "元")
            {
                unit = MoneyUnit.Yuan;
            }
            else if (rest is "万元" or "万")
            {
                unit = MoneyUnit.Wan;
            }
            else if (rest is "亿元" or "亿")
            {
                unit = MoneyUnit.Yi;
            }
            else
            {
                position = i;
                return ParseError.UnexpectedCharacter;
            }
        }

        // Pass 2: count fen. scale = decimal places of the unit that are still whole fen (2, 6 or 10).
        int scale = unit switch { MoneyUnit.Yuan => 2, MoneyUnit.Wan => 6, _ => 10 };
        const ulong Limit = long.MaxValue;
        ulong magnitude = 0;
        for (int k = integerStart; k < integerEnd; k++)
        {
            int d = DigitValue(s[k]);
            if (d < 0)
            {
                continue; // a group separator, already checked
            }
            if (magnitude > (Limit - (ulong)d) / 10)
            {
                position = k;
                return ParseError.OutOfRange;
            }
            magnitude = (magnitude * 10) + (ulong)d;
        }
        int kept = Math.Min(scale, fractionEnd - fractionStart);
        for (int k = fractionStart; k < fractionStart + kept; k++)
        {
            int d = DigitValue(s[k]);
            if (magnitude > (Limit - (ulong)d) / 10)
            {
                position = k;
                return ParseError.OutOfRange;
            }
            magnitude = (magnitude * 10) + (ulong)d;
        }
        for (int k = kept; k < scale; k++)
        {
            if (magnitude > Limit / 10)
            {
                position = fractionEnd;
                return ParseError.OutOfRange;
            }
            magnitude *= 10;
        }

        // Digits finer than a fen: refused, or rounded as the caller named.
        int firstDropped = fractionStart + kept;
        int firstNonZero = -1;
        for (int k = firstDropped; k < fractionEnd; k++)
        {
            if (DigitValue(s[k]) != 0)
            {
                firstNonZero = k;
                break;
            }
        }
        if (firstNonZero >= 0)
        {
            if (rounding is null)
            {
                position = firstNonZero;
                return ParseError.FinerThanFen;
            }
            int leading = DigitValue(s[firstDropped]);
            bool sticky = false;
            for (int k = firstDropped + 1; k < fractionEnd && !sticky; k++)
            {
                sticky = DigitValue(s[k]) != 0;
            }
            int halfComparison = leading > 5 || (leading == 5 && sticky) ? 1 : leading == 5 ? 0 : -1;
            if (MoneyRounding.AwayFromZero(rounding.Value, halfComparison, negative, (magnitude & 1) != 0))
            {
                if (magnitude == Limit)
                {
                    position = firstDropped;
                    return ParseError.OutOfRange;
                }
                magnitude++;
            }
        }

        fen = negative ? -(long)magnitude : (long)magnitude;
        position = -1;
        return ParseError.None;
    }
}
