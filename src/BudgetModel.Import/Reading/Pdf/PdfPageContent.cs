namespace BudgetModel.Import.Reading.Pdf;

/// <summary>What the physical reading of one PDF page gives: its words with boxes and its straight rules.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Width">The page width in points.</param>
/// <param name="Height">The page height in points.</param>
/// <param name="Words">The words, in no particular order.</param>
/// <param name="Rulings">The horizontal and vertical rules drawn on the page (table borders), in no particular order.</param>
internal sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words, IReadOnlyList<PdfRuling> Rulings);
