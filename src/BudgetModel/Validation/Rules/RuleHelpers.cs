using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>Locations and row lookups shared by the rules.</summary>
internal static class At
{
    /// <summary>The location of a row (and column) of a table: the row key, its code, or its project name.</summary>
    internal static FindingLocation Row(BudgetTable table, TableRow row, TableColumn? column = null)
    {
        string? code = row switch
        {
            FunctionRow f => f.Code.Value,
            RevenueCodeRow r => r.Code.Value,
            EconomicRow e => e.DepartmentCode?.Value ?? e.GovernmentCode?.Value,
            _ => null,
        };
        string? project = row is NamedRow { Role: RowRole.Detail } && table.Kind is TableKind.ProjectExpenditureCurrent or TableKind.ProjectExpenditureCarryOver
            ? row.Name
            : null;
        return new FindingLocation(table.Kind, row.Key, code, project, column);
    }

    /// <summary>Where a relation about a row (and column) points: <see cref="Row"/>, made only when a finding needs it.</summary>
    internal static Place Place(BudgetTable table, TableRow row, TableColumn? column = null) => new(table, row, column);

    /// <summary>The location of a whole table.</summary>
    internal static FindingLocation Table(TableKind kind) => new(kind);

    /// <summary>The location of a project (sheet or table row).</summary>
    internal static FindingLocation Project(string name, TableKind? table = null, int? line = null) =>
        new(table, Project: name) { Lines = line is { } l ? [l] : [] };

    /// <summary>The known lines among <paramref name="lines"/> and <paramref name="more"/>, ascending and distinct.</summary>
    internal static int[] Lines(ReadOnlySpan<int?> lines, int? more = null)
    {
        Span<int> buffer = lines.Length < 16 ? stackalloc int[16] : new int[lines.Length + 1];
        int n = 0;
        foreach (var line in lines)
        {
            if (line is { } l)
            {
                buffer[n++] = l;
            }
        }
        if (more is { } m)
        {
            buffer[n++] = m;
        }
        if (n == 0)
        {
            return [];
        }
        var known = buffer[..n];
        known.Sort();
        int distinct = 1;
        for (int i = 1; i < known.Length; i++)
        {
            if (known[i] != known[distinct - 1])
            {
                known[distinct++] = known[i];
            }
        }
        return known[..distinct].ToArray();
    }

    /// <summary>The location of a source line only.</summary>
    internal static FindingLocation Line(int? line) => line is { } l ? FindingLocation.Document with { Lines = [l] } : FindingLocation.Document;
}

/// <summary>Row indexes built once per rule run: linear in rows.</summary>
internal static class RowIndex
{
    /// <summary><see cref="ByCode(IReadOnlyList{FunctionRow})"/> of a table's list of rows, made once per list and run.</summary>
    internal static Dictionary<FunctionCode, FunctionRow> ByCode(ValidationContext c, IReadOnlyList<FunctionRow> rows)
    {
        var indexes = c.Memo("rows-by-code", static _ => new Dictionary<IReadOnlyList<FunctionRow>, Dictionary<FunctionCode, FunctionRow>>(ReferenceEqualityComparer.Instance));
        if (!indexes.TryGetValue(rows, out var index))
        {
            indexes[rows] = index = ByCode(rows);
        }
        return index;
    }

    /// <summary>True when the rows' codes strictly increase in print order (codes order as their digit strings: a
    /// table printed 类, its 款, their 项, …, with no code twice); worked out once per list and run.</summary>
    internal static bool InCodeOrder<TRow, TCode>(ValidationContext c, IReadOnlyList<TRow> rows, Func<TRow, TCode> codeOf)
        where TCode : IComparable<TCode>
    {
        var known = c.Memo("in-code-order", static _ => new Dictionary<object, bool>(ReferenceEqualityComparer.Instance));
        if (!known.TryGetValue(rows, out bool ordered))
        {
            ordered = true;
            for (int i = 1; i < rows.Count && ordered; i++)
            {
                ordered = codeOf(rows[i - 1]).CompareTo(codeOf(rows[i])) < 0;
            }
            known[rows] = ordered;
        }
        return ordered;
    }

    /// <summary>Whether rows in code order (<see cref="InCodeOrder"/>) hold a code: a bisection.</summary>
    internal static bool ContainsCode(IReadOnlyList<FunctionRow> rows, FunctionCode code) => FindCode(rows, code) is not null;

    /// <summary>The row of a code among rows in code order (<see cref="InCodeOrder"/>), or null: a bisection.</summary>
    internal static FunctionRow? FindCode(IReadOnlyList<FunctionRow> rows, FunctionCode code)
    {
        int lo = 0, hi = rows.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int order = rows[mid].Code.CompareTo(code);
            if (order == 0)
            {
                return rows[mid];
            }
            if (order < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return null;
    }

    /// <summary>The first row of each function code (a duplicate keeps the first).</summary>
    internal static Dictionary<FunctionCode, FunctionRow> ByCode(IReadOnlyList<FunctionRow> rows)
    {
        var map = new Dictionary<FunctionCode, FunctionRow>(rows.Count);
        foreach (var row in rows)
        {
            map.TryAdd(row.Code, row);
        }
        return map;
    }

    /// <summary><see cref="Layout(NamedRowTable)"/>, made once per table and run.</summary>
    internal static NamedLayout Layout(ValidationContext c, NamedRowTable table)
    {
        var layouts = c.Memo("layouts", static _ => new Dictionary<NamedRowTable, NamedLayout>(ReferenceEqualityComparer.Instance));
        if (!layouts.TryGetValue(table, out var layout))
        {
            layouts[table] = layout = Layout(table);
        }
        return layout;
    }

    /// <summary>The top rows of a named-row table (11, 12, 13) with the rows under each: duplicated unit rows
    /// (same name and amounts, adjacent) are dropped; a first unit row followed directly by other unit rows is a
    /// grand total over them.</summary>
    internal static NamedLayout Layout(NamedRowTable table)
    {
        var headers = new List<(NamedRow Header, List<NamedRow> Details)>();
        var duplicates = new List<(NamedRow Duplicate, NamedRow Of)>();
        var loose = new List<NamedRow>();
        NamedRow? previous = null;
        foreach (var row in table.Rows.OfType<NamedRow>())
        {
            if (row.Role == RowRole.Total)
            {
                if (previous is { Role: RowRole.Total } && SameRow(previous, row))
                {
                    duplicates.Add((row, previous));
                    continue;
                }
                headers.Add((row, []));
            }
            else if (row.Role == RowRole.Summary)
            {
                // A subtotal over the detail rows that follow it (an economic class over its items): not summed again.
            }
            else if (headers.Count > 0)
            {
                headers[^1].Details.Add(row);
            }
            else
            {
                loose.Add(row);
            }
            previous = row;
        }
        NamedRow? grand = null;
        if (headers.Count >= 2 && headers[0].Details.Count == 0)
        {
            grand = headers[0].Header;
            headers.RemoveAt(0);
        }
        return new NamedLayout(grand, headers, duplicates, loose);
    }

    private static bool SameRow(NamedRow a, NamedRow b)
    {
        if (!string.Equals(NameText.Normalize(a.Name), NameText.Normalize(b.Name), StringComparison.Ordinal) || a.Columns.Count != b.Columns.Count)
        {
            return false;
        }
        for (int i = 0; i < a.Columns.Count; i++)
        {
            if (a.Columns[i] != b.Columns[i] || a.Values[i] != b.Values[i])
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>The layout of a named-row table.</summary>
/// <param name="Grand">A grand-total row over several unit rows (部门合计), if printed.</param>
/// <param name="Units">Each unit row with the detail rows under it.</param>
/// <param name="Duplicates">Unit rows printed twice in a row.</param>
/// <param name="Loose">Detail rows before any unit row.</param>
internal sealed record NamedLayout(
    NamedRow? Grand,
    IReadOnlyList<(NamedRow Header, List<NamedRow> Details)> Units,
    IReadOnlyList<(NamedRow Duplicate, NamedRow Of)> Duplicates,
    IReadOnlyList<NamedRow> Loose)
{
    /// <summary>Every detail row (project, or unit in table 11) in print order.</summary>
    internal IEnumerable<NamedRow> Details => Loose.Concat(Units.SelectMany(u => u.Details));

    /// <summary>The rows whose sum is the table's total: the grand row, else the unit rows, else the details.</summary>
    internal IReadOnlyList<NamedRow> TopRows { get; } =
        Grand is not null ? [Grand] : Units.Count > 0 ? Units.Select(u => u.Header).ToArray() : Loose;
}

/// <summary>财政拨款 printed as one revenue line (<see cref="Funding.FundSource.FiscalAppropriation"/>) and its three funds
/// (一般公共预算, 政府性基金预算, 国有资本经营预算), among the revenue lines of 表一 or 表四. Only this year's lines count
/// (not the carry-over by source).</summary>
internal static class FiscalLines
{
    /// <summary>The line of 财政拨款 as a whole, or null.</summary>
    internal static SourceRow? Whole(IReadOnlyList<SourceRow> lines)
    {
        foreach (var line in lines)
        {
            if (line.Source == Funding.FundSource.FiscalAppropriation && !line.IsCarryOver)
            {
                return line;
            }
        }
        return null;
    }

    /// <summary>The lines of the three funds of 财政拨款.</summary>
    internal static SourceRow[] Parts(IReadOnlyList<SourceRow> lines) =>
        lines.Where(static r => Funding.FundSources.IsFiscalAppropriation(r.Source) && !r.IsCarryOver).ToArray();

    /// <summary>True when the lines print 财政拨款 whole and none of its funds: each fund's own figure is not printed,
    /// only their sum, which the rules compare with the sum of the funds elsewhere.</summary>
    internal static bool OnlyWhole(IReadOnlyList<SourceRow> lines) => Whole(lines) is not null && Parts(lines).Length == 0;

    /// <summary>True when a fund's figure is not printed because 财政拨款 is printed whole (<see cref="OnlyWhole"/>).</summary>
    internal static bool HidesFund(IReadOnlyList<SourceRow> lines, Funding.FundSource source) =>
        Funding.FundSources.IsFiscalAppropriation(source) && OnlyWhole(lines);

    /// <summary>The terms of 财政拨款 on the lines: its whole line, else the sum of its funds' lines; null when neither
    /// is printed.</summary>
    internal static Term[]? Terms(ValidationContext c, BudgetTable table, IReadOnlyList<SourceRow> lines)
    {
        if (Whole(lines) is { } whole)
        {
            return [Term.Plus(c.Cell(table, whole, whole.Columns[0]))];
        }
        var parts = Parts(lines);
        return parts.Length == 0 ? null : parts.Select(r => Term.Plus(c.Cell(table, r, r.Columns[0]))).ToArray();
    }
}
