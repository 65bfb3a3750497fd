using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>政府性基金预算收入表 (seed 表七): revenue by revenue code under a 合计 row.</summary>
public sealed class RevenueCodeTable : BudgetTable
{
    internal RevenueCodeTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.GovernmentFundRevenue, header, rows)
    {
        RevenueRows = Rows.OfType<RevenueCodeRow>().ToArray();
    }

    /// <summary>The rows by revenue code.</summary>
    public IReadOnlyList<RevenueCodeRow> RevenueRows { get; }

    /// <summary>The 合计 row, or null when the table does not print one.</summary>
    public SummaryRow? TotalRow => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new RevenueCodeTable(Header, rows);
}
