using System.Text;

namespace BudgetModel.Import.Reading.Pdf;

/// <summary>
/// Reads the rows of a table frame (<see cref="RulingGrid"/>): one line per row, one cell per leaf column. A cell's
/// text is every word inside it, top to bottom and left to right, so a name or a number wrapped over two lines is one
/// cell. A merged cell of a header row (a group header over several columns) is repeated in every column it spans, so
/// that each column's header reads top to bottom (当年预算 + 小计). A ruled band that holds several rows of figures (a
/// frame with rules only round the header) is split at its figure lines. Each row records the columns no rule separates
/// from the row above (<see cref="LaidOutLine.Continued"/>): there a cell merged over several rows goes on, whatever row
/// its centred text happens to sit on.
/// </summary>
internal static class GridReader
{
    internal static List<LaidOutLine> Read(RulingGrid grid, IReadOnlyList<PdfWord> words, List<PdfWord> released)
    {
        var lines = new List<LaidOutLine>();
        var leaves = grid.ColumnEdges;
        int width = leaves.Length - 1;
        var rows = grid.RowEdges;
        for (int band = 0; band + 1 < rows.Length; band++)
        {
            double top = rows[band], bottom = rows[band + 1];
            var inBand = words.Where(w => w.CenterY <= top && w.CenterY > bottom).ToList();
            if (inBand.Count == 0)
            {
                continue;
            }
            var edges = grid.EdgesAt((top + bottom) / 2);
            if (IsBanner(inBand, edges, grid))
            {
                // A band that is one wide cell without figures (a title, then 编制单位 … 单位：元; running text in a box):
                // read as text outside a table.
                released.AddRange(inBand);
                continue;
            }
            ulong continued = Continued(grid, top, leaves);
            bool first = true;
            foreach (var part in SplitRows(inBand))
            {
                // The rows a band is split into after its first have no rule above them: whether a cell goes on is not known.
                lines.Add(Row(part, edges, leaves, width) with { Continued = first ? continued : null });
                first = false;
            }
        }
        return lines;
    }

    /// <summary>The leaf columns (bit i for column i, up to 64) that no horizontal rule crosses at <paramref name="top"/>:
    /// the cells there go on from the row above (merged over both rows).</summary>
    private static ulong Continued(RulingGrid grid, double top, double[] leaves)
    {
        ulong mask = 0;
        for (int i = 0; i + 1 < leaves.Length && i < 64; i++)
        {
            if (!grid.RuledAt(top, (leaves[i] + leaves[i + 1]) / 2))
            {
                mask |= 1UL << i;
            }
        }
        return mask;
    }

    /// <summary>True when all the band's words sit in one cell that spans most of the frame and has no figure.</summary>
    private static bool IsBanner(List<PdfWord> words, List<double> edges, RulingGrid grid)
    {
        for (int e = 0; e + 1 < edges.Count; e++)
        {
            double left = edges[e], right = edges[e + 1];
            int inside = 0;
            foreach (var w in words)
            {
                if (w.CenterX >= left && w.CenterX < right)
                {
                    inside++;
                }
            }
            if (inside == 0)
            {
                continue;
            }
            // Not a group header (本年收入 over its columns): several lines, or a title / unit / note line.
            return inside == words.Count && right - left >= (grid.Right - grid.Left) * 0.6 && !words.Any(w => Amounts.LooksNumeric(w.Text))
                && (PdfTextLine.Group(words).Count > 1 || IsLoneLine(string.Concat(words.Select(w => w.Text))));
        }
        return false;
    }

    /// <summary>The rows of one band: the whole band, unless several of its lines, clearly apart, hold figures.</summary>
    private static IEnumerable<List<PdfWord>> SplitRows(List<PdfWord> words)
    {
        var lines = PdfTextLine.Group(words);
        if (lines.Count <= 1)
        {
            return [words];
        }
        // Lines with an amount (a decimal point or a thousands separator: 2026 in a wrapped name is not one).
        var figureLines = lines.Where(l => l.Words.Any(w => Amounts.LooksNumeric(w.Text) && (w.Text.Contains('.') || w.Text.Contains(',')))).ToList();
        if (figureLines.Count <= 1)
        {
            return [words];
        }
        double height = lines.Select(l => l.Height).Order().ElementAt(lines.Count / 2);
        for (int i = 1; i < figureLines.Count; i++)
        {
            if (figureLines[i - 1].CenterY - figureLines[i].CenterY < 1.6 * height)
            {
                return [words];
            }
        }
        var parts = figureLines.Select(_ => new List<PdfWord>()).ToList();
        foreach (var line in lines)
        {
            int best = 0;
            double distance = double.MaxValue;
            for (int i = 0; i < figureLines.Count; i++)
            {
                double d = Math.Abs(figureLines[i].CenterY - line.CenterY);
                if (d < distance)
                {
                    distance = d;
                    best = i;
                }
            }
            parts[best].AddRange(line.Words);
        }
        return parts;
    }

    private static LaidOutLine Row(List<PdfWord> words, List<double> edges, double[] leaves, int width)
    {
        var cells = new string[width];
        Array.Fill(cells, string.Empty);
        var spans = new List<(int First, int Last, string Text)>();
        for (int e = 0; e + 1 < edges.Count; e++)
        {
            double left = edges[e], right = edges[e + 1];
            var inside = words.Where(w => w.CenterX >= left && w.CenterX < right).ToList();
            if (inside.Count == 0)
            {
                continue;
            }
            int first = LeafAt(leaves, left + 1), last = LeafAt(leaves, right - 1);
            spans.Add((first, Math.Max(first, last), CellText(inside)));
        }
        // A row without figures is a header row: a merged cell heads every column it spans. A lone cell (a title, a
        // note, a unit line) heads none.
        bool header = spans.All(s => !Amounts.LooksNumeric(s.Text)) && (spans.Count > 1 || !IsLoneLine(spans[0].Text));
        foreach (var (first, last, text) in spans)
        {
            for (int i = first; i <= (header ? last : first); i++)
            {
                cells[i] = cells[i].Length == 0 ? text : cells[i] + text;
            }
        }
        var firstWord = words.OrderByDescending(w => w.Top).ThenBy(w => w.Left).First();
        return new LaidOutLine(cells, words.Max(w => w.Top), words.Min(w => w.Left), firstWord.Bottom, InTable: true);
    }

    /// <summary>A lone cell that is not a column header: a title (…表), a unit or header line (单位：万元), a note.</summary>
    private static bool IsLoneLine(string text) =>
        text.Length > 16 || text.Contains('表')
        || text.Contains('：') || text.Contains(':') || text.StartsWith('注') || text.StartsWith("说明", StringComparison.Ordinal);

    /// <summary>The leaf column that holds x.</summary>
    private static int LeafAt(double[] leaves, double x)
    {
        for (int i = 0; i + 1 < leaves.Length; i++)
        {
            if (x < leaves[i + 1])
            {
                return i;
            }
        }
        return leaves.Length - 2;
    }

    /// <summary>The words of one cell as one text: lines top to bottom, words left to right, joined without spaces
    /// (Chinese has none; a number wrapped in a narrow cell joins back).</summary>
    internal static string CellText(List<PdfWord> words)
    {
        if (words.Count == 1)
        {
            return words[0].Text;
        }
        var sb = new StringBuilder();
        foreach (var line in PdfTextLine.Group(words))
        {
            foreach (var w in line.Words)
            {
                if (sb.Length > 0 && char.IsAsciiLetter(sb[^1]) && char.IsAsciiLetter(w.Text[0]))
                {
                    sb.Append(' ');
                }
                sb.Append(w.Text);
            }
        }
        return sb.ToString();
    }
}
