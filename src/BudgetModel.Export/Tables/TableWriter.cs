namespace BudgetModel.Export.Tables;

/// <summary>The partitions of one table, one per budget year (each one or more files), opened as years appear.</summary>
internal sealed class TableWriter<TRow> : IAsyncDisposable
{
    private readonly ExportTable<TRow> _table;
    private readonly string _outputDirectory;
    private readonly int _rowGroupSize;
    private readonly FileLimits _limits;
    private readonly Dictionary<int, PartitionWriter<TRow>> _years = [];
    private PartitionWriter<TRow>? _noYear;

    internal TableWriter(ExportTable<TRow> table, string outputDirectory, int rowGroupSize, FileLimits limits)
    {
        _table = table;
        _outputDirectory = outputDirectory;
        _rowGroupSize = rowGroupSize;
        _limits = limits;
    }

    /// <summary>The table.</summary>
    internal ExportTable<TRow> Table => _table;

    /// <summary>Rows added so far.</summary>
    internal long Rows { get; private set; }

    /// <summary>Adds the rows of one document to the partition of its year.</summary>
    /// <returns>How many rows were added.</returns>
    internal async ValueTask<int> AddAsync(int? year, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        var partition = Partition(year);
        int n = 0;
        foreach (var row in rows)
        {
            await partition.AddAsync(row, cancellationToken).ConfigureAwait(false);
            n++;
        }
        Rows += n;
        return n;
    }

    /// <summary>Writes what is buffered and closes every file.</summary>
    /// <returns>The files written, relative to the output directory.</returns>
    internal async Task<IReadOnlyList<string>> CompleteAsync(CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var partition in Partitions())
        {
            await partition.FlushAsync(cancellationToken).ConfigureAwait(false);
            files.AddRange(partition.Files);
            await partition.DisposeAsync().ConfigureAwait(false);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var partition in Partitions())
        {
            await partition.DisposeAsync().ConfigureAwait(false);
        }
    }

    private IEnumerable<PartitionWriter<TRow>> Partitions() =>
        _years.OrderBy(p => p.Key).Select(p => p.Value).Concat(_noYear is null ? [] : [_noYear]);

    private PartitionWriter<TRow> Partition(int? year)
    {
        if (year is not { } y)
        {
            return _noYear ??= new PartitionWriter<TRow>(_table, _outputDirectory, null, _rowGroupSize, _limits);
        }
        if (!_years.TryGetValue(y, out var partition))
        {
            partition = new PartitionWriter<TRow>(_table, _outputDirectory, y, _rowGroupSize, _limits);
            _years.Add(y, partition);
        }
        return partition;
    }
}
