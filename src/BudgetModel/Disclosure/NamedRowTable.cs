using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A table of named rows under unit rows: 机关运行经费预算表 (seed 表十一; rows are units under 部门合计),
/// 项目支出预算表 本年 and 上年结转 (seed 表十二 and 十三; rows are projects under the unit row), and the other kinds of
/// <see cref="TableShape.NamedRows"/> shape (政府采购, 政府购买服务, 专项业务经费: items or projects under a 合计 or unit
/// row).</summary>
public sealed class NamedRowTable : BudgetTable
{
    internal NamedRowTable(TableKind kind, TableHeader header, IEnumerable<TableRow> rows) : base(kind, header, rows)
    {
        UnitRows = Rows.OfType<NamedRow>().Where(r => r.Role == RowRole.Total).ToArray();
        DetailRows = Rows.OfType<NamedRow>().Where(r => r.Role == RowRole.Detail).ToArray();
    }

    /// <summary>The unit (or 部门合计) rows, which total the detail rows.</summary>
    public IReadOnlyList<NamedRow> UnitRows { get; }

    /// <summary>The detail rows: projects in a project table, units in 机关运行经费.</summary>
    public IReadOnlyList<NamedRow> DetailRows { get; }

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new NamedRowTable(Kind, Header, rows);
}
