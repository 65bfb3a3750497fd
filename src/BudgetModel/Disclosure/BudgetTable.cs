namespace BudgetModel.Disclosure;

/// <summary>
/// A standard table of a disclosure: its kind, header and rows in print order. Subclasses give typed views of the
/// rows (by code, by source, the summary lines). Immutable.
/// </summary>
public abstract class BudgetTable
{
    private readonly TableRow[] _rows;
    // Not frozen: never written after the constructor, and freezing a dozen entries cost more than it saved (once
    // per table of every import, and the frozen code compiled at the first import).
    private readonly Dictionary<SummaryLine, SummaryRow> _summaries;

    private protected BudgetTable(TableKind kind, TableHeader header, IEnumerable<TableRow> rows)
    {
        Guard.Against.Null(header);
        Guard.Against.Null(rows);
        Kind = kind;
        Header = header;
        _rows = rows.ToArray();
        _summaries = [];
        foreach (var row in _rows)
        {
            if (row is SummaryRow summary)
            {
                _summaries.TryAdd(summary.SummaryLine, summary);
            }
        }
    }

    /// <summary>What the table means.</summary>
    public TableKind Kind { get; }

    /// <summary>Title, number, unit, note and source line.</summary>
    public TableHeader Header { get; }

    /// <summary>The unit and printed decimals of every amount in the table.</summary>
    public PublishedPrecision Precision => Header.Precision;

    /// <summary>Every row in print order, summary rows included.</summary>
    public IReadOnlyList<TableRow> Rows => _rows;

    /// <summary>True when every cell of the table is empty (zero).</summary>
    public bool IsPrintedEmpty => Array.TrueForAll(_rows, r => r.IsBlank);

    /// <summary>The summary line of the given kind, or null when the table does not print it.</summary>
    /// <param name="line">The summary line.</param>
    public SummaryRow? Summary(SummaryLine line) => _summaries.TryGetValue(line, out var row) ? row : null;

    /// <summary>Every amount of the table with its address, in print order.</summary>
    public IEnumerable<TableCell> Cells()
    {
        for (int r = 0; r < _rows.Length; r++)
        {
            var row = _rows[r];
            for (int c = 0; c < row.Columns.Count; c++)
            {
                yield return new TableCell(new CellLocation(Kind, r, row.Key, row.Columns[c]), row.Values[c], row.Line);
            }
        }
    }

    /// <summary>A copy of the table with the amount at <paramref name="location"/> replaced.</summary>
    /// <param name="location">The cell; its table must be this table's kind.</param>
    /// <param name="value">The new amount.</param>
    /// <exception cref="ArgumentException">The location is not in this table.</exception>
    public BudgetTable WithCell(CellLocation location, Money value)
    {
        if (location.Table != Kind || (uint)location.RowIndex >= (uint)_rows.Length)
        {
            Preconditions.ThrowArgument(nameof(location), $"{location} is not a cell of table {Kind}.");
        }
        var rows = (TableRow[])_rows.Clone();
        rows[location.RowIndex] = rows[location.RowIndex].With(location.Column, value);
        return WithRows(rows);
    }

    /// <summary>Creates a table of the same type and header with other rows.</summary>
    private protected abstract BudgetTable WithRows(IEnumerable<TableRow> rows);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} ({Kind.ChineseName()}), {_rows.Length} rows, {Precision.Unit}";
}
