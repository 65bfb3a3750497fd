namespace BudgetModel.Import;

/// <summary>
/// Maps the line numbers that an imported disclosure carries (<c>Line</c> of every row, cell, sheet, indicator, fact and
/// mention, <c>Lines</c> of every finding) to where they are in the source documents: page and position for a PDF,
/// the line for text. Immutable; one per <see cref="ImportResult"/>.
/// </summary>
public sealed class SourceMap
{
    private readonly SourcePlace[] _places;

    internal SourceMap(IReadOnlyList<string?> documents, SourcePlace[] places)
    {
        Documents = documents;
        _places = places;
    }

    /// <summary>The documents the disclosure was read from, in reading order (one for a single file).</summary>
    public IReadOnlyList<string?> Documents { get; }

    /// <summary>How many lines the map knows (the lines of the text the importer read).</summary>
    public int LineCount => _places.Length;

    /// <summary>True when any line came from a PDF page.</summary>
    public bool HasPages => _places.Any(p => p.Page is not null);

    /// <summary>The place of a 1-based line of the imported text; <c>default</c> when the line is outside the map.</summary>
    /// <param name="line">A line number as the disclosure and its findings carry it.</param>
    public SourcePlace Locate(int line) => line >= 1 && line <= _places.Length ? _places[line - 1] : default;

    /// <summary>The place of a line, or null when the line is null or outside the map.</summary>
    /// <param name="line">A line number as the disclosure and its findings carry it, or null.</param>
    public SourcePlace? TryLocate(int? line) => line is { } l && l >= 1 && l <= _places.Length ? _places[l - 1] : null;

    /// <summary>The map of a text read as it is: line n is line n of <paramref name="document"/>.</summary>
    internal static SourceMap ForText(string? document, int lineCount)
    {
        var places = new SourcePlace[lineCount];
        for (int i = 0; i < places.Length; i++)
        {
            places[i] = new SourcePlace(document, i + 1);
        }
        return new SourceMap([document], places);
    }
}
