using System.Runtime.CompilerServices;

namespace BudgetModel;

/// <summary>
/// An amount of Chinese yuan (人民币), exact to the fen (分): a signed 64-bit count of fen.
/// </summary>
/// <remarks>
/// <para>Invariant: the value is a whole number of fen between <see cref="MinValue"/> and
/// <see cref="MaxValue"/>. Arithmetic is exact; overflow throws <see cref="BudgetOverflowException"/>.</para>
/// <para><c>default(Money)</c> is zero yuan and behaves as zero everywhere.</para>
/// <para>There is no implicit conversion from <see cref="decimal"/> or <see cref="double"/>: create values
/// with <see cref="FromYuan(decimal)"/>, <see cref="FromWan(decimal)"/> or <see cref="FromFen(long)"/>.
/// Input finer than a fen is refused unless the caller names a <see cref="MidpointRounding"/>.</para>
/// </remarks>
public readonly partial struct Money
{
    private const long FenPerYuan = 100;
    private const long FenPerWan = 1_000_000;
    private const long FenPerYi = 10_000_000_000;

    private readonly long _fen;

    /// <summary>Zero yuan; the same as <c>default(Money)</c>.</summary>
    public static Money Zero => default;

    /// <summary>The largest amount: <see cref="long.MaxValue"/> fen (about 9.2 × 10¹⁶ yuan, 92,233 万亿 元).</summary>
    public static Money MaxValue => new(long.MaxValue);

    /// <summary>The smallest amount: -<see cref="long.MaxValue"/> fen, so that every amount can be negated.</summary>
    public static Money MinValue => new(-long.MaxValue);

    /// <summary>Trusted constructor: <paramref name="fen"/> must not be <see cref="long.MinValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Money(long fen) => _fen = fen;

    /// <summary>The amount as a whole number of fen (分).</summary>
    public long TotalFen => _fen;

    /// <summary>The amount in 元, exact (two decimal places at most).</summary>
    public decimal Yuan => new decimal(_fen) / FenPerYuan;

    /// <summary>The amount in 万元, exact (six decimal places at most): 282,644.85 元 is 28.264485 万元.</summary>
    public decimal Wan => new decimal(_fen) / FenPerWan;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => _fen == 0;

    /// <summary>-1, 0 or 1 as the amount is negative, zero or positive.</summary>
    public int Sign => Math.Sign(_fen);

    /// <summary>Creates an amount from a whole number of fen.</summary>
    /// <param name="fen">The number of fen; <see cref="long.MinValue"/> is refused.</param>
    /// <exception cref="BudgetOverflowException"><paramref name="fen"/> is <see cref="long.MinValue"/>.</exception>
    public static Money FromFen(long fen)
    {
        if (fen == long.MinValue)
        {
            Preconditions.ThrowOverflow("Money.FromFen(long.MinValue)");
        }
        return new Money(fen);
    }

    /// <summary>Creates an amount from 元. Refuses a value finer than a fen.</summary>
    /// <param name="yuan">The amount in yuan, for example <c>364575m</c> or <c>1424237.32m</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has more than two significant decimals.</exception>
    /// <exception cref="BudgetOverflowException">The amount is out of range.</exception>
    public static Money FromYuan(decimal yuan) => FromScaled(yuan, FenPerYuan, null, nameof(yuan));

    /// <summary>Creates an amount from 元, rounding to the fen with the rounding the caller names.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <param name="rounding">How to round a value finer than a fen.</param>
    /// <exception cref="BudgetOverflowException">The amount is out of range.</exception>
    public static Money FromYuan(decimal yuan, MidpointRounding rounding) => FromScaled(yuan, FenPerYuan, rounding, nameof(yuan));

    /// <summary>Creates an amount from 万元. Refuses a value finer than a fen (more than six decimals).</summary>
    /// <param name="wan">The amount in 万元, for example <c>6542.05m</c> or <c>28.264485m</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="wan"/> is finer than a fen.</exception>
    /// <exception cref="BudgetOverflowException">The amount is out of range.</exception>
    public static Money FromWan(decimal wan) => FromScaled(wan, FenPerWan, null, nameof(wan));

    /// <summary>Creates an amount from 万元, rounding to the fen with the rounding the caller names.</summary>
    /// <param name="wan">The amount in 万元.</param>
    /// <param name="rounding">How to round a value finer than a fen.</param>
    /// <exception cref="BudgetOverflowException">The amount is out of range.</exception>
    public static Money FromWan(decimal wan, MidpointRounding rounding) => FromScaled(wan, FenPerWan, rounding, nameof(wan));

    /// <summary>Creates an amount from a number in the given unit. Refuses a value finer than a fen.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit the number is in.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is finer than a fen.</exception>
    /// <exception cref="BudgetOverflowException">The amount is out of range.</exception>
    public static Money From(decimal value, MoneyUnit unit) => FromScaled(value, FenPer(unit), null, nameof(value));

    /// <summary>Creates an amount from a number in the given unit, rounding to the fen as named.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit the number is in.</param>
    /// <param name="rounding">How to round a value finer than a fen.</param>
    /// <exception cref="BudgetOverflowException">The amount is out of range.</exception>
    public static Money From(decimal value, MoneyUnit unit, MidpointRounding rounding) => FromScaled(value, FenPer(unit), rounding, nameof(value));

    /// <summary>The amount as a number in the given unit, exact.</summary>
    /// <param name="unit">The unit to express the amount in.</param>
    public decimal In(MoneyUnit unit) => new decimal(_fen) / FenPer(unit);

    /// <summary>
    /// The amount in 万元 rounded to <paramref name="decimals"/> places, half away from zero (四舍五入),
    /// the way the standard tables publish yuan amounts.
    /// </summary>
    /// <param name="decimals">Decimal places in 万元, 0 to 6.</param>
    public decimal ToWan(int decimals) => ToWan(decimals, MidpointRounding.AwayFromZero);

    /// <summary>The amount in 万元 rounded to <paramref name="decimals"/> places with the named rounding.</summary>
    /// <param name="decimals">Decimal places in 万元, 0 to 6.</param>
    /// <param name="rounding">The rounding to apply.</param>
    public decimal ToWan(int decimals, MidpointRounding rounding)
    {
        if (decimals is < 0 or > 6)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(decimals), decimals, "万元 has at most six decimal places of meaning (one fen).");
        }
        return Math.Round(Wan, decimals, rounding);
    }

    /// <summary>
    /// This amount rounded to a whole multiple of 10^-<paramref name="decimals"/> of <paramref name="unit"/>,
    /// with the named rounding: what the amount becomes when published in that unit and precision.
    /// </summary>
    /// <param name="unit">The unit of publication.</param>
    /// <param name="decimals">Decimal places in that unit.</param>
    /// <param name="rounding">The rounding to apply; the tables use <see cref="MidpointRounding.AwayFromZero"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    /// <exception cref="BudgetOverflowException">Rounding up leaves the range.</exception>
    public Money Round(MoneyUnit unit, int decimals, MidpointRounding rounding)
    {
        if (decimals < 0 || decimals > 10)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(decimals), decimals, "Decimal places must be between 0 and 10.");
        }
        MoneyRounding.Check(rounding, nameof(rounding));
        long step = FenPer(unit);
        for (int i = 0; i < decimals && step > 1; i++)
        {
            step /= 10;
        }
        if (step <= 1)
        {
            return this;
        }
        // Rounding up next to MaxValue can leave the range: ToMoney reports it as an overflow.
        var steps = MoneyRounding.Divide((Int128)_fen, step, rounding);
        return MoneyRounding.ToMoney(steps * step, "Money.Round");
    }

    /// <summary>The absolute value.</summary>
    public Money Abs() => new(Math.Abs(_fen));

    internal static long FenPer(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => FenPerYuan,
        MoneyUnit.Wan => FenPerWan,
        MoneyUnit.Yi => FenPerYi,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown money unit."),
    };

    /// <summary>An amount from a number in the given unit, rounded to the fen as named; false when it is beyond the
    /// range of <see cref="Money"/> (no exception).</summary>
    internal static bool TryFrom(decimal value, MoneyUnit unit, MidpointRounding rounding, out Money money)
    {
        long fenPerUnit = FenPer(unit);
        money = default;
        // |value| × fenPerUnit must stay below decimal.MaxValue and then below long.MaxValue fen.
        if (Math.Abs(value) > (decimal)long.MaxValue / fenPerUnit + 1)
        {
            return false;
        }
        var whole = Math.Round(value * fenPerUnit, 0, rounding);
        if (whole > long.MaxValue || whole < -long.MaxValue)
        {
            return false;
        }
        money = new Money((long)whole);
        return true;
    }

    private static Money FromScaled(decimal value, long fenPerUnit, MidpointRounding? rounding, string paramName)
    {
        decimal fen;
        try
        {
            fen = value * fenPerUnit;
        }
        catch (OverflowException e)
        {
            return Preconditions.ThrowOverflow<Money>("Money from " + value.ToString(System.Globalization.CultureInfo.InvariantCulture), e);
        }
        var whole = decimal.Truncate(fen);
        if (whole != fen)
        {
            if (rounding is null)
            {
                Preconditions.ThrowArgument(paramName, $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is finer than one fen; name a MidpointRounding to round it.");
            }
            whole = Math.Round(fen, 0, rounding.Value);
        }
        if (whole > long.MaxValue || whole < -long.MaxValue)
        {
            Preconditions.ThrowOverflow("Money from " + value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return new Money((long)whole);
    }
}
