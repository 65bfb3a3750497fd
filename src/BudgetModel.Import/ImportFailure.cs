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

    /// <summary>The PDF is encrypted (password-protected) and cannot be opened without the password.</summary>
    Encrypted = 6,

    /// <summary>The PDF is damaged or truncated: its structure, or the content of one of its pages
    /// (<see cref="DisclosureImportException.Page"/>), cannot be read.</summary>
    Damaged = 7,

    /// <summary>The PDF has pages but (almost) no text on them: a scan or a picture of the document. Text recognition
    /// (OCR) has to be done before the import; the importer does not do it.</summary>
    NoTextLayer = 8,

    /// <summary>The PDF has more pages than <see cref="ImportOptions.MaxPages"/>.</summary>
    TooManyPages = 9,

    /// <summary>Reading the PDF took longer than <see cref="ImportOptions.PdfTimeout"/>.</summary>
    TimedOut = 10,

    /// <summary>The importer itself failed on this input (a defect of the importer, not of the document): the message
    /// names the error; the input is not half-read. Please report it with the document.</summary>
    ReaderFault = 11,
}
