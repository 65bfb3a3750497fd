namespace BudgetModel.Import.Reading.Pdf;

/// <summary>A straight horizontal or vertical line drawn on a page (a table rule, or one edge of a drawn cell box),
/// normalised so that <see cref="X1"/> ≤ <see cref="X2"/> and <see cref="Y1"/> ≤ <see cref="Y2"/>; PDF points from the
/// page's bottom-left corner.</summary>
/// <param name="X1">Left end.</param>
/// <param name="Y1">Bottom end.</param>
/// <param name="X2">Right end.</param>
/// <param name="Y2">Top end.</param>
internal readonly record struct PdfRuling(double X1, double Y1, double X2, double Y2)
{
    /// <summary>True for a horizontal rule (its height is at most 1 pt and it is wider than tall).</summary>
    internal bool IsHorizontal => Y2 - Y1 <= 1.0 && X2 - X1 > Y2 - Y1;

    /// <summary>True for a vertical rule (its width is at most 1 pt and it is taller than wide).</summary>
    internal bool IsVertical => X2 - X1 <= 1.0 && Y2 - Y1 > X2 - X1;
}
