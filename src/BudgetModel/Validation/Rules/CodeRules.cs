using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>Classification codes and names against the catalog edition of the budget year, and the code hierarchy
/// within each table.</summary>
internal static class CodeRules
{
    internal static IEnumerable<IDisclosureRule> Create()
    {
        yield return new Rule("BM-CODE-NAME", "A row's name is the catalog name of its code for the budget year", "科目名称与当年科目代码一致", Names);
        yield return new Rule("BM-CODE-UNKNOWN", "A code the catalog edition of the budget year does not hold", "科目代码不在当年政府收支分类科目中", Unknown);
        yield return new Rule("BM-CODE-PARENT", "A code whose parent (类 of a 款, 款 of a 项) the table does not print", "科目缺少上级科目", Parents);
        yield return new Rule("BM-CODE-DUPLICATE", "A code printed twice in one table", "同一表内科目代码重复", Duplicates);
    }

    private static void Names(ValidationContext c)
    {
        var catalog = c.Catalog;
        if (catalog is null)
        {
            return;
        }
        // A name printed exactly as the catalog has it matches without more ado (the catalog's check compares normal
        // forms, which equal strings share); tables 1 to 5 and 8 print the same code and name again and again, so
        // each other pair is checked once.
        var functions = new Dictionary<(FunctionCode, string), NameCheck>();
        foreach (var table in c.Disclosure.Tables)
        {
            foreach (var row in table.Rows)
            {
                switch (row)
                {
                    // A code the catalog does not hold has no name to compare (BM-CODE-UNKNOWN reports it).
                    case FunctionRow f when catalog.TryGetName(f.Code, out var name) && !string.Equals(name, row.Name, StringComparison.Ordinal):
                        if (!functions.TryGetValue((f.Code, row.Name), out var check))
                        {
                            functions[(f.Code, row.Name)] = check = catalog.CheckName(f.Code, row.Name);
                        }
                        Check(table, row, f.Code, row.Name, check);
                        break;
                    case RevenueCodeRow r when catalog.TryGetName(r.Code, out var name) && !string.Equals(name, row.Name, StringComparison.Ordinal):
                        Check(table, row, r.Code, row.Name, catalog.CheckName(r.Code, row.Name));
                        break;
                    case EconomicRow e:
                        if (e.DepartmentCode is { } dep && catalog.TryGetName(dep, out var depName) && !string.Equals(depName, e.DepartmentName, StringComparison.Ordinal))
                        {
                            Check(table, row, dep, e.DepartmentName, catalog.CheckName(dep, e.DepartmentName));
                        }
                        if (e.GovernmentCode is { } gov && e.GovernmentName is { } govName
                            && catalog.TryGetName(gov, out var known) && !string.Equals(known, govName, StringComparison.Ordinal))
                        {
                            Check(table, row, gov, govName, catalog.CheckName(gov, govName));
                        }
                        break;
                }
            }
        }

        void Check<TCode>(BudgetTable table, TableRow row, TCode code, string printed, NameCheck check)
        {
            if (check.Outcome == NameCheckOutcome.Mismatch)
            {
                c.Report(Severity.Warning, FindingKind.Mismatch, At.Row(table, row) with { Code = code!.ToString(), Lines = row.Line is { } l ? [l] : [] },
                    $"{code} is printed as '{printed}' but the {catalog.Year} catalog names it '{check.ExpectedName}'.");
            }
        }
    }

    private static void Unknown(ValidationContext c)
    {
        var catalog = c.Catalog;
        if (catalog is null)
        {
            return;
        }
        foreach (var table in c.Disclosure.Tables)
        {
            foreach (var row in table.Rows)
            {
                Check(table, row);
            }
        }

        void Check(BudgetTable table, TableRow row)
        {
            switch (row)
            {
                case FunctionRow f when !catalog.Contains(f.Code):
                    string code = f.Code.Value;
                    Report(table, row, code, $"The function code {code} ({row.Name}) is not in the {catalog.Year} catalog.");
                    break;
                case RevenueCodeRow r when !catalog.Contains(r.Code):
                    string message = $"The revenue code {r.Code.Value} ({row.Name}) is not in the {catalog.Year} catalog.";
                    if (FunctionCode.TryParse(r.Code.Value, out var asFunction) && catalog.TryGetName(asFunction, out var functionName)
                        && NameText.Normalize(functionName) == NameText.Normalize(row.Name))
                    {
                        message = $"The revenue side prints the expenditure function code {r.Code.Value} {functionName} where a revenue code (收入分类科目) belongs.";
                    }
                    Report(table, row, r.Code.Value, message);
                    break;
                case EconomicRow e:
                    Economic(e.DepartmentCode);
                    Economic(e.GovernmentCode);
                    break;
            }

            void Economic(EconomicCode? code)
            {
                if (code is { } k && !catalog.Contains(k))
                {
                    Report(table, row, k.Value, $"The economic code {k.Value} ({row.Name}) is not in the {catalog.Year} catalog.");
                }
            }
        }

        // As At.Row(table, row) with the code, made in one step: a province-sized disclosure may report many.
        void Report(BudgetTable table, TableRow row, string code, string message) =>
            c.Report(Severity.Warning, FindingKind.Unknown,
                new FindingLocation(table.Kind, row is EconomicRow ? row.Key : code, code) { Lines = row.Line is { } l ? [l] : [] }, message);
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
