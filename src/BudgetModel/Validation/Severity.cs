using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Information, such as rounding drift within the bound of the published figures.</summary>
    Info = 0,

    /// <summary>Something a reviewer should look at: a name that differs, a missing note, an odd layout.</summary>
    Warning = 1,

    /// <summary>A genuine mistake: a relation broken by more than rounding can explain, a missing required part.</summary>
    Error = 2,
}
