namespace BudgetModel.Testing.Printing;

/// <summary>How a column's body cells are aligned. Right-aligned cells are amounts and are never wrapped.</summary>
public enum CellAlign
{
    /// <summary>Names and codes.</summary>
    Left,

    /// <summary>Short codes.</summary>
    Center,

    /// <summary>Amounts.</summary>
    Right,
}
