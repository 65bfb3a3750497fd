using System.Text;
using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading.Pdf;

/// <summary>
/// Lays out the pages of a PDF as lines of tab-separated cells, the form the text reader reads, and records where each
/// line is (page, position). Tables drawn with rules are read cell by cell from their frames (<see cref="GridReader"/>);
/// the rest of a page is read as lines whose words are joined, with a tab where the gap is wide; a paragraph wrapped
/// over several lines becomes one line; page numbers and running headers and footers are left out.
/// </summary>
internal static partial class PdfLayout
{
    /// <summary>Lays out every page, in order.</summary>
    internal static LaidOutText Lay(IReadOnlyList<PdfPageContent> pages, string? document)
    {
        try
        {
            return LayPages(pages, document);
        }
        catch (Exception e) when (e is not (DisclosureImportException or OperationCanceledException))
        {
            throw DocumentParser.Fault(e, document);
        }
    }

    private static LaidOutText LayPages(IReadOnlyList<PdfPageContent> pages, string? document)
    {
        var text = new StringBuilder();
        var places = new List<SourcePlace>();
        var rows = new List<bool>();
        var continued = new List<ulong?>();
        var furniture = RunningLines(pages);
        bool inContents = false;
        double[]? open = null;
        foreach (var page in pages)
        {
            var lines = LayPage(page, furniture, ref open);
            int contents = ContentsStart(lines, ref inContents);
            if (contents >= 0)
            {
                // A table of contents lists the titles of the tables: read as titles, they would open empty tables.
                // What stands above its heading (the cover's name and year) is kept.
                lines.RemoveRange(contents, lines.Count - contents);
            }
            foreach (var line in lines)
            {
                for (int i = 0; i < line.Cells.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append('\t');
                    }
                    AppendCell(text, line.Cells[i]);
                }
                text.Append('\n');
                places.Add(new SourcePlace(document, places.Count + 1, page.Number, Math.Round(line.X, 1), Math.Round(line.Y, 1)));
                rows.Add(line.InTable);
                continued.Add(line.Continued);
            }
        }
        return new LaidOutText(text.ToString(), [.. places], [.. rows], [.. continued]);
    }

    /// <summary>Where the table of contents starts on a page (its 目录 heading; 0 for a page that continues it, holding
    /// only headings 一、… （一）… 第一部分 … and no table); −1 when the page is not one.</summary>
    private static int ContentsStart(List<LaidOutLine> lines, ref bool inContents)
    {
        int heading = lines.FindIndex(l => l.Cells.Length <= 3 && string.Concat(l.Cells).Replace(" ", "", StringComparison.Ordinal) is "目录" or "目次" or "报表目录");
        if (heading >= 0 && heading < 6 && !lines.Any(l => l.InTable))
        {
            inContents = true;
            return heading;
        }
        if (inContents && lines.Count > 0 && !lines.Any(l => l.InTable) && lines.All(l => string.Concat(l.Cells).Length <= 48)
            && lines.Count(l => StartsAsHeading().IsMatch(string.Concat(l.Cells)) || TocEntry().IsMatch(string.Concat(l.Cells))) * 10 >= lines.Count * 7)
        {
            return 0;
        }
        inContents = false;
        return -1;
    }

    /// <summary>A cell's text without tabs or line breaks (they would split the line).</summary>
    private static void AppendCell(StringBuilder text, string cell)
    {
        foreach (char c in cell)
        {
            text.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
        }
    }

    /// <summary>The lines of one page, top to bottom.</summary>
    /// <param name="page">The page.</param>
    /// <param name="furniture">The running lines of the document.</param>
    /// <param name="open">The column edges of a table without rules that ran to the foot of the page before (its rows at
    /// the top of this page, without a header, are read through them), or null; on return, those of a table that runs to
    /// the foot of this page.</param>
    internal static List<LaidOutLine> LayPage(PdfPageContent page, HashSet<string> furniture, ref double[]? open)
    {
        var grids = RulingGrid.Find(page.Rulings, page.Width, page.Height);
        var free = new List<PdfWord>();
        var inGrid = grids.Select(_ => new List<PdfWord>()).ToList();
        foreach (var w in page.Words)
        {
            int g = grids.FindIndex(grid => grid.Contains(w.CenterX, w.CenterY));
            if (g >= 0)
            {
                inGrid[g].Add(w);
            }
            else
            {
                free.Add(w);
            }
        }
        var lines = new List<LaidOutLine>();
        for (int g = 0; g < grids.Count; g++)
        {
            // A frame's banner bands (a title, a unit line; a box drawn round running text) are read with the free text.
            lines.AddRange(GridReader.Read(grids[g], inGrid[g], free));
        }
        var freeLines = PdfTextLine.Group(free)
            .Where(l => !IsFurniture(l, page, furniture))
            .ToList();
        var (aligned, prose, foot) = AlignedTables.Read(freeLines, open);
        // A frame under the table's last row ends the page instead.
        open = foot is not null && !grids.Any(g => g.Top < aligned[^1].Top) ? foot : null;
        lines.AddRange(aligned);
        lines.AddRange(JoinParagraphs(prose, page));
        lines.Sort(static (a, b) => b.Top.CompareTo(a.Top));
        return lines;
    }

    /// <summary>Prose lines, a paragraph wrapped over several lines joined into one.</summary>
    private static IEnumerable<LaidOutLine> JoinParagraphs(List<PdfTextLine> lines, PdfPageContent page)
    {
        if (lines.Count == 0)
        {
            yield break;
        }
        // The margins of running text: the right edge most long lines reach, the left edge most lines start at.
        var rights = lines.Where(l => l.Right - l.Left > page.Width * 0.5).Select(l => l.Right).Order().ToArray();
        double margin = rights.Length >= 2 ? rights[rights.Length * 3 / 4] : double.NaN;
        var lefts = lines.Where(l => l.Right - l.Left > page.Width * 0.3).Select(l => l.Left).Order().ToArray();
        double leftMargin = lefts.Length >= 2 ? lefts[lefts.Length / 10] : double.NaN;
        PdfTextLine? open = null;
        PdfTextLine? first = null;
        StringBuilder? joined = null;
        foreach (var line in lines)
        {
            var text = line.Text();
            // A line continues the paragraph above when that one runs to the right margin, this one starts at the left
            // margin (a new paragraph is indented, a heading is centred or numbered) and follows closely.
            double h = open is null ? 0 : Math.Max(open.Height, line.Height);
            bool continues = open is not null && joined is not null && !double.IsNaN(margin) && !double.IsNaN(leftMargin)
                && open.Right >= margin - 2 * h
                && line.Left <= leftMargin + 0.6 * h
                && first!.Left <= leftMargin + 3 * h
                && !text.Contains('\t') && !joined.ToString().Contains('\t')
                && open.CenterY - line.CenterY < 2.6 * h
                && !StartsAsHeading().IsMatch(text);
            if (continues)
            {
                joined!.Append(text);
                open = line;
                continue;
            }
            if (open is not null && joined is not null)
            {
                yield return Prose(joined.ToString(), first!);
            }
            first = line;
            open = line;
            joined = new StringBuilder(text);
        }
        if (joined is not null)
        {
            yield return Prose(joined.ToString(), first!);
        }
    }

    private static LaidOutLine Prose(string text, PdfTextLine line) =>
        new(text.Split('\t'), line.Top, line.Left, line.Bottom, InTable: false);

    /// <summary>A page number or a running header/footer line near the top or bottom edge of the page.</summary>
    private static bool IsFurniture(PdfTextLine line, PdfPageContent page, HashSet<string> furniture)
    {
        if (!IsNearEdge(line.Top, line.Bottom, page.Height))
        {
            return false;
        }
        var text = line.Text();
        // The first page keeps a running line: it is the cover's (name and year).
        return (PageNumber().IsMatch(text) && (line.Top > page.Height * 0.92 || line.Bottom < page.Height * 0.09))
            || (page.Number > 1 && furniture.Contains(Key(text)));
    }

    /// <summary>The texts of lines near the top or bottom edge that recur on at least three pages and on a third of
    /// them: running headers and footers.</summary>
    private static HashSet<string> RunningLines(IReadOnlyList<PdfPageContent> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var edge = page.Words.Where(w => IsNearEdge(w.Top, w.Bottom, page.Height)).ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in PdfTextLine.Group(edge))
            {
                seen.Add(Key(line.Text()));
            }
            foreach (var s in seen)
            {
                counts[s] = counts.GetValueOrDefault(s) + 1;
            }
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, count) in counts)
        {
            // A table's unit line (单位：万元) recurs where each table starts, near the top edge: it is content.
            if (count >= 3 && count * 3 >= pages.Count && !PageNumber().IsMatch(text) && !MoneyUnitLine().IsMatch(text))
            {
                result.Add(text);
            }
        }
        return result;
    }

    /// <summary>True for a box in the top 12% or the bottom 10% of a page, where running headers and footers sit.</summary>
    private static bool IsNearEdge(double top, double bottom, double pageHeight) => top > pageHeight * 0.88 || bottom < pageHeight * 0.1;

    /// <summary>A line's text with its digits folded (so that a footer with the page number counts as one).</summary>
    private static string Key(string text) => Digits().Replace(text.Replace("\t", "", StringComparison.Ordinal), "#");

    [GeneratedRegex(@"^\s*(?:[-—–‐－]\s*\d{1,4}\s*[-—–‐－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$")]
    internal static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>A line that states the money unit of a table: 单位：万元, 金额单位:元, （单位：万元）.</summary>
    [GeneratedRegex(@"单位\s*[:：]\s*(?:万元|元)")]
    private static partial Regex MoneyUnitLine();

    /// <summary>A line of a table of contents that ends with its page number (after dot leaders or a space).</summary>
    [GeneratedRegex(@"^[^，。；]{2,40}?[.…·\s]+\d{1,3}$")]
    private static partial Regex TocEntry();

    /// <summary>A line that starts a heading or a list item: 一、 （一） 1. 第一部分 表1.</summary>
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+部分|表\s*\d|附件)")]
    private static partial Regex StartsAsHeading();
}
