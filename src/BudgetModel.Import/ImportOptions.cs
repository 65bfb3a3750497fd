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

    /// <summary>The defaults.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in bytes (for a string: in UTF-16 code units). A larger input is refused with
    /// <see cref="ImportFailure.TooLarge"/> before it is read.
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// How many lines (from the top) may pass without a cover, a table title, a section heading or a budget year
    /// before the document is refused as <see cref="ImportFailure.NotADisclosure"/>; keeps garbage input cheap.
    /// </summary>
    public int StructureProbeLines { get; init; } = DefaultStructureProbeLines;

    /// <summary>The catalog used to map printed class and economic names to codes; null for the 2024 edition.</summary>
    public ClassificationCatalog? Catalog { get; init; }

    /// <summary>A name for the source (a file name) used in error messages; null when unknown.</summary>
    public string? SourceName { get; init; }
}
