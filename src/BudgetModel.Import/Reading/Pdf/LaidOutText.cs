namespace BudgetModel.Import.Reading.Pdf;

/// <summary>A document laid out as lines of tab-separated cells (what the text reader reads), with the place of every
/// line in the source.</summary>
/// <param name="Text">The lines, separated by \n.</param>
/// <param name="Places">The place of line n at index n − 1.</param>
/// <param name="TableRows">For a PDF, whether line n (index n − 1) is a row of a table frame or of an aligned table (as
/// opposed to a title, a unit line, a note or prose); null for text.</param>
/// <param name="Continued">For a PDF, the cells of line n (index n − 1) that go on from the row above, merged with it
/// (<see cref="LaidOutLine.Continued"/>); null for text.</param>
internal sealed record LaidOutText(string Text, SourcePlace[] Places, bool[]? TableRows = null, ulong?[]? Continued = null);
