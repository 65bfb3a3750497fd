using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests;

/// <summary>The seed imported once for the tests that read it, and helpers to find cells.</summary>
internal static class SeedImport
{
    private static readonly Lazy<ImportResult> Lazy = new(() => DisclosureImporter.Import(Seed.Text));

    internal static ImportResult Result => Lazy.Value;

    internal static BudgetDisclosure Doc => Result.Disclosure;

    /// <summary>The row of a table with the key (code, source, summary line, name) printed at the line, that has the
    /// column (table 9 prints a revenue row and an expenditure row with the same code on one line).</summary>
    internal static TableRow Row(TableKind kind, string key, int line, TableColumn column)
    {
        var table = Doc[kind] ?? throw new Xunit.Sdk.XunitException($"No {kind} table imported.");
        var rows = table.Rows.Where(r => r.Key == key && r.Line == line && r.Has(column)).ToArray();
        Assert.True(rows.Length == 1, $"{kind}: expected one row {key} at line {line}, found {rows.Length}: "
            + string.Join("; ", table.Rows.Where(r => r.Key == key).Select(r => $"{r.Key}@{r.Line}")));
        return rows[0];
    }

    internal static Money Wan(string value) => Money.FromWan(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

    internal static Money Yuan(string value) => Money.FromYuan(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
}
