using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>
/// One printed row of a standard table: a name as printed, the amounts of the table's columns (an empty cell is zero),
/// and the source line it was read from. Rows are immutable.
/// </summary>
public abstract class TableRow
{
    private readonly Money[] _values;

    private protected TableRow(string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line, RowRole role)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(columns);
        if (values.Length != columns.Count)
        {
            Preconditions.ThrowArgument(nameof(values), $"Row '{name}' has {values.Length} amounts but its table has {columns.Count} columns ({string.Join(", ", columns)}).");
        }
        Name = name;
        Columns = ColumnList.Of(columns);
        _values = values.ToArray();
        Line = line;
        Role = role;
    }

    /// <summary>The row's name as printed (a class name, 合计, a project name, …).</summary>
    public string Name { get; }

    /// <summary>The columns this row has amounts for, in print order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The 1-based source line the row was read from, when imported.</summary>
    public int? Line { get; }

    /// <summary>Whether this is an ordinary row, the table's total, or a summary line.</summary>
    public RowRole Role { get; }

    /// <summary>How findings name this row: the code where the row has one, else the name.</summary>
    public virtual string Key => Name;

    /// <summary>The row's 合计 (the first column).</summary>
    public Money Total => _values.Length > 0 ? _values[0] : Money.Zero;

    /// <summary>True when every amount of the row is zero (all cells empty).</summary>
    public bool IsBlank => Array.TrueForAll(_values, v => v.IsZero);

    /// <summary>The amounts in column order.</summary>
    public ReadOnlySpan<Money> Values => _values;

    /// <summary>The amount in <paramref name="column"/>.</summary>
    /// <param name="column">One of <see cref="Columns"/>.</param>
    /// <exception cref="ArgumentException">The row's table has no such column.</exception>
    public Money this[TableColumn column]
    {
        get
        {
            int i = IndexOf(column);
            if (i < 0)
            {
                Preconditions.ThrowArgument(nameof(column), $"Row '{Name}' has no column {column} ({column.ChineseName()}); its columns are {string.Join(", ", Columns)}.");
            }
            return _values[i];
        }
    }

    /// <summary>True when the row has an amount for <paramref name="column"/>.</summary>
    /// <param name="column">The column.</param>
    public bool Has(TableColumn column) => IndexOf(column) >= 0;

    /// <summary>The amount in <paramref name="column"/>, or zero when the row has no such column.</summary>
    /// <param name="column">The column.</param>
    public Money GetOrZero(TableColumn column)
    {
        int i = IndexOf(column);
        return i < 0 ? Money.Zero : _values[i];
    }

    /// <summary>A copy of this row with one amount replaced.</summary>
    /// <param name="column">The column to replace.</param>
    /// <param name="value">The new amount.</param>
    public TableRow With(TableColumn column, Money value)
    {
        int i = IndexOf(column);
        if (i < 0)
        {
            Preconditions.ThrowArgument(nameof(column), $"Row '{Name}' has no column {column}.");
        }
        var copy = (Money[])_values.Clone();
        copy[i] = value;
        return WithValues(copy);
    }

    /// <summary>Creates a copy of this row with other amounts (same columns).</summary>
    private protected abstract TableRow WithValues(Money[] values);

    private int IndexOf(TableColumn column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }
        return -1;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} {Name}: {string.Join(" | ", _values.Select((v, i) => $"{Columns[i]}={v.Yuan}"))}";
}
