using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Reports;

/// <summary>The findings of one document as the report places them: numbered in report order (the element id of
/// finding n of document d is <c>d{d}-f{n}</c>), indexed by the cells they take part in, by the rows they name without
/// cells, and by table; the rest are the document's own.</summary>
internal sealed class DocumentFindings
{
    private readonly Dictionary<CellLocation, List<int>> _byCell = [];
    private readonly Dictionary<CellLocation, List<int>> _anchors = [];
    private readonly Dictionary<(TableKind, string), List<int>> _byRow = [];
    private readonly Dictionary<TableKind, List<int>> _byTable = [];
    private readonly HashSet<CellLocation> _culprits = [];
    private readonly List<int> _document = [];

    internal DocumentFindings(int documentNumber, BudgetDisclosure disclosure, ValidationReport report, Severity minimum)
    {
        Prefix = "d" + documentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Shown = report.Findings.Where(f => f.Severity >= minimum).ToArray();
        for (int i = 0; i < Shown.Count; i++)
        {
            var f = Shown[i];
            var l = f.Location;
            var table = l.Table is { } kind && disclosure.Has(kind) ? kind : (l.Cells.Count > 0 ? l.Cells[0].Table : (TableKind?)null);
            if (table is { } t && disclosure.Has(t))
            {
                Add(_byTable, t, i);
            }
            else
            {
                _document.Add(i);
            }
            if (FindingText.IsCulprit(f))
            {
                _culprits.Add(l.Cells[0]);
                continue;
            }
            if (l.Cells.Count > 0)
            {
                foreach (var cell in l.Cells)
                {
                    Add(_byCell, cell, i);
                }
                // The cell the relation is stated for: the row and column the finding names, else its first cell.
                var anchor = l.Cells.FirstOrDefault(c => c.RowKey == l.Row && c.Column == l.Column, l.Cells[0]);
                Add(_anchors, anchor, i);
            }
            else if (l.Table is { } rowTable && l.Row is { } row)
            {
                Add(_byRow, (rowTable, row), i);
            }
        }
    }

    /// <summary>The prefix of the document's element ids: <c>d1</c>.</summary>
    internal string Prefix { get; }

    /// <summary>The findings shown, in report order.</summary>
    internal IReadOnlyList<Finding> Shown { get; }

    /// <summary>The findings that are in no table of the document (sheets, prose, missing tables), by index.</summary>
    internal IReadOnlyList<int> DocumentLevel => _document;

    /// <summary>The element id of a finding.</summary>
    internal string Id(int index) => Prefix + "-f" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The findings a cell takes part in (culprit hints aside).</summary>
    internal IReadOnlyList<int> OfCell(CellLocation cell) => _byCell.TryGetValue(cell, out var list) ? list : [];

    /// <summary>The findings whose relation is stated beside the cell (those that name its row and column, or whose
    /// first cell it is).</summary>
    internal IReadOnlyList<int> AnchoredAt(CellLocation cell) => _anchors.TryGetValue(cell, out var list) ? list : [];

    /// <summary>True when a BM-CULPRIT hint names the cell as the likely culprit.</summary>
    internal bool IsCulprit(CellLocation cell) => _culprits.Contains(cell);

    /// <summary>The findings that name a row of a table but no cell (a code, a name).</summary>
    internal IReadOnlyList<int> OfRow(TableKind table, string rowKey) => _byRow.TryGetValue((table, rowKey), out var list) ? list : [];

    /// <summary>The findings placed with a table.</summary>
    internal IReadOnlyList<int> OfTable(TableKind table) => _byTable.TryGetValue(table, out var list) ? list : [];

    /// <summary>The strongest mark of some findings.</summary>
    internal Mark Strongest(IReadOnlyList<int> indices)
    {
        var mark = Mark.Note;
        foreach (int i in indices)
        {
            var m = FindingText.MarkOf(Shown[i]);
            if (m > mark) mark = m;
        }
        return mark;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }
}
