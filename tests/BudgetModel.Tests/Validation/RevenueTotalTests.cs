using BudgetModel.Disclosure;
using BudgetModel.Validation;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// A 预算收入总表 whose 合计 counts 上年结转 (Shaanxi prints 合计 = the sources + 上年结转). The small disclosure's 收入总表
/// prints 合计 125 = 一般公共预算 100 + 政府性基金 20 + 国有资本经营 5, with 上年结转 30 beside it; 表一's 本年收入合计 is
/// 125 and its 上年结转 30; 表三's 合计 155.
/// </summary>
public class RevenueTotalTests
{
    private static readonly string[] RevenueRules = ["BM-T2-ROW", "BM-X-T1-T2-REVENUE", "BM-X-T2-T3-ROW"];

    private static IReadOnlyList<Finding> WithRevenueTotal(decimal total)
    {
        var parts = new SmallDisclosure.Parts();
        parts.Set(RevenueSummary, "Total", Total, total);
        return DisclosureValidator.Validate(parts.Build()).Findings.Where(f => RevenueRules.Contains(f.RuleId)).ToList();
    }

    [Fact]
    public void A_total_that_counts_the_carry_over_holds_against_the_sources_and_table_one()
    {
        // 155 = 100 + 20 + 5 + 30 = 表一 125 + 30 = 表三 155.
        Assert.Empty(WithRevenueTotal(155m));
    }

    [Fact]
    public void A_total_that_fits_neither_reading_is_reported_against_the_nearer_one()
    {
        // 150 is 5 short of 155 (with the carry-over) and 25 over 125 (without): reported against 155.
        var findings = WithRevenueTotal(150m);

        var row = Assert.Single(findings, f => f.RuleId == "BM-T2-ROW");
        Assert.Equal(Severity.Error, row.Severity);
        Assert.Equal(-5m, row.Difference);
        Assert.Equal(-5m, Assert.Single(findings, f => f.RuleId == "BM-X-T1-T2-REVENUE").Difference);
    }

    [Fact]
    public void Readings_are_compared_without_overflow_near_the_limit_of_money()
    {
        // A damaged 收入总表 row: 合计 9 万亿 万元 (near Money.MaxValue, 9.2 × 10¹² 万元) beside 上年结转 −9 万亿. Total − sources −
        // carry-over is 1.8 × 10¹³ 万元, beyond Money; the readings are compared in fen as decimals, and the row is reported
        // against the nearer reading (the sources alone, 125) instead of the validator throwing.
        var parts = new SmallDisclosure.Parts();
        parts.Set(RevenueSummary, "Total", Total, 9_000_000_000_000m);
        parts.Set(RevenueSummary, "Total", CarryOver, -9_000_000_000_000m);

        var findings = DisclosureValidator.Validate(parts.Build()).Findings;

        var row = Assert.Single(findings, f => f.RuleId == "BM-T2-ROW" && f.Severity == Severity.Error);
        Assert.Equal(9_000_000_000_000m - 125m, row.Difference);
    }
}
