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
        var disclosure = Issue16DefectTests.PensionExcerpt();

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

    [Fact]
    public void Findings_about_amounts_give_them_as_money_in_their_unit_and_others_give_none()
    {
        var parts = new SmallDisclosure.Parts();
        var t3 = parts.Tables[TableKind.ExpenditureSummary];
        var cell = t3.Cells().First(c => c.Location.RowKey != "合计" && c.Location.Column == TableColumn.Total && !c.Amount.IsZero);
        parts.Tables[TableKind.ExpenditureSummary] = t3.WithCell(cell.Location, cell.Amount + BudgetModel.Money.FromWan(0.90m));
        var report = DisclosureValidator.Validate(parts.Build());
        var amounts = report.Findings.Where(f => f.Unit is "万元" or "元" && f.Expected is not null && f.Actual is not null).ToArray();
        Assert.NotEmpty(amounts);
        foreach (var f in amounts)
        {
            var unit = f.Unit == "万元" ? MoneyUnit.Wan : MoneyUnit.Yuan;
            Assert.Equal(unit, f.AmountUnit);
            Assert.Equal(f.Expected!.Value, f.ExpectedAmount!.Value.In(unit));
            Assert.Equal(f.Actual!.Value, f.ActualAmount!.Value.In(unit));
            Assert.Equal(f.ActualAmount.Value - f.ExpectedAmount.Value, f.DifferenceAmount);
        }
        Assert.Contains(amounts, f => f.DifferenceAmount is { } d && (d == BudgetModel.Money.FromWan(0.90m) || d == BudgetModel.Money.FromWan(-0.90m)));

        var percent = new Finding("BM-X", Severity.Error, FindingKind.Inconsistency, "m", FindingLocation.Document) { Expected = 14.13m, Actual = 14.2m, Unit = "%" };
        Assert.Equal((null, null, null, null), (percent.AmountUnit, percent.ExpectedAmount, percent.ActualAmount, percent.DifferenceAmount));
        Assert.Equal(0.07m, percent.Difference);
    }

    [Property(MaxTest = 300)]
    public Property The_string_and_span_overloads_of_Parse_and_TryParse_agree() =>
        Prop.ForAll(
            Gen.OneOf(
                Gen.Elements("215", "21505", "2150517", "30101", "501", "1030148", "2150", "", "  ", "abc", "２１５", "≥90%", "28.264485万元", "及时", "≥", "12.3.4%"),
                Gen.Choose(0, 99_999_999).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArbitrary(),
            text =>
            {
                Assert.Equal(BudgetModel.Classification.FunctionCode.TryParse(text.AsSpan(), out var f1), BudgetModel.Classification.FunctionCode.TryParse(text, out var f2));
                Assert.Equal(f1, f2);
                Assert.Equal(BudgetModel.Classification.EconomicCode.TryParse(text.AsSpan(), out var e1), BudgetModel.Classification.EconomicCode.TryParse(text, out var e2));
                Assert.Equal(e1, e2);
                Assert.Equal(BudgetModel.Classification.RevenueCode.TryParse(text.AsSpan(), out var r1), BudgetModel.Classification.RevenueCode.TryParse(text, out var r2));
                Assert.Equal(r1, r2);
                bool ok = BudgetModel.Performance.IndicatorValue.TryParse(text, out var v1);
                Assert.Equal(ok, BudgetModel.Performance.IndicatorValue.TryParse(text.AsSpan(), out var v2));
                Assert.Equal(v1, v2);
                if (ok)
                {
                    Assert.Equal(BudgetModel.Performance.IndicatorValue.Parse(text), BudgetModel.Performance.IndicatorValue.Parse(text.AsSpan()));
                }
            });
}
