using BudgetModel.Disclosure;
using BudgetModel.Validation;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// A cross-table equality of two totals when a total is the sum of its own rounded parts (rules.md, BM-X-T5-T6-BASIC):
/// 一般公共预算支出表 prints its 基本支出 with 人员经费 and 公用经费 beside it, 基本支出经济分类表 its 合计 with the same two
/// columns. A 基本支出 that is exactly 人员经费 + 公用经费 as printed may be up to their two half-units (±0.01 万元) off the
/// true figure, and the other table's copy (the true figure rounded, ±0.005) may differ from it by up to ±0.015.
/// </summary>
public class DerivedTotalTests
{
    /// <summary>The 表五 合计 row: 基本支出 over 人员经费 + 公用经费 (项目支出 10.00, 合计 = 基本支出 + 10.00); 表六 合计 and its
    /// 人员经费, 公用经费.</summary>
    private static IReadOnlyList<Finding> BasicFindings(decimal t5Basic, decimal t5Personnel, decimal t5Public, decimal t6Total, decimal t6Personnel, decimal t6Public)
    {
        var parts = new SmallDisclosure.Parts();
        parts.Tables[GeneralBudgetExpenditure] = new TableBuilder(GeneralBudgetExpenditure, SmallDisclosure.Header)
            .WithColumns(Total, Basic, Personnel, Public, Project)
            .AtLine(70).Total(t5Basic + 10m, t5Basic, t5Personnel, t5Public, 10m)
            .AtLine(71).Function("201", "一般公共服务支出", t5Basic + 10m, t5Basic, t5Personnel, t5Public, 10m)
            .Build();
        parts.Tables[GeneralBudgetBasicExpenditure] = new TableBuilder(GeneralBudgetBasicExpenditure, SmallDisclosure.Header)
            .AtLine(80).Total(t6Total, t6Personnel, t6Public)
            .AtLine(81).EconomicClass("301", "工资福利支出", t6Personnel, t6Personnel, 0m)
            .AtLine(82).EconomicClass("302", "商品和服务支出", t6Public, 0m, t6Public)
            .Build();
        return DisclosureValidator.Validate(parts.Build()).Findings.Where(f => f.RuleId == "BM-X-T5-T6-BASIC").ToList();
    }

    [Fact]
    public void A_total_summed_from_rounded_parts_may_differ_from_the_rounded_true_total_by_their_half_units()
    {
        // 表五 基本支出 90.01 is the rounded true figure (人员 80.00 + 公用 10.00 = 90.00 is 0.01 short of it); 表六 合计 90.00
        // = 80.00 + 10.00 exactly, a sum of two rounded parts: bound 0.005 (表五's copy) + 2 × 0.005 = ±0.015, so −0.01 is drift.
        var finding = Assert.Single(BasicFindings(90.01m, 80.00m, 10.00m, 90.00m, 80.00m, 10.00m));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(FindingKind.RoundingDrift, finding.Kind);
        Assert.Equal(-0.01m, finding.Difference);
        Assert.Equal(0.015m, finding.Bound!.Value.Wan);
    }

    [Fact]
    public void A_difference_beyond_the_rollup_bound_is_an_error()
    {
        // 表五 基本支出 90.02 (not 80.00 + 10.00) against 表六 合计 90.00 (= 80.00 + 10.00): −0.02 is beyond ±0.015.
        var finding = Assert.Single(BasicFindings(90.02m, 80.00m, 10.00m, 90.00m, 80.00m, 10.00m));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(FindingKind.Inconsistency, finding.Kind);
        Assert.Equal(-0.02m, finding.Difference);
        Assert.Equal(0.015m, finding.Bound!.Value.Wan);
    }

    [Fact]
    public void Totals_not_summed_from_their_parts_keep_the_half_unit_bound()
    {
        // Neither total is its row's 人员经费 + 公用经费 (表五 90.00 ≠ 80.00 + 10.01, 表六 90.01 ≠ 80.00 + 10.00): both are
        // read as the rounded true figure, bound ±0.005, and 0.01 apart is an error.
        var finding = Assert.Single(BasicFindings(90.00m, 80.00m, 10.01m, 90.01m, 80.00m, 10.00m));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(0.01m, finding.Difference);
        Assert.Equal(0.005m, finding.Bound!.Value.Wan);
    }
}
