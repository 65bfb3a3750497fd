using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A table of rows keyed by function code under a 合计 row: 预算收入总表 (seed 表二), 预算支出总表 (表三),
/// 一般公共预算支出预算表 (表五), 政府性基金预算支出表 (表八), and the other kinds of <see cref="TableShape.Function"/>
/// shape (基本支出总表, 项目支出总表, 财政拨款支出表（功能科目） …). The columns depend on the kind.</summary>
public sealed class FunctionTable : BudgetTable
{
    internal FunctionTable(TableKind kind, TableHeader header, IEnumerable<TableRow> rows) : base(kind, header, rows)
    {
        FunctionRows = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>The rows by function code, in print order (类, then its 款 and 项).</summary>
    public IReadOnlyList<FunctionRow> FunctionRows { get; }

    /// <summary>The 合计 row, or null when the table does not print one.</summary>
    public SummaryRow? TotalRow => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new FunctionTable(Kind, Header, rows);
}
