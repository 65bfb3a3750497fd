namespace BudgetModel.Testing.Printing;

/// <summary>A prose paragraph, indented by two characters and wrapped at the right margin.</summary>
/// <param name="Text">The paragraph.</param>
public sealed record Paragraph(string Text) : LayoutBlock;
