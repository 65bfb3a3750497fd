using FsCheck;
using FsCheck.Fluent;
using MoneyValue = BudgetModel.Money;

namespace BudgetModel.Testing.Generators;

/// <summary>
/// FsCheck generators of <see cref="BudgetModel.Money"/>. Amounts are generated as whole numbers of fen (never
/// through decimals) and shrink toward zero fen.
/// </summary>
public static class MoneyGenerators
{
    /// <summary>
    /// The largest magnitude, in fen, that <see cref="Money()"/> generates: <see cref="long.MaxValue"/> / 1024, so
    /// that a sum of up to 1,024 generated amounts can never overflow (about 900 亿元 each).
    /// </summary>
    public const long MaxSafeFen = long.MaxValue / 1024;

    private static readonly Arbitrary<long> Longs = ArbMap.Default.ArbFor<long>();

    /// <summary>
    /// Amounts of either sign with magnitude at most <see cref="MaxSafeFen"/>: zero, a few fen, whole 万元 with
    /// two decimals, typical table amounts and very large ones, so that sums of about 1,000 values cannot overflow.
    /// </summary>
    public static Arbitrary<MoneyValue> Money()
    {
        var fen = Gen.Frequency(
            (1, Gen.Constant(0L)),
            (2, Gen.Choose(-100, 100).Select(i => (long)i)),
            (3, FsCheck.FSharp.Gen.Choose64(-10_000_000_000L, 10_000_000_000L)),
            (2, Gen.Choose(-10_000_000, 10_000_000).Select(i => i * 10_000L)),
            (2, FsCheck.FSharp.Gen.Choose64(-MaxSafeFen, MaxSafeFen)));
        return Arb.From(fen.Select(MoneyValue.FromFen), ShrinkFen);
    }

    /// <summary>Amounts from zero to <paramref name="maxFen"/> fen inclusive, uniformly.</summary>
    /// <param name="maxFen">The largest amount in fen; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFen"/> is negative.</exception>
    public static Gen<MoneyValue> NonNegative(long maxFen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxFen);
        return FsCheck.FSharp.Gen.Choose64(0L, maxFen).Select(MoneyValue.FromFen);
    }

    /// <summary>
    /// Amounts that a 万元 table with two decimals can show exactly: whole multiples of 0.01 万元 (100 元 = 10,000
    /// fen), of either sign, with magnitude at most <see cref="MaxSafeFen"/>.
    /// </summary>
    public static Arbitrary<MoneyValue> WanTwoDecimals()
    {
        const long FenPerHundredthWan = 10_000;
        var hundredths = Gen.Frequency(
            (1, Gen.Constant(0L)),
            (4, FsCheck.FSharp.Gen.Choose64(-10_000_000L, 10_000_000L)),
            (1, FsCheck.FSharp.Gen.Choose64(-MaxSafeFen / FenPerHundredthWan, MaxSafeFen / FenPerHundredthWan)));
        return Arb.From(
            hundredths.Select(h => MoneyValue.FromFen(h * FenPerHundredthWan)),
            m => Longs.Shrinker(m.TotalFen / FenPerHundredthWan).Select(h => MoneyValue.FromFen(h * FenPerHundredthWan)));
    }

    private static IEnumerable<MoneyValue> ShrinkFen(MoneyValue value) =>
        Longs.Shrinker(value.TotalFen).Where(f => f != long.MinValue).Select(MoneyValue.FromFen);
}
