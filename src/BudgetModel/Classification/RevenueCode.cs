using System.Diagnostics.CodeAnalysis;

namespace BudgetModel.Classification;

/// <summary>
/// A 收入分类 (revenue classification) code: 类 (3 digits), 款 (5), 项 (7) or 目 (9).
/// <c>103</c> 非税收入 → <c>10301</c> 政府性基金收入 → <c>1030148</c> 国有土地使用权出让收入.
/// </summary>
/// <remarks>
/// Invariant: 3, 5, 7 or 9 ASCII digits; a child's digits start with its parent's. Codes order as their digit
/// strings do (ordinal), so a parent sorts just before its children: <c>103 &lt; 10301 &lt; 1030148 &lt; 104</c>.
/// <c>default</c> is the empty code: <see cref="IsEmpty"/> is true, its <see cref="Level"/> is
/// <see cref="RevenueLevel.None"/>, it formats as the empty string and sorts before every other code.
/// Whether a code exists in a given year's edition is the business of <see cref="ClassificationCatalog"/>.
/// </remarks>
public readonly partial struct RevenueCode
    : IEquatable<RevenueCode>, IComparable<RevenueCode>, IComparable, ISpanFormattable, ISpanParsable<RevenueCode>
{
    internal const string What = "revenue classification code (收入分类科目编码)";

    private readonly long _packed;

    /// <summary>Trusted constructor: <paramref name="packed"/> is a <see cref="CodeDigits"/> packing of 3, 5, 7 or 9 digits, or 0.</summary>
    internal RevenueCode(long packed) => _packed = packed;

    internal long Packed => _packed;

    /// <summary>True for <c>default(RevenueCode)</c>, which stands for no code.</summary>
    public bool IsEmpty => _packed == 0;

    /// <summary>The code's digits, for example <c>"1030148"</c>; empty for the empty code.</summary>
    public string Value => CodeDigits.ToDigits(_packed);

    /// <summary>The number of digits: 3, 5, 7 or 9 (0 for the empty code).</summary>
    public int Length => CodeDigits.Length(_packed);

    /// <summary>The level: 类, 款, 项 or 目 (<see cref="RevenueLevel.None"/> for the empty code).</summary>
    public RevenueLevel Level => (RevenueLevel)CodeDigits.LevelNumber(_packed);

    /// <summary>The parent one level up (<c>10301</c> for <c>1030148</c>), or null for a 类 and for the empty code.</summary>
    public RevenueCode? Parent => Length > 3 ? new RevenueCode(CodeDigits.Truncate(_packed, Length - 2)) : null;

    /// <summary>The 类 this code belongs to (itself for a 类; the empty code for the empty code).</summary>
    public RevenueCode Class => Length >= 3 ? new RevenueCode(CodeDigits.Truncate(_packed, 3)) : this;

    /// <summary>The proper ancestors, from the 类 down to the parent (none for a 类).</summary>
    public IEnumerable<RevenueCode> Ancestors
    {
        get
        {
            for (int len = 3; len < Length; len += 2)
            {
                yield return new RevenueCode(CodeDigits.Truncate(_packed, len));
            }
        }
    }

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/> (103 of 1030148); false for itself.</summary>
    /// <param name="other">The possible descendant.</param>
    public bool IsAncestorOf(RevenueCode other) => CodeDigits.IsProperPrefix(_packed, other._packed);

    /// <summary>Reads a code of 3, 5, 7 or 9 ASCII digits, with nothing around them.</summary>
    /// <param name="text">The digits, for example <c>"1030148"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="BudgetFormatException">The text is not a revenue code; the position names the first problem.</exception>
    public static RevenueCode Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static RevenueCode Parse(ReadOnlySpan<char> text) =>
        new(CodeDigits.ParseOrThrow(text, CodeDigits.RevenueLengths, What));

    /// <summary>Tries to read a code from a string, as <see cref="TryParse(ReadOnlySpan{char}, out RevenueCode)"/> does
    /// (the string and span overloads of Parse and TryParse take the same input); false for null.</summary>
    /// <param name="text">The digits, or null.</param>
    /// <param name="code">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the text is a code.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out RevenueCode code) =>
        TryParse(text.AsSpan(), out code) && text is not null;

    /// <summary>Tries to read a code of 3, 5, 7 or 9 ASCII digits; neither throws nor allocates.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the text is a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RevenueCode code)
    {
        if (CodeDigits.Validate(text, CodeDigits.RevenueLengths, out _) != CodeError.None)
        {
            code = default;
            return false;
        }
        code = new RevenueCode(CodeDigits.Pack(text));
        return true;
    }

    /// <summary>
    /// Joins a code printed in 类/款/项/目 columns: <c>FromParts("103", "01", "48")</c> is <c>1030148</c>.
    /// Each part is trimmed of white space; the 类 part has 3 digits, the others 2; empty or null trailing parts
    /// are absent levels.
    /// </summary>
    /// <param name="classPart">The 类 column (3 digits).</param>
    /// <param name="sectionPart">The 款 column (2 digits), or null/empty.</param>
    /// <param name="itemPart">The 项 column (2 digits), or null/empty.</param>
    /// <param name="subitemPart">The 目 column (2 digits), or null/empty.</param>
    /// <returns>The code.</returns>
    /// <exception cref="BudgetFormatException">A part is malformed, or a later column is filled after an empty one; the error names the column.</exception>
    public static RevenueCode FromParts(string classPart, string? sectionPart = null, string? itemPart = null, string? subitemPart = null)
    {
        Guard.Against.Null(classPart);
        return new RevenueCode(CodeDigits.CombineOrThrow(classPart, sectionPart, itemPart, subitemPart, 4, What));
    }

    /// <summary>Tries to join a code printed in 类/款/项/目 columns (see <see cref="FromParts"/>); neither throws nor allocates.</summary>
    /// <param name="classPart">The 类 column.</param>
    /// <param name="sectionPart">The 款 column, or empty.</param>
    /// <param name="itemPart">The 项 column, or empty.</param>
    /// <param name="subitemPart">The 目 column, or empty.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>True when the parts make a code.</returns>
    public static bool TryFromParts(
        ReadOnlySpan<char> classPart,
        ReadOnlySpan<char> sectionPart,
        ReadOnlySpan<char> itemPart,
        ReadOnlySpan<char> subitemPart,
        out RevenueCode code)
    {
        var error = CodeDigits.TryCombine(classPart, sectionPart, itemPart, subitemPart, 4, out long packed, out _, out _);
        code = error == CodeError.None ? new RevenueCode(packed) : default;
        return error == CodeError.None;
    }

    static RevenueCode IParsable<RevenueCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<RevenueCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RevenueCode result) =>
        TryParse(s.AsSpan(), out result);

    static RevenueCode ISpanParsable<RevenueCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<RevenueCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RevenueCode result) =>
        TryParse(s, out result);

    /// <summary>Writes the digits; the format must be null, empty or <c>"G"</c>; the provider is ignored.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many chars were written.</param>
    /// <param name="format">Null, empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="BudgetFormatException">The format is not known.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CodeDigits.CheckFormatString(format, nameof(RevenueCode));
        return CodeDigits.TryWrite(_packed, destination, out charsWritten);
    }

    /// <summary>The digits; the format must be null, empty or <c>"G"</c>; the provider is ignored.</summary>
    /// <param name="format">Null, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored: codes are culture-invariant.</param>
    /// <returns>The digits.</returns>
    /// <exception cref="BudgetFormatException">The format is not known.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CodeDigits.CheckFormatString(format, nameof(RevenueCode));
        return Value;
    }

    /// <summary>The digits (empty for the empty code).</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(RevenueCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RevenueCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Orders as the digit strings order (ordinal); the empty code first.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(RevenueCode other) => _packed.CompareTo(other._packed);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RevenueCode other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(RevenueCode)} with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when the codes have the same digits.</returns>
    public static bool operator ==(RevenueCode left, RevenueCode right) => left._packed == right._packed;

    /// <summary>Inequality.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when the codes differ.</returns>
    public static bool operator !=(RevenueCode left, RevenueCode right) => left._packed != right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RevenueCode left, RevenueCode right) => left._packed < right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RevenueCode left, RevenueCode right) => left._packed > right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(RevenueCode left, RevenueCode right) => left._packed <= right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(RevenueCode left, RevenueCode right) => left._packed >= right._packed;
}
