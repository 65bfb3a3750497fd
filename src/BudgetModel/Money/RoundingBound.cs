namespace BudgetModel;

/// <summary>
/// A tolerance for rounding drift, exact in half-fen: the sum of the half-units of the published figures
/// involved in a relation. One 万元 figure with two decimals contributes 0.005 万元 = 50 元; n such figures
/// contribute n × 50 元.
/// </summary>
/// <remarks><c>default</c> is a zero bound: only an exact match is within it.</remarks>
public readonly record struct RoundingBound : IComparable<RoundingBound>
{
    private readonly long _halfFen;

    private RoundingBound(long halfFen) => _halfFen = halfFen;

    /// <summary>No tolerance.</summary>
    public static RoundingBound Zero => default;

    /// <summary>Creates a bound from a number of half-fen.</summary>
    /// <param name="halfFen">Half-fen, not negative.</param>
    public static RoundingBound FromHalfFen(long halfFen)
    {
        if (halfFen < 0)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(halfFen), halfFen, "A rounding bound cannot be negative.");
        }
        return new RoundingBound(halfFen);
    }

    /// <summary>The bound in half-fen.</summary>
    public long HalfFen => _halfFen;

    /// <summary>The bound in 元 (for display): 50 元 for one two-decimal 万元 figure.</summary>
    public decimal Yuan => _halfFen / 200m;

    /// <summary>The bound in 万元 (for display): 0.005 for one two-decimal 万元 figure.</summary>
    public decimal Wan => _halfFen / 2_000_000m;

    /// <summary>True when a difference is within the bound (|difference| ≤ bound).</summary>
    /// <param name="difference">The difference between expected and published amounts.</param>
    public bool Contains(Money difference)
    {
        long fen = Math.Abs(difference.TotalFen);
        // fen * 2 ≤ halfFen, without overflow.
        return fen <= _halfFen / 2;
    }

    /// <summary>The sum of two bounds (figures of a relation add their half-units).</summary>
    public static RoundingBound operator +(RoundingBound left, RoundingBound right)
    {
        try
        {
            return new RoundingBound(checked(left._halfFen + right._halfFen));
        }
        catch (OverflowException e)
        {
            return Preconditions.ThrowOverflow<RoundingBound>("RoundingBound + RoundingBound", e);
        }
    }

    /// <summary>The bound of <paramref name="count"/> figures of the same precision.</summary>
    public static RoundingBound operator *(RoundingBound bound, int count)
    {
        if (count < 0)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(count), count, "A count of figures cannot be negative.");
        }
        try
        {
            return new RoundingBound(checked(bound._halfFen * count));
        }
        catch (OverflowException e)
        {
            return Preconditions.ThrowOverflow<RoundingBound>("RoundingBound * int", e);
        }
    }

    /// <summary>The bound of a relation among <paramref name="count"/> figures published at <paramref name="precision"/>.</summary>
    /// <param name="precision">The precision of every figure.</param>
    /// <param name="count">How many figures take part.</param>
    public static RoundingBound Of(PublishedPrecision precision, int count) => precision.HalfUnit * count;

    /// <summary>
    /// The bound between a published total and the sum of its <paramref name="parts"/> published parts, every
    /// figure at <paramref name="precision"/>: (parts + 1) half-units, since the total was rounded too. Two 万元
    /// parts with two decimals and their total may differ by up to 0.015 万元 (150 元), so
    /// 793.80 + 3232.37 = 4026.17 against a published 4026.16 is drift, not an error.
    /// </summary>
    /// <param name="precision">The precision of the total and of every part.</param>
    /// <param name="parts">How many parts are added; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is negative.</exception>
    public static RoundingBound OfTotalAndParts(PublishedPrecision precision, int parts)
    {
        if (parts < 0)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(parts), parts, "A count of parts cannot be negative.");
        }
        return (precision.HalfUnit * parts) + precision.HalfUnit;
    }

    /// <summary>Orders bounds by size.</summary>
    public int CompareTo(RoundingBound other) => _halfFen.CompareTo(other._halfFen);

    /// <inheritdoc />
    public override string ToString() => $"±{Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture)} 元";
}
