namespace BudgetModel.Testing.Printing;

/// <summary>How a table is ruled.</summary>
public enum Ruling
{
    /// <summary>Every cell boxed (merged cells as one box).</summary>
    Grid,

    /// <summary>Horizontal rules only: above the header, under the header and under every body row.</summary>
    HorizontalOnly,

    /// <summary>No rules: columns aligned by whitespace only.</summary>
    None,
}
