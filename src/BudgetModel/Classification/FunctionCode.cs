namespace BudgetModel.Classification;

/// <summary>
/// A 支出功能分类 (expenditure by function) code: 类 (3 digits), 款 (5) or 项 (7).
/// <c>215</c> 资源勘探工业信息等支出 → <c>21505</c> 工业和信息产业监管 → <c>2150517</c> 产业发展.
/// </summary>
/// <remarks>
/// Invariant: 3, 5 or 7 ASCII digits. Codes order as their digit strings do.
/// <c>default</c> is the empty code: <see cref="IsEmpty"/> is true, it has no level and sorts first.
/// </remarks>
public readonly partial struct FunctionCode : IEquatable<FunctionCode>, IComparable<FunctionCode>
{
    private static readonly int[] Lengths = [3, 5, 7];
    private readonly long _packed;

    internal FunctionCode(long packed) => _packed = packed;

    /// <summary>True for <c>default(FunctionCode)</c>, which stands for no code.</summary>
    public bool IsEmpty => _packed == 0;

    /// <summary>The code's digits, for example <c>"2150517"</c>.</summary>
    public string Value => CodeDigits.ToDigits(_packed);

    /// <summary>The number of digits: 3, 5 or 7 (0 for the empty code).</summary>
    public int Length => CodeDigits.Length(_packed);

    /// <summary>The level: 类, 款 or 项.</summary>
    public FunctionLevel Level => Length switch
    {
        3 => FunctionLevel.Class,
        5 => FunctionLevel.Section,
        7 => FunctionLevel.Item,
        _ => FunctionLevel.None,
    };

    /// <summary>The parent one level up (<c>21505</c> for <c>2150517</c>), or null for a 类.</summary>
    public FunctionCode? Parent => Length > 3 ? new FunctionCode(CodeDigits.Truncate(_packed, Length - 2)) : null;

    /// <summary>The 类 this code belongs to (itself for a 类).</summary>
    public FunctionCode Class => Length >= 3 ? new FunctionCode(CodeDigits.Truncate(_packed, 3)) : this;

    /// <summary>The ancestors from the 类 down to the parent.</summary>
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

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/> (215 of 2150517).</summary>
    /// <param name="other">The possible descendant.</param>
    public bool IsAncestorOf(FunctionCode other) => CodeDigits.IsProperPrefix(_packed, other._packed);

    /// <summary>Reads a code of 3, 5 or 7 digits.</summary>
    /// <param name="text">The digits.</param>
    /// <exception cref="BudgetFormatException">The text is not a function code.</exception>
    public static FunctionCode Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Reads a code of 3, 5 or 7 digits.</summary>
    /// <param name="text">The digits.</param>
    /// <exception cref="BudgetFormatException">The text is not a function code.</exception>
    public static FunctionCode Parse(ReadOnlySpan<char> text)
    {
        int bad = CodeDigits.FindInvalid(text, Lengths, out var reason);
        if (bad >= 0)
        {
            Preconditions.ThrowFormat("function classification code (支出功能分类科目编码)", text.ToString(), bad, reason);
        }
        return new FunctionCode(CodeDigits.Pack(text));
    }

    /// <summary>Tries to read a code; neither throws nor allocates.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out FunctionCode code)
    {
        if (CodeDigits.FindInvalid(text, Lengths, out _) >= 0)
        {
            code = default;
            return false;
        }
        code = new FunctionCode(CodeDigits.Pack(text));
        return true;
    }

    /// <inheritdoc />
    public bool Equals(FunctionCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FunctionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Orders as the digit strings order.</summary>
    public int CompareTo(FunctionCode other) => _packed.CompareTo(other._packed);

    /// <summary>The digits.</summary>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(FunctionCode left, FunctionCode right) => left._packed == right._packed;

    /// <summary>Inequality.</summary>
    public static bool operator !=(FunctionCode left, FunctionCode right) => left._packed != right._packed;

    /// <summary>Ordering.</summary>
    public static bool operator <(FunctionCode left, FunctionCode right) => left._packed < right._packed;

    /// <summary>Ordering.</summary>
    public static bool operator >(FunctionCode left, FunctionCode right) => left._packed > right._packed;

    /// <summary>Ordering.</summary>
    public static bool operator <=(FunctionCode left, FunctionCode right) => left._packed <= right._packed;

    /// <summary>Ordering.</summary>
    public static bool operator >=(FunctionCode left, FunctionCode right) => left._packed >= right._packed;
}

/// <summary>The level of a 支出功能分类 code.</summary>
public enum FunctionLevel
{
    /// <summary>No code (the empty code).</summary>
    None = 0,

    /// <summary>类: 3 digits.</summary>
    Class = 1,

    /// <summary>款: 5 digits.</summary>
    Section = 2,

    /// <summary>项: 7 digits.</summary>
    Item = 3,
}
