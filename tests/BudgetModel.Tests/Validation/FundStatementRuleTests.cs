using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Validation;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// BM-PROSE-AMOUNT on the notes' statements of funds and totals: a kind of 单位资金 against 表一's line of that kind,
/// 年终结转结余 against 表一's line, 一般公共预算基本支出 against the total of its table; a subject no table prints (表一
/// with 单位资金 whole, an expenditure line like 上缴上级支出) is not compared.
/// </summary>
public class FundStatementRuleTests
{
    /// <summary>The small disclosure, its 表一 printing 五、事业收入 (0.00) in place of 五、单位资金, with one fact.</summary>
    private static Finding[] Findings(ProseFact fact, bool itemised = true)
    {
        var parts = new SmallDisclosure.Parts();
        if (itemised)
        {
            var b = new TableBuilder(TableKind.RevenueExpenditureSummary, SmallDisclosure.Header);
            foreach (var row in SmallDisclosure.T1().Rows)
            {
                b.Add(row is SourceRow { Source: FundSource.UnitFunds } unit
                    ? new SourceRow(FundSource.UnitFunds, "五、事业收入", unit.Columns, [BudgetModel.Money.FromWan(0m)], unit.Line)
                    : row);
            }
            parts.Tables[TableKind.RevenueExpenditureSummary] = b.Build();
        }
        parts.Facts.Add(fact);
        return [.. DisclosureValidator.Validate(parts.Build()).Findings
            .Where(f => f.RuleId == "BM-PROSE-AMOUNT" && f.Severity != Severity.Info && f.Message.Contains(fact.Subject.Topic.ToString(), StringComparison.Ordinal))];
    }

    private static readonly FactSubject Service = new(FactTopic.UnitFundsRevenue, Name: "事业收入");

    [Fact]
    public void A_kind_of_unit_funds_is_compared_with_the_line_of_that_kind()
    {
        Assert.Empty(Findings(SmallDisclosure.Wan(Service, 0.00m)));
        Assert.Equal(Severity.Error, Assert.Single(Findings(SmallDisclosure.Wan(Service, 3.00m))).Severity);
    }

    [Fact]
    public void A_kind_of_unit_funds_is_not_compared_when_the_table_prints_the_unit_funds_whole()
    {
        // 表一 prints 五、单位资金 only: no line of 事业收入 to compare 3.00 with.
        Assert.Empty(Findings(SmallDisclosure.Wan(Service, 3.00m), itemised: false));
    }

    [Fact]
    public void The_year_end_carry_forward_is_compared_with_its_line()
    {
        // 表一's 年终结转 is 0.00.
        Assert.Empty(Findings(SmallDisclosure.Wan(new(FactTopic.YearEndCarryForward), 0.00m)));
        Assert.Equal(Severity.Error, Assert.Single(Findings(SmallDisclosure.Wan(new(FactTopic.YearEndCarryForward), 2.00m))).Severity);
    }

    [Fact]
    public void The_general_budget_basic_expenditure_is_the_total_of_its_table()
    {
        // 一般公共预算基本支出 table: 合计 90.00.
        Assert.Empty(Findings(SmallDisclosure.Wan(new(FactTopic.GeneralBudgetBasic), 90.00m)));
        Assert.Equal(Severity.Error, Assert.Single(Findings(SmallDisclosure.Wan(new(FactTopic.GeneralBudgetBasic), 80.00m))).Severity);
    }

    [Fact]
    public void An_expenditure_line_no_table_prints_is_not_compared()
    {
        Assert.Empty(Findings(SmallDisclosure.Wan(new(FactTopic.OtherExpenditureLine, Name: "上缴上级支出"), 4.00m)));
    }
}
