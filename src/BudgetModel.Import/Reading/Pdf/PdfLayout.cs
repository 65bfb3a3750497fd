using System.Text;

namespace BudgetModel.Import.Reading.Pdf;

/// <summary>
/// Lays out the pages of a PDF as lines of tab-separated cells, the form the text reader reads, and records where each
/// line is (page, position).
/// </summary>
internal static class PdfLayout
{
    /// <summary>Lays out every page, in order.</summary>
    internal static LaidOutText Lay(IReadOnlyList<PdfPageContent> pages, string? document)
    {
        var text = new StringBuilder();
        var places = new List<SourcePlace>();
        foreach (var page in pages)
        {
            var lines = new List<List<PdfWord>>();
            foreach (var w in page.Words.OrderByDescending(w => w.Bottom).ThenBy(w => w.Left))
            {
                var line = lines.Count > 0 && Math.Abs(lines[^1][0].Bottom - w.Bottom) < 3 ? lines[^1] : null;
                if (line is null)
                {
                    line = [];
                    lines.Add(line);
                }
                line.Add(w);
            }
            foreach (var line in lines)
            {
                line.Sort((a, b) => a.Left.CompareTo(b.Left));
                text.AppendJoin('\t', line.Select(w => w.Text)).Append('\n');
                places.Add(new SourcePlace(document, places.Count + 1, page.Number, line[0].Left, line[0].Bottom));
            }
        }
        return new LaidOutText(text.ToString(), [.. places]);
    }
}
