namespace BudgetModel.Testing.Printing;

/// <summary>The order of the amount columns of 支出总表, 一般公共预算支出表 and 政府性基金预算支出表.</summary>
public enum ExpenditureColumnOrder
{
    /// <summary>合计 | 基本支出 | 项目支出.</summary>
    TotalBasicProject,

    /// <summary>基本支出 | 项目支出 | 合计.</summary>
    BasicProjectTotal,

    /// <summary>项目支出 | 基本支出 | 合计.</summary>
    ProjectBasicTotal,
}
