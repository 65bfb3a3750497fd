using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>What a row is within its table.</summary>
public enum RowRole
{
    /// <summary>An ordinary row: a code, a source, an economic item, a project.</summary>
    Detail = 0,

    /// <summary>The table's 合计 row (or 部门合计, the unit row of a project table).</summary>
    Total = 1,

    /// <summary>A named summary row such as 本年收入合计, 上年结转, 收入总计, 支出总计.</summary>
    Summary = 2,
}
