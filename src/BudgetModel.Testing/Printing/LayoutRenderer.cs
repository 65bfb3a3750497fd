using System.Globalization;

namespace BudgetModel.Testing.Printing;

/// <summary>
/// Draws a <see cref="DocumentLayout"/> onto A4 pages with <see cref="PdfCanvas"/>: blocks flow top to bottom, a table
/// that does not fit continues on the next page (its header printed again or not), and every page gets the running
/// header and the footer.
/// </summary>
public sealed class LayoutRenderer
{
    private const double SideMargin = 50;
    private const double TopMargin = 60;
    private const double BottomMargin = 60;
    private const double BodySize = 10.5;

    private readonly DocumentLayout _layout;
    private readonly PdfCanvas _pdf;
    private readonly List<RenderedTable> _tables = [];
    private double _y;
    private bool _landscape;
    private bool _pageHasContent;

    private LayoutRenderer(DocumentLayout layout, PrintFont font)
    {
        _layout = layout;
        _pdf = new PdfCanvas(font);
    }

    /// <summary>Renders the document.</summary>
    /// <param name="layout">What the document says.</param>
    /// <param name="font">The CJK font to embed.</param>
    /// <returns>The PDF and where its tables went.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A table's header cells do not fill its columns, a body row has the
    /// wrong number of cells, or an amount does not fit its column.</exception>
    public static RenderedDocument Render(DocumentLayout layout, PrintFont font)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(font);
        var renderer = new LayoutRenderer(layout, font);
        renderer.StartPage(landscape: false);
        foreach (var block in layout.Blocks)
        {
            renderer.Draw(block);
        }
        return new RenderedDocument(renderer._pdf.Build(), renderer._pdf.PageCount, renderer._tables);
    }

    private double Width => _pdf.PageWidth;

    private void Draw(LayoutBlock block)
    {
        switch (block)
        {
            case CoverLine cover:
                Ensure(cover.Size * 2);
                _y -= cover.Size * 1.5;
                _pdf.Text(cover.Text, Width / 2, _y, cover.Size, TextAnchor.Center);
                _y -= cover.Size;
                break;
            case Heading heading:
                Ensure(28);
                _y -= 20;
                _pdf.Text(heading.Text, SideMargin, _y, 12);
                _y -= 8;
                break;
            case Paragraph paragraph:
                DrawParagraph(paragraph.Text);
                break;
            case PageBreak:
                StartPage(_landscape);
                return;
            case TableBlock table:
                DrawTable(table);
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
        _pageHasContent = true;
    }

    private void StartPage(bool landscape)
    {
        _landscape = landscape;
        if (landscape)
        {
            _pdf.NewPage(842, 595);
        }
        else
        {
            _pdf.NewPage();
        }
        _y = _pdf.PageHeight - TopMargin;
        _pageHasContent = false;
        int page = _pdf.PageCount;
        if (_layout.RunningHeader is { } header && page > 1)
        {
            _pdf.Text(header, Width / 2, _pdf.PageHeight - 38, 9, TextAnchor.Center);
            _pdf.Line(SideMargin, _pdf.PageHeight - 42, Width - SideMargin, _pdf.PageHeight - 42, 0.5);
        }
        string? footer = _layout.Footer switch
        {
            PageFooter.Chinese => string.Create(CultureInfo.InvariantCulture, $"第 {page} 页"),
            PageFooter.Dashes => string.Create(CultureInfo.InvariantCulture, $"- {page} -"),
            _ => null,
        };
        if (footer is not null)
        {
            _pdf.Text(footer, Width / 2, 32, 9, TextAnchor.Center);
        }
    }

    private void Ensure(double height)
    {
        if (_y - height < BottomMargin)
        {
            StartPage(_landscape);
        }
    }

    private void DrawParagraph(string text)
    {
        double lineHeight = BodySize * 1.8;
        double available = Width - (2 * SideMargin);
        var lines = Wrap(text, available, BodySize, firstIndent: 2 * BodySize);
        for (int i = 0; i < lines.Count; i++)
        {
            Ensure(lineHeight);
            _y -= lineHeight;
            _pdf.Text(lines[i], SideMargin + (i == 0 ? 2 * BodySize : 0), _y, BodySize);
        }
        _y -= 4;
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>; a run of ASCII letters and digits (an
    /// amount, a year) is never broken.</summary>
    private List<string> Wrap(string text, double width, double size, double firstIndent = 0)
    {
        var units = new List<string>();
        for (int i = 0; i < text.Length;)
        {
            int j = i + 1;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or ',' or '%'))
                {
                    j++;
                }
            }
            units.Add(text[i..j]);
            i = j;
        }
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var unit in units)
        {
            double limit = lines.Count == 0 ? width - firstIndent : width;
            if (current.Length > 0 && _pdf.Measure(current + unit, size) > limit)
            {
                lines.Add(current);
                current = unit;
            }
            else
            {
                current += unit;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        return lines;
    }

    private void DrawTable(TableBlock table)
    {
        if ((table.NewPage && _pageHasContent) || table.Landscape != _landscape)
        {
            StartPage(table.Landscape);
        }
        double tableWidth = table.Columns.Sum(c => c.Width);
        double x0 = (Width - tableWidth) / 2;
        var lefts = new double[table.Columns.Count];
        var rights = new double[table.Columns.Count];
        double x = x0;
        for (int c = 0; c < table.Columns.Count; c++)
        {
            lefts[c] = x;
            x += table.Columns[c].Width;
            rights[c] = x;
        }
        double size = table.FontSize;

        if (table.NumberLine is { } number)
        {
            Ensure(20);
            _y -= 14;
            _pdf.Text(number, x0, _y, 10);
            _y -= 6;
        }
        if (table.Title is { } title)
        {
            Ensure(30);
            _y -= 20;
            _pdf.Text(title, Width / 2, _y, 14, TextAnchor.Center);
            _y -= 10;
        }
        if (table.UnitName is not null || table.UnitLabel is not null)
        {
            _y -= 14;
            if (table.UnitName is { } unitName)
            {
                _pdf.Text(unitName, x0, _y, size);
            }
            if (table.UnitLabel is { } unitLabel)
            {
                _pdf.Text(unitLabel, x0 + tableWidth, _y, size, TextAnchor.Right);
            }
            _y -= 6;
        }

        var placed = HeaderGrid.Place(table.Header, table.Columns.Count);
        double headerLine = size + 4;
        var headerHeights = new double[table.Header.Count];
        for (int r = 0; r < headerHeights.Length; r++)
        {
            int lines = placed.Where(p => p.Row == r && p.Cell.RowSpan == 1).Select(p => p.Cell.Text.Split('\n').Length).DefaultIfEmpty(1).Max();
            headerHeights[r] = (lines * headerLine) + 8;
        }
        double headerHeight = headerHeights.Sum();

        int firstPage = _pdf.PageCount;
        Ensure(headerHeight + table.RowHeight);
        if (_pdf.PageCount != firstPage)
        {
            firstPage = _pdf.PageCount;
        }
        DrawHeader(table, placed, headerHeights, lefts, rights, x0, tableWidth);

        var rowPages = new List<int>(table.Body.Count);
        var merged = table.MergedColumns.ToHashSet();
        var rows = new List<(List<string>[] Cells, double Height)>(table.Body.Count);
        foreach (var row in table.Body)
        {
            rows.Add(LayOutRow(table, row, size, merged));
        }
        // The merged cells open in each merged column: their lines and the top of their first row.
        var open = new Dictionary<int, (List<string> Lines, double Top)>();
        for (int r = 0; r < rows.Count; r++)
        {
            var (cellLines, rowHeight) = rows[r];
            if (_y - rowHeight < BottomMargin)
            {
                CloseMerged(table, open, lefts, rights, _y);
                StartPage(_landscape);
                if (table.RepeatHeader)
                {
                    DrawHeader(table, placed, headerHeights, lefts, rights, x0, tableWidth);
                }
                else if (table.Ruling == Ruling.HorizontalOnly)
                {
                    _pdf.Line(x0, _y, x0 + tableWidth, _y);
                }
            }
            rowPages.Add(_pdf.PageCount);
            double top = _y;
            int rowLines = (int)Math.Round(rowHeight / table.RowHeight);
            for (int c = 0; c < cellLines.Length; c++)
            {
                var lines = cellLines[c];
                if (merged.Contains(c))
                {
                    if (lines.Count > 0)
                    {
                        CloseMerged(table, open, lefts, rights, top, c);
                        open[c] = (lines, top);
                    }
                    continue;
                }
                // A cell with fewer lines than its row is centred vertically, as spreadsheets print it.
                double blockTop = top - ((rowLines - lines.Count) * table.RowHeight / 2);
                DrawCellLines(table, c, lines, blockTop, lefts, rights);
            }
            _y -= rowHeight;
            // Under the row, a rule across every column but the merged cells that go on into the next row (on this page).
            bool nextHere = r + 1 < rows.Count && _y - rows[r + 1].Height >= BottomMargin;
            var goOn = merged.Where(c => nextHere && table.Body[r + 1][c].Length == 0).ToHashSet();
            if (table.Ruling == Ruling.Grid)
            {
                foreach (var edge in lefts.Append(x0 + tableWidth))
                {
                    _pdf.Line(edge, top, edge, _y);
                }
            }
            if (table.Ruling is Ruling.Grid or Ruling.HorizontalOnly)
            {
                RuleUnder(goOn, lefts, rights, x0, tableWidth);
            }
        }
        CloseMerged(table, open, lefts, rights, _y);
        _tables.Add(new RenderedTable(table.Title, firstPage, _pdf.PageCount, lefts, rights, rowPages));
        if (table.Note is { } note)
        {
            Ensure(20);
            _y -= 16;
            _pdf.Text(note, x0, _y, size);
        }
        _y -= 10;
    }

    /// <summary>A body row's cells broken into lines, and its height: the most lines of a cell that is not merged down
    /// (at least one).</summary>
    private (List<string>[] Cells, double Height) LayOutRow(TableBlock table, IReadOnlyList<string> row, double size, HashSet<int> merged)
    {
        if (row.Count != table.Columns.Count)
        {
            throw new InvalidOperationException($"A body row has {row.Count} cells for {table.Columns.Count} columns: {string.Join(" | ", row)}");
        }
        var cellLines = new List<string>[row.Count];
        int rowLines = 1;
        for (int c = 0; c < row.Count; c++)
        {
            double inner = table.Columns[c].Width - (2 * table.Padding);
            if (row[c].Length == 0)
            {
                cellLines[c] = merged.Contains(c) ? [] : [row[c]];
            }
            else if (table.Columns[c].Align == CellAlign.Right)
            {
                if (_pdf.Measure(row[c], size) > inner)
                {
                    throw new InvalidOperationException($"'{row[c]}' does not fit its column ({table.Columns[c].Width} pt); an amount is never wrapped.");
                }
                cellLines[c] = [row[c]];
            }
            else
            {
                cellLines[c] = Wrap(row[c], inner, size);
            }
            if (!merged.Contains(c))
            {
                rowLines = Math.Max(rowLines, cellLines[c].Count);
            }
        }
        return (cellLines, rowLines * table.RowHeight);
    }

    /// <summary>Prints a cell's lines from <paramref name="blockTop"/> down, one body line height each.</summary>
    private void DrawCellLines(TableBlock table, int c, List<string> lines, double blockTop, double[] lefts, double[] rights)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            double baseline = blockTop - ((i + 1) * table.RowHeight) + ((table.RowHeight - table.FontSize) / 2) + 1;
            var (tx, anchor) = table.Columns[c].Align switch
            {
                CellAlign.Right => (rights[c] - table.Padding, TextAnchor.Right),
                CellAlign.Center => ((lefts[c] + rights[c]) / 2, TextAnchor.Center),
                _ => (lefts[c] + table.Padding, TextAnchor.Left),
            };
            _pdf.Text(lines[i], tx, baseline, table.FontSize, anchor);
        }
    }

    /// <summary>Prints the merged cells open in <paramref name="column"/> (or in every merged column) centred between
    /// their first row's top and <paramref name="bottom"/>, and closes them.</summary>
    private void CloseMerged(TableBlock table, Dictionary<int, (List<string> Lines, double Top)> open, double[] lefts, double[] rights, double bottom,
        int? column = null)
    {
        foreach (var c in open.Keys.Where(c => column is null || c == column).ToList())
        {
            var (lines, top) = open[c];
            DrawCellLines(table, c, lines, ((top + bottom) / 2) + (lines.Count * table.RowHeight / 2), lefts, rights);
            open.Remove(c);
        }
    }

    /// <summary>The rule under a body row: across the whole table, or in pieces that leave out the columns in
    /// <paramref name="goOn"/> (merged cells that go on into the next row).</summary>
    private void RuleUnder(HashSet<int> goOn, double[] lefts, double[] rights, double x0, double tableWidth)
    {
        if (goOn.Count == 0)
        {
            _pdf.Line(x0, _y, x0 + tableWidth, _y);
            return;
        }
        for (int c = 0; c < lefts.Length; c++)
        {
            if (!goOn.Contains(c))
            {
                _pdf.Line(lefts[c], _y, rights[c], _y);
            }
        }
    }

    private void DrawHeader(TableBlock table, IReadOnlyList<PlacedHeaderCell> placed, double[] heights, double[] lefts, double[] rights, double x0, double tableWidth)
    {
        double size = table.FontSize;
        double line = size + 4;
        double top = _y;
        var rowTops = new double[heights.Length + 1];
        rowTops[0] = top;
        for (int r = 0; r < heights.Length; r++)
        {
            rowTops[r + 1] = rowTops[r] - heights[r];
        }
        foreach (var p in placed)
        {
            double left = lefts[p.Column];
            double right = rights[p.Column + p.Cell.ColSpan - 1];
            double cellTop = rowTops[p.Row];
            double cellBottom = rowTops[p.Row + p.Cell.RowSpan];
            var lines = p.Cell.Text.Length == 0 ? [] : p.Cell.Text.Split('\n');
            double blockTop = ((cellTop + cellBottom) / 2) + (lines.Length * line / 2);
            for (int i = 0; i < lines.Length; i++)
            {
                double baseline = blockTop - ((i + 1) * line) + ((line - size) / 2) + 1;
                _pdf.Text(lines[i], (left + right) / 2, baseline, size, TextAnchor.Center);
            }
            if (table.Ruling == Ruling.Grid)
            {
                _pdf.Line(left, cellTop, right, cellTop);
                _pdf.Line(left, cellBottom, right, cellBottom);
                _pdf.Line(left, cellTop, left, cellBottom);
                _pdf.Line(right, cellTop, right, cellBottom);
            }
        }
        if (table.Ruling == Ruling.HorizontalOnly)
        {
            _pdf.Line(x0, top, x0 + tableWidth, top);
            _pdf.Line(x0, rowTops[^1], x0 + tableWidth, rowTops[^1]);
        }
        _y = rowTops[^1];
    }
}
