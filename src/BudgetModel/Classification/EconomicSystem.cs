using System.Diagnostics.CodeAnalysis;

namespace BudgetModel.Classification;

/// <summary>The two parallel systems of the 支出经济分类.</summary>
public enum EconomicSystem
{
    /// <summary>部门预算支出经济分类 (codes 3xx).</summary>
    Department = 0,

    /// <summary>政府预算支出经济分类 (codes 5xx).</summary>
    Government = 1,
}
