namespace BudgetModel.Classification;

/// <summary>
/// A 收入分类 (revenue classification) code: 类 (3 digits), 款 (5), 项 (7) or 目 (9).
/// <c>103</c> 非税收入 → <c>10301</c> 政府性基金收入 → <c>1030148</c> 国有土地使用权出让收入.
/// </summary>
/// <remarks>
/// Invariant: 3, 5, 7 or 9 ASCII digits. Codes order as digit strings.
/// <c>default</c> is the empty code: <see cref="IsEmpty"/> is true.
/// </remarks>
public readonly partial struct RevenueCode : IEquatable<RevenueCode>, IComparable<RevenueCode>
{
    private static readonly int[] Lengths = [3, 5, 7, 9];
    private readonly long _packed;

    internal RevenueCode(long packed) => _packed = packed;

    /// <summary>True for <c>default(RevenueCode)</c>, which stands for no code.</summary>
    public bool IsEmpty => _packed == 0;

    /// <summary>The code's digits.</summary>
    public string Value => CodeDigits.ToDigits(_packed);

    /// <summary>The number of digits: 3, 5, 7 or 9 (0 for the empty code).</summary>
    public int Length => CodeDigits.Length(_packed);

    /// <summary>The parent one level up, or null for a 类.</summary>
    public RevenueCode? Parent => Length > 3 ? new RevenueCode(CodeDigits.Truncate(_packed, Length - 2)) : null;

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/>.</summary>
    /// <param name="other">The possible descendant.</param>
    public bool IsAncestorOf(RevenueCode other) => CodeDigits.IsProperPrefix(_packed, other._packed);

    /// <summary>Reads a code of 3, 5, 7 or 9 digits.</summary>
    /// <param name="text">The digits.</param>
    /// <exception cref="BudgetFormatException">The text is not a revenue code.</exception>
    public static RevenueCode Parse(string text)
    {
        Guard.Against.Null(text);
        int bad = CodeDigits.FindInvalid(text, Lengths, out var reason);
        if (bad >= 0)
        {
            Preconditions.ThrowFormat("revenue classification code (收入分类科目编码)", text, bad, reason);
        }
        return new RevenueCode(CodeDigits.Pack(text));
    }

    /// <summary>Tries to read a code; neither throws nor allocates.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out RevenueCode code)
    {
        if (CodeDigits.FindInvalid(text, Lengths, out _) >= 0)
        {
            code = default;
            return false;
        }
        code = new RevenueCode(CodeDigits.Pack(text));
        return true;
    }

    /// <inheritdoc />
    public bool Equals(RevenueCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RevenueCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Orders as digit strings.</summary>
    public int CompareTo(RevenueCode other) => _packed.CompareTo(other._packed);

    /// <summary>The digits.</summary>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(RevenueCode left, RevenueCode right) => left._packed == right._packed;

    /// <summary>Inequality.</summary>
    public static bool operator !=(RevenueCode left, RevenueCode right) => left._packed != right._packed;
}
