namespace BudgetModel.Import;

/// <summary>
/// Where a line of an imported disclosure is in its source: the document, and for a PDF the 1-based page and the
/// position of the line's first word on it (PDF points from the page's bottom-left corner); for text, the 1-based line
/// of that text. <c>default</c> is no place (line 0, no document).
/// </summary>
/// <param name="Document">The source's name (a file name), or null when the input had none.</param>
/// <param name="Line">The 1-based line in the document's own text (text input), or the line of the laid-out text the
/// importer read (PDF input).</param>
/// <param name="Page">The 1-based page of a PDF; null for text input.</param>
/// <param name="X">The left edge of the line's first word on the page, in PDF points; null for text input.</param>
/// <param name="Y">The baseline (bottom) of the line's first word on the page, in PDF points; null for text input.</param>
public readonly record struct SourcePlace(string? Document, int Line, int? Page = null, double? X = null, double? Y = null)
{
    /// <summary>How a reader finds the place: <c>p. 12</c> for a PDF, <c>line 340</c> for text, with the document's
    /// file name first when the disclosure was read from several documents.</summary>
    /// <param name="withDocument">True to name the document too.</param>
    public string Describe(bool withDocument = false)
    {
        var where = Page is { } page ? $"p. {page}" : $"line {Line}";
        return withDocument && Document is { Length: > 0 } d ? $"{Path.GetFileName(d)} {where}" : where;
    }

    /// <inheritdoc/>
    public override string ToString() => Describe(withDocument: true);
}
