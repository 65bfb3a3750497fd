using System.Diagnostics.CodeAnalysis;

namespace BudgetModel.Classification;

/// <summary>
/// A 支出经济分类 (expenditure by economic nature) code in one of its two systems:
/// 部门预算支出经济分类 (<c>301</c> 工资福利支出 → <c>30101</c> 基本工资) or
/// 政府预算支出经济分类 (<c>501</c> 机关工资福利支出 → <c>50101</c> 工资奖金津补贴).
/// 类 has 3 digits, 款 has 5.
/// </summary>
/// <remarks>
/// Invariant: 3 or 5 ASCII digits, the first of which is 3 (部门) or 5 (政府): the first digit is the system.
/// Codes order as their digit strings do, so every department code sorts before every government code.
/// <c>default</c> is the empty code: <see cref="IsEmpty"/> is true, its <see cref="Level"/> is
/// <see cref="EconomicLevel.None"/>, its <see cref="System"/> is <see cref="EconomicSystem.Department"/>,
/// it formats as the empty string and sorts first. Mapping a department item to its government item is
/// the business of <see cref="ClassificationCatalog.TryMapToGovernment"/>.
/// </remarks>
public readonly partial struct EconomicCode
    : IEquatable<EconomicCode>, IComparable<EconomicCode>, IComparable, ISpanFormattable, ISpanParsable<EconomicCode>
{
    internal const string What = "economic classification code (支出经济分类科目编码)";

    private readonly long _packed;

    /// <summary>Trusted constructor: <paramref name="packed"/> packs 3 or 5 digits starting with 3 or 5, or is 0.</summary>
    internal EconomicCode(long packed) => _packed = packed;

    internal long Packed => _packed;

    /// <summary>True for <c>default(EconomicCode)</c>, which stands for no code.</summary>
    public bool IsEmpty => _packed == 0;

    /// <summary>Which of the two systems the code belongs to: 5xx is 政府, anything else (3xx, and the empty code) 部门.</summary>
    public EconomicSystem System =>
        _packed != 0 && CodeDigits.FirstDigit(_packed) == 5 ? EconomicSystem.Government : EconomicSystem.Department;

    /// <summary>The code's digits, for example <c>"30101"</c>; empty for the empty code.</summary>
    public string Value => CodeDigits.ToDigits(_packed);

    /// <summary>The number of digits: 3 (类) or 5 (款); 0 for the empty code.</summary>
    public int Length => CodeDigits.Length(_packed);

    /// <summary>The level: 类 or 款 (<see cref="EconomicLevel.None"/> for the empty code).</summary>
    public EconomicLevel Level => (EconomicLevel)CodeDigits.LevelNumber(_packed);

    /// <summary>The parent 类 of a 款 (<c>301</c> for <c>30101</c>), or null for a 类 and for the empty code.</summary>
    public EconomicCode? Parent => Length > 3 ? new EconomicCode(CodeDigits.Truncate(_packed, 3)) : null;

    /// <summary>The 类 this code belongs to (itself for a 类; the empty code for the empty code).</summary>
    public EconomicCode Class => Length >= 3 ? new EconomicCode(CodeDigits.Truncate(_packed, 3)) : this;

    /// <summary>The proper ancestors: the 类 for a 款, none for a 类.</summary>
    public IEnumerable<EconomicCode> Ancestors
    {
        get
        {
            if (Length > 3)
            {
                yield return Class;
            }
        }
    }

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/> (301 of 30101); false for itself.</summary>
    /// <param name="other">The possible descendant.</param>
    public bool IsAncestorOf(EconomicCode other) => CodeDigits.IsProperPrefix(_packed, other._packed);

    /// <summary>Reads a code of 3 or 5 ASCII digits; the system follows from the first digit (3: 部门, 5: 政府).</summary>
    /// <param name="text">The digits, for example <c>"30101"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="BudgetFormatException">The text is not an economic code; the position names the first problem.</exception>
    public static EconomicCode Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static EconomicCode Parse(ReadOnlySpan<char> text)
    {
        var error = Validate(text, out int position);
        if (error != CodeError.None)
        {
            CodeDigits.ThrowFormat(What, text, error, position, CodeDigits.EconomicLengths);
        }
        return new EconomicCode(CodeDigits.Pack(text));
    }

    /// <summary>Tries to read a code from a string, as <see cref="TryParse(ReadOnlySpan{char}, out EconomicCode)"/> does
    /// (the string and span overloads of Parse and TryParse take the same input); false for null.</summary>
    /// <param name="text">The digits, or null.</param>
    /// <param name="code">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the text is a code.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out EconomicCode code) =>
        TryParse(text.AsSpan(), out code) && text is not null;

    /// <summary>Tries to read a code of 3 or 5 ASCII digits starting with 3 or 5; neither throws nor allocates.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the text is a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out EconomicCode code)
    {
        if (Validate(text, out _) != CodeError.None)
        {
            code = default;
            return false;
        }
        code = new EconomicCode(CodeDigits.Pack(text));
        return true;
    }

    /// <summary>
    /// Joins a code printed in 类/款 columns: <c>FromParts("301", "01")</c> is <c>30101</c>. Each part is trimmed of
    /// white space; the 类 part has 3 digits starting with 3 or 5, the 款 part 2; a null or empty 款 gives the 类.
    /// </summary>
    /// <param name="classPart">The 类 column (3 digits).</param>
    /// <param name="sectionPart">The 款 column (2 digits), or null/empty for a 类.</param>
    /// <returns>The code.</returns>
    /// <exception cref="BudgetFormatException">A part is malformed; the error names the column.</exception>
    public static EconomicCode FromParts(string classPart, string? sectionPart = null)
    {
        Guard.Against.Null(classPart);
        long packed = CodeDigits.CombineOrThrow(classPart, sectionPart, null, null, 2, What);
        int first = CodeDigits.FirstDigit(packed);
        if (first != 3 && first != 5)
        {
            Preconditions.ThrowFormat(
                $"the 类 column of a {What}",
                classPart,
                classPart.Length - classPart.TrimStart().Length,
                CodeDigits.Describe(CodeError.WrongSystem, classPart, 0, CodeDigits.EconomicLengths));
        }
        return new EconomicCode(packed);
    }

    /// <summary>Tries to join a code printed in 类/款 columns (see <see cref="FromParts"/>); neither throws nor allocates.</summary>
    /// <param name="classPart">The 类 column.</param>
    /// <param name="sectionPart">The 款 column, or empty.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>True when the parts make a code.</returns>
    public static bool TryFromParts(ReadOnlySpan<char> classPart, ReadOnlySpan<char> sectionPart, out EconomicCode code)
    {
        var error = CodeDigits.TryCombine(classPart, sectionPart, default, default, 2, out long packed, out _, out _);
        bool ok = error == CodeError.None && CodeDigits.FirstDigit(packed) is 3 or 5;
        code = ok ? new EconomicCode(packed) : default;
        return ok;
    }

    static EconomicCode IParsable<EconomicCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<EconomicCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EconomicCode result) =>
        TryParse(s.AsSpan(), out result);

    static EconomicCode ISpanParsable<EconomicCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<EconomicCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EconomicCode result) =>
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
        CodeDigits.CheckFormatString(format, nameof(EconomicCode));
        return CodeDigits.TryWrite(_packed, destination, out charsWritten);
    }

    /// <summary>The digits; the format must be null, empty or <c>"G"</c>; the provider is ignored.</summary>
    /// <param name="format">Null, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored: codes are culture-invariant.</param>
    /// <returns>The digits.</returns>
    /// <exception cref="BudgetFormatException">The format is not known.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CodeDigits.CheckFormatString(format, nameof(EconomicCode));
        return Value;
    }

    /// <summary>The digits (empty for the empty code).</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(EconomicCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EconomicCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Orders as the digit strings order (ordinal): the empty code, then 部门 (3xx), then 政府 (5xx).</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(EconomicCode other) => _packed.CompareTo(other._packed);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        EconomicCode other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare an {nameof(EconomicCode)} with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when the codes have the same digits.</returns>
    public static bool operator ==(EconomicCode left, EconomicCode right) => left._packed == right._packed;

    /// <summary>Inequality.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when the codes differ.</returns>
    public static bool operator !=(EconomicCode left, EconomicCode right) => left._packed != right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(EconomicCode left, EconomicCode right) => left._packed < right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(EconomicCode left, EconomicCode right) => left._packed > right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(EconomicCode left, EconomicCode right) => left._packed <= right._packed;

    /// <summary>Ordering as digit strings.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(EconomicCode left, EconomicCode right) => left._packed >= right._packed;

    private static CodeError Validate(ReadOnlySpan<char> text, out int position)
    {
        var error = CodeDigits.Validate(text, CodeDigits.EconomicLengths, out position);
        if (error == CodeError.None && text[0] != '3' && text[0] != '5')
        {
            position = 0;
            return CodeError.WrongSystem;
        }
        return error;
    }
}
