using System.Globalization;

namespace BudgetModel.Performance;

/// <summary>
/// A 指标值 (the target value of a performance indicator): empty, quantitative — an optional comparator, a
/// number and a unit: <c>≥90%</c>, <c>350户</c>, <c>28.205万元</c>, <c>&gt;17000辆</c> — or qualitative text:
/// <c>及时</c>, <c>有效提升</c>, <c>提高97%</c>.
/// </summary>
/// <remarks>
/// <para><b>Reading.</b> <see cref="Parse(string)"/> reads the published text. A comparator is a symbol
/// (<c>≥ ≤ &gt; &lt; =</c>, <c>&gt;= &lt;=</c>, <c>≧ ≦</c>, full-width <c>＞ ＜ ＝</c>), a word (<c>不低于</c>, <c>不少于</c>,
/// <c>大于</c>, <c>小于</c>, <c>不高于</c>, <c>不超过</c> …) or a trailing <c>以上</c> / <c>以下</c> / <c>以内</c>. The
/// number may have thousands separators. The unit must be one of <see cref="IndicatorUnits.All"/> or absent.
/// Text that starts otherwise, or whose number is followed by anything but a known unit
/// (<c>提高97%</c>, <c>2024年12月底前完成</c>, <c>100%完成</c>), is qualitative. Text that looks quantitative but
/// is malformed — a comparator symbol with no number (<c>≥</c>), a malformed number before a known unit
/// (<c>12.3.4%</c>, <c>1,00万元</c>) — is refused.</para>
/// <para><b>Writing.</b> <see cref="ToString"/> returns the published text exactly (without surrounding
/// white space); <see cref="Format"/> returns the canonical form (<c>&gt;=90 %</c> → <c>≥90%</c>).</para>
/// <para><b>Equality</b> is by meaning. Quantitative values are equal when comparator, number (as a decimal
/// value: <c>90</c> equals <c>90.0</c>) and unit (ordinal, as written; <c>亿</c> differs from <c>亿元</c>) are equal,
/// so <c>≥90%</c>, <c>&gt;=90%</c>, <c>不低于90%</c> and <c>90%以上</c> are one value, each keeping its own
/// <see cref="Text"/>. Qualitative values are equal when their texts are equal (ordinal).</para>
/// <para><c>default(IndicatorValue)</c> is <see cref="Empty"/>.</para>
/// </remarks>
public readonly struct IndicatorValue : IEquatable<IndicatorValue>
{
    private const string What = "indicator value (指标值)";

    // Comparator prefixes, longest first so that 不高于 is tried before 高于.
    private static readonly (string Prefix, IndicatorComparator Comparator, bool IsSymbol)[] Prefixes =
        new (string, IndicatorComparator, bool)[]
        {
            (">=", IndicatorComparator.AtLeast, true),
            ("<=", IndicatorComparator.AtMost, true),
            ("＞＝", IndicatorComparator.AtLeast, true),
            ("＜＝", IndicatorComparator.AtMost, true),
            ("≥", IndicatorComparator.AtLeast, true),
            ("≧", IndicatorComparator.AtLeast, true),
            ("⩾", IndicatorComparator.AtLeast, true),
            ("≤", IndicatorComparator.AtMost, true),
            ("≦", IndicatorComparator.AtMost, true),
            ("⩽", IndicatorComparator.AtMost, true),
            (">", IndicatorComparator.GreaterThan, true),
            ("＞", IndicatorComparator.GreaterThan, true),
            ("<", IndicatorComparator.LessThan, true),
            ("＜", IndicatorComparator.LessThan, true),
            ("=", IndicatorComparator.Equal, true),
            ("＝", IndicatorComparator.Equal, true),
            ("不低于", IndicatorComparator.AtLeast, false),
            ("不少于", IndicatorComparator.AtLeast, false),
            ("不小于", IndicatorComparator.AtLeast, false),
            ("不高于", IndicatorComparator.AtMost, false),
            ("不超过", IndicatorComparator.AtMost, false),
            ("不大于", IndicatorComparator.AtMost, false),
            ("不多于", IndicatorComparator.AtMost, false),
            ("大于", IndicatorComparator.GreaterThan, false),
            ("高于", IndicatorComparator.GreaterThan, false),
            ("超过", IndicatorComparator.GreaterThan, false),
            ("多于", IndicatorComparator.GreaterThan, false),
            ("小于", IndicatorComparator.LessThan, false),
            ("低于", IndicatorComparator.LessThan, false),
            ("少于", IndicatorComparator.LessThan, false),
            ("等于", IndicatorComparator.Equal, false),
        }.OrderByDescending(p => p.Item1.Length).ToArray();

    private static readonly (string Suffix, IndicatorComparator Comparator)[] Suffixes =
    [
        ("及以上", IndicatorComparator.AtLeast),
        ("及以下", IndicatorComparator.AtMost),
        ("以上", IndicatorComparator.AtLeast),
        ("以下", IndicatorComparator.AtMost),
        ("以内", IndicatorComparator.AtMost),
    ];

    private readonly string? _text;
    private readonly string? _unit;
    private readonly decimal _number;
    private readonly IndicatorComparator _comparator;
    private readonly IndicatorValueKind _kind;

    private IndicatorValue(string text, IndicatorComparator comparator, decimal number, string? unit)
    {
        _text = text;
        _comparator = comparator;
        _number = number;
        _unit = unit;
        _kind = IndicatorValueKind.Quantitative;
    }

    private IndicatorValue(string text)
    {
        _text = text;
        _kind = IndicatorValueKind.Qualitative;
    }

    /// <summary>The empty value (an empty 指标值 cell); the same as <c>default(IndicatorValue)</c>.</summary>
    public static IndicatorValue Empty => default;

    /// <summary>Whether the value is empty, quantitative or qualitative.</summary>
    public IndicatorValueKind Kind => _kind;

    /// <summary>True for <see cref="Empty"/>.</summary>
    public bool IsEmpty => _kind == IndicatorValueKind.Empty;

    /// <summary>True when the value is a comparator, a number and a unit.</summary>
    public bool IsQuantitative => _kind == IndicatorValueKind.Quantitative;

    /// <summary>True when the value is text (<c>及时</c>, <c>提高97%</c>).</summary>
    public bool IsQualitative => _kind == IndicatorValueKind.Qualitative;

    /// <summary>The value as published, without surrounding white space; the empty string for <see cref="Empty"/>.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The comparator of a quantitative value; <see cref="IndicatorComparator.None"/> otherwise.</summary>
    public IndicatorComparator Comparator => _comparator;

    /// <summary>The number of a quantitative value (<c>90</c> for <c>≥90%</c>); null otherwise.</summary>
    public decimal? Number => IsQuantitative ? _number : null;

    /// <summary>
    /// The unit of a quantitative value, one of <see cref="IndicatorUnits.All"/> (<c>%</c> for <c>≥90%</c>); null
    /// when the value is not quantitative or has no unit.
    /// </summary>
    public string? Unit => _unit;

    /// <summary>Reads a 指标值 as published. Empty or white-space text gives <see cref="Empty"/>.</summary>
    /// <param name="text">The published text, for example <c>≥90%</c>, <c>28.264485万元</c> or <c>及时</c>.</param>
    /// <exception cref="BudgetFormatException">The text looks quantitative but is malformed (<c>≥</c>, <c>12.3.4%</c>).</exception>
    public static IndicatorValue Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryRead(text, out var value, out int position, out string reason))
        {
            Preconditions.ThrowFormat(What, text, position, reason);
        }
        return value;
    }

    /// <summary>Reads a 指标值 from characters, as <see cref="Parse(string)"/> does (the string and span overloads of
    /// Parse and TryParse take the same input).</summary>
    /// <param name="text">The published text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="BudgetFormatException">The text looks quantitative but is malformed.</exception>
    public static IndicatorValue Parse(ReadOnlySpan<char> text) => Parse(text.ToString());

    /// <summary>Reads a 指标值 from characters, as <see cref="TryParse(string, out IndicatorValue)"/> does.</summary>
    /// <param name="text">The published text.</param>
    /// <param name="value">The value; <see cref="Empty"/> when false is returned.</param>
    /// <returns>True when the text is a value.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IndicatorValue value) => TryParse(text.ToString(), out value);

    /// <summary>Reads a 指标值 as published; false when the text looks quantitative but is malformed, or is null.</summary>
    /// <param name="text">The published text.</param>
    /// <param name="value">The value; <see cref="Empty"/> when false is returned.</param>
    public static bool TryParse(string? text, out IndicatorValue value)
    {
        if (text is null)
        {
            value = Empty;
            return false;
        }
        return TryRead(text, out value, out _, out _);
    }

    /// <summary>
    /// Creates a quantitative value; its <see cref="Text"/> is the canonical form (<see cref="Format"/>).
    /// </summary>
    /// <param name="comparator">The comparator, or <see cref="IndicatorComparator.None"/>.</param>
    /// <param name="number">The number, not negative.</param>
    /// <param name="unit">One of <see cref="IndicatorUnits.All"/>, or null (or empty) for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">The comparator is undefined or the number is negative.</exception>
    /// <exception cref="ArgumentException">The unit is not one of <see cref="IndicatorUnits.All"/>.</exception>
    public static IndicatorValue Quantitative(IndicatorComparator comparator, decimal number, string? unit)
    {
        if (!Enum.IsDefined(comparator))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(comparator), comparator, "Not a defined IndicatorComparator.");
        }
        if (number < 0)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(number), number, "An indicator value's number is not negative.");
        }
        string? knownUnit = null;
        if (!string.IsNullOrEmpty(unit))
        {
            knownUnit = IndicatorUnits.Intern(unit);
            if (knownUnit is null)
            {
                Preconditions.ThrowArgument(nameof(unit), $"\"{unit}\" is not one of IndicatorUnits.All.");
            }
        }
        return new IndicatorValue(FormatQuantity(comparator, number, knownUnit), comparator, number, knownUnit);
    }

    /// <summary>Creates a qualitative value from text that does not read as a quantity.</summary>
    /// <param name="text">The text, for example <c>及时</c>; surrounding white space is removed.</param>
    /// <exception cref="ArgumentException">The text is empty, or reads as a quantity or as a malformed one.</exception>
    public static IndicatorValue Qualitative(string text)
    {
        Guard.Against.Null(text);
        if (!TryRead(text, out var value, out _, out _) || !value.IsQualitative)
        {
            Preconditions.ThrowArgument(nameof(text), $"\"{text}\" is empty or reads as a quantity; use Parse.");
        }
        return value;
    }

    /// <summary>
    /// The amount of a money-valued quantitative value (unit <c>元</c>, <c>万元</c>, <c>亿</c> or <c>亿元</c>):
    /// <c>28.264485万元</c> is 282,644.85 元, <c>91亿</c> is 9,100,000,000 元. The comparator is not part of the amount.
    /// </summary>
    /// <param name="money">The amount; zero when false is returned.</param>
    /// <returns>False when the value is not quantitative, its unit is not money, or the amount is finer than a
    /// fen or out of the range of <see cref="Money"/>.</returns>
    public bool TryGetMoney(out Money money)
    {
        money = Money.Zero;
        if (!IsQuantitative || _unit is null || !IndicatorUnits.TryGetMoneyUnit(_unit, out var moneyUnit))
        {
            return false;
        }
        decimal fen;
        try
        {
            fen = _number * Money.FenPer(moneyUnit);
        }
        catch (OverflowException)
        {
            return false;
        }
        if (fen != decimal.Truncate(fen) || fen > long.MaxValue)
        {
            return false;
        }
        money = Money.FromFen((long)fen);
        return true;
    }

    /// <summary>
    /// The canonical form: for a quantitative value the comparator symbol (<see cref="IndicatorComparators.GetSymbol"/>),
    /// the number in invariant notation with its published decimals and no separators, and the unit
    /// (<c>不低于90%</c> → <c>≥90%</c>, <c>1,424,237.32元</c> → <c>1424237.32元</c>); for a qualitative value its text;
    /// for <see cref="Empty"/> the empty string. <see cref="Parse(string)"/> reads it back to an equal value.
    /// </summary>
    public string Format() => _kind switch
    {
        IndicatorValueKind.Quantitative => FormatQuantity(_comparator, _number, _unit),
        _ => Text,
    };

    /// <summary>The value exactly as published (<see cref="Text"/>).</summary>
    public override string ToString() => Text;

    /// <summary>Equality by meaning; see the remarks on <see cref="IndicatorValue"/>.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(IndicatorValue other) => _kind == other._kind && _kind switch
    {
        IndicatorValueKind.Quantitative => _comparator == other._comparator
            && _number == other._number
            && string.Equals(_unit, other._unit, StringComparison.Ordinal),
        IndicatorValueKind.Qualitative => string.Equals(_text, other._text, StringComparison.Ordinal),
        _ => true,
    };

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _kind switch
    {
        IndicatorValueKind.Quantitative => HashCode.Combine(_kind, _comparator, _number, _unit is null ? 0 : StringComparer.Ordinal.GetHashCode(_unit)),
        IndicatorValueKind.Qualitative => HashCode.Combine(_kind, StringComparer.Ordinal.GetHashCode(_text!)),
        _ => 0,
    };

    /// <summary>Equality by meaning.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator ==(IndicatorValue left, IndicatorValue right) => left.Equals(right);

    /// <summary>Inequality by meaning.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator !=(IndicatorValue left, IndicatorValue right) => !left.Equals(right);

    private static string FormatQuantity(IndicatorComparator comparator, decimal number, string? unit) =>
        string.Concat(comparator.GetSymbol(), number.ToString(CultureInfo.InvariantCulture), unit);

    /// <summary>
    /// Reads <paramref name="text"/>. On failure gives the position in <paramref name="text"/> and the reason.
    /// </summary>
    private static bool TryRead(string text, out IndicatorValue value, out int position, out string reason)
    {
        value = Empty;
        position = 0;
        reason = string.Empty;

        var whole = text.AsSpan();
        int start = 0;
        int end = whole.Length;
        while (start < end && char.IsWhiteSpace(whole[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(whole[end - 1]))
        {
            end--;
        }
        if (start == end)
        {
            return true;
        }
        string trimmed = start == 0 && end == whole.Length ? text : text[start..end];
        var s = trimmed.AsSpan();

        // Comparator prefix.
        var comparator = IndicatorComparator.None;
        bool symbolComparator = false;
        int p = 0;
        foreach (var (prefix, c, isSymbol) in Prefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                comparator = c;
                symbolComparator = isSymbol;
                p = prefix.Length;
                break;
            }
        }
        p = SkipWhiteSpace(s, p);

        // Number token: digits, separators and points.
        int numberStart = p;
        while (p < s.Length && (char.IsAsciiDigit(s[p]) || s[p] is '.' or ','))
        {
            p++;
        }
        var token = s[numberStart..p];
        if (token.IndexOfAnyInRange('0', '9') < 0)
        {
            if (symbolComparator)
            {
                position = start + numberStart;
                reason = "expected a number after the comparator";
                return false;
            }
            value = new IndicatorValue(trimmed);
            return true;
        }

        // Unit, after an optional trailing 以上 / 以下 / 以内 when there is no leading comparator.
        var tail = s[SkipWhiteSpace(s, p)..];
        if (comparator == IndicatorComparator.None)
        {
            foreach (var (suffix, c) in Suffixes)
            {
                if (tail.EndsWith(suffix, StringComparison.Ordinal))
                {
                    comparator = c;
                    tail = tail[..^suffix.Length].TrimEnd();
                    break;
                }
            }
        }
        string? unit = null;
        bool unitKnown = tail.IsEmpty;
        if (!tail.IsEmpty)
        {
            unit = tail is "％" or "百分比" ? "%" : IndicatorUnits.Intern(tail);
            unitKnown = unit is not null;
        }

        int bad = MalformedNumberAt(token, out string badReason);
        if (bad >= 0)
        {
            if (unitKnown || symbolComparator)
            {
                position = start + numberStart + bad;
                reason = badReason;
                return false;
            }
            value = new IndicatorValue(trimmed);
            return true;
        }
        if (!unitKnown)
        {
            value = new IndicatorValue(trimmed);
            return true;
        }

        if (!TryReadNumber(token, out decimal number))
        {
            position = start + numberStart;
            reason = "the number has more digits than can be held exactly";
            return false;
        }
        value = new IndicatorValue(trimmed, comparator, number, unit);
        return true;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && char.IsWhiteSpace(s[p]))
        {
            p++;
        }
        return p;
    }

    /// <summary>
    /// The position of the first character that makes <paramref name="token"/> (digits, commas and points) a
    /// malformed number, or -1 when it is well formed: digits with optional thousands separators in groups of
    /// three, and an optional point followed by digits.
    /// </summary>
    private static int MalformedNumberAt(ReadOnlySpan<char> token, out string reason)
    {
        reason = string.Empty;
        if (!char.IsAsciiDigit(token[0]))
        {
            reason = "a number must start with a digit";
            return 0;
        }
        int point = -1;
        int lastComma = -1;
        int firstComma = -1;
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (c == '.')
            {
                if (point >= 0)
                {
                    reason = "a number has at most one decimal point";
                    return i;
                }
                if (lastComma >= 0 && i - lastComma != 4)
                {
                    reason = "thousands separators must stand between groups of three digits";
                    return lastComma;
                }
                point = i;
            }
            else if (c == ',')
            {
                if (point >= 0)
                {
                    reason = "a thousands separator cannot follow the decimal point";
                    return i;
                }
                if (firstComma < 0 ? i > 3 : i - lastComma != 4)
                {
                    reason = "thousands separators must stand between groups of three digits";
                    return i;
                }
                if (firstComma < 0)
                {
                    firstComma = i;
                }
                lastComma = i;
            }
        }
        if (point < 0 && lastComma >= 0 && token.Length - lastComma != 4)
        {
            reason = "thousands separators must stand between groups of three digits";
            return lastComma;
        }
        char last = token[^1];
        if (last is '.' or ',')
        {
            reason = "a number must end with a digit";
            return token.Length - 1;
        }
        return -1;
    }

    /// <summary>Reads a well-formed token exactly; false when it has more digits than a decimal holds.</summary>
    private static bool TryReadNumber(ReadOnlySpan<char> token, out decimal number)
    {
        Span<char> digits = stackalloc char[token.Length];
        int n = 0;
        foreach (char c in token)
        {
            if (c != ',')
            {
                digits[n++] = c;
            }
        }
        var plain = digits[..n];
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        // Exact only if formatting gives the digits back (leading zeros of the integer part aside).
        int leadingZeros = 0;
        while (leadingZeros < plain.Length - 1 && plain[leadingZeros] == '0' && plain[leadingZeros + 1] != '.')
        {
            leadingZeros++;
        }
        Span<char> formatted = stackalloc char[64];
        return number.TryFormat(formatted, out int written, default, CultureInfo.InvariantCulture)
            && formatted[..written].SequenceEqual(plain[leadingZeros..]);
    }
}
