namespace BudgetModel.Testing.Printing;

/// <summary>A header cell; <c>\n</c> in the text breaks it into lines. Cells are placed like HTML table cells: each
/// takes the next column not covered by a cell spanning down from a row above.</summary>
/// <param name="Text">The text.</param>
/// <param name="ColSpan">Columns covered.</param>
/// <param name="RowSpan">Header rows covered.</param>
public sealed record HeaderCell(string Text, int ColSpan = 1, int RowSpan = 1);
