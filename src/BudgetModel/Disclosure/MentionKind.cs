using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>What a <see cref="ProseMention"/> mentions.</summary>
public enum MentionKind
{
    /// <summary>The unit's name (cover, table header, prose, sheet).</summary>
    UnitName = 1,

    /// <summary>A function class named with its code in the prose: 卫生健康支出（210类）.</summary>
    FunctionClass = 2,

    /// <summary>A year the prose names (比2023年, 截至2023年12月31日, 2024年度).</summary>
    Year = 3,
}
