using BudgetModel;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Money;

using Money = BudgetModel.Money;

public class MoneyGeneratorsTests
{
    [Property]
    public Property Money_stays_within_the_safe_range() =>
        Prop.ForAll(MoneyGenerators.Money(), m => Math.Abs(m.TotalFen) <= MoneyGenerators.MaxSafeFen);

    [Fact]
    public void A_thousand_safe_amounts_cannot_overflow()
    {
        Assert.True((Int128)MoneyGenerators.MaxSafeFen * 1024 <= long.MaxValue);
        Assert.Equal(Money.FromFen(MoneyGenerators.MaxSafeFen * 1024), Enumerable.Repeat(Money.FromFen(MoneyGenerators.MaxSafeFen), 1024).Sum());
    }

    [Fact]
    public void Money_includes_zero_negatives_and_positives()
    {
        var sample = MoneyGenerators.Money().Generator.Sample(100, 500);
        Assert.Contains(Money.Zero, sample);
        Assert.Contains(sample, m => m.Sign < 0);
        Assert.Contains(sample, m => m.Sign > 0);
    }

    [Property]
    public Property NonNegative_stays_between_zero_and_the_maximum() =>
        Prop.ForAll(MoneyGenerators.NonNegative(12_345).ToArbitrary(), m => m.TotalFen >= 0 && m.TotalFen <= 12_345);

    [Property]
    public Property WanTwoDecimals_are_whole_hundredths_of_a_wan() =>
        Prop.ForAll(MoneyGenerators.WanTwoDecimals(), m =>
            m.TotalFen % 10_000 == 0
            && Math.Abs(m.TotalFen) <= MoneyGenerators.MaxSafeFen
            && PublishedPrecision.WanTwoDecimals.Publish(m) == m);

    [Fact]
    public void Shrinking_moves_toward_zero_and_keeps_the_shape()
    {
        var shrunk = MoneyGenerators.WanTwoDecimals().Shrinker(Money.FromWan(6542.05m)).ToList();
        Assert.NotEmpty(shrunk);
        Assert.All(shrunk, m => Assert.True(m.TotalFen % 10_000 == 0 && Math.Abs(m.TotalFen) <= 6_542_050_000L && m != Money.FromWan(6542.05m)));
        Assert.Contains(Money.Zero, shrunk);
        var shrunkFen = MoneyGenerators.Money().Shrinker(Money.FromFen(-1234)).ToList();
        Assert.Contains(Money.Zero, shrunkFen);
        Assert.All(shrunkFen, m => Assert.True(Math.Abs(m.TotalFen) <= 1234 && m != Money.FromFen(-1234)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MoneyGenerators.NonNegative(-1));
    }
}
