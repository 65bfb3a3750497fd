using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Disclosure;

/// <summary>
/// Structural equality of disclosures: two disclosures are equal when they hold the same unit (with its staff
/// figures), budget year, sections, tables in the same order (kind, type, header, rows with their kind, key, name,
/// role, source line and amounts by column), other tables, project sheets (funding by level, indicators, lines),
/// overall sheet, prose facts and mentions, and import findings (with their amounts, bounds and locations).
/// <see cref="BudgetDisclosure"/> itself keeps reference equality (it is a large aggregate); this comparer is what
/// "the same disclosure" means for the library, for example
/// <c>DisclosureComparer.Instance.Equals(DisclosureJson.Read(DisclosureJson.Write(d)), d)</c> for every disclosure
/// <c>d</c>. <see cref="Differences"/> lists what differs, for a test's failure message.
/// </summary>
public sealed class DisclosureComparer : IEqualityComparer<BudgetDisclosure>
{
    private DisclosureComparer()
    {
    }

    /// <summary>The comparer.</summary>
    public static DisclosureComparer Instance { get; } = new();

    /// <summary>True when the two disclosures are structurally equal (<see cref="Differences"/> is empty).</summary>
    /// <param name="x">A disclosure, or null.</param>
    /// <param name="y">Another, or null.</param>
    /// <returns>True when both are null, the same instance, or structurally equal.</returns>
    public bool Equals(BudgetDisclosure? x, BudgetDisclosure? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Differences(x, y).Count == 0);

    /// <summary>A hash code consistent with <see cref="Equals(BudgetDisclosure?, BudgetDisclosure?)"/>: from the unit's
    /// name, the year and each table's kind and row count.</summary>
    /// <param name="obj">The disclosure.</param>
    /// <returns>The hash code.</returns>
    public int GetHashCode(BudgetDisclosure obj)
    {
        Guard.Against.Null(obj);
        var hash = new HashCode();
        hash.Add(obj.Unit.Name, StringComparer.Ordinal);
        hash.Add(obj.BudgetYear);
        foreach (var table in obj.Tables)
        {
            hash.Add(table.Kind);
            hash.Add(table.Rows.Count);
        }
        return hash.ToHashCode();
    }

    /// <summary>Every difference between two disclosures, one readable line each (<c>table[2].row[5]: … != …</c>);
    /// empty when they are equal.</summary>
    /// <param name="a">A disclosure.</param>
    /// <param name="b">Another.</param>
    /// <returns>The differences, in the order of the parts above.</returns>
    public static IReadOnlyList<string> Differences(BudgetDisclosure a, BudgetDisclosure b)
    {
        Guard.Against.Null(a);
        Guard.Against.Null(b);
        var d = new List<string>();
        void Check<T>(string what, T x, T y)
        {
            if (!EqualityComparer<T>.Default.Equals(x, y))
            {
                d.Add($"{what}: {x} != {y}");
            }
        }

        Check("unit", a.Unit with { Staff = null }, b.Unit with { Staff = null });
        Check("unit.staff", a.Unit.Staff, b.Unit.Staff);
        Check("year", a.BudgetYear, b.BudgetYear);
        Check("sections", string.Join(",", a.Sections.Order()), string.Join(",", b.Sections.Order()));
        Check("tables", a.Tables.Count, b.Tables.Count);
        for (int t = 0; t < Math.Min(a.Tables.Count, b.Tables.Count); t++)
        {
            var (x, y) = (a.Tables[t], b.Tables[t]);
            Check($"table[{t}].type", x.GetType(), y.GetType());
            Check($"table[{t}].kind", x.Kind, y.Kind);
            Check($"table[{t}].header", x.Header, y.Header);
            Check($"table[{t}].cells", string.Join(";", x.Cells()), string.Join(";", y.Cells()));
            Check($"table[{t}].rows", x.Rows.Count, y.Rows.Count);
            for (int r = 0; r < Math.Min(x.Rows.Count, y.Rows.Count); r++)
            {
                Check($"table[{t}].row[{r}]", Describe(x.Rows[r]), Describe(y.Rows[r]));
            }
        }
        Check("otherTables", string.Join("\n", a.OtherTables.Select(Describe)), string.Join("\n", b.OtherTables.Select(Describe)));
        Check("sheets", a.ProjectSheets.Count, b.ProjectSheets.Count);
        for (int s = 0; s < Math.Min(a.ProjectSheets.Count, b.ProjectSheets.Count); s++)
        {
            Check($"sheet[{s}]", Describe(a.ProjectSheets[s]), Describe(b.ProjectSheets[s]));
        }
        Check("overall", a.OverallSheet is null ? null : Describe(a.OverallSheet), b.OverallSheet is null ? null : Describe(b.OverallSheet));
        Check("facts", string.Join("\n", a.Facts), string.Join("\n", b.Facts));
        Check("facts.base", string.Join(",", a.Facts.Select(f => f.Base)), string.Join(",", b.Facts.Select(f => f.Base)));
        Check("mentions", string.Join("\n", a.Mentions), string.Join("\n", b.Mentions));
        Check("findings", string.Join("\n", a.ImportFindings.Select(Describe)), string.Join("\n", b.ImportFindings.Select(Describe)));
        return d;
    }

    private static string Describe(TableRow row)
    {
        var typed = row switch
        {
            FunctionRow f => $"function {f.Code}",
            SourceRow s => $"source {s.Source} carry={s.IsCarryOver}",
            EconomicRow e => $"economic {e.DepartmentCode} {e.GovernmentCode} {e.GovernmentName} class={e.IsClass}",
            RevenueCodeRow r => $"revenue {r.Code}",
            NamedRow n => "named",
            SummaryRow s => $"summary {s.SummaryLine}",
            _ => "?",
        };
        var values = string.Join(",", row.Columns.Select((c, i) => $"{c}={row.Values[i].TotalFen}"));
        return $"{typed} role={row.Role} key={row.Key} name={row.Name} line={row.Line} [{values}]";
    }

    private static string Describe(OtherTable t) =>
        $"{t.Title}|{t.PrintedNumber}|{t.Precision}|{t.UnitName}|{t.Line} H=[{string.Join(";", t.HeaderRows.Select(Describe))}] R=[{string.Join(";", t.Rows.Select(Describe))}]";

    private static string Describe(OtherTableRow r) => $"{r.Line}:{string.Join("\u241F", r.Cells)}";

    private static string Describe(ProjectPerformanceSheet s) =>
        $"{s.ProjectName} line={s.Line} {s.Details} L={Describe(s.LifetimeFunding)} A={Describe(s.AnnualFunding)} LI=[{string.Join(";", s.LifetimeIndicators.Select(Describe))}] AI=[{string.Join(";", s.AnnualIndicators.Select(Describe))}]";

    private static string Describe(ProjectFunding f) =>
        $"{f.Total.TotalFen} line={f.Line} {{{string.Join(",", f.ByLevel.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value.TotalFen}"))}}}";

    private static string Describe(SheetIndicator i) =>
        $"{i.Activity}/{i.Indicator.Category}/{i.Indicator.Subcategory}/{i.Indicator.Name}={i.Indicator.Value.Text}@{i.Line}";

    private static string Describe(OverallPerformanceSheet o) =>
        $"{o.UnitName} {o.Total.TotalFen} {o.Precision} {o.Staff} line={o.Line} S={{{string.Join(",", o.BySource.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value.TotalFen}"))}}} T={{{string.Join(",", o.ByType.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value.TotalFen}"))}}} I=[{string.Join(";", o.Indicators.Select(Describe))}]";

    internal static string Describe(Finding f) =>
        $"{f} e={f.Expected} a={f.Actual} u={f.Unit} b={f.Bound?.HalfFen} loc={f.Location.Table}|{f.Location.Row}|{f.Location.Code}|{f.Location.Project}|{f.Location.Column} lines={string.Join(",", f.Location.Lines)} cells={string.Join(",", f.Location.Cells)}";
}
