namespace BudgetModel.Testing.Printing;

/// <summary>Where a table was drawn: its pages and its column edges (points from the page's left edge).</summary>
/// <param name="Title">The table's title.</param>
/// <param name="FirstPage">1-based page of its first row.</param>
/// <param name="LastPage">1-based page of its last row.</param>
/// <param name="ColumnLefts">Left edge of each column.</param>
/// <param name="ColumnRights">Right edge of each column.</param>
/// <param name="RowPages">1-based page of each body row, in order.</param>
public sealed record RenderedTable(string? Title, int FirstPage, int LastPage, IReadOnlyList<double> ColumnLefts, IReadOnlyList<double> ColumnRights, IReadOnlyList<int> RowPages)
{
    /// <summary>Pages the table spans.</summary>
    public int PageCount => LastPage - FirstPage + 1;
}
