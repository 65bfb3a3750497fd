using Parquet;

namespace BudgetModel.Export.Tables;

/// <summary>
/// The file of one table for one budget year (<c>cells/year=2025/part-0.parquet</c>): rows are buffered until a row
/// group is full, then written as one row group, so that at most one row group per table and year is held. The file is
/// created at the first row group; a partition that gets no row has no file.
/// </summary>
internal sealed class PartitionWriter<TRow> : IAsyncDisposable
{
    /// <summary>The Hive name of the partition whose year is unknown (a document that could not be read); Spark and
    /// DuckDB read it as NULL.</summary>
    internal const string NullPartition = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>The one file name of every partition: deterministic, and sorted the same everywhere.</summary>
    internal const string FileName = "part-0.parquet";

    private readonly ExportTable<TRow> _table;
    private readonly string _path;
    private readonly int _rowGroupSize;
    private readonly ParquetOptions _options;
    private TRow[] _rows = new TRow[16];
    private int _count;
    private FileStream? _stream;
    private ParquetWriter? _writer;

    internal PartitionWriter(ExportTable<TRow> table, string outputDirectory, int? year, int rowGroupSize, ParquetOptions options)
    {
        _table = table;
        _rowGroupSize = rowGroupSize;
        _options = options;
        RelativePath = $"{table.Name}/year={(year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : NullPartition)}/{FileName}";
        _path = Path.Combine(outputDirectory, RelativePath);
    }

    /// <summary>The file's path under the output directory, with forward slashes.</summary>
    internal string RelativePath { get; }

    /// <summary>The rows written so far, buffered or in the file.</summary>
    internal long Rows { get; private set; }

    /// <summary>True once the file exists.</summary>
    internal bool HasFile => _writer is not null;

    /// <summary>Adds a row; writes the row group when it is full.</summary>
    internal async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        if (_count == _rows.Length)
        {
            Array.Resize(ref _rows, Math.Min(_rows.Length * 2, _rowGroupSize));
        }
        _rows[_count++] = row;
        Rows++;
        if (_count == _rowGroupSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the buffered rows, if any, as a row group.</summary>
    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_count == 0)
        {
            return;
        }
        if (_writer is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            _stream = new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            _writer = await ParquetWriter.CreateAsync(_table.Schema, _stream, _options, append: false, cancellationToken).ConfigureAwait(false);
        }
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _table.TypedColumns)
            {
                await column.WriteAsync(group, _rows, _count, _table.Name, cancellationToken).ConfigureAwait(false);
            }
            group.CompleteValidate();
        }
        // Let the rows (and the disclosure strings they hold) go: the buffer keeps its size, not its contents.
        Array.Clear(_rows, 0, _count);
        _count = 0;
    }

    /// <summary>Closes the file (the Parquet footer is written here).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }
    }
}
