using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// The figures of the tables as the rules read them during one validation run, with what makes reading them cheap:
/// an index of each table's rows (made once per table), the positions of the columns of the last column list, and a
/// buffer of terms for sums. Not thread-safe; one per run.
/// </summary>
internal sealed class CellFigures
{
    private readonly Dictionary<BudgetTable, TableIndex> _rowIndexes = new(16, ReferenceEqualityComparer.Instance);
    private Term[] _scratch = new Term[16];
    private IReadOnlyList<TableColumn>? _lastColumns;
    private int[] _columnPositions = [];
    private BudgetTable? _lastTable;
    private TableIndex? _lastIndex;

    /// <summary>The index of a table's rows, made once per table and run (the last one is kept at hand, since rules
    /// look up many cells of one table in a row).</summary>
    private TableIndex IndexOf(BudgetTable table)
    {
        if (ReferenceEquals(table, _lastTable))
        {
            return _lastIndex!;
        }
        if (!_rowIndexes.TryGetValue(table, out var index))
        {
            _rowIndexes.Add(table, index = new TableIndex(table));
        }
        (_lastTable, _lastIndex) = (table, index);
        return index;
    }

    /// <summary>The figure in one cell of the row at <paramref name="rowIndex"/> of the table's rows.</summary>
    internal Figure CellAt(BudgetTable table, int rowIndex, TableColumn column) =>
        Cell(IndexOf(table), table.Rows[rowIndex], rowIndex, column, null);

    /// <summary>The position of <paramref name="column"/> in <paramref name="columns"/>, or −1. The rows of a table
    /// share one list of columns, so the positions are worked out once per list in a row of lookups.</summary>
    private int ColumnPosition(IReadOnlyList<TableColumn> columns, TableColumn column)
    {
        if (!ReferenceEquals(columns, _lastColumns))
        {
            int size = 0;
            for (int i = 0; i < columns.Count; i++)
            {
                size = Math.Max(size, (int)columns[i] + 1);
            }
            if (_columnPositions.Length < size)
            {
                _columnPositions = new int[Math.Max(size, 16)];
            }
            _columnPositions.AsSpan().Fill(-1);
            for (int i = columns.Count - 1; i >= 0; i--)
            {
                if ((int)columns[i] >= 0)
                {
                    _columnPositions[(int)columns[i]] = i;
                }
            }
            _lastColumns = columns;
        }
        int k = (int)column;
        return (uint)k < (uint)_columnPositions.Length ? _columnPositions[k] : -1;
    }

    /// <summary>The published figure in one cell; a column the row does not print is an exact zero with no cell.
    /// Without <paramref name="label"/> the figure is labelled <c>T3[2150517].合计</c> when a message needs it. The
    /// row's print position and key are looked up only when a finding or the culprit search needs the cell's
    /// location.</summary>
    internal Figure Cell(BudgetTable table, TableRow row, TableColumn column, string? label = null) =>
        Cell(IndexOf(table), row, TableIndex.Unknown, column, label);

    /// <summary>The 合计 of a project's row, labelled <c>T12 '项目'</c> when a message needs it.</summary>
    internal Figure Cell(Rules.ProjectRef project) =>
        Cell(IndexOf(project.Table), project.Row, TableIndex.Unknown, TableColumn.Total, project);

    /// <summary>The 合计 of a matched project's row, labelled by the match when a message needs it.</summary>
    internal Figure Cell(Rules.ProjectMatch match) =>
        Cell(IndexOf(match.Project.Table), match.Project.Row, TableIndex.Unknown, TableColumn.Total, match);

    private Figure Cell(TableIndex index, TableRow row, int position, TableColumn column, object? label)
    {
        int at = ColumnPosition(row.Columns, column);
        return at >= 0
            ? new Figure(row.Values[at], index, row, position, column, label, isCell: true)
            : new Figure(Money.Zero, index, row, position, column, label, isCell: false);
    }

    /// <summary>The figures of one column over rows of a table, each with the sign +, as the parts of a sum. The
    /// span is a buffer of the context, valid until the next call (pass it straight to <see cref="ValidationContext.Relate"/>).</summary>
    internal ReadOnlySpan<Term> Terms<TRow>(BudgetTable table, IReadOnlyList<TRow> rows, TableColumn column)
        where TRow : TableRow
    {
        var terms = Scratch(rows.Count);
        for (int i = 0; i < terms.Length; i++)
        {
            terms[i] = Term.Plus(Cell(table, rows[i], column));
        }
        return terms;
    }

    /// <summary>A buffer of <paramref name="count"/> terms owned by the context, valid until the next call. Large
    /// buffers come from the shared pool (a sum over 50,000 project rows needs 3 MB) and go back in
    /// <see cref="ReleaseBuffers"/>.</summary>
    internal Span<Term> Scratch(int count)
    {
        if (_scratch.Length < count)
        {
            if (_scratch.Length > 16)
            {
                System.Buffers.ArrayPool<Term>.Shared.Return(_scratch, clearArray: true);
            }
            _scratch = System.Buffers.ArrayPool<Term>.Shared.Rent(Math.Max(count, 2 * _scratch.Length));
        }
        return _scratch.AsSpan(0, count);
    }

    /// <summary>Returns the pooled buffers at the end of the run.</summary>
    internal void ReleaseBuffers()
    {
        if (_scratch.Length > 16)
        {
            System.Buffers.ArrayPool<Term>.Shared.Return(_scratch, clearArray: true);
        }
        _scratch = [];
    }
}
