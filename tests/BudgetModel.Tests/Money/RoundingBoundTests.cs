using BudgetModel;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Money;

using Money = BudgetModel.Money;

public class RoundingBoundTests
{
    [Fact]
    public void A_published_figure_is_known_to_half_its_last_place()
    {
        Assert.Equal(50m, PublishedPrecision.WanTwoDecimals.HalfUnit.Yuan);        // 0.005 万元
        Assert.Equal(0.005m, PublishedPrecision.WanTwoDecimals.HalfUnit.Wan);
        Assert.Equal(10_000L, PublishedPrecision.WanTwoDecimals.HalfUnit.HalfFen);
        Assert.Equal(0.5m, PublishedPrecision.WholeYuan.HalfUnit.Yuan);
        Assert.Equal(5_000m, new PublishedPrecision(MoneyUnit.Wan, 0).HalfUnit.Yuan);
        Assert.Equal(0.05m, new PublishedPrecision(MoneyUnit.Wan, 5).HalfUnit.Yuan); // half of 0.00001 万元 (10 fen)
        Assert.Equal(500_000m, new PublishedPrecision(MoneyUnit.Yi, 2).HalfUnit.Yuan);
        Assert.Equal(0.05m, new PublishedPrecision(MoneyUnit.Yuan, 1).HalfUnit.Yuan);
        // To the fen a figure still counts half its last place (0.005 元), as the rules state: a spreadsheet may have
        // rounded fractions of a fen. One such figure tolerates no whole fen; three tolerate one.
        Assert.Equal(0.005m, PublishedPrecision.YuanTwoDecimals.HalfUnit.Yuan);
        Assert.Equal(1L, new PublishedPrecision(MoneyUnit.Wan, 6).HalfUnit.HalfFen);
        Assert.False(RoundingBound.Of(PublishedPrecision.YuanTwoDecimals, 1).Contains(Money.FromFen(1)));
        Assert.True(RoundingBound.Of(PublishedPrecision.YuanTwoDecimals, 3).Contains(Money.FromFen(1)));
        Assert.Equal(RoundingBound.Zero, new PublishedPrecision(MoneyUnit.Yuan, 3).HalfUnit);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedPrecision(MoneyUnit.Wan, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedPrecision(MoneyUnit.Wan, -1));
    }

    [Fact]
    public void The_seed_drift_is_within_the_bound_of_a_total_and_its_parts()
    {
        var p = PublishedPrecision.WanTwoDecimals;
        var bound = RoundingBound.OfTotalAndParts(p, 2);
        Assert.Equal(150m, bound.Yuan);
        // 793.80 + 3232.37 = 4026.17 against a published 4026.16.
        Assert.True(bound.Contains(Money.FromWan(793.80m) + Money.FromWan(3232.37m) - Money.FromWan(4026.16m)));
        // 0.02 万元 off with two parts is more than rounding can explain.
        Assert.False(bound.Contains(Money.FromWan(0.02m)));
        Assert.True(RoundingBound.Of(p, 1).Contains(Money.FromYuan(50m)));
        Assert.True(RoundingBound.Of(p, 1).Contains(Money.FromYuan(-50m)));
        Assert.False(RoundingBound.Of(p, 1).Contains(Money.FromYuan(50.01m)));
        Assert.Equal(RoundingBound.Of(p, 3), RoundingBound.OfTotalAndParts(p, 2));
        Assert.Equal(RoundingBound.Zero, RoundingBound.Of(p, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundingBound.OfTotalAndParts(p, -1));
        Assert.Throws<BudgetOverflowException>(() => RoundingBound.FromHalfFen(long.MaxValue) * 2);
        Assert.Throws<BudgetOverflowException>(() => RoundingBound.OfTotalAndParts(new PublishedPrecision(MoneyUnit.Yi, 0), int.MaxValue));
    }

    [Fact]
    public void A_bound_prints_in_yuan()
    {
        Assert.Equal("±50 元", PublishedPrecision.WanTwoDecimals.HalfUnit.ToString());
    }

    [Property]
    public Property Publishing_moves_an_amount_by_at_most_half_a_unit() =>
        Prop.ForAll(MoneyGenerators.Money(), Gen.Choose(0, 6).ToArbitrary(), (x, d) =>
        {
            var p = new PublishedPrecision(MoneyUnit.Wan, d);
            return p.HalfUnit.Contains(p.Publish(x) - x);
        });

    [Property]
    public Property Published_parts_and_their_published_total_stay_within_the_bound() =>
        Prop.ForAll(Gen.NonEmptyListOf(MoneyGenerators.Money().Generator).Select(l => l.ToArray()).ToArbitrary(), parts =>
        {
            var p = PublishedPrecision.WanTwoDecimals;
            var publishedTotal = p.Publish(parts.Sum());
            var sumOfPublished = parts.Select(p.Publish).Sum();
            return RoundingBound.OfTotalAndParts(p, parts.Length).Contains(sumOfPublished - publishedTotal);
        });
}
