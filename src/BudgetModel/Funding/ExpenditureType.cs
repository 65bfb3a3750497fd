namespace BudgetModel.Funding;

/// <summary>Expenditure by type (支出类型).</summary>
public enum ExpenditureType
{
    /// <summary>基本支出: 人员经费 + 公用经费.</summary>
    Basic = 1,

    /// <summary>项目支出.</summary>
    Project = 2,
}
