using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

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

    /// <summary>The fewest characters a PDF with images must have on its pages not to be taken for a scan.</summary>
    private const int ScanCharacters = 20;

    /// <summary>
    /// Reads every page of a PDF. Whatever goes wrong inside PdfPig becomes a <see cref="DisclosureImportException"/>
    /// naming the source and, when it happened on a page, the page (<c>page 7 of 21</c>): an encrypted document
    /// (<see cref="ImportFailure.Encrypted"/>), a damaged or truncated one (<see cref="ImportFailure.Damaged"/>), one
    /// without text (<see cref="ImportFailure.NoTextLayer"/>), and the limits of <see cref="ImportOptions.MaxPages"/>
    /// and <see cref="ImportOptions.PdfTimeout"/>. Only <see cref="OperationCanceledException"/> passes through.
    /// </summary>
    /// <param name="bytes">The whole PDF.</param>
    /// <param name="options">The limits, and <see cref="ImportOptions.SourceName"/> for messages.</param>
    /// <param name="cancellationToken">Checked before each page.</param>
    internal static IReadOnlyList<PdfPageContent> Read(byte[] bytes, ImportOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var name = options.SourceName;
        cancellationToken.ThrowIfCancellationRequested();
        PdfDocument document;
        int count;
        try
        {
            // Lenient parsing (PdfPig's default, set here on purpose): PDFs as published are often slightly off (xref
            // offsets, stream lengths) and read well; what it cannot recover from still throws, and becomes Damaged.
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Failed(e, name, page: null, count: null);
        }
        using (document)
        {
            try
            {
                count = document.NumberOfPages;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw Failed(e, name, page: null, count: null);
            }
            if (count == 0)
            {
                throw new DisclosureImportException(ImportFailure.Damaged, "The PDF has no pages (it is damaged or truncated).", name);
            }
            if (count > options.MaxPages)
            {
                throw new DisclosureImportException(ImportFailure.TooManyPages,
                    $"The PDF has {count:N0} pages, more than the limit of {options.MaxPages:N0} (ImportOptions.MaxPages); a disclosure has a few dozen.", name);
            }
            var pages = new List<PdfPageContent>(count);
            int characters = 0, images = 0;
            for (int n = 1; n <= count; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (options.PdfTimeout != Timeout.InfiniteTimeSpan && clock.Elapsed > options.PdfTimeout)
                {
                    throw new DisclosureImportException(ImportFailure.TimedOut,
                        $"Reading the PDF took longer than the limit of {options.PdfTimeout.TotalSeconds:0.###} s (ImportOptions.PdfTimeout); it stopped at page {n} of {count}.", name)
                    { Page = n };
                }
                try
                {
                    var page = document.GetPage(n);
                    var content = ReadPage(page);
                    characters += content.Words.Sum(w => w.Text.Length);
                    if (characters < ScanCharacters)
                    {
                        images += page.NumberOfImages;
                    }
                    pages.Add(content);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw Failed(e, name, n, count);
                }
            }
            if (characters == 0 || (characters < ScanCharacters && images > 0))
            {
                throw new DisclosureImportException(ImportFailure.NoTextLayer, NoText(count, characters, images), name);
            }
            return pages;
        }
    }

    private static string NoText(int pages, int characters, int images)
    {
        string what = $"{Plural(pages, "page")} with {(characters == 0 ? "no text" : $"only {Plural(characters, "character")} of text")}";
        return images > 0
            ? $"The PDF has no text layer ({what} and {Plural(images, "image")}): it looks like a scan. Run text recognition (OCR) on it first; the importer reads only PDFs with text."
            : $"The PDF has no text layer ({what}): there is nothing to read. If it is a scan, run text recognition (OCR) on it first; the importer reads only PDFs with text.";
    }

    private static string Plural(int n, string what) => n == 1 ? $"1 {what}" : $"{n:N0} {what}s";

    /// <summary>The import error for an exception PdfPig (or anything below it) threw while opening the document
    /// (<paramref name="page"/> null) or reading a page.</summary>
    private static DisclosureImportException Failed(Exception e, string? name, int? page, int? count)
    {
        string where = page is { } p ? $" (page {p} of {count})" : "";
        if (e is PdfDocumentEncryptedException)
        {
            return new DisclosureImportException(ImportFailure.Encrypted,
                $"The PDF is encrypted and cannot be opened without its password{where}; save an unprotected copy first.", name, e) { Page = page };
        }
        string detail = e.Message.Length > 0 ? $": {e.Message.TrimEnd('.')}" : "";
        string message = page is { } n
            ? $"The PDF is damaged: page {n} of {count} cannot be read ({e.GetType().Name}{detail})."
            : $"The PDF is damaged or truncated and cannot be opened ({e.GetType().Name}{detail}).";
        return new DisclosureImportException(ImportFailure.Damaged, message, name, e) { Page = page };
    }

    private static PdfPageContent ReadPage(Page page)
    {
        var words = PdfWordBuilder.Build(page.Letters);
        var rulings = new List<PdfRuling>();
        foreach (var path in page.Paths)
        {
            // A path neither filled nor stroked draws nothing (a clipping path round the page): not a rule.
            if (!path.IsFilled && !path.IsStroked)
            {
                continue;
            }
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
