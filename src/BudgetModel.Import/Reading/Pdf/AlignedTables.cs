using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading.Pdf;

/// <summary>
/// Finds tables printed without rules (or with horizontal rules only): runs of lines that hold figures, under up to four
/// short header lines. The columns are the x-ranges the words of the figure lines occupy (right-aligned amounts of one
/// column overlap each other, a name column's words share their left part); header words are placed in every column
/// they span; a line without figures between figure lines (a name wrapped over two lines) joins the nearest figure line.
/// Each row becomes one line with one cell per column, as <see cref="GridReader"/> gives for a ruled table. A table
/// that runs to the foot of a page and goes on at the top of the next without its header is read there through the
/// columns of the page before.
/// </summary>
internal static partial class AlignedTables
{
    /// <summary>Splits the free lines of a page into table rows and the lines left for prose.</summary>
    /// <param name="lines">The page's free lines, top to bottom.</param>
    /// <param name="continued">The column edges of the table the page before ended with (it ran to the foot of that
    /// page), or null.</param>
    /// <returns>The rows, the other lines, and the column edges of the table this page ends with (its last line is the
    /// table's), else null.</returns>
    internal static (List<LaidOutLine> Rows, List<PdfTextLine> Others, double[]? Open) Read(List<PdfTextLine> lines, double[]? continued)
    {
        var rows = new List<LaidOutLine>();
        var rest = new List<PdfTextLine>();
        double[]? open = null;
        int i = 0;
        while (i < lines.Count)
        {
            if (!IsFigureLine(lines[i]))
            {
                rest.Add(lines[i]);
                i++;
                continue;
            }
            // A run of figure lines, with the short text lines among them (wrapped names).
            int start = i, end = i;
            int figures = 0;
            while (end < lines.Count)
            {
                var line = lines[end];
                if (IsFigureLine(line))
                {
                    figures++;
                }
                else if (!IsShortText(line) || (end + 1 >= lines.Count && !JustUnderFigures(lines, end)) || !NearFigures(lines, end))
                {
                    break;
                }
                if (end > start && lines[end - 1].CenterY - line.CenterY > 4 * Math.Max(line.Height, lines[end - 1].Height))
                {
                    break;
                }
                end++;
            }
            // Figure lines first on a page after a table that ran to the foot of the page before (no header over them)
            // are that table's rows: one is enough, and they are read through its columns.
            bool goesOn = continued is not null && (start == 0 || (start == 1 && WrappedAround(lines, 1)));
            if (figures < 2 && !goesOn && !UnderHeader(lines, start, rest))
            {
                rest.Add(lines[i]);
                i++;
                continue;
            }
            // The first half of a name wrapped in the first row, printed above the row's figures as far as its second
            // half is below them, is the row's, not a header line.
            if (WrappedAround(lines, start) && rest.Count > 0 && ReferenceEquals(rest[^1], lines[start - 1]))
            {
                rest.RemoveAt(rest.Count - 1);
                start--;
            }
            // Header lines: short text lines just above the run (not a title, not a unit line), at most four.
            int header = start;
            while (header > 0 && start - header < 4 && rest.Count > 0 && ReferenceEquals(rest[^1], lines[header - 1]) && IsHeaderLine(lines[header - 1])
                && lines[header - 1].CenterY - lines[header].CenterY < 4 * Math.Max(lines[header].Height, lines[header - 1].Height))
            {
                header--;
                rest.RemoveAt(rest.Count - 1);
            }
            var edges = goesOn && header == start ? continued : null;
            rows.AddRange(Lay(lines.GetRange(header, start - header), lines.GetRange(start, end - start), ref edges));
            open = end == lines.Count ? edges : null;
            i = end;
        }
        return (rows, rest, open);
    }

    /// <summary>True when the line just above <paramref name="start"/> (not yet taken by a table) is a header of at least
    /// three labels close above it: one figure line under it is a table too (a table's 合计 at the foot of a page, its
    /// other rows on the next).</summary>
    private static bool UnderHeader(List<PdfTextLine> lines, int start, List<PdfTextLine> rest) =>
        start > 0 && rest.Count > 0 && ReferenceEquals(rest[^1], lines[start - 1]) && lines[start - 1].Words.Count >= 3
        && IsHeaderLine(lines[start - 1])
        && lines[start - 1].CenterY - lines[start].CenterY < 4 * Math.Max(lines[start].Height, lines[start - 1].Height);

    /// <summary>True when the figure line at <paramref name="at"/> has a short text line above and one below at the same
    /// distance, starting at the same x, where the figure line prints nothing: the two halves of its wrapped name.</summary>
    private static bool WrappedAround(List<PdfTextLine> lines, int at)
    {
        if (at < 1 || at + 1 >= lines.Count || IsFigureLine(lines[at + 1]) || IsFigureLine(lines[at - 1]) || !IsShortText(lines[at - 1]) || !IsShortText(lines[at + 1]))
        {
            return false;
        }
        PdfTextLine above = lines[at - 1], row = lines[at], below = lines[at + 1];
        double up = above.CenterY - row.CenterY, down = row.CenterY - below.CenterY;
        return up > 0 && down > 0 && Math.Abs(up - down) < 0.25 * row.Height && Math.Abs(above.Left - below.Left) < 1
            && !row.Words.Any(w => w.Left < above.Words[^1].Right && w.Right > above.Left);
    }

    /// <summary>A line with at least two words of which one is a figure (an amount, a code), and no sentence.</summary>
    private static bool IsFigureLine(PdfTextLine line)
    {
        if (line.Words.Count < 2)
        {
            return false;
        }
        bool figure = false;
        for (int k = 0; k < line.Words.Count; k++)
        {
            var w = line.Words[k];
            if (w.Text.Contains('。') || w.Text.Contains('，') && w.Text.Length > 12)
            {
                return false;
            }
            figure |= IsFigure(w) && !(k > 0 && IsTableNumber(line.Words[k - 1], w));
        }
        return figure;
    }

    /// <summary>An amount or a code; not the number of a title or a heading printed as a word of its own (the 6. of
    /// 6. 一般公共预算基本支出表).</summary>
    private static bool IsFigure(PdfWord w) => Amounts.LooksNumeric(w.Text) && !Ordinal().IsMatch(w.Text);

    /// <summary>True when <paramref name="number"/> is a table's number printed apart from the word before it that
    /// ends in 表 (表 6, 公开表 6, 预算表 06): a title's number, not a figure.</summary>
    private static bool IsTableNumber(PdfWord before, PdfWord number) =>
        before.Text.EndsWith('表') && TableNumber().IsMatch(number.Text);

    private static bool IsShortText(PdfTextLine line) =>
        line.Words.Count <= 3 && line.Words.All(w => w.Text.Length <= 24 && !w.Text.Contains('。') && !w.Text.Contains('：') && !w.Text.Contains(':'));

    private static bool IsHeaderLine(PdfTextLine line) =>
        line.Words.All(w => !w.Text.Contains('。') && !w.Text.Contains('：') && !w.Text.Contains(':') && w.Text.Length <= 24
            && !w.Text.EndsWith('表') && !Amounts.LooksNumeric(w.Text));

    /// <summary>True when the line sits just under a figure line, as the second half of a name wrapped in its row does
    /// (also as the last line of a page).</summary>
    private static bool JustUnderFigures(List<PdfTextLine> lines, int at) =>
        at > 0 && IsFigureLine(lines[at - 1]) && lines[at - 1].CenterY - lines[at].CenterY <= 1.6 * Math.Max(lines[at].Height, lines[at - 1].Height);

    /// <summary>True when a figure line follows the text line closely (it is part of the table, not a note after it).</summary>
    private static bool NearFigures(List<PdfTextLine> lines, int at)
    {
        // Just under a figure line (the second line of a wrapped name) …
        if (JustUnderFigures(lines, at))
        {
            return true;
        }
        // … or a figure line follows within a few lines.
        for (int k = at + 1; k < lines.Count && k <= at + 3; k++)
        {
            if (IsFigureLine(lines[k]))
            {
                return lines[at].CenterY - lines[k].CenterY <= 4 * Math.Max(lines[at].Height, lines[k].Height);
            }
        }
        return false;
    }

    /// <summary>Lays out one table's lines. <paramref name="edges"/>: the leaf edges to read the rows through (the
    /// columns of the page before, for rows that go on without a header), or null to find them from the lines; on
    /// return, the edges used.</summary>
    private static List<LaidOutLine> Lay(List<PdfTextLine> header, List<PdfTextLine> body, ref double[]? edges)
    {
        var laid = new List<LaidOutLine>();
        if (edges is null)
        {
            var blocks = Blocks(header, body);
            // Leaf edges halfway between blocks.
            edges = new double[blocks.Count + 1];
            edges[0] = double.NegativeInfinity;
            edges[^1] = double.PositiveInfinity;
            for (int b = 1; b < blocks.Count; b++)
            {
                edges[b] = (blocks[b - 1].Right + blocks[b].Left) / 2;
            }
            laid.AddRange(HeaderLines(header, blocks, edges));
        }
        var leaves = edges;
        int width = leaves.Length - 1;
        // A line without figures is the wrapped part of the nearest figure line's name when it sits closer to it than
        // a row's pitch; at a full pitch it is a row of its own (a line whose amounts are all empty).
        var figureLines = body.Where(IsFigureLine).ToList();
        double pitch = Pitch(figureLines);
        var groups = figureLines.ToDictionary(l => l, l => new List<PdfWord>(l.Words));
        var order = new List<PdfTextLine>(figureLines);
        foreach (var line in body)
        {
            if (groups.ContainsKey(line))
            {
                continue;
            }
            // Of the figure lines near enough, one with nothing printed where the part stands comes first: a name wrapped
            // in a tall row prints its first half above the row's figures and its second below, as near to the rows on
            // either side, whose names fill that place.
            var nearest = figureLines
                .Where(f => Math.Abs(f.CenterY - line.CenterY) < 0.75 * pitch)
                .OrderBy(f => f.Words.Any(fw => line.Words.Any(lw => fw.Left < lw.Right && fw.Right > lw.Left)) ? 1 : 0)
                .ThenBy(f => Math.Abs(f.CenterY - line.CenterY))
                .FirstOrDefault() ?? figureLines.MinBy(f => Math.Abs(f.CenterY - line.CenterY))!;
            if (Math.Abs(nearest.CenterY - line.CenterY) >= 0.75 * pitch)
            {
                groups[line] = new List<PdfWord>(line.Words);
                order.Add(line);
                continue;
            }
            groups[nearest].AddRange(line.Words);
        }
        order.Sort(static (a, b) => b.CenterY.CompareTo(a.CenterY));
        foreach (var line in order)
        {
            var words = groups[line];
            var cells = new string[width];
            Array.Fill(cells, string.Empty);
            foreach (var column in words.GroupBy(w => Leaf(leaves, w.CenterX)))
            {
                cells[column.Key] = GridReader.CellText([.. column]);
            }
            laid.Add(new LaidOutLine(cells, words.Max(w => w.Top), line.Left, line.Bottom, InTable: true));
        }
        return laid;
    }

    /// <summary>The column blocks of a table: the union of the x-ranges of the figure lines' words, and a block for a
    /// header word over none.</summary>
    private static List<(double Left, double Right)> Blocks(List<PdfTextLine> header, List<PdfTextLine> body)
    {
        // Column blocks: the union of the x-ranges of the figure lines' words.
        var spans = body.Where(IsFigureLine).SelectMany(l => l.Words).Select(w => (w.Left, w.Right)).OrderBy(s => s.Left).ToList();
        var blocks = new List<(double Left, double Right)>();
        foreach (var (left, right) in spans)
        {
            if (blocks.Count > 0 && left <= blocks[^1].Right + 1.0)
            {
                blocks[^1] = (blocks[^1].Left, Math.Max(blocks[^1].Right, right));
            }
            else
            {
                blocks.Add((left, right));
            }
        }
        // A header word over no figure column heads a column that is empty in every row: it gets a block of its own;
        // unless it is the label of the column of names to its left, centred over names too short to reach under it.
        var headerWords = header.SelectMany(h => h.Words).ToList();
        var bodyWords = body.Where(IsFigureLine).SelectMany(l => l.Words).ToList();
        foreach (var w in headerWords.OrderBy(w => w.Left))
        {
            double slack = 0.5 * w.Height;
            if (!blocks.Any(b => w.Left < b.Right + slack && w.Right > b.Left - slack))
            {
                int left = blocks.FindLastIndex(b => b.Right <= w.Left);
                if (left >= 0 && LabelsNames(blocks, left, w, headerWords, bodyWords))
                {
                    blocks[left] = (blocks[left].Left, w.Right);
                    continue;
                }
                blocks.Add((w.Left, w.Right));
                blocks.Sort((a, b) => a.Left.CompareTo(b.Left));
                for (int k = 1; k < blocks.Count; k++)
                {
                    if (blocks[k].Left <= blocks[k - 1].Right)
                    {
                        blocks[k - 1] = (blocks[k - 1].Left, Math.Max(blocks[k - 1].Right, blocks[k].Right));
                        blocks.RemoveAt(k);
                        k--;
                    }
                }
            }
        }
        return blocks;
    }

    /// <summary>The header lines, each word in every block it overlaps (a group header), else in the leaf its centre is
    /// in.</summary>
    private static IEnumerable<LaidOutLine> HeaderLines(List<PdfTextLine> header, List<(double Left, double Right)> blocks, double[] edges)
    {
        int width = blocks.Count;
        foreach (var h in header)
        {
            var cells = new string[width];
            Array.Fill(cells, string.Empty);
            foreach (var w in h.Words)
            {
                // A header word heads every block it overlaps (a group header), else the block nearest its centre.
                double slack = 0.5 * w.Height;
                var covered = Enumerable.Range(0, width).Where(b => w.Left < blocks[b].Right + slack && w.Right > blocks[b].Left - slack).ToList();
                if (covered.Count == 0)
                {
                    covered.Add(Leaf(edges, w.CenterX));
                }
                foreach (var b in covered)
                {
                    cells[b] += w.Text;
                }
            }
            yield return new LaidOutLine(cells, h.Top, h.Left, h.Bottom, InTable: true);
        }
    }

    /// <summary>True when header word <paramref name="w"/>, over no column, labels the block <paramref name="left"/> to
    /// its left: a block of names (no figure in it) that no header word heads, with <paramref name="w"/> nearer to it than
    /// to the block on its right.</summary>
    private static bool LabelsNames(List<(double Left, double Right)> blocks, int left, PdfWord w, List<PdfWord> headerWords, List<PdfWord> bodyWords)
    {
        var block = blocks[left];
        var under = bodyWords.Where(b => b.Left >= block.Left - 0.5 && b.Right <= block.Right + 0.5).ToList();
        if (under.Count == 0 || under.Any(b => Amounts.LooksNumeric(b.Text)))
        {
            return false;
        }
        double slack = 0.5 * w.Height;
        if (headerWords.Any(h => h.Left < block.Right + slack && h.Right > block.Left - slack))
        {
            return false;
        }
        return left + 1 >= blocks.Count || w.Left - block.Right < blocks[left + 1].Left - w.Right;
    }

    /// <summary>A row's pitch: the smallest distance between consecutive figure lines; large when there is one.</summary>
    private static double Pitch(List<PdfTextLine> figureLines)
    {
        if (figureLines.Count < 2)
        {
            return double.MaxValue;
        }
        var gaps = new List<double>();
        for (int k = 1; k < figureLines.Count; k++)
        {
            gaps.Add(figureLines[k - 1].CenterY - figureLines[k].CenterY);
        }
        // The smallest gap: rows whose amounts are all empty print no figure line, so larger gaps hold such rows.
        return gaps.Min();
    }

    private static int Leaf(double[] edges, double x)
    {
        for (int i = 1; i < edges.Length; i++)
        {
            if (x < edges[i])
            {
                return i - 1;
            }
        }
        return edges.Length - 2;
    }

    /// <summary>The number of a title or a heading as a word of its own: 6. 6、 6．</summary>
    [GeneratedRegex(@"^[0-9]{1,2}[.．、]$")]
    private static partial Regex Ordinal();

    /// <summary>A table's number as a word of its own: 6, 06, 12-1, 6：.</summary>
    [GeneratedRegex(@"^[0-9]{1,2}(?:-[0-9]{1,2})?[:：]?$")]
    private static partial Regex TableNumber();
}
