using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Information, such as rounding drift within the bound of the published figures.</summary>
    Info = 0,

    /// <summary>Something a reviewer should look at: a name that differs, a missing note, an odd layout.</summary>
    Warning = 1,

    /// <summary>A genuine mistake: a relation broken by more than rounding can explain, a missing required part.</summary>
    Error = 2,
}

/// <summary>What sort of finding it is.</summary>
public enum FindingKind
{
    /// <summary>A relation between figures does not hold, beyond the rounding bound.</summary>
    Inconsistency = 1,

    /// <summary>A relation misses by no more than the rounding of the published figures: not an error.</summary>
    RoundingDrift = 2,

    /// <summary>A required table, section, row or sheet is missing.</summary>
    Missing = 3,

    /// <summary>Names, codes, years or labels that should agree do not.</summary>
    Mismatch = 4,

    /// <summary>A code, label or value the catalog or the rules do not know.</summary>
    Unknown = 5,

    /// <summary>A problem met while reading the source document (an unreadable cell, an unknown table).</summary>
    Import = 6,

    /// <summary>A hint: the single cell that would explain a group of inconsistencies.</summary>
    Culprit = 7,
}

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
        if (Column is { } c) parts.Add($"column {c} ({c.ChineseLabel()})");
        if (Lines.Count > 0) parts.Add("line " + string.Join(",", Lines));
        return parts.Count == 0 ? "document" : string.Join(", ", parts);
    }
}

/// <summary>
/// One finding of validation or import: which rule, how serious, where, and by how much. Amounts are stated in
/// <see cref="Unit"/> (the unit of the figures compared), exactly.
/// </summary>
/// <param name="RuleId">The rule's stable id, for example BM-T3-ROLLUP.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Kind">What sort of finding.</param>
/// <param name="Message">A readable English sentence naming the figures (Chinese terms kept as printed).</param>
/// <param name="Location">Where.</param>
public sealed record Finding(string RuleId, Severity Severity, FindingKind Kind, string Message, FindingLocation Location)
{
    /// <summary>The value the rule expects (for example the sum of the parts), in <see cref="Unit"/>.</summary>
    public decimal? Expected { get; init; }

    /// <summary>The value published, in <see cref="Unit"/>.</summary>
    public decimal? Actual { get; init; }

    /// <summary><see cref="Actual"/> − <see cref="Expected"/>, when both are known.</summary>
    public decimal? Difference => Actual is { } a && Expected is { } e ? a - e : null;

    /// <summary>The unit of <see cref="Expected"/> and <see cref="Actual"/>: 万元, 元, %, 个 ….</summary>
    public string? Unit { get; init; }

    /// <summary>The rounding bound that applied to the relation, when it is between published amounts.</summary>
    public RoundingBound? Bound { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {RuleId} at {Location}: {Message}";
}
