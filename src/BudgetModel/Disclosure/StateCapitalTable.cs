using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>国有资本经营预算收支预算表 (seed 表九): revenue by code (its total is the
/// <see cref="SummaryLine.CurrentYearRevenue"/> line) beside expenditure by function code (its total is the
/// <see cref="SummaryLine.Total"/> line).</summary>
public sealed class StateCapitalTable : BudgetTable
{
    internal StateCapitalTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.StateCapitalOperation, header, rows)
    {
        RevenueRows = Rows.OfType<RevenueCodeRow>().ToArray();
        ExpenditureRows = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>Revenue rows by code.</summary>
    public IReadOnlyList<RevenueCodeRow> RevenueRows { get; }

    /// <summary>Expenditure rows by function code.</summary>
    public IReadOnlyList<FunctionRow> ExpenditureRows { get; }

    /// <summary>The revenue side's 合计.</summary>
    public SummaryRow? RevenueTotal => Summary(SummaryLine.CurrentYearRevenue);

    /// <summary>The expenditure side's 合计.</summary>
    public SummaryRow? ExpenditureTotal => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new StateCapitalTable(Header, rows);
}
