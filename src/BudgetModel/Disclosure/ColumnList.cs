using System.Collections;

namespace BudgetModel.Disclosure;

/// <summary>
/// The columns of a row, copied from the caller's list so that the row stays immutable whatever the caller does with
/// its list afterwards. Rows made one after another from the same unchanged list share one copy (the validator works
/// out column positions once per list, by reference).
/// </summary>
internal sealed class ColumnList : IReadOnlyList<TableColumn>
{
    [ThreadStatic]
    private static (IReadOnlyList<TableColumn>? Source, ColumnList? Copy) t_last;

    private readonly TableColumn[] _columns;

    private ColumnList(TableColumn[] columns) => _columns = columns;

    /// <summary>The columns as an immutable list: <paramref name="columns"/> itself when it is one already, the copy
    /// made for the same list last time when the list has not changed since, else a new copy.</summary>
    internal static ColumnList Of(IReadOnlyList<TableColumn> columns)
    {
        if (columns is ColumnList list)
        {
            return list;
        }
        var (source, copy) = t_last;
        if (ReferenceEquals(source, columns) && copy!.SameAs(columns))
        {
            return copy;
        }
        var made = new ColumnList([.. columns]);
        t_last = (columns, made);
        return made;
    }

    private bool SameAs(IReadOnlyList<TableColumn> columns)
    {
        if (columns.Count != _columns.Length)
        {
            return false;
        }
        for (int i = 0; i < _columns.Length; i++)
        {
            if (columns[i] != _columns[i])
            {
                return false;
            }
        }
        return true;
    }

    public TableColumn this[int index] => _columns[index];

    public int Count => _columns.Length;

    public IEnumerator<TableColumn> GetEnumerator() => ((IEnumerable<TableColumn>)_columns).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _columns.GetEnumerator();

    public override string ToString() => string.Join(", ", _columns);
}
