namespace BudgetModel.Disclosure;

/// <summary>The address of one amount in a disclosure: table, row (by position and key) and column.</summary>
/// <param name="Table">The table kind.</param>
/// <param name="RowIndex">The row's 0-based position among the table's rows, in print order.</param>
/// <param name="RowKey">The row's key (code, source, summary line or name).</param>
/// <param name="Column">The column.</param>
public readonly record struct CellLocation(TableKind Table, int RowIndex, string RowKey, TableColumn Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Table}[{RowKey}].{Column}";
}
