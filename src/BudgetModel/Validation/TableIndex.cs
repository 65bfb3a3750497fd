using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// The rows of one table as the validator addresses them: each row's print position (by reference; a row printed
/// twice keeps its first) and key, both made only when a cell location is first needed (a finding, the culprit
/// search), then kept for the run.
/// </summary>
internal sealed class TableIndex(BudgetTable table)
{
    /// <summary>The position of a figure whose row's position has not been looked up.</summary>
    internal const int Unknown = -2;

    private Dictionary<TableRow, int>? _positions;
    private string?[]? _keys;

    internal BudgetTable Table { get; } = table;

    /// <summary>The location of a cell; <paramref name="position"/> is the row's print position when known, else <see cref="Unknown"/>.</summary>
    internal CellLocation Location(TableRow row, int position, TableColumn column)
    {
        if (position == Unknown)
        {
            position = PositionOf(row);
        }
        string key = position < 0 ? row.Key : (_keys ??= new string?[Table.Rows.Count])[position] ??= row.Key;
        return new CellLocation(Table.Kind, position, key, column);
    }

    private int PositionOf(TableRow row)
    {
        if (_positions is null)
        {
            var rows = Table.Rows;
            _positions = new Dictionary<TableRow, int>(rows.Count, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < rows.Count; i++)
            {
                _positions.TryAdd(rows[i], i);
            }
        }
        return _positions.TryGetValue(row, out int position) ? position : -1;
    }
}
