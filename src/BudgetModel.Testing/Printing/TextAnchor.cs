namespace BudgetModel.Testing.Printing;

/// <summary>Horizontal placement of a text run relative to its x coordinate.</summary>
public enum TextAnchor
{
    /// <summary>x is the left edge of the text.</summary>
    Left,

    /// <summary>x is the centre of the text.</summary>
    Center,

    /// <summary>x is the right edge of the text.</summary>
    Right,
}
