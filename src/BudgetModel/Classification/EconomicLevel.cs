using System.Diagnostics.CodeAnalysis;

namespace BudgetModel.Classification;

/// <summary>The level of a 支出经济分类 code.</summary>
public enum EconomicLevel
{
    /// <summary>No code (the empty code).</summary>
    None = 0,

    /// <summary>类: 3 digits.</summary>
    Class = 1,

    /// <summary>款: 5 digits.</summary>
    Section = 2,
}
