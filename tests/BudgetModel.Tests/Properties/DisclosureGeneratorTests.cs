using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Properties;

using Money = BudgetModel.Money;

/// <summary>The generators checked directly against the rules, independently of the validator.</summary>
public class DisclosureGeneratorTests
{
    private const long HalfHundredthWanFen = 5_000; // 0.005 万元

    [Property(MaxTest = 50)]
    public Property Consistent_disclosures_satisfy_every_rule_exactly() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), d =>
        {
            DirectChecks.All(d, 0);
            DirectChecks.Facts(d);
            Assert.All(d.Tables, t => Assert.Equal(PublishedPrecision.WanTwoDecimals, t.Precision));
            Assert.All(d.Cells(), c => Assert.Equal(0, c.Amount.TotalFen % 10_000));
        });

    [Property(MaxTest = 30)]
    public Property Disclosures_in_yuan_satisfy_every_rule_to_the_fen() =>
        Prop.ForAll(DisclosureGenerators.ConsistentInYuan(), d =>
        {
            DirectChecks.All(d, 0);
            Assert.All(d.Tables, t => Assert.Equal(PublishedPrecision.YuanTwoDecimals, t.Precision));
        });

    [Property(MaxTest = 30)]
    public Property FromYuan_publishes_every_figure_in_wan_and_its_relations_drift_only_within_rounding() =>
        Prop.ForAll(DisclosureGenerators.FromYuan(), d =>
        {
            DirectChecks.All(d, HalfHundredthWanFen);
            Assert.All(d.Tables, t => Assert.Equal(PublishedPrecision.WanTwoDecimals, t.Precision));
            Assert.All(d.Cells(), c => Assert.Equal(0, c.Amount.TotalFen % 10_000));
            Assert.All(d.Facts.Where(f => f.Kind == FactKind.Amount), f => Assert.Equal("万元", f.Unit));
        });

    [Property(MaxTest = 30)]
    public Property RoundToWan_rounds_every_cell_half_away_from_zero() =>
        Prop.ForAll(DisclosureGenerators.ConsistentInYuan(), exact =>
        {
            var rounded = DisclosureGenerators.RoundToWan(exact);
            var before = exact.Cells().ToList();
            var after = rounded.Cells().ToList();
            Assert.Equal(before.Select(c => c.Location), after.Select(c => c.Location));
            for (int i = 0; i < before.Count; i++)
            {
                long fen = before[i].Amount.TotalFen;
                long expected = (fen + (Math.Sign(fen) * 5_000)) / 10_000 * 10_000;
                Assert.Equal(expected, after[i].Amount.TotalFen);
            }
            Assert.Equal(exact.ProjectSheets, rounded.ProjectSheets);
            Assert.Equal(exact.Unit, rounded.Unit);
        });

    [Fact]
    public void RoundToWan_publishes_the_seed_totals_as_the_seed_prints_them()
    {
        // 预算支出总表 of the seed in 元: 6542.05 万元 = 286.42 + 6255.63, here with the 元 the publisher rounded.
        var table = new TableBuilder(TableKind.ExpenditureSummary, TableHeader.Yuan)
            .Total(65_420_549.50m, 2_864_150.00m, 62_556_399.50m)
            .Function("215", "资源勘探工业信息等支出", 40_261_649.99m, 1_951_050.00m, 38_310_599.99m)
            .Build();
        var exact = new DisclosureBuilder("汾阳市工业和信息化局", 2024).AddTable(table)
            .AddFact(new ProseFact(FactKind.Amount, new FactSubject(FactTopic.TotalExpenditure), 65_420_549.50m, "元", 2))
            .Build();

        var rounded = DisclosureGenerators.RoundToWan(exact);

        var t3 = rounded.ExpenditureSummary!;
        Assert.Equal(PublishedPrecision.WanTwoDecimals, t3.Precision);
        Assert.Equal(Money.FromWan(6542.05m), t3.TotalRow!.Total);
        Assert.Equal(Money.FromWan(286.42m), t3.TotalRow[TableColumn.Basic]);
        Assert.Equal(Money.FromWan(6255.64m), t3.TotalRow[TableColumn.Project]); // 6255.63995 rounds half away from zero
        Assert.Equal(Money.FromWan(4026.16m), t3.FunctionRows[0].Total);
        var fact = Assert.Single(rounded.Facts);
        Assert.Equal(("万元", 2, 6542.05m), (fact.Unit, fact.Decimals, fact.Value));
    }

    [Property(MaxTest = 20)]
    public Property Table_arbitraries_give_consistent_tables_with_figures() =>
        Prop.ForAll(
            Gen.Elements(TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.GeneralBudgetExpenditure, TableKind.GovernmentFundExpenditure)
                .SelectMany(kind => DisclosureGenerators.FunctionTable(kind).Generator.Select(table => (kind, table)))
                .ToArbitrary(),
            pair =>
            {
                var (kind, table) = pair;
                Assert.Equal(kind, table.Kind);
                Assert.False(table.IsPrintedEmpty);
                Assert.Contains(table.FunctionRows, r => r.Code.Level == FunctionLevel.Item);
                DirectChecks.FunctionRollups(table, table.FunctionRows, table.TotalRow, 0);
            });

    [Fact]
    public void Table_arbitraries_cover_every_kind_of_the_seed()
    {
        foreach (var kind in TableKinds.Seed)
        {
            var table = DisclosureGenerators.Table(kind).Generator.Sample(10, 3).First();
            Assert.Equal(kind, table.Kind);
            Assert.False(table.IsPrintedEmpty, kind.ToString());
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureGenerators.FunctionTable(TableKind.ThreePublicExpenses));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureGenerators.Table(TableKind.GovernmentProcurement));
    }

    [Fact]
    public void ConsistentWithRows_builds_the_requested_size_deterministically()
    {
        foreach (int rows in (int[])[1, 10, 1_000, 10_000])
        {
            var d = DisclosureGenerators.ConsistentWithRows(rows, seed: 7);
            int printed = d.ExpenditureSummary!.FunctionRows.Count;
            Assert.InRange(printed, Math.Min(3, rows), Math.Max(rows * 1.1, 4));
            Assert.True(printed >= rows * 0.9, $"{printed} rows for {rows}");
        }
        var first = DisclosureGenerators.ConsistentWithRows(1_000, seed: 3);
        var second = DisclosureGenerators.ConsistentWithRows(1_000, seed: 3);
        Assert.Equal(first.Cells(), second.Cells());
        Assert.Equal(first.ProjectSheets.Select(s => (s.ProjectName, s.AnnualFunding.Total)), second.ProjectSheets.Select(s => (s.ProjectName, s.AnnualFunding.Total)));
        DirectChecks.All(first, 0);
    }

    [Fact]
    public void A_province_sized_disclosure_of_100000_rows_is_built_consistent()
    {
        // How long it takes is measured by the validation benchmarks (rows-100000), not here: a timed unit test fails on
        // a busy machine and measures nothing reliably.
        var d = DisclosureGenerators.ConsistentWithRows(100_000, seed: 1);
        Assert.InRange(d.ExpenditureSummary!.FunctionRows.Count, 95_000, 105_000);
        Assert.Equal(d.ExpenditureSummary.TotalRow!.Total, d.RevenueExpenditureSummary!.Summary(SummaryLine.ExpenditureGrandTotal)!.Total);
    }

    [Property(MaxTest = 50)]
    public Property Perturbation_changes_one_published_cell_by_more_than_any_rounding_bound() =>
        Prop.ForAll(
            DisclosureGenerators.Consistent().Generator.SelectMany(d => DisclosureGenerators.Perturbation(d).Select(p => (d, p))).ToArbitrary(),
            pair =>
            {
                var (d, (cell, value)) = pair;
                var old = d.Cells().Single(c => c.Location == cell).Amount;
                long bound = d.Tables.Max(t => t.Rows.Count) * HalfHundredthWanFen;
                Assert.True(Math.Abs((value - old).TotalFen) > 1_000_000 + bound, $"{cell}: {old} → {value}");
                Assert.Equal(0, value.TotalFen % 10_000);
                var changed = d.WithCell(cell, value).Cells().ToList();
                var differences = d.Cells().Zip(changed).Where(p => p.First.Amount != p.Second.Amount).ToList();
                Assert.Equal(cell, Assert.Single(differences).First.Location);
            });

    [Fact]
    public void Shrinking_regenerates_from_fewer_codes()
    {
        var arbitrary = DisclosureGenerators.Consistent(8);
        var d = arbitrary.Generator.Sample(10, 50).First(x => Items(x) >= 3);
        var shrunk = arbitrary.Shrinker(d).Take(4).ToList();
        Assert.NotEmpty(shrunk);
        Assert.All(shrunk, s => Assert.True(Items(s) < Items(d)));
        Assert.All(shrunk, s => DirectChecks.All(s, 0));

        static int Items(BudgetDisclosure x) => x.ExpenditureSummary!.FunctionRows.Count(r => r.Code.Level == FunctionLevel.Item);
    }
}
