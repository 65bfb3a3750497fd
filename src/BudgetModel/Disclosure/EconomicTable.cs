using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A table of rows by economic class and item under a 合计 row: 一般公共预算基本支出分经济科目表 (seed 表六,
/// 合计 = 人员经费 + 公用经费), and the other kinds of <see cref="TableShape.Economic"/> shape (一般公共预算支出经济分类情况表,
/// 财政拨款基本支出表（经济科目） …). The columns depend on the kind.</summary>
public sealed class EconomicTable : BudgetTable
{
    internal EconomicTable(TableKind kind, TableHeader header, IEnumerable<TableRow> rows) : base(kind, header, rows)
    {
        EconomicRows = Rows.OfType<EconomicRow>().ToArray();
    }

    /// <summary>The class and item rows in print order.</summary>
    public IReadOnlyList<EconomicRow> EconomicRows { get; }

    /// <summary>The 合计 row, or null when the table does not print one.</summary>
    public SummaryRow? TotalRow => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new EconomicTable(Kind, Header, rows);
}
