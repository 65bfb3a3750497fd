namespace BudgetModel.Import.Reading.Pdf;

/// <summary>One line the layout gives the text reader: its cells and where it is on its page.</summary>
/// <param name="Cells">The cells (a prose line has one).</param>
/// <param name="Top">The top of the line's box (to order lines of a page).</param>
/// <param name="X">The left edge of its first word.</param>
/// <param name="Y">The bottom of its first word.</param>
/// <param name="InTable">True when the line is a row of a ruled or aligned table.</param>
/// <param name="Continued">For a row of a table frame whose top is a row edge, the cells no rule separates from the row
/// above (bit i for cell i, up to 64): a cell merged over several rows goes on there; null when not known (a line outside
/// a frame, a row split from a band without a rule above it).</param>
internal sealed record LaidOutLine(string[] Cells, double Top, double X, double Y, bool InTable, ulong? Continued = null);
