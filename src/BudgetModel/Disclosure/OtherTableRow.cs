namespace BudgetModel.Disclosure;

/// <summary>One printed row of a table the library does not know (<see cref="OtherTable"/>): its cells as printed, in
/// order (an empty cell is an empty string), and the source line. Immutable.</summary>
public sealed class OtherTableRow
{
    private readonly string[] _cells;

    /// <summary>Creates a row.</summary>
    /// <param name="cells">The cells' texts as printed, in order; a null cell is kept as an empty string.</param>
    /// <param name="line">The 1-based source line the row was read from, when imported.</param>
    public OtherTableRow(IEnumerable<string?> cells, int? line = null)
    {
        Guard.Against.Null(cells);
        _cells = cells.Select(c => c ?? string.Empty).ToArray();
        Line = line;
    }

    /// <summary>The cells' texts as printed, in order.</summary>
    public IReadOnlyList<string> Cells => _cells;

    /// <summary>The 1-based source line, when imported.</summary>
    public int? Line { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join(" | ", _cells);
}
