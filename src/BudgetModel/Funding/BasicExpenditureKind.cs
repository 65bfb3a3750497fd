namespace BudgetModel.Funding;

/// <summary>The two parts of 基本支出.</summary>
public enum BasicExpenditureKind
{
    /// <summary>人员经费.</summary>
    Personnel = 1,

    /// <summary>公用经费.</summary>
    Public = 2,
}
