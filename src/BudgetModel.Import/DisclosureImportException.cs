namespace BudgetModel.Import;

/// <summary>
/// A document could not be imported at all (as opposed to a damaged cell, which becomes an import diagnostic).
/// The message says why in one sentence, naming the source when known.
/// </summary>
public sealed class DisclosureImportException : BudgetModelException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the import failed.</param>
    /// <param name="message">A readable sentence.</param>
    /// <param name="sourceName">The file or source name, when known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public DisclosureImportException(ImportFailure failure, string message, string? sourceName = null, Exception? innerException = null)
        : base(sourceName is null ? message : $"{sourceName}: {message}", innerException)
    {
        Failure = failure;
        SourceName = sourceName;
    }

    /// <summary>Why the import failed.</summary>
    public ImportFailure Failure { get; }

    /// <summary>The file or source name, when known.</summary>
    public string? SourceName { get; }

    /// <summary>The 1-based page of a PDF where the import failed (a damaged page, the page reached when a limit ran
    /// out); null when the failure is not tied to a page. The message names it too (<c>page 7 of 21</c>).</summary>
    public int? Page { get; init; }
}
