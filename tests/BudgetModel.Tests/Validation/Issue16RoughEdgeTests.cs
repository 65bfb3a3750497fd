using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Testing.Generators;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Validation;

/// <summary>Issue 16, rough edges: the structural comparer of disclosures and the rollups-only preset.</summary>
public class Issue16RoughEdgeTests
{
    [Property(MaxTest = 30)]
    public Property A_generated_disclosure_read_back_from_its_json_equals_it() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), d =>
        {
            var back = DisclosureJson.Read(DisclosureJson.Write(d));
            Assert.True(DisclosureComparer.Instance.Equals(back, d), string.Join("\n", DisclosureComparer.Differences(back, d)));
            Assert.Equal(DisclosureComparer.Instance.GetHashCode(d), DisclosureComparer.Instance.GetHashCode(back));
        });

    [Property(MaxTest = 30)]
    public Property A_disclosure_with_one_cell_changed_is_not_equal() =>
        Prop.ForAll(
            DisclosureGenerators.Consistent().Generator.SelectMany(d => DisclosureGenerators.Perturbation(d).Select(p => (d, p.Cell, p.NewValue))).ToArbitrary(),
            t =>
            {
                var (d, cell, value) = t;
                var changed = d.WithCell(cell, value);
                Assert.False(DisclosureComparer.Instance.Equals(d, changed));
                Assert.Contains(DisclosureComparer.Differences(d, changed), line => line.StartsWith("table[", StringComparison.Ordinal));
            });

    [Fact]
    public void Rollups_only_checks_the_arithmetic_of_a_partial_disclosure_and_nothing_it_lacks()
    {
        var disclosure = new DisclosureBuilder("汾阳市工业和信息化局", 2024)
            .AddTable(new TableBuilder(TableKind.ExpenditureSummary)
                .Total(52.84m, 52.84m, 0m)
                .Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m)
                .Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m)
                .Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m)
                .Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m)
                .Function("2080506", "机关事业单位职业年金缴费支出", 11.00m, 11.00m, 0m)
                .Build())
            .Build();

        var all = DisclosureValidator.Validate(disclosure);
        Assert.Contains(all.Findings, f => f.RuleId.StartsWith("BM-REQUIRED-", StringComparison.Ordinal));

        var rollups = DisclosureValidator.Validate(disclosure, ValidationOptions.RollupsOnly);
        var errors = rollups.Findings.Where(f => f.Severity == Severity.Error).ToArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, f => Assert.Equal("BM-T3-ROLLUP", f.RuleId));
        Assert.All(rollups.Findings, f => Assert.Matches("^BM-(T[0-9]+-|X-|CULPRIT$)", f.RuleId));
        Assert.Contains(errors, f => f.Location.Row == "20805" && f.Difference == 0.90m);

        // Every table rollup and cross-table relation stays on; everything else is off.
        Assert.All(DisclosureRules.All, r => Assert.Equal(
            !(r.Id.StartsWith("BM-X-", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(r.Id, "^BM-T[0-9]")),
            ValidationOptions.RollupsOnly.IsDisabled(r.Id)));
        Assert.False(ValidationOptions.RollupsOnly.IsDisabled(DisclosureValidator.CulpritRuleId));
    }

    [Property(MaxTest = 20)]
    public Property Rollups_only_still_finds_a_changed_cell() =>
        Prop.ForAll(
            DisclosureGenerators.Consistent().Generator.SelectMany(d => DisclosureGenerators.Perturbation(d).Select(p => (p.Cell, Changed: d.WithCell(p.Cell, p.NewValue)))).ToArbitrary(),
            t =>
            {
                var report = DisclosureValidator.Validate(t.Changed, ValidationOptions.RollupsOnly);
                Assert.Contains(report.Findings, f => f.Severity == Severity.Error
                    && (f.Location.Cells.Contains(t.Cell) || (f.Location.Table == t.Cell.Table && f.Location.Row == t.Cell.RowKey)));
            });
}
