namespace BudgetModel.Import.Reading.Pdf;

/// <summary>A word of a PDF page with its box, in PDF points from the page's bottom-left corner (y grows upwards).</summary>
/// <param name="Text">The word's text (never empty).</param>
/// <param name="Left">Left edge.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Top">Top edge.</param>
internal readonly record struct PdfWord(string Text, double Left, double Bottom, double Right, double Top)
{
    /// <summary>The horizontal centre.</summary>
    internal double CenterX => (Left + Right) / 2;

    /// <summary>The vertical centre.</summary>
    internal double CenterY => (Bottom + Top) / 2;

    /// <summary>The height of the box.</summary>
    internal double Height => Top - Bottom;
}
