using System.Diagnostics.CodeAnalysis;

namespace BudgetModel.Classification;

/// <summary>
/// A 支出功能分类 (expenditure by function) code: 类 (3 digits), 款 (5) or 项 (7).
/// <c>215</c> 资源勘探工业信息等支出 → <c>21505</c> 工业和信息产业监管 → <c>2150517</c> 产业发展.
/// </summary>
/// <remarks>
/// Invariant: 3, 5 or 7 ASCII digits; a child's digits start with its parent's. Codes order as their digit
/// strings do (ordinal), so a parent sorts just before its children: <c>215 &lt; 21505 &lt; 2150517 &lt; 216</c>.
/// <c>default</c> is the empty code: <see cref="IsEmpty"/> is true, its <see cref="Level"/> is
/// <see cref="FunctionLevel.None"/>, it formats as the empty string and sorts before every other code.
/// Whether a code exists in a given year's edition is the business of <see cref="ClassificationCatalog"/>.
/// </remarks>
public readonly partial struct FunctionCode
    : IEquatable<FunctionCode>, IComparable<FunctionCode>, IComparable, ISpanFormattable, ISpanParsable<FunctionCode>
{
    internal const string What = "function classification code (支出功能分类科目编码)";

    private readonly long _packed;

    /// <summary>Trusted constructor: <paramref name="packed"/> is a <see cref="CodeDigits"/> packing of 3, 5 or 7 digits, or 0.</summary>
    internal FunctionCode(long packed) => _packed = packed;

    internal long Packed => _packed;

    /// <summary>True for <c>default(FunctionCode)</c>, which stands for no code.</summary>
    public bool IsEmpty => _packed == 0;

    /// <summary>The code's digits, for example <c>"2150517"</c>; empty for the empty code.</summary>
    public string Value => CodeDigits.ToDigits(_packed);

    /// <summary>The number of digits: 3, 5 or 7 (0 for the empty code).</summary>
    public int Length => CodeDigits.Length(_packed);

    /// <summary>The level: 类, 款 or 项 (<see cref="FunctionLevel.None"/> for the empty code).</summary>
    public FunctionLevel Level => (FunctionLevel)CodeDigits.LevelNumber(_packed);

    /// <summary>The parent one level up (<c>21505</c> for <c>2150517</c>), or null for a 类 and for the empty code.</summary>
    public FunctionCode? Parent => Length > 3 ? new FunctionCode(CodeDigits.Truncate(_packed, Length - 2)) : null;

    /// <summary>The 类 this code belongs to (itself for a 类; the empty code for the empty code).</summary>
    public FunctionCode Class => Length >= 3 ? new FunctionCode(CodeDigits.Truncate(_packed, 3)) : this;

    /// <summary>The proper ancestors, from the 类 down to the parent (none for a 类).</summary>
    public IEnumerable<FunctionCode> Ancestors
    {
        get
        {
            for (int len = 3; len < Length; len += 2)
            {
                yield return new FunctionCode(CodeDigits.Truncate(_packed, len));
            }
        }
    }

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/> (215 of 2150517); false for itself.</summary>
    /// <param name="other">The possible descendant.</param>
    public bool IsAncestorOf(FunctionCode other) => CodeDigits.IsProperPrefix(_packed, other._packed);

    /// <summary>Reads a code of 3, 5 or 7 ASCII digits, with nothing around them.</summary>
    /// <param name="text">The digits, for example <c>"2150517"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="BudgetFormatException">The text is not a function code; the position names the first problem.</exception>
    public static FunctionCode Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static FunctionCode Parse(ReadOnlySpan<char> text) =>
        new(CodeDigits.ParseOrThrow(text, CodeDigits.FunctionLengths, What));

    /// <summary>Tries to read a code from a string, as <see cref="TryParse(ReadOnlySpan{char}, out FunctionCode)"/> does
    /// (the string and span overloads of Parse and TryParse take the same input); false for null.</summary>
    /// <param name="text">The digits, or null.</param>
    /// <param name="code">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the text is a code.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out FunctionCode code) =>
        TryParse(text.AsSpan(), out code) && text is not null;

    /// <summary>Tries to read a code of 3, 5 or 7 ASCII digits; neither throws nor allocates.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the text is a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out FunctionCode code)
    {
        if (CodeDigits.Validate(text, CodeDigits.FunctionLengths, out _) != CodeError.None)
        {
            code = default;
            return false;
        }
        code = new FunctionCode(CodeDigits.Pack(text));
        return true;
    }

    /// <summary>
    /// Joins a code printed in 类/款/项 columns: <c>FromParts("204", "06", "01")</c> is <c>2040601</c>,
    /// <c>FromParts("204", "06")</c> is the 款 <c>20406</c>. Each part is trimmed of white space; the 类 part has
    /// 3 digits, the others 2; empty or null trailing parts are absent levels.
    /// </summary>
    /// <param name="classPart">The 类 column (3 digits).</param>
    /// <param name="sectionPart">The 款 column (2 digits), or null/empty for a 类.</param>
    /// <param name="itemPart">The 项 column (2 digits), or null/empty for a 类 or 款.</param>
    /// <returns>The code.</returns>
    /// <exception cref="BudgetFormatException">A part is malformed, or a 项 is given without a 款; the error names the column.</exception>
    public static FunctionCode FromParts(string classPart, string? sectionPart = null, string? itemPart = null)
    {
        Guard.Against.Null(classPart);
        return new FunctionCode(CodeDigits.CombineOrThrow(classPart, sectionPart, itemPart, null, 3, What));
    }

    /// <summary>Tries to join a code printed in 类/款/项 columns (see <see cref="FromParts"/>); neither throws nor allocates.</summary>
    /// <param name="classPart">The 类 column.</param>
    /// <param name="sectionPart">The 款 column, or empty.</param>
    /// <param name="itemPart">The 项 column, or empty.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>True when the parts make a code.</returns>
    public static bool TryFromParts(ReadOnlySpan<char> classPart, ReadOnlySpan<char> sectionPart, ReadOnlySpan<char> itemPart, out FunctionCode code)
    {
        var error = CodeDigits.TryCombine(classPart, sectionPart, itemPart, default, 3, out long packed, out _, out _);
        code = error == CodeError.None ? new FunctionCode(packed) : default;
        return error == CodeError.None;
    }

    static FunctionCode IParsable<FunctionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<FunctionCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FunctionCode result) =>
        TryParse(s.AsSpan(), out result);

    static FunctionCode ISpanParsable<FunctionCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<FunctionCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FunctionCode result) =>
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
        CodeDigits.CheckFormatString(format, nameof(FunctionCode));
        return CodeDigits.TryWrite(_packed, destination, out charsWritten);
    }

    /// <summary>The digits; the format must be null, empty or <c>"G"</c>; the provider is ignored.</summary>
    /// <param name="format">Null, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored: codes are culture-invariant.</param>
    /// <returns>The digits.</returns>
    /// <exception cref="BudgetFormatException">The format is not known.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CodeDigits.CheckFormatString(format, nameof(FunctionCode));
        return Value;
    }

    /// <summary>The digits (empty for the empty code).</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(FunctionCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FunctionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Orders as the digit strings order (ordinal); the empty code first.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(FunctionCode other) => _packed.CompareTo(other._packed);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FunctionCode other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(FunctionCode)} with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when the codes have the same digits.</returns>
    public static bool operator ==(FunctionCode left, FunctionCode right) => left._packed == right._packed;

    /// <summary>Inequality.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when the codes differ.</returns>
    public static bool operator !=(FunctionCode left, FunctionCode right) => left._packed != right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(FunctionCode left, FunctionCode right) => left._packed < right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(FunctionCode left, FunctionCode right) => left._packed > right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(FunctionCode left, FunctionCode right) => left._packed <= right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(FunctionCode left, FunctionCode right) => left._packed >= right._packed;
}
