namespace BudgetModel.Import.Reading.Pdf;

/// <summary>A document laid out as lines of tab-separated cells (what the text reader reads), with the place of every
/// line in the source.</summary>
/// <param name="Text">The lines, separated by \n.</param>
/// <param name="Places">The place of line n at index n − 1.</param>
internal sealed record LaidOutText(string Text, SourcePlace[] Places);
