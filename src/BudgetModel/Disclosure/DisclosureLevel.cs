using BudgetModel.Performance;

namespace BudgetModel.Disclosure;

/// <summary>Whether a disclosure is a unit's (单位预算) or a department's (部门预算, several units).</summary>
public enum DisclosureLevel
{
    /// <summary>单位预算.</summary>
    Unit = 0,

    /// <summary>部门预算.</summary>
    Department = 1,
}
