namespace BudgetModel.Testing.Printing;

/// <summary>A header cell placed on the grid: its first row and column.</summary>
public sealed record PlacedHeaderCell(HeaderCell Cell, int Row, int Column);
