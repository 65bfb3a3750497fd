using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>财政拨款收支总表 (seed 表四): 财政拨款 revenue by source, 上年财政拨款结转 by source, expenditure by function
/// class with 小计 and one column per fund.</summary>
public sealed class FiscalAppropriationTable : BudgetTable
{
    internal FiscalAppropriationTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.FiscalAppropriationSummary, header, rows)
    {
        RevenueLines = Rows.OfType<SourceRow>().Where(r => !r.IsCarryOver).ToArray();
        CarryOverLines = Rows.OfType<SourceRow>().Where(r => r.IsCarryOver).ToArray();
        ExpenditureLines = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>This year's 财政拨款 revenue by source.</summary>
    public IReadOnlyList<SourceRow> RevenueLines { get; }

    /// <summary>上年财政拨款结转 by source.</summary>
    public IReadOnlyList<SourceRow> CarryOverLines { get; }

    /// <summary>Expenditure by function class: 小计 (<see cref="TableColumn.Total"/>) and one column per fund.</summary>
    public IReadOnlyList<FunctionRow> ExpenditureLines { get; }

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new FiscalAppropriationTable(Header, rows);
}
