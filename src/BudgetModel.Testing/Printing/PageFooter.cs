namespace BudgetModel.Testing.Printing;

/// <summary>How page numbers are printed at the foot of each page.</summary>
public enum PageFooter
{
    /// <summary>No footer.</summary>
    None,

    /// <summary>第 3 页.</summary>
    Chinese,

    /// <summary>- 3 -.</summary>
    Dashes,
}
