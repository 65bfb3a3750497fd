using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests.Pdf.Scenarios;

/// <summary>A row as written: the key the importer should give it (<see cref="TableRow.Key"/>: a code, a
/// <see cref="Funding.FundSource"/> name, a <see cref="SummaryLine"/> name), its name without ordinal, and its
/// amounts by meaning (a column not listed is empty).</summary>
/// <param name="Key">The expected <see cref="TableRow.Key"/>.</param>
/// <param name="Name">The name as written, without ordinal or indentation.</param>
/// <param name="Amounts">The amounts by column meaning.</param>
internal sealed record ExpectedRow(string Key, string Name, IReadOnlyDictionary<TableColumn, Money> Amounts)
{
    /// <inheritdoc />
    public override string ToString() => $"{Key} {Name}: {string.Join(", ", Amounts.Select(a => $"{a.Key}={a.Value.Yuan}"))}";
}

/// <summary>A table as written: its kind and its non-empty rows in print order.</summary>
/// <param name="Kind">The table kind.</param>
/// <param name="Rows">The rows with amounts.</param>
/// <param name="Empty">True for a table printed without rows, with a note.</param>
internal sealed record ExpectedTable(TableKind Kind, IReadOnlyList<ExpectedRow> Rows, bool Empty = false);
