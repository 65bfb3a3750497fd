using BudgetModel.Export.Tables;
using Parquet;

namespace BudgetModel.Export;

/// <summary>
/// Writes checked disclosures to Parquet as five tidy tables — <c>cells</c>, <c>facts</c>, <c>indicators</c>,
/// <c>findings</c>, <c>documents</c> — partitioned by budget year in Hive style (<c>cells/year=2025/part-00000.parquet</c>),
/// with a <c>datapackage.json</c> (Fiscal Data Package) beside them. Documents are added one at a time and at most
/// <see cref="ParquetExportOptions.RowGroupSize"/> rows per table and year are held before they are written, so memory
/// stays flat however many documents are exported (a file is closed after <see cref="ParquetExportOptions.RowGroupsPerFile"/>
/// row groups and the partition goes on in the next, so the row groups' metadata does not accumulate either). The same documents in the same order give byte-identical files.
/// Not thread-safe: add from one thread at a time (import and validate in parallel, add in a fixed order).
/// </summary>
/// <example>
/// <code>
/// await using var exporter = ParquetExporter.Create(new ParquetExportOptions("out"));
/// foreach (var path in files)
/// {
///     var result = DisclosureImporter.ImportFile(path);
///     var report = DisclosureValidator.Validate(result.Disclosure);
///     string hash = ExportDocument.HashFile(path);
///     await exporter.AddAsync(ExportDocument.Checked(hash, result, report, path, hash));
/// }
/// ExportSummary summary = await exporter.CompleteAsync();
/// </code>
/// </example>
public sealed class ParquetExporter : IAsyncDisposable
{
    /// <summary>The name of the descriptor written beside the tables.</summary>
    public const string DescriptorFileName = "datapackage.json";

    private readonly string _outputDirectory;
    private readonly TableWriter<CellRow> _cells;
    private readonly TableWriter<FactRow> _facts;
    private readonly TableWriter<IndicatorRow> _indicators;
    private readonly TableWriter<FindingRow> _findings;
    private readonly TableWriter<DocumentRow> _documents;
    private long _unreadable;
    private bool _completed;

    private ParquetExporter(ParquetExportOptions options)
    {
        _outputDirectory = options.OutputDirectory;
        // Snappy, written out rather than left to the library's default, so that a new Parquet.Net default cannot
        // change the bytes; the files carry no timestamp (created_by is "Parquet.Net version 6.1.0 (build …)").
        var parquet = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var files = new FileLimits(options.RowGroupsPerFile, parquet);
        _cells = new(CellsTable.Table, _outputDirectory, options.RowGroupSize, files);
        // The tables with a few rows per document (facts, indicators, findings: tens; documents: one wide row) would
        // fill a row group of 65,536 rows only after thousands of documents, their buffers growing until then: their row
        // groups are capped, so that every buffer is full (and flushed) within the first thousand documents or so and
        // the memory of an export is flat from there on.
        _facts = new(FactsTable.Table, _outputDirectory, Math.Min(options.RowGroupSize, SmallTableRowGroupSize), files);
        _indicators = new(IndicatorsTable.Table, _outputDirectory, Math.Min(options.RowGroupSize, SmallTableRowGroupSize), files);
        _findings = new(FindingsTable.Table, _outputDirectory, Math.Min(options.RowGroupSize, SmallTableRowGroupSize), files);
        _documents = new(DocumentsTable.Table, _outputDirectory, Math.Min(options.RowGroupSize, DocumentsRowGroupSize), files);
    }

    /// <summary>The most rows of a row group of the facts, indicators and findings tables.</summary>
    internal const int SmallTableRowGroupSize = 4_096;

    /// <summary>The most rows of a row group of the <c>documents</c> table.</summary>
    internal const int DocumentsRowGroupSize = 1_024;

    /// <summary>The tables in the order they are documented and described in <c>datapackage.json</c>.</summary>
    internal static IReadOnlyList<IExportTable> Tables { get; } =
        [CellsTable.Table, FactsTable.Table, IndicatorsTable.Table, FindingsTable.Table, DocumentsTable.Table];

    /// <summary>Starts an export into <see cref="ParquetExportOptions.OutputDirectory"/> (created when absent).</summary>
    /// <param name="options">Where to write, and the row group size.</param>
    /// <exception cref="ParquetExportException">The output directory is not empty, or the row group size or the row groups
    /// per file is less than 1.</exception>
    public static ParquetExporter Create(ParquetExportOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.NullOrWhiteSpace(options.OutputDirectory);
        if (options.RowGroupSize < 1)
        {
            throw new ParquetExportException($"The row group size must be at least 1 row; it is {options.RowGroupSize}.");
        }
        if (options.RowGroupsPerFile < 1)
        {
            throw new ParquetExportException($"The row groups per file must be at least 1; it is {options.RowGroupsPerFile}.");
        }
        if (File.Exists(options.OutputDirectory))
        {
            throw new ParquetExportException($"{options.OutputDirectory}: the output is a file; give a directory.");
        }
        if (Directory.Exists(options.OutputDirectory) && Directory.EnumerateFileSystemEntries(options.OutputDirectory).Any())
        {
            throw new ParquetExportException(
                $"{options.OutputDirectory}: the output directory is not empty; give an empty or new one, so that no file of an earlier export is read with this one.");
        }
        Directory.CreateDirectory(options.OutputDirectory);
        return new ParquetExporter(options);
    }

    /// <summary>Adds one document's rows to every table (written when a row group fills).</summary>
    /// <param name="document">The document, read or not.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="InvalidOperationException">The export is completed.</exception>
    /// <exception cref="ParquetExportException">A value does not fit its column exactly.</exception>
    public async Task AddAsync(ExportDocument document, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(document);
        if (_completed)
        {
            throw new InvalidOperationException("The export is completed; start another to add documents.");
        }
        int? year = document.Year;
        if (document.Result is not { } result)
        {
            _unreadable++;
            await _documents.AddAsync(null, [DocumentRows.Unreadable(document)], cancellationToken).ConfigureAwait(false);
            return;
        }
        int cells = await _cells.AddAsync(year, DocumentRows.Cells(document.Id, result), cancellationToken).ConfigureAwait(false);
        int facts = await _facts.AddAsync(year, DocumentRows.Facts(document.Id, result), cancellationToken).ConfigureAwait(false);
        int indicators = await _indicators.AddAsync(year, DocumentRows.Indicators(document.Id, result), cancellationToken).ConfigureAwait(false);
        await _findings.AddAsync(year, DocumentRows.Findings(document.Id, result, document.Report!), cancellationToken).ConfigureAwait(false);
        await _documents.AddAsync(year, [DocumentRows.Document(document, cells, facts, indicators)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes what is buffered, closes every file and writes <c>datapackage.json</c>.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="InvalidOperationException">The export is already completed.</exception>
    public async Task<ExportSummary> CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The export is already completed.");
        }
        _completed = true;
        var files = new Dictionary<string, IReadOnlyList<string>>
        {
            [_cells.Table.Name] = await _cells.CompleteAsync(cancellationToken).ConfigureAwait(false),
            [_facts.Table.Name] = await _facts.CompleteAsync(cancellationToken).ConfigureAwait(false),
            [_indicators.Table.Name] = await _indicators.CompleteAsync(cancellationToken).ConfigureAwait(false),
            [_findings.Table.Name] = await _findings.CompleteAsync(cancellationToken).ConfigureAwait(false),
            [_documents.Table.Name] = await _documents.CompleteAsync(cancellationToken).ConfigureAwait(false),
        };
        var descriptor = DataPackage.Write(Tables, files);
        await File.WriteAllBytesAsync(Path.Combine(_outputDirectory, DescriptorFileName), descriptor, cancellationToken).ConfigureAwait(false);
        var all = files.Values.SelectMany(f => f).Append(DescriptorFileName).Order(StringComparer.Ordinal).ToArray();
        return new ExportSummary(_documents.Rows, _unreadable, _cells.Rows, _facts.Rows, _indicators.Rows, _findings.Rows, all);
    }

    /// <summary>Closes every file; without <see cref="CompleteAsync"/> first, rows still buffered are not written and no
    /// <c>datapackage.json</c> is.</summary>
    public async ValueTask DisposeAsync()
    {
        _completed = true;
        await _cells.DisposeAsync().ConfigureAwait(false);
        await _facts.DisposeAsync().ConfigureAwait(false);
        await _indicators.DisposeAsync().ConfigureAwait(false);
        await _findings.DisposeAsync().ConfigureAwait(false);
        await _documents.DisposeAsync().ConfigureAwait(false);
    }
}
