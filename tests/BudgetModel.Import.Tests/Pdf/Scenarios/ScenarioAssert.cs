using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests.Pdf.Scenarios;

/// <summary>Compares what the importer read with what a scenario wrote, listing every difference.</summary>
internal static partial class ScenarioAssert
{
    /// <summary>The differences between the scenario's tables and the disclosure's, one line each; empty when every
    /// table is there with its kind, unit, rows (by key), names and amounts.</summary>
    internal static List<string> TableDifferences(Scenario scenario, BudgetDisclosure disclosure)
    {
        var problems = new List<string>();
        foreach (var expected in scenario.Tables)
        {
            var table = disclosure[expected.Kind];
            if (table is null)
            {
                problems.Add($"{expected.Kind}: not recognised (tables read: {string.Join(", ", disclosure.Tables.Select(t => t.Kind))}).");
                continue;
            }
            if (table.Precision != scenario.Precision)
            {
                problems.Add($"{expected.Kind}: unit {table.Precision}, written {scenario.Precision}.");
            }
            if (expected.Empty)
            {
                if (!table.IsPrintedEmpty || string.IsNullOrWhiteSpace(table.Header.EmptyNote))
                {
                    problems.Add($"{expected.Kind}: written empty with a note; read with {table.Rows.Count(r => !r.IsBlank)} non-blank rows and note '{table.Header.EmptyNote}'.");
                }
                continue;
            }
            foreach (var row in expected.Rows)
            {
                var read = table.Rows.FirstOrDefault(r => r.Key == row.Key);
                if (read is null)
                {
                    problems.Add($"{expected.Kind}: row {row.Key} {row.Name} missing (keys read: {string.Join(" ", table.Rows.Select(r => r.Key))}).");
                    continue;
                }
                if (read is FunctionRow or EconomicRow && Normalize(read.Name) != Normalize(row.Name))
                {
                    problems.Add($"{expected.Kind}: row {row.Key} named '{read.Name}', written '{row.Name}'.");
                }
                foreach (var column in read.Columns.Union(row.Amounts.Keys))
                {
                    var want = row.Amounts.GetValueOrDefault(column);
                    var got = read.GetOrZero(column);
                    if (want != got || (!want.IsZero && !read.Has(column)))
                    {
                        problems.Add($"{expected.Kind}: row {row.Key} {row.Name}, {column}: read {(read.Has(column) ? got.Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no such column")}, written {want.Yuan} (元).");
                    }
                }
            }
            var keys = expected.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var extra in table.Rows.Where(r => !r.IsBlank && !keys.Contains(r.Key)))
            {
                problems.Add($"{expected.Kind}: row read that was not written: {extra}.");
            }
        }
        return problems;
    }

    /// <summary>A name without whitespace and leading ordinal (一、 （一） 1. ①).</summary>
    internal static string Normalize(string name) => Ordinal().Replace(Whitespace().Replace(name, string.Empty), string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、]|[①②③④⑤])")]
    private static partial Regex Ordinal();
}
