namespace BudgetModel.Classification;

/// <summary>
/// A 支出经济分类 (expenditure by economic nature) code in one of its two systems:
/// 部门预算支出经济分类 (<c>301</c> 工资福利支出 → <c>30101</c> 基本工资) or
/// 政府预算支出经济分类 (<c>501</c> 机关工资福利支出 → <c>50101</c> 工资奖金津补贴).
/// 类 has 3 digits, 款 has 5.
/// </summary>
/// <remarks>
/// Invariant: 3 or 5 ASCII digits; the system is known. Codes order by system, then as digit strings.
/// <c>default</c> is the empty code of the department system: <see cref="IsEmpty"/> is true.
/// </remarks>
public readonly partial struct EconomicCode : IEquatable<EconomicCode>, IComparable<EconomicCode>
{
    private static readonly int[] Lengths = [3, 5];
    private readonly long _packed; // CodeDigits packing; bit 62 marks the government system.
    private const long GovernmentBit = 1L << 62;

    internal EconomicCode(long packed, EconomicSystem system) =>
        _packed = system == EconomicSystem.Government ? packed | GovernmentBit : packed;

    private long Digits => _packed & ~GovernmentBit;

    /// <summary>True for <c>default(EconomicCode)</c>, which stands for no code.</summary>
    public bool IsEmpty => Digits == 0;

    /// <summary>Which of the two economic classification systems the code belongs to.</summary>
    public EconomicSystem System => (_packed & GovernmentBit) != 0 ? EconomicSystem.Government : EconomicSystem.Department;

    /// <summary>The code's digits, for example <c>"30101"</c>.</summary>
    public string Value => CodeDigits.ToDigits(Digits);

    /// <summary>The number of digits: 3 (类) or 5 (款); 0 for the empty code.</summary>
    public int Length => CodeDigits.Length(Digits);

    /// <summary>The parent 类 of a 款, or null for a 类.</summary>
    public EconomicCode? Parent => Length > 3 ? new EconomicCode(CodeDigits.Truncate(Digits, 3), System) : null;

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/> in the same system.</summary>
    /// <param name="other">The possible descendant.</param>
    public bool IsAncestorOf(EconomicCode other) => System == other.System && CodeDigits.IsProperPrefix(Digits, other.Digits);

    /// <summary>Reads a code of 3 or 5 digits; the system follows from the first digit (3: 部门, 5: 政府).</summary>
    /// <param name="text">The digits.</param>
    /// <exception cref="BudgetFormatException">The text is not an economic code.</exception>
    public static EconomicCode Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryParse(text.AsSpan(), out var code))
        {
            int bad = CodeDigits.FindInvalid(text, Lengths, out var reason);
            if (bad < 0)
            {
                bad = 0;
                reason = "an economic code starts with 3 (部门预算支出经济分类) or 5 (政府预算支出经济分类)";
            }
            Preconditions.ThrowFormat("economic classification code (支出经济分类科目编码)", text, bad, reason);
        }
        return code;
    }

    /// <summary>Tries to read a code; neither throws nor allocates.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out EconomicCode code)
    {
        if (CodeDigits.FindInvalid(text, Lengths, out _) >= 0 || (text[0] != '3' && text[0] != '5'))
        {
            code = default;
            return false;
        }
        code = new EconomicCode(CodeDigits.Pack(text), text[0] == '5' ? EconomicSystem.Government : EconomicSystem.Department);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(EconomicCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EconomicCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Orders by system, then as digit strings.</summary>
    public int CompareTo(EconomicCode other) => _packed.CompareTo(other._packed);

    /// <summary>The digits.</summary>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(EconomicCode left, EconomicCode right) => left._packed == right._packed;

    /// <summary>Inequality.</summary>
    public static bool operator !=(EconomicCode left, EconomicCode right) => left._packed != right._packed;
}

/// <summary>The two parallel systems of the 支出经济分类.</summary>
public enum EconomicSystem
{
    /// <summary>部门预算支出经济分类 (codes 3xx).</summary>
    Department = 0,

    /// <summary>政府预算支出经济分类 (codes 5xx).</summary>
    Government = 1,
}
