using BudgetModel.Disclosure;

namespace BudgetModel.Testing.Printing;

/// <summary>
/// A disclosure printed by <see cref="DisclosurePrinter"/>: the PDF, the layout it was drawn from, the disclosure as
/// printed (its printable tables only: what a perfect reader gives back) and the page of every printed row.
/// </summary>
public sealed class PrintedDisclosure
{
    private readonly Dictionary<(TableKind, string), int> _pages;

    internal PrintedDisclosure(BudgetDisclosure printed, PrintLayout layout, DocumentLayout document, RenderedDocument rendered, Dictionary<(TableKind, string), int> pages)
    {
        Printed = printed;
        Layout = layout;
        Document = document;
        Rendered = rendered;
        _pages = pages;
    }

    /// <summary>The disclosure as printed: the unit, the year and the tables of <see cref="DisclosurePrinter.PrintedKinds"/>.</summary>
    public BudgetDisclosure Printed { get; }

    /// <summary>The layout choices.</summary>
    public PrintLayout Layout { get; }

    /// <summary>The document drawn (blocks, tables with their header and body cells).</summary>
    public DocumentLayout Document { get; }

    /// <summary>The rendered PDF and where each table went.</summary>
    public RenderedDocument Rendered { get; }

    /// <summary>The PDF bytes.</summary>
    public byte[] Pdf => Rendered.Bytes;

    /// <summary>The 1-based page a row of a table was printed on, or null when it was not printed.</summary>
    /// <param name="table">The table kind.</param>
    /// <param name="rowKey">The row's <see cref="TableRow.Key"/>.</param>
    /// <returns>The page, or null.</returns>
    public int? PageOf(TableKind table, string rowKey) => _pages.TryGetValue((table, rowKey), out int page) ? page : null;

    /// <summary>
    /// Every difference between the printed tables and what a reader read back, one line each; empty when each printed
    /// table was read with its kind and unit, each row with a figure under its key with every amount to the fen, no row
    /// with a figure that was not printed, and each table printed empty read as empty with its note. A row whose
    /// figures are all zero may be left out (its cells were blank), and a zero amount may be read as absent.
    /// </summary>
    /// <param name="read">The disclosure a reader made of <see cref="Pdf"/>.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public IReadOnlyList<string> TableDifferences(BudgetDisclosure read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var problems = new List<string>();
        foreach (var printed in Printed.Tables)
        {
            var table = read[printed.Kind];
            if (table is null)
            {
                problems.Add($"{printed.Kind}: not read (tables read: {string.Join(", ", read.Tables.Select(t => t.Kind))}).");
                continue;
            }
            if (table.Precision != printed.Precision)
            {
                problems.Add($"{printed.Kind}: unit {table.Precision}, printed {printed.Precision}.");
            }
            if (printed.IsPrintedEmpty)
            {
                if (!table.IsPrintedEmpty || string.IsNullOrWhiteSpace(table.Header.EmptyNote))
                {
                    problems.Add($"{printed.Kind}: printed empty with a note; read with {table.Rows.Count(r => !r.IsBlank)} rows with figures and note '{table.Header.EmptyNote}'.");
                }
                continue;
            }
            var readRows = table.Rows.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var row in printed.Rows.Where(r => !r.IsBlank))
            {
                if (!readRows.TryGetValue(row.Key, out var got))
                {
                    problems.Add($"{printed.Kind}: row {row.Key} {row.Name} (page {PageOf(printed.Kind, row.Key)}) not read (keys read: {string.Join(" ", table.Rows.Select(r => r.Key))}).");
                    continue;
                }
                foreach (var column in row.Columns.Union(got.Columns))
                {
                    if (row.GetOrZero(column) != got.GetOrZero(column))
                    {
                        problems.Add($"{printed.Kind}: row {row.Key} {row.Name}, {column}: read {got.GetOrZero(column).Yuan} 元, printed {row.GetOrZero(column).Yuan} 元.");
                    }
                }
            }
            var keys = printed.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var extra in table.Rows.Where(r => !r.IsBlank && !keys.Contains(r.Key)))
            {
                problems.Add($"{printed.Kind}: row read that was not printed: {extra}.");
            }
        }
        return problems;
    }
}
