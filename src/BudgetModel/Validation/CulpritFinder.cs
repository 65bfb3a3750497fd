using System.Globalization;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// One wrong figure usually breaks several relations at once. For each connected group of error relations (relations
/// among table cells that share a cell), looks for one cell present in all of them and one value for it that satisfies
/// every relation the cell takes part in (the broken ones and those that held): each relation is linear in the cell,
/// so the value that fixes relation k is <c>cell − coefficient_k × difference_k</c>; the first broken relation proposes
/// the value and every relation of the cell must then hold within its rounding bound.
/// Linear in the relations: relations are indexed by cell.
/// </summary>
internal static class CulpritFinder
{
    internal static void Run(ValidationContext context)
    {
        var relations = context.Relations;
        var errors = new List<int>();
        for (int i = 0; i < relations.Count; i++)
        {
            if (relations[i].Finding is { Severity: Severity.Error })
            {
                errors.Add(i);
            }
        }
        if (errors.Count == 0)
        {
            return;
        }
        var byCell = new Dictionary<CellLocation, List<int>>();
        for (int i = 0; i < relations.Count; i++)
        {
            foreach (var term in relations[i].Terms)
            {
                if (!byCell.TryGetValue(term.Cell, out var list))
                {
                    byCell[term.Cell] = list = [];
                }
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        // Union-find over error relations sharing a cell.
        var parent = new Dictionary<int, int>();
        foreach (int e in errors)
        {
            parent[e] = e;
        }
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        foreach (var list in byCell.Values)
        {
            int? first = null;
            foreach (int r in list)
            {
                if (!parent.ContainsKey(r))
                {
                    continue;
                }
                if (first is { } f)
                {
                    int a = Find(f), b = Find(r);
                    if (a != b)
                    {
                        parent[Math.Max(a, b)] = Math.Min(a, b);
                    }
                }
                else
                {
                    first = r;
                }
            }
        }
        var groups = errors.GroupBy(Find).OrderBy(g => g.Key);
        // Groups no single cell explains are reported together, one finding per table and set of rules, naming every
        // relation's place: two broken columns of one row are two groups, and two findings alike would say the same.
        var unexplained = new List<(string Key, Finding[] Findings)>();
        foreach (var group in groups)
        {
            if (Explain(context, relations, byCell, group.ToArray()) is { } left)
            {
                var key = $"{left[0].Location.Table}|{string.Join(", ", left.Select(f => f.RuleId).Distinct())}";
                unexplained.Add((key, left));
            }
        }
        foreach (var same in unexplained.GroupBy(u => u.Key, StringComparer.Ordinal))
        {
            ReportUnexplained(context, same.SelectMany(u => u.Findings).ToArray());
        }
    }

    /// <summary>One finding for the broken relations no single cell explains (one table, one set of rules).</summary>
    private static void ReportUnexplained(ValidationContext context, Finding[] findings)
    {
        var cells = findings.SelectMany(f => f.Location.Cells).Distinct().ToArray();
        var lines = findings.SelectMany(f => f.Location.Lines).Distinct().Order().ToArray();
        var rules = string.Join(", ", findings.Select(f => f.RuleId).Distinct());
        var places = findings.Select(f => Place(f.Location)).Distinct(StringComparer.Ordinal).ToArray();
        string where = places.Length == 0 ? string.Empty
            : " at " + string.Join("; ", places.Take(10)) + (places.Length > 10 ? $"; … ({places.Length} places)" : string.Empty);
        string message = $"No single cell explains the {findings.Length} inconsistenc{(findings.Length == 1 ? "y" : "ies")} ({rules}){where}: more than one figure is wrong, or the relations' figures are not all in the tables.";
        context.Report(new Finding(DisclosureValidator.CulpritRuleId, Severity.Info, FindingKind.Culprit, message,
            new FindingLocation(findings[0].Location.Table) { Cells = cells, Lines = lines }));

        static string Place(FindingLocation l) =>
            string.Join(", ", new[] { l.Row is { } r ? "row " + r : null, l.Project is { } p ? "project " + p : null, l.Column is { } c ? "column " + c.ChineseName() : null }
                .Where(x => x is not null));
    }

    /// <summary>The value of <paramref name="cell"/> that makes every relation it is in hold within its bound, or null when
    /// none does — also when the arithmetic leaves the range of <see cref="Money"/> (figures of a damaged document at the
    /// limits of money: no amount the library can hold explains them).</summary>
    private static Money? Corrected(IReadOnlyList<RelationRecord> relations, List<int> relationsOfCell, CellLocation cell, CellTerm term, Money difference)
    {
        try
        {
            var value = term.Value - (term.Coefficient > 0 ? difference : -difference);
            foreach (int r in relationsOfCell)
            {
                var rel = relations[r];
                var moved = rel.Difference;
                foreach (var t in rel.Terms)
                {
                    if (t.Cell == cell)
                    {
                        moved = t.Coefficient > 0 ? moved + (value - t.Value) : moved - (value - t.Value);
                    }
                }
                if (!rel.Bound.Contains(moved))
                {
                    return null;
                }
            }
            return value;
        }
        catch (BudgetOverflowException)
        {
            return null;
        }
    }

    /// <summary>Reports the culprit of a group when one cell (or several, each alone) explains it; returns the
    /// group's findings when no single cell does.</summary>
    private static Finding[]? Explain(ValidationContext context, IReadOnlyList<RelationRecord> relations, Dictionary<CellLocation, List<int>> byCell, int[] group)
    {
        // Cells present in every relation of the group, in the first relation's order.
        var candidates = relations[group[0]].Terms.Select(t => t.Cell).Distinct()
            .Where(cell => group.All(g => relations[g].Terms.Any(t => t.Cell == cell)))
            .OrderBy(cell => cell.Table).ThenBy(cell => cell.RowIndex).ThenBy(cell => cell.Column)
            .ToArray();
        var solutions = new List<(CellLocation Cell, Money Current, Money Value)>();
        foreach (var cell in candidates)
        {
            var term = relations[group[0]].Terms.First(t => t.Cell == cell);
            if (Corrected(relations, byCell[cell], cell, term, relations[group[0]].Difference) is { } value)
            {
                solutions.Add((cell, term.Value, value));
            }
        }

        var findings = group.Select(g => relations[g].Finding!).ToArray();
        var lines = findings.SelectMany(f => f.Location.Lines).Distinct().Order().ToArray();
        var rules = string.Join(", ", findings.Select(f => f.RuleId).Distinct());
        var disclosure = context.Disclosure;
        string Unit(CellLocation cell) => RelationChecker.UnitLabel(disclosure[cell.Table]?.Precision.Unit ?? MoneyUnit.Wan);
        decimal In(CellLocation cell, Money m) => m.In(disclosure[cell.Table]?.Precision.Unit ?? MoneyUnit.Wan);
        string Name(CellLocation cell) => $"{DisclosureRules.Tag(cell.Table)} ({cell.Table.ChineseName()}) row {cell.RowKey}, column {cell.Column.ChineseName()}";

        if (solutions.Count == 1)
        {
            var (cell, current, value) = solutions[0];
            var row = disclosure[cell.Table]?.Rows[cell.RowIndex];
            context.Report(new Finding(DisclosureValidator.CulpritRuleId, Severity.Warning, FindingKind.Culprit,
                string.Create(CultureInfo.InvariantCulture,
                    $"One figure explains {group.Length} inconsistenc{(group.Length == 1 ? "y" : "ies")} ({rules}): {Name(cell)} is {RelationChecker.Format(In(cell, current), 2)} {Unit(cell)}; ")
                    + string.Create(CultureInfo.InvariantCulture, $"{RelationChecker.Format(In(cell, value), 2)} {Unit(cell)} would satisfy every relation it takes part in."),
                new FindingLocation(cell.Table, cell.RowKey, row is FunctionRow f ? f.Code.Value : null, null, cell.Column)
                {
                    Cells = [cell],
                    Lines = row?.Line is { } l ? [l] : [],
                })
            {
                Expected = In(cell, value),
                Actual = In(cell, current),
                Unit = Unit(cell),
            });
            return null;
        }
        if (solutions.Count == 0)
        {
            return findings;
        }
        var cells = findings.SelectMany(f => f.Location.Cells).Distinct().ToArray();
        string message = $"The {group.Length} inconsistenc{(group.Length == 1 ? "y" : "ies")} ({rules}) could be explained by any one of {solutions.Count} cells: "
              + string.Join("; ", solutions.Take(5).Select(s => $"{Name(s.Cell)} → {RelationChecker.Format(In(s.Cell, s.Value), 2)}")) + (solutions.Count > 5 ? "; …" : ".");
        context.Report(new Finding(DisclosureValidator.CulpritRuleId, Severity.Info, FindingKind.Culprit, message,
            new FindingLocation(findings[0].Location.Table) { Cells = cells, Lines = lines }));
        return null;
    }
}
