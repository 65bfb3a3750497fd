using BudgetModel.Disclosure;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// The public rounding-aware relation checks a custom rule uses (<see cref="ValidationContext.CheckSum"/>,
/// <see cref="ValidationContext.CheckSame"/>, <see cref="ValidationContext.CellFigure"/>): the same law as the built-in
/// rollups, the finding's place and size, and the culprit search's second run invisible to the rule.
/// </summary>
public class CustomRelationTests
{
    /// <summary>Only the custom rule speaks: the built-in rollups of table 12 and the completeness rules are off.</summary>
    private static readonly ValidationOptions Options = ValidationOptions.Default
        .Disable("BM-REQUIRED-*", "BM-T12-*", DisclosureValidator.CulpritRuleId) with { AdditionalRules = [new UnitIsSumOfProjects()] };

    /// <summary>A project table whose unit row is Σ of n projects of 1.00 万元 plus k × 0.01 万元.</summary>
    private static BudgetDisclosure ProjectsOff(int n, int k) => ValidatorTests.ProjectsOff(n, k);

    /// <summary>A custom rule: in table 12 the unit row's 合计 is the sum of the projects' 合计.</summary>
    private sealed class UnitIsSumOfProjects : IDisclosureRule
    {
        public string Id => "TEST-UNIT-SUM";

        public string Title => "The unit row is the sum of its projects";

        public string ChineseTitle => "单位行等于项目之和";

        public void Check(ValidationContext context)
        {
            foreach (var table in context.Disclosure.Tables.Where(t => t.Kind == ProjectExpenditureCurrent))
            {
                var unit = table.Rows.First(r => r.Role == RowRole.Total);
                var projects = table.Rows.Where(r => r.Role == RowRole.Detail).Select(r => context.CellFigure(table, r, Total)).ToList();
                context.CheckSum(context.CellFigure(table, unit, Total), projects, FindingLocation.Document, "单位 = Σ 项目");
            }
        }
    }

    [Property]
    public Property A_custom_sum_is_drift_within_the_half_units_of_its_parts_and_an_error_beyond() =>
        Prop.ForAll(Gen.Choose(1, 30).ToArbitrary(), Gen.Choose(-40, 40).ToArbitrary(), (n, k) =>
        {
            var findings = DisclosureValidator.Validate(ProjectsOff(n, k), Options).Findings.Where(f => f.RuleId == "TEST-UNIT-SUM").ToArray();
            if (k == 0)
            {
                return findings.Length == 0;
            }
            // n parts of 0.005 万元 each: |k| × 0.01 ≤ n × 0.005 ⇔ 2|k| ≤ n.
            var expected = 2 * Math.Abs(k) <= n ? Severity.Info : Severity.Error;
            return findings.Length == 1 && findings[0].Severity == expected
                && findings[0].Kind == (expected == Severity.Info ? FindingKind.RoundingDrift : FindingKind.Inconsistency)
                && findings[0].Bound == RoundingBound.Of(PublishedPrecision.WanTwoDecimals, n)
                && findings[0].Difference == k * 0.01m && findings[0].Unit == "万元"
                && findings[0].Location.Cells.Count == n + 1
                && findings[0].Message.StartsWith("单位 = Σ 项目: ", StringComparison.Ordinal);
        });

    [Fact]
    public void A_figure_outside_the_tables_subtracted_or_exact_takes_its_precision_and_sign()
    {
        var disclosure = ProjectsOff(2, 0);
        var rule = new Inline(c =>
        {
            var a = RelationFigure.Of(BudgetModel.Money.FromWan(10m), PublishedPrecision.WanTwoDecimals, "甲", line: 7);
            var b = RelationFigure.Of(BudgetModel.Money.FromWan(12m), PublishedPrecision.WanTwoDecimals, "乙");
            var exactTwo = RelationFigure.Of(BudgetModel.Money.FromWan(2m), null, "丙");
            c.CheckSum(a, [b, exactTwo.Subtracted()], FindingLocation.Document, "甲 = 乙 − 丙");       // holds: no finding
            c.CheckSame(a, RelationFigure.Of(BudgetModel.Money.FromWan(10.01m), PublishedPrecision.WanTwoDecimals, "丁"), FindingLocation.Document, "甲 = 丁");
        });
        var findings = DisclosureValidator.Validate(disclosure, Options with { AdditionalRules = [rule] }).Findings.Where(f => f.RuleId == rule.Id).ToList();

        var finding = Assert.Single(findings);
        // 10.00 against 10.01: 0.01 万元 within the two sides' half units? Same precision: only the part's 0.005, so an error.
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(-0.01m, finding.Difference);
        Assert.Equal([7], finding.Location.Lines);
        Assert.True(RelationFigure.Of(BudgetModel.Money.FromWan(1m), null, "x").Subtracted().IsSubtracted);
        Assert.False(RelationFigure.Of(BudgetModel.Money.FromWan(1m), null, "x").Subtracted().Subtracted().IsSubtracted);
    }

    [Fact]
    public void The_actual_figure_cannot_be_subtracted_and_null_parts_are_named()
    {
        var rule = new Inline(c =>
        {
            var x = RelationFigure.Of(BudgetModel.Money.FromWan(1m), null, "x");
            var e1 = Assert.Throws<ArgumentException>(() => c.CheckSum(x.Subtracted(), [x], FindingLocation.Document, "x"));
            Assert.Equal("actual", e1.ParamName);
            var e2 = Assert.Throws<ArgumentException>(() => c.CheckSum(x, [x, null!], FindingLocation.Document, "x"));
            Assert.Contains("Part 1", e2.Message, StringComparison.Ordinal);
        });
        var report = DisclosureValidator.Validate(ProjectsOff(1, 0), Options with { AdditionalRules = [rule] });
        // Assertions inside a rule that fail would become a "rule failed" finding: there is none.
        Assert.DoesNotContain(report.Findings, f => f.RuleId == rule.Id);
    }

    [Fact]
    public void The_culprit_search_runs_custom_rules_again_without_their_findings_reaching_the_report_twice()
    {
        int runs = 0;
        var rule = new Inline(c =>
        {
            runs++;
            c.Report(new Finding("TEST-INLINE", Severity.Warning, FindingKind.Mismatch, "once", FindingLocation.Document));
        });
        // A broken rollup among cells (the built-in T12 rules on) starts the culprit search's second run.
        var options = ValidationOptions.Default.Disable("BM-REQUIRED-*") with { AdditionalRules = [rule] };
        var report = DisclosureValidator.Validate(ProjectsOff(3, 5), options);

        Assert.Equal(2, runs);
        Assert.Single(report.Findings, f => f.RuleId == "TEST-INLINE");
        Assert.Contains(report.Findings, f => f.RuleId.StartsWith("BM-T12-", StringComparison.Ordinal) && f.Severity == Severity.Error);
    }

    private sealed class Inline(Action<ValidationContext> check) : IDisclosureRule
    {
        public string Id => "TEST-INLINE";

        public string Title => "Inline";

        public string ChineseTitle => "内联";

        public void Check(ValidationContext context) => check(context);
    }
}
