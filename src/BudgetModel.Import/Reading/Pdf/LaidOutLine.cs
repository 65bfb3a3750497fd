namespace BudgetModel.Import.Reading.Pdf;

/// <summary>One line the layout gives the text reader: its cells and where it is on its page.</summary>
/// <param name="Cells">The cells (a prose line has one).</param>
/// <param name="Top">The top of the line's box (to order lines of a page).</param>
/// <param name="X">The left edge of its first word.</param>
/// <param name="Y">The bottom of its first word.</param>
/// <param name="InTable">True when the line is a row of a ruled or aligned table.</param>
internal sealed record LaidOutLine(string[] Cells, double Top, double X, double Y, bool InTable);
