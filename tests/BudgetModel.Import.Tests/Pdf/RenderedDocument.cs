namespace BudgetModel.Import.Tests.Pdf;

/// <summary>Where a table was drawn: its pages and its column edges (points from the page's left edge).</summary>
/// <param name="Title">The table's title.</param>
/// <param name="FirstPage">1-based page of its first row.</param>
/// <param name="LastPage">1-based page of its last row.</param>
/// <param name="ColumnLefts">Left edge of each column.</param>
/// <param name="ColumnRights">Right edge of each column.</param>
internal sealed record RenderedTable(string? Title, int FirstPage, int LastPage, IReadOnlyList<double> ColumnLefts, IReadOnlyList<double> ColumnRights)
{
    /// <summary>Pages the table spans.</summary>
    public int PageCount => LastPage - FirstPage + 1;
}

/// <summary>A rendered document: the PDF bytes, its page count and where each table went.</summary>
/// <param name="Bytes">The PDF.</param>
/// <param name="PageCount">Pages.</param>
/// <param name="Tables">The tables, in order.</param>
internal sealed record RenderedDocument(byte[] Bytes, int PageCount, IReadOnlyList<RenderedTable> Tables);
