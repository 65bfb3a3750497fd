using System.Globalization;
using Parquet;

namespace BudgetModel.Export.Tables;

/// <summary>
/// The files of one table for one budget year (<c>cells/year=2025/part-00000.parquet</c>, <c>part-00001.parquet</c> …):
/// rows are buffered until a row group is full, then written as one row group, so that at most one row group per table
/// and year is held. A file is created at its first row group and closed after <see cref="FileLimits.RowGroupsPerFile"/>
/// row groups (Parquet.Net keeps every row group's metadata until the file is closed, for the footer), the next row
/// group starting the next file; a partition that gets no row has no file.
/// </summary>
internal sealed class PartitionWriter<TRow> : IAsyncDisposable
{
    /// <summary>The Hive name of the partition whose year is unknown (a document that could not be read); Spark and
    /// DuckDB read it as NULL.</summary>
    internal const string NullPartition = "__HIVE_DEFAULT_PARTITION__";

    private readonly ExportTable<TRow> _table;
    private readonly string _outputDirectory;
    private readonly string _directory;
    private readonly int _rowGroupSize;
    private readonly FileLimits _limits;
    private readonly List<string> _files = [];
    private TRow[] _rows = new TRow[16];
    private int _count;
    private int _groupsInFile;
    private FileStream? _stream;
    private ParquetWriter? _writer;

    internal PartitionWriter(ExportTable<TRow> table, string outputDirectory, int? year, int rowGroupSize, FileLimits limits)
    {
        _table = table;
        _outputDirectory = outputDirectory;
        _rowGroupSize = rowGroupSize;
        _limits = limits;
        _directory = $"{table.Name}/year={(year is { } y ? y.ToString(CultureInfo.InvariantCulture) : NullPartition)}";
    }

    /// <summary>The name of a partition's file by its index: fixed width, so that ordinal order is file order.</summary>
    internal static string FileName(int index) => string.Create(CultureInfo.InvariantCulture, $"part-{index:D5}.parquet");

    /// <summary>The files created so far, relative to the output directory, with forward slashes, in order.</summary>
    internal IReadOnlyList<string> Files => _files;

    /// <summary>The rows written so far, buffered or in a file.</summary>
    internal long Rows { get; private set; }

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

    /// <summary>Writes the buffered rows, if any, as a row group (in a new file when the current one is full).</summary>
    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_count == 0)
        {
            return;
        }
        if (_writer is not null && _groupsInFile == _limits.RowGroupsPerFile)
        {
            await CloseFileAsync().ConfigureAwait(false);
        }
        if (_writer is null)
        {
            string relative = $"{_directory}/{FileName(_files.Count)}";
            string path = Path.Combine(_outputDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            _files.Add(relative);
            _groupsInFile = 0;
            _writer = await ParquetWriter.CreateAsync(_table.Schema, _stream, _limits.Parquet, append: false, cancellationToken).ConfigureAwait(false);
        }
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _table.TypedColumns)
            {
                await column.WriteAsync(group, _rows, _count, _table.Name, cancellationToken).ConfigureAwait(false);
            }
            group.CompleteValidate();
        }
        _groupsInFile++;
        // Let the rows (and the disclosure strings they hold) go: the buffer keeps its size, not its contents.
        Array.Clear(_rows, 0, _count);
        _count = 0;
    }

    /// <summary>Closes the current file (the Parquet footer is written here).</summary>
    public ValueTask DisposeAsync() => CloseFileAsync();

    private async ValueTask CloseFileAsync()
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
