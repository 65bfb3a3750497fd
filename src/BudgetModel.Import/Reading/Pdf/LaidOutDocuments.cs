namespace BudgetModel.Import.Reading.Pdf;

/// <summary>
/// Joins the documents of one disclosure (the tables and the notes some cities publish as separate files) into the one
/// text the parser reads, keeping the place of every line: which document, and its page or line there.
/// </summary>
internal static class LaidOutDocuments
{
    /// <summary>A text document as laid-out lines: line n of the result is line n of the text (lines end at \n, \r\n
    /// or \r; the break after the last line is not a line).</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="document">The document's name.</param>
    internal static LaidOutText ForText(string text, string? document)
    {
        var lines = Lines(text);
        var places = new SourcePlace[lines.Count];
        for (int i = 0; i < places.Length; i++)
        {
            places[i] = new SourcePlace(document, i + 1);
        }
        return new LaidOutText(string.Join('\n', lines) + "\n", places);
    }

    /// <summary>The documents one after the other, in the given order. The lines are numbered anew from 1 across the
    /// whole; a PDF line's <see cref="SourcePlace.Line"/> becomes its number in the whole (the line of the laid-out
    /// text the importer reads, as for one PDF), a text line keeps its number in its own document.</summary>
    internal static LaidOutText Concat(IReadOnlyList<LaidOutText> documents)
    {
        var text = new System.Text.StringBuilder();
        var places = new List<SourcePlace>();
        var rows = new List<bool>();
        var continued = new List<ulong?>();
        foreach (var document in documents)
        {
            var lines = Lines(document.Text);
            if (lines.Count != document.Places.Length)
            {
                throw new InvalidOperationException($"A laid-out document has {lines.Count} lines but {document.Places.Length} places.");
            }
            for (int i = 0; i < lines.Count; i++)
            {
                text.Append(lines[i]).Append('\n');
                var place = document.Places[i];
                places.Add(place.Page is null ? place : place with { Line = places.Count + 1 });
                rows.Add(document.TableRows is { } r && r[i]);
                continued.Add(document.Continued?[i]);
            }
        }
        return new LaidOutText(text.ToString(), [.. places], [.. rows], [.. continued]);
    }

    /// <summary>The lines of a text, without the empty one a final line break would leave.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }
}
