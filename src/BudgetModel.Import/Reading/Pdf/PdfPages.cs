using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace BudgetModel.Import.Reading.Pdf;

/// <summary>The physical reading of a PDF: every page's words with their boxes and its straight rules.</summary>
internal static class PdfPages
{
    /// <summary>True when the bytes are a PDF (they start with <c>%PDF-</c>, after at most 1 KB of leading junk, as
    /// readers allow).</summary>
    internal static bool IsPdf(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>Reads every page of a PDF.</summary>
    internal static IReadOnlyList<PdfPageContent> Read(byte[] bytes, ImportOptions options, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(bytes);
        var pages = new List<PdfPageContent>(document.NumberOfPages);
        for (int n = 1; n <= document.NumberOfPages; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(n);
            pages.Add(ReadPage(page));
        }
        return pages;
    }

    private static PdfPageContent ReadPage(Page page)
    {
        var words = new List<PdfWord>();
        foreach (var w in page.GetWords(NearestNeighbourWordExtractor.Instance))
        {
            var text = w.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var b = w.BoundingBox;
            words.Add(new PdfWord(text.Trim(), b.Left, b.Bottom, b.Right, b.Top));
        }
        var rulings = new List<PdfRuling>();
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                AddRulings(subpath, rulings);
            }
        }
        return new PdfPageContent(page.Number, page.Width, page.Height, words, rulings);
    }

    private static void AddRulings(PdfSubpath subpath, List<PdfRuling> rulings)
    {
        // A thin filled box is a rule; otherwise every straight, axis-parallel segment of the outline is one.
        if (subpath.GetBoundingRectangle() is { } box && (box.Height <= 1.5 || box.Width <= 1.5) && Math.Max(box.Width, box.Height) > 2)
        {
            rulings.Add(Normalise(box.Left, box.Bottom, box.Right, box.Top, thin: true));
            return;
        }
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, rulings);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, rulings);
                    current = s;
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, List<PdfRuling> rulings)
    {
        double dx = Math.Abs(to.X - from.X), dy = Math.Abs(to.Y - from.Y);
        if ((dy <= 1.0 && dx > 2) || (dx <= 1.0 && dy > 2))
        {
            rulings.Add(Normalise(from.X, from.Y, to.X, to.Y, thin: false));
        }
    }

    private static PdfRuling Normalise(double x1, double y1, double x2, double y2, bool thin)
    {
        double left = Math.Min(x1, x2), right = Math.Max(x1, x2), bottom = Math.Min(y1, y2), top = Math.Max(y1, y2);
        if (thin)
        {
            // A filled bar: its centre line.
            if (top - bottom <= right - left)
            {
                double y = (top + bottom) / 2;
                return new PdfRuling(left, y, right, y);
            }
            double x = (left + right) / 2;
            return new PdfRuling(x, bottom, x, top);
        }
        return new PdfRuling(left, bottom, right, top);
    }
}
