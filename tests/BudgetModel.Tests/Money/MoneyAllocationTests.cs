using BudgetModel;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Money;

using Money = BudgetModel.Money;

public class MoneyAllocationTests
{
    private static readonly Arbitrary<Money> Amounts = MoneyGenerators.Money();

    private static long[] Fen(Money[] shares) => shares.Select(s => s.TotalFen).ToArray();

    [Fact]
    public void Split_hands_the_remainder_to_the_first_shares()
    {
        Assert.Equal([34L, 33L, 33L], Fen(Money.FromYuan(1m).Split(3)));
        Assert.Equal([-34L, -33L, -33L], Fen(Money.FromYuan(-1m).Split(3)));
        Assert.Equal([1L, 1L, 0L, 0L], Fen(Money.FromFen(2).Split(4)));
        Assert.Equal([0L, 0L], Fen(Money.Zero.Split(2)));
        Assert.Equal([long.MaxValue], Fen(Money.MaxValue.Split(1)));
        Span<Money> shares = stackalloc Money[3];
        Money.FromYuan(1m).Split(shares);
        Assert.Equal(34L, shares[0].TotalFen);
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromFen(1).Split(0));
        Assert.Throws<ArgumentException>(() => Money.FromFen(1).Split(Span<Money>.Empty));
    }

    [Fact]
    public void Allocate_uses_the_largest_remainders_and_breaks_ties_by_position()
    {
        Assert.Equal([3334L, 3333L, 3333L], Fen(Money.FromYuan(100m).Allocate(1, 1, 1)));
        Assert.Equal([2L, 3L], Fen(Money.FromFen(5).Allocate(3, 7)));                // 1.5 and 3.5 fen: tie to the first
        Assert.Equal([0L, 1L], Fen(Money.FromFen(1).Allocate(1, 1_000_000)));        // the tiny ratio does not win the fen
        Assert.Equal([0L, 10L, 0L], Fen(Money.FromFen(10).Allocate(0, 5, 0)));       // zero ratios get zero
        Assert.Equal([-2L, -3L], Fen(Money.FromFen(-5).Allocate(3, 7)));
        // 6,542.05万元 shared as the seed's 本年收入 3,309.68 : 上年结转 3,232.37 gives the parts back exactly.
        Assert.Equal([3_309_680_000L, 3_232_370_000L], Fen(Money.FromWan(6542.05m).Allocate(330_968, 323_237)));
        Assert.Equal([long.MaxValue / 2 + 1, long.MaxValue / 2], Fen(Money.MaxValue.Allocate(long.MaxValue, long.MaxValue)));
    }

    [Fact]
    public void Allocate_refuses_meaningless_ratios()
    {
        Assert.Throws<ArgumentException>(() => Money.FromFen(1).Allocate());
        Assert.Throws<ArgumentException>(() => Money.FromFen(1).Allocate(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromFen(1).Allocate(1, -1));
    }

    [Property]
    public Property Split_never_loses_or_creates_a_fen_and_shares_differ_by_at_most_one() =>
        Prop.ForAll(Amounts, Gen.Choose(1, 60).ToArbitrary(), (x, n) =>
        {
            var shares = x.Split(n);
            long max = shares.Max(s => s.TotalFen);
            long min = shares.Min(s => s.TotalFen);
            return shares.Length == n
                && shares.Sum() == x
                && max - min <= 1
                && shares.All(s => s.Sign == 0 || s.Sign == x.Sign);
        });

    [Property]
    public Property Allocate_never_loses_or_creates_a_fen_and_each_share_is_within_a_fen_of_its_exact_part() =>
        Prop.ForAll(
            Amounts,
            Gen.NonEmptyListOf(Gen.Frequency((1, Gen.Constant(0L)), (4, FsCheck.FSharp.Gen.Choose64(1, 1_000_000_000_000L))))
                .Where(r => r.Any(v => v > 0)).Select(r => r.ToArray()).ToArbitrary(),
            (x, ratios) =>
            {
                var shares = x.Allocate(ratios);
                Int128 total = 0;
                foreach (var r in ratios)
                {
                    total += r;
                }
                bool withinOneFen = true;
                for (int i = 0; i < ratios.Length; i++)
                {
                    // |share − x·r/total| < 1  ⇔  |share·total − x·r| < total
                    Int128 error = ((Int128)shares[i].TotalFen * total) - ((Int128)x.TotalFen * ratios[i]);
                    withinOneFen &= Int128.Abs(error) < total;
                    withinOneFen &= ratios[i] != 0 || shares[i].IsZero;
                }
                return shares.Length == ratios.Length && shares.Sum() == x && withinOneFen;
            });

    [Property]
    public Property Equal_ratios_share_like_Split() =>
        Prop.ForAll(Amounts, Gen.Choose(1, 30).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (x, n, weight) =>
            Fen(x.Allocate(Enumerable.Repeat((long)weight, n).ToArray())).SequenceEqual(Fen(x.Split(n))));

    [Property]
    public Property Allocation_is_deterministic_and_symmetric_in_sign() =>
        Prop.ForAll(Amounts, x =>
            Fen(x.Allocate(5, 3, 2, 7)).SequenceEqual(Fen(x.Allocate(5, 3, 2, 7)))
            && Fen((-x).Allocate(5, 3, 2, 7)).SequenceEqual(Fen(x.Allocate(5, 3, 2, 7)).Select(f => -f)));
}
