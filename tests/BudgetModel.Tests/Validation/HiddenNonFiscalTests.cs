using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// A unit that looks as if it had only 财政拨款 because its 单位资金 (30 元) prints as 0.00 万元 in 表一, while 表一's
/// class lines and totals, rounded from the exact books, still count it: BM-X-T4-CLASS and BM-X-T1-T4 take each
/// non-fiscal line printed as zero into the relation with its half-unit, so a 0.01 万元 difference that the hidden
/// money explains is rounding drift, and a larger one is still an error.
/// </summary>
public class HiddenNonFiscalTests
{
    private static readonly decimal HalfUnit = PublishedPrecision.WanTwoDecimals.HalfUnit.Wan;

    /// <summary>
    /// The small disclosure published from these exact books (万元): class 201 has 10.0048 of 一般公共预算 (its one
    /// project, 商贸事务项目) and 0.0030 of 单位资金 in the same project; class 208 has 39.9952 (so that the totals stay
    /// whole). Rounded: 表四's 201 is 10.00 (10.0048) but 表一's, 表二's and 表三's 201 rows are 10.01 (10.0078); the
    /// 单位资金 line of 表一 is 0.00; 表三's 项目支出 65.01, 表十二's project and unit row 10.01 and 35.01, the project's
    /// sheet 100,078 元, the overall sheet's 项目支出 65.01. Every other figure rounds to what the small disclosure prints.
    /// </summary>
    private static SmallDisclosure.Parts ThirtyYuanOfUnitFunds(bool printSpecialAccountLine = true)
    {
        var p = new SmallDisclosure.Parts()
            .Set(RevenueExpenditureSummary, "201", Total, 10.01m)
            .Set(RevenueExpenditureSummary, "201", CurrentYear, 10.01m);
        foreach (var code in new[] { "201", "20113", "2011399" })
        {
            p.Set(RevenueSummary, code, Total, 10.01m)
                .Set(ExpenditureSummary, code, Total, 10.01m)
                .Set(ExpenditureSummary, code, Project, 10.01m);
        }
        p.Set(ExpenditureSummary, "Total", Project, 65.01m)
            .Set(ProjectExpenditureCurrent, SmallDisclosure.UnitName, Total, 35.01m)
            .Set(ProjectExpenditureCurrent, "商贸事务项目", Total, 10.01m);
        p.Sheets[0] = SmallDisclosure.Sheet("商贸事务项目", 100_078m);
        var overall = p.Overall!;
        p.Overall = new OverallPerformanceSheet(overall.UnitName, overall.Total, overall.BySource,
            new Dictionary<ExpenditureType, BudgetModel.Money> { [ExpenditureType.Basic] = BudgetModel.Money.FromWan(90m), [ExpenditureType.Project] = BudgetModel.Money.FromWan(65.01m) },
            overall.Staff, overall.Indicators, overall.Precision, overall.Line);
        if (!printSpecialAccountLine)
        {
            var t1 = p.Tables[RevenueExpenditureSummary];
            var builder = new TableBuilder(RevenueExpenditureSummary, t1.Header);
            foreach (var row in t1.Rows.Where(r => r is not SourceRow { Source: FundSource.FiscalSpecialAccount }))
            {
                builder.Add(row);
            }
            p.Tables[RevenueExpenditureSummary] = builder.Build();
        }
        return p;
    }

    private static Finding[] Of(ValidationReport report, string ruleId, string row) =>
        report.Findings.Where(f => f.RuleId == ruleId && f.Location.Table == FiscalAppropriationSummary && f.Location.Row == row).ToArray();

    private static CellLocation T1Line(BudgetDisclosure d, FundSource source)
    {
        var t1 = d.RevenueExpenditureSummary!;
        int index = t1.Rows.ToList().FindIndex(r => r is SourceRow s && s.Source == source);
        Assert.True(index >= 0);
        return new CellLocation(RevenueExpenditureSummary, index, t1.Rows[index].Key, Amount);
    }

    [Fact]
    public void Class_line_off_by_what_the_printed_zeros_hide_is_drift_and_the_rounded_disclosure_has_no_error()
    {
        var d = ThirtyYuanOfUnitFunds().Build();

        var report = DisclosureValidator.Validate(d);

        Assert.True(report.Errors == 0, string.Join(Environment.NewLine, report.Findings));
        var finding = Assert.Single(Of(report, "BM-X-T4-CLASS", "201"));
        Assert.Equal((Severity.Info, FindingKind.RoundingDrift), (finding.Severity, finding.Kind));
        Assert.Equal(-0.01m, finding.Difference);
        // 表一's class line and its two non-fiscal lines printed as 0.00 (财政专户管理资金, 单位资金): three half-units.
        Assert.Equal(3 * HalfUnit, finding.Bound!.Value.Wan);
        Assert.Contains(T1Line(d, FundSource.UnitFunds), finding.Location.Cells);
        Assert.Contains(T1Line(d, FundSource.FiscalSpecialAccount), finding.Location.Cells);
    }

    [Fact]
    public void One_printed_zero_widens_the_bound_by_one_half_unit_and_0_01_is_at_its_edge()
    {
        var report = DisclosureValidator.Validate(ThirtyYuanOfUnitFunds(printSpecialAccountLine: false).Build());

        var finding = Assert.Single(Of(report, "BM-X-T4-CLASS", "201"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(2 * HalfUnit, finding.Bound!.Value.Wan);
    }

    [Theory]
    [InlineData(true)]  // bound 0.015: 0.02 is beyond it
    [InlineData(false)] // bound 0.01
    public void Class_line_off_by_0_02_is_still_an_error_at_the_cell(bool printSpecialAccountLine)
    {
        var parts = ThirtyYuanOfUnitFunds(printSpecialAccountLine)
            .Set(FiscalAppropriationSummary, "201", Total, 9.99m)
            .Set(FiscalAppropriationSummary, "201", GeneralBudget, 9.99m);
        var d = parts.Build();

        var report = DisclosureValidator.Validate(d);

        var finding = Assert.Single(Of(report, "BM-X-T4-CLASS", "201"));
        Assert.Equal((Severity.Error, FindingKind.Inconsistency), (finding.Severity, finding.Kind));
        Assert.Equal(-0.02m, finding.Difference);
        Assert.Equal(Total, finding.Location.Column);
        var t4 = d.FiscalAppropriationSummary!;
        int row = t4.Rows.ToList().FindIndex(r => r.Key == "201");
        Assert.Contains(new CellLocation(FiscalAppropriationSummary, row, "201", Total), finding.Location.Cells);
        Assert.Contains("T4[201].合计", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_printed_zeros_the_bound_is_one_half_unit()
    {
        // No non-fiscal line printed at all: nothing can hide, and 0.01 is an error as before.
        var parts = new SmallDisclosure.Parts().Set(FiscalAppropriationSummary, "201", Total, 9.99m).Set(FiscalAppropriationSummary, "201", GeneralBudget, 9.99m);
        var t1 = parts.Tables[RevenueExpenditureSummary];
        var builder = new TableBuilder(RevenueExpenditureSummary, t1.Header);
        foreach (var row in t1.Rows.Where(r => r is not SourceRow { Source: FundSource.FiscalSpecialAccount or FundSource.UnitFunds }))
        {
            builder.Add(row);
        }
        parts.Tables[RevenueExpenditureSummary] = builder.Build();

        var finding = Assert.Single(Of(DisclosureValidator.Validate(parts.Build()), "BM-X-T4-CLASS", "201"));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(HalfUnit, finding.Bound!.Value.Wan);
    }

    [Fact]
    public void Totals_off_by_what_the_printed_zeros_hide_are_drift_and_beyond_it_an_error()
    {
        // 30 元 of 单位资金 with 0.0048 万元 more 一般公共预算 than the small disclosure's whole figures: 表一's totals
        // (本年收入合计 125.0078, 收入总计 and 支出总计 155.0078) print 0.01 above 表四's (125.0048, 155.0048). Only the
        // totals the rule compares are changed.
        var parts = new SmallDisclosure.Parts()
            .Set(RevenueExpenditureSummary, "CurrentYearRevenue", Amount, 125.01m)
            .Set(RevenueExpenditureSummary, "RevenueGrandTotal", Amount, 155.01m)
            .Set(RevenueExpenditureSummary, "ExpenditureGrandTotal", Total, 155.01m)
            .Set(RevenueExpenditureSummary, "ExpenditureGrandTotal", CurrentYear, 125.01m);

        var drift = DisclosureValidator.Validate(parts.Build());

        foreach (var row in new[] { "CurrentYearRevenue", "RevenueGrandTotal", "ExpenditureGrandTotal" })
        {
            var finding = Assert.Single(Of(drift, "BM-X-T1-T4", row));
            Assert.Equal((Severity.Info, -0.01m, 3 * HalfUnit), (finding.Severity, finding.Difference, finding.Bound!.Value.Wan));
        }
        Assert.Empty(Of(drift, "BM-X-T1-T4", "CarryOverRevenue"));

        var error = DisclosureValidator.Validate(parts.Set(FiscalAppropriationSummary, "RevenueGrandTotal", Amount, 154.99m).Build());

        var beyond = Assert.Single(Of(error, "BM-X-T1-T4", "RevenueGrandTotal"));
        Assert.Equal((Severity.Error, -0.02m), (beyond.Severity, beyond.Difference));
    }

    [Fact]
    public void Carry_over_is_not_widened_by_the_printed_zeros()
    {
        var parts = new SmallDisclosure.Parts().Set(FiscalAppropriationSummary, "CarryOverRevenue", Amount, 30.01m);

        var finding = Assert.Single(Of(DisclosureValidator.Validate(parts.Build()), "BM-X-T1-T4", "CarryOverRevenue"));

        Assert.Equal((Severity.Error, HalfUnit), (finding.Severity, finding.Bound!.Value.Wan));
    }
}
