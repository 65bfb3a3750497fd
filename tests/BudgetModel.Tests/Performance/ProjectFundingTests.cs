using BudgetModel.Funding;
using BudgetModel.Performance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace BudgetModel.Tests.Performance;

using Money = global::BudgetModel.Money;

public class ProjectFundingTests
{
    // 业务经费 in the seed: 年度资金总额 88,500 元, all of it 市县(区)财政资金.
    private static readonly ProjectFunding Seed = new(Money.FromYuan(88_500m),
        new Dictionary<FundingLevel, Money> { [FundingLevel.MunicipalCounty] = Money.FromYuan(88_500m) }, line: 540);

    [Fact]
    public void Printed_levels_are_read_back_and_unprinted_ones_are_absent()
    {
        int count = Seed.ByLevel.Count; // the Count property itself, not the enumeration
        Assert.Equal(1, count);
        Assert.True(Seed.ByLevel.TryGetValue(FundingLevel.MunicipalCounty, out var amount));
        Assert.Equal(Money.FromYuan(88_500m), amount);
        Assert.False(Seed.ByLevel.ContainsKey(FundingLevel.Central));
        Assert.False(Seed.ByLevel.TryGetValue(FundingLevel.Central, out _));
        Assert.Throws<KeyNotFoundException>(() => Seed.ByLevel[FundingLevel.Central]);
        Assert.Equal(Money.Zero, Seed[FundingLevel.Central]);
        Assert.Equal(Money.FromYuan(88_500m), Seed[FundingLevel.MunicipalCounty]);
        Assert.Equal(Money.FromYuan(88_500m), Seed.LevelSum);
        Assert.Equal(540, Seed.Line);
    }

    [Fact]
    public void A_printed_zero_is_printed()
    {
        var funding = new ProjectFunding(Money.FromYuan(10m), new Dictionary<FundingLevel, Money> { [FundingLevel.Central] = Money.Zero, [FundingLevel.Other] = Money.FromYuan(10m) });
        Assert.Equal(2, funding.ByLevel.Count);
        Assert.True(funding.ByLevel.ContainsKey(FundingLevel.Central));
        Assert.Equal([FundingLevel.Central, FundingLevel.Other], funding.ByLevel.Keys);
    }

    [Fact]
    public void The_breakdown_is_a_copy_and_cannot_be_changed_through_the_view()
    {
        var source = new Dictionary<FundingLevel, Money> { [FundingLevel.Provincial] = Money.FromYuan(5m) };
        var funding = new ProjectFunding(Money.FromYuan(5m), source);
        source[FundingLevel.Central] = Money.FromYuan(1m);
        Assert.Equal(Money.FromYuan(5m), Assert.Single(funding.ByLevel).Value);
        Assert.False(funding.ByLevel is IDictionary<FundingLevel, Money>);
    }

    [Fact]
    public void An_undefined_level_is_refused_with_its_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ProjectFunding(Money.Zero, new Dictionary<FundingLevel, Money> { [(FundingLevel)9] = Money.FromYuan(1m) }));
        Assert.Equal("byLevel", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ProjectFunding(Money.Zero, new Dictionary<FundingLevel, Money> { [(FundingLevel)0] = Money.FromYuan(1m) }));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ProjectFunding(Money.Zero, new Dictionary<FundingLevel, Money> { [(FundingLevel)int.MinValue] = Money.FromYuan(1m) }));
        Assert.Equal(Money.Zero, Seed[(FundingLevel)int.MinValue]);
    }

    /// <summary>Whatever levels are given, in whatever order: the view holds exactly them, enumerated in level order,
    /// and the sum is theirs.</summary>
    [Property]
    public Property The_view_holds_exactly_the_given_levels_in_level_order() =>
        Prop.ForAll(Gen.Shuffle(Enum.GetValues<FundingLevel>()).SelectMany(levels => Gen.Choose(0, levels.Length).Select(n => levels.Take(n).ToArray()))
                .SelectMany(levels => Gen.ArrayOf(Gen.Choose(0, 1_000_000), levels.Length).Select(fen => levels.Zip(fen, (l, f) => (l, Money.FromFen(f))).ToArray()))
                .ToArbitrary(),
            pairs =>
            {
                var funding = new ProjectFunding(Money.Zero, pairs.ToDictionary(p => p.l, p => p.Item2));
                var expected = pairs.OrderBy(p => p.l).Select(p => new KeyValuePair<FundingLevel, Money>(p.l, p.Item2)).ToArray();
                return funding.ByLevel.SequenceEqual(expected)
                    && funding.ByLevel.Count == pairs.Length
                    && funding.LevelSum == pairs.Select(p => p.Item2).Sum()
                    && Enum.GetValues<FundingLevel>().All(l => funding[l] == (pairs.Any(p => p.l == l) ? pairs.First(p => p.l == l).Item2 : Money.Zero));
            });
}
