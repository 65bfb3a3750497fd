using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>Where a finding is: table, row, code or project, column, the cells involved and their source lines.</summary>
/// <param name="Table">The table, when the finding is in one.</param>
/// <param name="Row">The row's key or name.</param>
/// <param name="Code">The classification code involved.</param>
/// <param name="Project">The project involved.</param>
/// <param name="Column">The column.</param>
public sealed record FindingLocation(TableKind? Table = null, string? Row = null, string? Code = null, string? Project = null, TableColumn? Column = null)
{
    /// <summary>The source lines of the figures involved (ascending, distinct), when imported.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];

    /// <summary>The table cells whose figures take part in the relation.</summary>
    public IReadOnlyList<CellLocation> Cells { get; init; } = [];

    /// <summary>A location nowhere in particular (the whole disclosure).</summary>
    public static FindingLocation Document { get; } = new();

    /// <summary>Value equality: the same table, row, code, project and column, and the same <see cref="Lines"/> and
    /// <see cref="Cells"/> in the same order (compared item by item, not by list reference).</summary>
    /// <param name="other">The other location.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(FindingLocation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Table == other.Table && Row == other.Row && Code == other.Code && Project == other.Project && Column == other.Column
                && Lines.SequenceEqual(other.Lines) && Cells.SequenceEqual(other.Cells)));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Table);
        hash.Add(Row);
        hash.Add(Code);
        hash.Add(Project);
        hash.Add(Column);
        foreach (int line in Lines)
        {
            hash.Add(line);
        }
        foreach (var cell in Cells)
        {
            hash.Add(cell);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>();
        if (Table is { } t) parts.Add($"{t} ({t.ChineseName()})");
        if (Row is not null) parts.Add("row " + Row);
        if (Code is not null && Code != Row) parts.Add("code " + Code);
        if (Project is not null) parts.Add("project " + Project);
        if (Column is { } c) parts.Add($"column {c} ({c.ChineseName()})");
        if (Lines.Count > 0) parts.Add("line " + string.Join(",", Lines));
        return parts.Count == 0 ? "document" : string.Join(", ", parts);
    }
}
