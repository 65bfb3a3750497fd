using BudgetModel.Validation;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// A 一般公共预算支出表 合计 that spends the 一般公共预算 carry-over too (CarryOverTotals, rules.md BM-X-T1-T5-TOTAL): the
/// small disclosure's 表一 prints 一般公共预算 100, and 表四 the 一般公共预算 carry-over 30.
/// </summary>
public class CarryOverTotalTests
{
    private static IReadOnlyList<Finding> WithGeneralBudgetTotal(decimal total)
    {
        var parts = new SmallDisclosure.Parts();
        parts.Set(GeneralBudgetExpenditure, "Total", Total, total);
        return DisclosureValidator.Validate(parts.Build()).Findings.Where(f => f.RuleId == "BM-X-T1-T5-TOTAL").ToList();
    }

    [Fact]
    public void A_total_that_is_this_years_money_plus_the_carry_over_exactly_holds()
    {
        // 130 = 100 + 30.
        Assert.Empty(WithGeneralBudgetTotal(130m));
    }

    [Fact]
    public void A_total_near_but_not_equal_to_the_reading_with_the_carry_over_is_reported_against_this_years_money()
    {
        // 129 is nearer 130 than 100, but the reading with the carry-over is taken only when it holds exactly: 129 − 100 = 29.
        var finding = Assert.Single(WithGeneralBudgetTotal(129m));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(29m, finding.Difference);
    }
}
