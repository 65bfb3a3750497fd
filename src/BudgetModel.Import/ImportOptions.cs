using BudgetModel.Classification;

namespace BudgetModel.Import;

/// <summary>
/// How <see cref="DisclosureImporter"/> reads a document: the size cap, how far it looks for structure before giving
/// up, and the classification catalog that maps printed names (一、一般公共服务支出, 基本工资) to codes.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The default size cap: 16 MB (a disclosure is a few hundred KB).</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The default number of lines searched for a disclosure's structure before the import gives up.</summary>
    public const int DefaultStructureProbeLines = 400;

    /// <summary>The default page limit of a PDF: 500 pages (a disclosure has 20 to 60).</summary>
    public const int DefaultMaxPages = 500;

    /// <summary>The default time limit for reading one PDF: 60 seconds (a disclosure takes well under one).</summary>
    public static TimeSpan DefaultPdfTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The defaults.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in bytes (for a string: in UTF-16 code units), PDF or text; for several
    /// documents imported as one, the limit of each. A larger input is refused with <see cref="ImportFailure.TooLarge"/>
    /// before it is read.
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// The most pages a PDF may have; a PDF with more is refused with <see cref="ImportFailure.TooManyPages"/> before
    /// any page is read. At least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxPages
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPages), value, "A PDF needs at least one page.");
    } = DefaultMaxPages;

    /// <summary>
    /// How long reading the pages of one PDF may take; checked between pages, so that the import stops with
    /// <see cref="ImportFailure.TimedOut"/>, naming the page reached, at the first page boundary after the limit.
    /// <see cref="Timeout.InfiniteTimeSpan"/> for no limit. Cancellation (the <see cref="CancellationToken"/> of the
    /// asynchronous calls) is checked at the same points.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative and not <see cref="Timeout.InfiniteTimeSpan"/>.</exception>
    public TimeSpan PdfTimeout
    {
        get;
        init => field = value >= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PdfTimeout), value, "A time limit cannot be negative (Timeout.InfiniteTimeSpan for none).");
    } = DefaultPdfTimeout;

    /// <summary>
    /// How many lines (from the top) may pass without a cover, a table title, a section heading or a budget year
    /// before the document is refused as <see cref="ImportFailure.NotADisclosure"/>; keeps garbage input cheap.
    /// </summary>
    public int StructureProbeLines { get; init; } = DefaultStructureProbeLines;

    /// <summary>The catalog used to map printed class and economic names to codes; null for the 2024 edition.</summary>
    public ClassificationCatalog? Catalog { get; init; }

    /// <summary>
    /// True when the text's cells sit under their header cells, one tab-separated cell per printed column (a table exported
    /// from a spreadsheet, or laid out by a tool that keeps columns): every table's columns are then read from its header
    /// rows by meaning, in whatever order they are printed, as for a PDF. False (the default) for text extracted from a
    /// PDF by other tools, whose cells may be cut short or shifted: columns are then the kind's standard ones, by position.
    /// A PDF is always read through its headers.
    /// </summary>
    public bool ColumnsFromHeaders { get; init; }

    /// <summary>A name for the source (a file name) used in error messages; null when unknown.</summary>
    public string? SourceName { get; init; }
}
