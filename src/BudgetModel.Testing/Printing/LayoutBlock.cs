namespace BudgetModel.Testing.Printing;

/// <summary>One element of a generated document, laid out top to bottom.</summary>
public abstract record LayoutBlock;
