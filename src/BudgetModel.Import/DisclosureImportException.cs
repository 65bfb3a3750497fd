namespace BudgetModel.Import;

/// <summary>Why a document could not be imported at all.</summary>
public enum ImportFailure
{
    /// <summary>The text has no recognisable budget disclosure: no unit name or budget year, no table.</summary>
    NotADisclosure = 1,

    /// <summary>The input is larger than <see cref="ImportOptions.MaxBytes"/>.</summary>
    TooLarge = 2,

    /// <summary>The bytes are not UTF-8 (with or without BOM) nor GB18030 (for example UTF-16 without BOM, or binary).</summary>
    UnsupportedEncoding = 3,

    /// <summary>The input is empty or blank.</summary>
    Empty = 4,

    /// <summary>The file could not be opened or read.</summary>
    Unreadable = 5,
}

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
}
