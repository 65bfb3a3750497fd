namespace BudgetModel.Testing.Printing;

/// <summary>Ends the current page.</summary>
public sealed record PageBreak : LayoutBlock;
