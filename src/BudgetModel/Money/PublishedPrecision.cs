namespace BudgetModel;

/// <summary>
/// How a figure was published: its unit and the number of decimal places printed. A figure published
/// as <c>6542.05</c> in a 万元 table is <c>(Wan, 2)</c> and is known only to ± half its last unit
/// (0.005 万元 = 50 元): see <see cref="HalfUnit"/>.
/// </summary>
/// <remarks><c>default</c> is 元 with no decimals (±0.5 元).</remarks>
public readonly record struct PublishedPrecision
{
    /// <summary>Creates a precision.</summary>
    /// <param name="unit">The unit of publication.</param>
    /// <param name="decimals">Decimal places printed, 0 to 6.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    public PublishedPrecision(MoneyUnit unit, int decimals)
    {
        if (decimals is < 0 or > 6)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(decimals), decimals, "A published figure has between 0 and 6 decimal places.");
        }
        Unit = unit;
        Decimals = decimals;
    }

    /// <summary>The usual precision of the standard tables: 万元 with two decimals.</summary>
    public static PublishedPrecision WanTwoDecimals => new(MoneyUnit.Wan, 2);

    /// <summary>元 with two decimals (to the fen): known to ±0.005 元, as the rules count it.</summary>
    public static PublishedPrecision YuanTwoDecimals => new(MoneyUnit.Yuan, 2);

    /// <summary>Whole 元.</summary>
    public static PublishedPrecision WholeYuan => new(MoneyUnit.Yuan, 0);

    /// <summary>The unit of publication.</summary>
    public MoneyUnit Unit { get; }

    /// <summary>The number of decimal places printed.</summary>
    public int Decimals { get; }

    /// <summary>
    /// Half the last printed unit: how far the true amount may lie from the printed one. 0.005 万元 (50 元) for
    /// <see cref="WanTwoDecimals"/>; 0.005 元 (half a fen) when the last place is the fen (元 with two decimals, 万元
    /// with six), as the rules count it; zero when the last place is finer than a fen.
    /// </summary>
    public RoundingBound HalfUnit
    {
        get
        {
            // Fen per unit of the last printed place; half of it, counted in half-fen, is the same number.
            // 元 with two decimals counts 0.005 元 (one half-fen) per figure, as the rules state; a last place
            // finer than a fen (元 with three or more decimals) cannot carry rounding of a fen amount.
            long fenPerLastPlace = Money.FenPer(Unit);
            for (int i = 0; i < Decimals; i++)
            {
                fenPerLastPlace /= 10;
            }
            return fenPerLastPlace == 0 ? RoundingBound.Zero : RoundingBound.FromHalfFen(fenPerLastPlace);
        }
    }

    /// <summary>Rounds an exact amount as it would be published at this precision (四舍五入, half away from zero).</summary>
    /// <exception cref="BudgetOverflowException">Rounding up leaves the range of <see cref="Money"/>.</exception>
    /// <param name="amount">The exact amount.</param>
    public Money Publish(Money amount) => amount.Round(Unit, Decimals, MidpointRounding.AwayFromZero);

    /// <inheritdoc />
    public override string ToString() => $"{Unit}, {Decimals} decimals";
}
