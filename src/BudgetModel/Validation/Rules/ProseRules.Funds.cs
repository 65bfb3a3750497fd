using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Validation.Rules;

/// <summary>The table figures of the notes' statements of funds and totals: a kind of 单位资金 (表一's line of that kind),
/// 年终结转结余 (表一's line), the 一般公共预算 basic expenditure (the total of its table) and the 财政拨款 basic expenditure
/// (表四's 基本支出 column). The expenditure lines of a unit with income of its own (事业单位经营支出 …) are printed by no
/// table the library reads: read, not compared.</summary>
internal static partial class ProseRules
{
    /// <summary>The table figures of the topics of this file; null when no table states the subject.</summary>
    private static Term[]? ResolveFunds(ValidationContext c, FactSubject s)
    {
        var d = c.Disclosure;
        switch (s.Topic)
        {
            case FactTopic.UnitFundsRevenue when d.RevenueExpenditureSummary is { } t1 && s.Name is { } name && FundingLabels.TryParseUnitFundsKind(name, out var kind):
                return UnitFundsLine(t1, kind) is { } line ? [Term.Plus(c.Cell(t1, line, line.Has(TableColumn.Amount) ? TableColumn.Amount : line.Columns[0]))] : null;
            case FactTopic.YearEndCarryForward when d.RevenueExpenditureSummary?.Summary(SummaryLine.YearEndCarryForward) is { } yearEnd:
                return [Term.Plus(c.Cell(d.RevenueExpenditureSummary, yearEnd, yearEnd.Has(TableColumn.Total) ? TableColumn.Total : yearEnd.Columns[0]))];
            case FactTopic.GeneralBudgetBasic when d.GeneralBudgetBasicExpenditure?.Summary(SummaryLine.Total) is { } total && total.Has(TableColumn.Total):
                return [Term.Plus(c.Cell(d.GeneralBudgetBasicExpenditure, total, TableColumn.Total))];
            case FactTopic.FiscalBasicExpenditure when d.FiscalAppropriationSummary is { } t4:
                var row = t4.Summary(SummaryLine.CurrentYearExpenditure) ?? t4.Summary(SummaryLine.ExpenditureGrandTotal);
                return row is not null && row.Has(TableColumn.Basic) ? [Term.Plus(c.Cell(t4, row, TableColumn.Basic))] : null;
            default:
                return null;
        }
    }

    /// <summary>表一's revenue line of one kind of 单位资金 (this year's, not a carry-over), or null when it prints none.</summary>
    private static SourceRow? UnitFundsLine(SummaryTable t1, UnitFundsKind kind)
    {
        foreach (var line in t1.RevenueLines)
        {
            if (line.Source == FundSource.UnitFunds && !line.IsCarryOver && FundingLabels.TryParseUnitFundsKind(line.Name, out var k) && k == kind)
            {
                return line;
            }
        }
        return null;
    }
}
