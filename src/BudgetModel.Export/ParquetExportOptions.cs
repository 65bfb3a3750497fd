namespace BudgetModel.Export;

/// <summary>Where and how <see cref="ParquetExporter"/> writes.</summary>
/// <param name="OutputDirectory">The directory the tables are written under (<c>cells/year=2025/part-00000.parquet</c> …);
/// created when absent, and it must be empty, so that no file of an earlier export is read as part of this one.</param>
public sealed record ParquetExportOptions(string OutputDirectory)
{
    /// <summary>The default <see cref="RowGroupSize"/>: 65,536 rows.</summary>
    public const int DefaultRowGroupSize = 65_536;

    /// <summary>The most rows of one table and year held in memory before they are written as a Parquet row group.
    /// The memory of an export is bounded by about this many rows per table and year, however many documents are
    /// exported. Larger groups read faster and compress better; at least 1.</summary>
    public int RowGroupSize { get; init; } = DefaultRowGroupSize;

    /// <summary>The default <see cref="RowGroupsPerFile"/>: 64 row groups.</summary>
    public const int DefaultRowGroupsPerFile = 64;

    /// <summary>The most row groups of one file: a partition whose file has this many gets its next file
    /// (<c>part-00000.parquet</c>, <c>part-00001.parquet</c> …). A Parquet writer keeps the metadata of every row group
    /// it wrote (column chunks and their statistics) until the file is closed, to write it as the footer; closing files
    /// as they fill keeps that metadata, and so the memory of an export, bounded however many documents are exported.
    /// At least 1.</summary>
    public int RowGroupsPerFile { get; init; } = DefaultRowGroupsPerFile;
}
