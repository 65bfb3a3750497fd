namespace BudgetModel;

public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    /// <summary>True when both amounts are the same number of fen (6542.05 and 6542.050 are equal).</summary>
    /// <param name="other">The other amount.</param>
    public bool Equals(Money other) => _fen == other._fen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _fen.GetHashCode();

    /// <summary>Orders amounts by value.</summary>
    /// <param name="other">The other amount.</param>
    public int CompareTo(Money other) => _fen.CompareTo(other._fen);

    /// <summary>Orders amounts by value; any amount is greater than <c>null</c>.</summary>
    /// <param name="obj">A <see cref="Money"/> or <c>null</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    /// <summary>Equality by value.</summary>
    public static bool operator ==(Money left, Money right) => left._fen == right._fen;

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(Money left, Money right) => left._fen != right._fen;

    /// <summary>Less than.</summary>
    public static bool operator <(Money left, Money right) => left._fen < right._fen;

    /// <summary>Greater than.</summary>
    public static bool operator >(Money left, Money right) => left._fen > right._fen;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Money left, Money right) => left._fen <= right._fen;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Money left, Money right) => left._fen >= right._fen;

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money left, Money right) => left._fen >= right._fen ? left : right;

    /// <summary>The smaller of two amounts.</summary>
    public static Money Min(Money left, Money right) => left._fen <= right._fen ? left : right;
}
