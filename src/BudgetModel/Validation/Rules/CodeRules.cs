using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>Classification codes and names against the catalog edition of the budget year, and the code hierarchy
/// within each table.</summary>
internal static class CodeRules
{
    internal static IEnumerable<IDisclosureRule> Create()
    {
        yield return new Rule(NameRule, "A row's name is the catalog name of its code for the budget year", "科目名称与当年科目代码一致", Names);
        yield return new Rule(SpellingRule, "A row's name is a misspelling of the catalog name of its code (a few characters differ)", "科目名称书写有误", Misspelt);
        yield return new Rule(OutdatedRule, "A row prints a name its code carried in an earlier edition (an outdated name)", "科目名称为以前年度旧名称", Outdated);
        yield return new Rule(UnknownRule, "A code the catalog edition of the budget year does not hold", "科目代码不在当年政府收支分类科目中", Unknown);
        yield return new Rule("BM-CODE-PARENT", "A code whose parent (类 of a 款, 款 of a 项) the table does not print", "科目缺少上级科目", Parents);
        yield return new Rule("BM-CODE-DUPLICATE", "A code printed twice in one table", "同一表内科目代码重复", Duplicates);
    }

    /// <summary>The ids of the rules that look every printed code up in the catalog (<see cref="CatalogChecks"/>).</summary>
    private const string NameRule = "BM-CODE-NAME", SpellingRule = "BM-CODE-NAME-SPELLING", OutdatedRule = "BM-CODE-NAME-OUTDATED", UnknownRule = "BM-CODE-UNKNOWN";

    /// <summary>A code the catalog lacks: where, and the finding's message.</summary>
    private readonly record struct UnknownCode(BudgetTable Table, TableRow Row, string Code, string Message);

    /// <summary>A printed name the catalog names otherwise.</summary>
    private readonly record struct MismatchedName(BudgetTable Table, TableRow Row, string Code, string Printed, NameCheck Check);

    /// <summary>What the two catalog rules report, found in one pass over every row with one catalog lookup per
    /// printed code for both (those not disabled), computed once per run; each rule reports its own list.</summary>
    /// <remarks>A province's catalog holds some hundred thousand codes and its tables several hundred thousand rows:
    /// each lookup is a trip through main memory, so the two rules share it.</remarks>
    private sealed class CatalogFindings
    {
        internal List<UnknownCode> Unknown { get; } = [];

        internal List<MismatchedName> Mismatched { get; } = [];
    }

    private static CatalogFindings? CatalogChecks(ValidationContext c) => c.Catalog is null ? null : c.Memo("catalog-checks", static c =>
    {
        var catalog = c.Catalog!;
        bool names = !c.Options.IsDisabled(NameRule) || !c.Options.IsDisabled(SpellingRule) || !c.Options.IsDisabled(OutdatedRule);
        bool unknown = !c.Options.IsDisabled(UnknownRule);
        var found = new CatalogFindings();
        // A name printed exactly as the catalog has it matches without more ado (the catalog's check compares normal
        // forms, which equal strings share); tables 1 to 5 and 8 print the same code and name again and again, so
        // each other pair is checked once.
        var functionChecks = new Dictionary<(FunctionCode, string), NameCheck>();
        foreach (var table in c.Disclosure.Tables)
        {
            foreach (var row in table.Rows)
            {
                switch (row)
                {
                    case FunctionRow f:
                        if (!catalog.TryGetName(f.Code, out var name))
                        {
                            if (unknown)
                            {
                                string code = f.Code.Value;
                                found.Unknown.Add(new(table, row, code, $"The function code {code} ({row.Name}) is not in the {catalog.Year} catalog."));
                            }
                        }
                        else if (names && !string.Equals(name, row.Name, StringComparison.Ordinal))
                        {
                            if (!functionChecks.TryGetValue((f.Code, row.Name), out var check))
                            {
                                functionChecks[(f.Code, row.Name)] = check = catalog.CheckName(f.Code, row.Name);
                            }
                            Mismatch(table, row, f.Code, row.Name, check);
                        }
                        break;
                    case RevenueCodeRow r:
                        if (!catalog.TryGetName(r.Code, out var revenueName))
                        {
                            if (unknown)
                            {
                                found.Unknown.Add(new(table, row, r.Code.Value, UnknownRevenueMessage(catalog, r)));
                            }
                        }
                        else if (names && !string.Equals(revenueName, row.Name, StringComparison.Ordinal))
                        {
                            Mismatch(table, row, r.Code, row.Name, catalog.CheckName(r.Code, row.Name));
                        }
                        break;
                    case EconomicRow e:
                        Economic(table, e, e.DepartmentCode, e.DepartmentName);
                        Economic(table, e, e.GovernmentCode, e.GovernmentName);
                        break;
                }
            }
        }
        return found;

        void Economic(BudgetTable table, EconomicRow row, EconomicCode? code, string? printed)
        {
            if (code is not { } k)
            {
                return;
            }
            if (!catalog.TryGetName(k, out var known))
            {
                if (unknown)
                {
                    found.Unknown.Add(new(table, row, k.Value, $"The economic code {k.Value} ({row.Name}) is not in the {catalog.Year} catalog."));
                }
            }
            else if (names && printed is not null && !string.Equals(known, printed, StringComparison.Ordinal))
            {
                Mismatch(table, row, k, printed, catalog.CheckName(k, printed));
            }
        }

        void Mismatch<TCode>(BudgetTable table, TableRow row, TCode code, string printed, NameCheck check)
        {
            if (check.Outcome is NameCheckOutcome.Mismatch or NameCheckOutcome.Misspelling or NameCheckOutcome.FormerName)
            {
                found.Mismatched.Add(new(table, row, code!.ToString()!, printed, check));
            }
        }
    });

    /// <summary>The message for a revenue code the catalog lacks: an expenditure function code printed where a
    /// revenue code belongs says so.</summary>
    private static string UnknownRevenueMessage(ClassificationCatalog catalog, RevenueCodeRow r)
    {
        if (FunctionCode.TryParse(r.Code.Value, out var asFunction) && catalog.TryGetName(asFunction, out var functionName)
            && NameText.Normalize(functionName) == NameText.Normalize(r.Name))
        {
            return $"The revenue side prints the expenditure function code {r.Code.Value} {functionName} where a revenue code (收入分类科目) belongs.";
        }
        return $"The revenue code {r.Code.Value} ({r.Name}) is not in the {catalog.Year} catalog.";
    }

    private static void Names(ValidationContext c) => ReportNames(c, NameCheckOutcome.Mismatch, static (m, year) =>
        $"{m.Code} is printed as '{m.Printed}' but the {year} catalog names it '{m.Check.ExpectedName}'.");

    private static void Misspelt(ValidationContext c) => ReportNames(c, NameCheckOutcome.Misspelling, static (m, year) =>
        $"{m.Code} is printed as '{m.Printed}', a misspelling of '{m.Check.ExpectedName}' (the {year} catalog name; {Edits(m.Check.Distance)}).");

    private static void Outdated(ValidationContext c) => ReportNames(c, NameCheckOutcome.FormerName, static (m, year) =>
        $"{m.Code} is printed under its former name '{m.Printed}' (editions {m.Check.Former!.EditionRange()}); the {year} catalog names it '{m.Check.ExpectedName}'.");

    private static string Edits(int distance) => distance == 1 ? "1 character differs" : $"{distance} edits apart";

    /// <summary>Reports the names the catalog checks found with one outcome, each with its row and line.</summary>
    private static void ReportNames(ValidationContext c, NameCheckOutcome outcome, Func<MismatchedName, int, string> message)
    {
        if (CatalogChecks(c) is not { } found)
        {
            return;
        }
        int year = c.Catalog!.Year;
        foreach (var m in found.Mismatched)
        {
            if (m.Check.Outcome == outcome)
            {
                c.Report(Severity.Warning, FindingKind.Mismatch, At.Row(m.Table, m.Row) with { Code = m.Code, Lines = m.Row.Line is { } l ? [l] : [] },
                    message(m, year));
            }
        }
    }

    private static void Unknown(ValidationContext c)
    {
        if (CatalogChecks(c) is not { } found)
        {
            return;
        }
        // As At.Row(table, row) with the code, made in one step: a province-sized disclosure may report many.
        foreach (var u in found.Unknown)
        {
            c.Report(Severity.Warning, FindingKind.Unknown,
                new FindingLocation(u.Table.Kind, u.Row is EconomicRow ? u.Row.Key : u.Code, u.Code) { Lines = u.Row.Line is { } l ? [l] : [] }, u.Message);
        }
    }

    private static void Parents(ValidationContext c)
    {
        foreach (var table in c.Disclosure.Tables)
        {
            // Each side of a table is its own hierarchy (table 9 prints revenue and expenditure side by side).
            if (FunctionRowsOf(table) is { } functionRows)
            {
                // Rows in code order are searched by bisection; others through the shared code index.
                bool ordered = RowIndex.InCodeOrder(c, functionRows, static r => r.Code);
                var codes = ordered ? null : RowIndex.ByCode(c, functionRows);
                foreach (var row in functionRows)
                {
                    if (row.Code.Parent is { } parent && !(codes?.ContainsKey(parent) ?? RowIndex.ContainsCode(functionRows, parent)))
                    {
                        c.Report(Severity.Warning, FindingKind.Missing, At.Row(table, row) with { Lines = row.Line is { } l ? [l] : [] },
                            $"{row.Code} {row.Name} is printed without its parent {parent}.");
                    }
                }
            }
            else
            {
                CheckSide<FunctionRow, FunctionCode>(table, static r => r.Code, static r => r.Code.Parent);
            }
            CheckSide<RevenueCodeRow, RevenueCode>(table, static r => r.Code, static r => r.Code.Parent);
            EconomicClasses(table);
        }

        void CheckSide<TRow, TCode>(BudgetTable table, Func<TRow, TCode> codeOf, Func<TRow, TCode?> parentOf)
            where TRow : TableRow
            where TCode : struct, IEquatable<TCode>
        {
            HashSet<TCode>? codes = null;
            foreach (var row in table.Rows)
            {
                if (row is TRow r)
                {
                    (codes ??= []).Add(codeOf(r));
                }
            }
            if (codes is null)
            {
                return;
            }
            foreach (var row in table.Rows)
            {
                if (row is TRow r && parentOf(r) is { } parent && !codes.Contains(parent))
                {
                    c.Report(Severity.Warning, FindingKind.Missing, At.Row(table, row) with { Lines = row.Line is { } l ? [l] : [] },
                        $"{codeOf(r)} {row.Name} is printed without its parent {parent}.");
                }
            }
        }

        void EconomicClasses(BudgetTable table)
        {
            EconomicRow? current = null;
            foreach (var row in table.Rows.OfType<EconomicRow>())
            {
                if (row.IsClass)
                {
                    current = row;
                    continue;
                }
                if (row.DepartmentCode is { Parent: { } parent } code && (current?.DepartmentCode is not { } cls || cls != parent))
                {
                    c.Report(Severity.Warning, FindingKind.Missing, At.Row(table, row) with { Lines = row.Line is { } l ? [l] : [] },
                        $"{code.Value} {row.Name} stands under {(current is null ? "no class" : $"'{current.Name}'")} but its class is {parent.Value}.");
                }
            }
        }
    }

    /// <summary>The function rows of a table when its type lists them (every function row of the table, in order).</summary>
    private static IReadOnlyList<FunctionRow>? FunctionRowsOf(BudgetTable table) => table switch
    {
        FunctionTable f => f.FunctionRows,
        SummaryTable s => s.ExpenditureLines,
        FiscalAppropriationTable f => f.ExpenditureLines,
        _ => null,
    };

    private static void Duplicates(ValidationContext c)
    {
        foreach (var table in c.Disclosure.Tables)
        {
            Dictionary<FunctionCode, TableRow>? functions = null;
            Dictionary<RevenueCode, TableRow>? revenues = null;
            Dictionary<EconomicCode, TableRow>? economics = null;
            // Function rows in code order repeat no code; others are checked through the shared code index.
            var functionRows = FunctionRowsOf(table);
            if (functionRows is not null && RowIndex.InCodeOrder(c, functionRows, static r => r.Code))
            {
                functionRows = [];
            }
            var byCode = functionRows is { Count: > 0 } ? RowIndex.ByCode(c, functionRows) : null;
            foreach (var row in table.Rows)
            {
                switch (row)
                {
                    case FunctionRow when functionRows is { Count: 0 }:
                        break;
                    case FunctionRow f when byCode is not null:
                        // The shared index keeps the first row of each code: a row that is not it repeats the code.
                        if (!ReferenceEquals(byCode[f.Code], row))
                        {
                            Report(byCode[f.Code], f.Code, row);
                        }
                        break;
                    case FunctionRow f:
                        Check(functions ??= new(table.Rows.Count), f.Code, row);
                        break;
                    case RevenueCodeRow r:
                        Check(revenues ??= new(table.Rows.Count), r.Code, row);
                        break;
                    case EconomicRow { DepartmentCode: { } d }:
                        Check(economics ??= new(table.Rows.Count), d, row);
                        break;
                }
            }

            void Check<TCode>(Dictionary<TCode, TableRow> seen, TCode code, TableRow row)
                where TCode : notnull
            {
                if (seen.TryGetValue(code, out var first))
                {
                    Report(first, code, row);
                }
                else
                {
                    seen.Add(code, row);
                }
            }

            void Report<TCode>(TableRow first, TCode code, TableRow row) =>
                c.Report(Severity.Warning, FindingKind.Mismatch, At.Row(table, row) with { Lines = new[] { first.Line, row.Line }.OfType<int>().ToArray() },
                    $"The code {code} is printed twice ('{first.Name}' and '{row.Name}'); only the first row takes part in the sums.");
        }
    }
}
