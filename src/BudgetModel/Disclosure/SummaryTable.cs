using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>预算收支总表 (seed 表一): revenue lines by fund source, expenditure lines by function class, and the
/// summary lines 本年收入合计, 上年结转, 收入总计, 本年支出合计, 年终结转, 支出总计.</summary>
public sealed class SummaryTable : BudgetTable
{
    internal SummaryTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.RevenueExpenditureSummary, header, rows)
    {
        RevenueLines = Rows.OfType<SourceRow>().ToArray();
        ExpenditureLines = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>Revenue by fund source (一、一般公共预算 …), column <see cref="TableColumn.Amount"/>.</summary>
    public IReadOnlyList<SourceRow> RevenueLines { get; }

    /// <summary>Expenditure by function class (一、一般公共服务支出 …), columns 合计, 当年预算安排, 上年结转安排.</summary>
    public IReadOnlyList<FunctionRow> ExpenditureLines { get; }

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new SummaryTable(Header, rows);
}
