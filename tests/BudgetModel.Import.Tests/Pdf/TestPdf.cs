using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BudgetModel.Import.Tests.Pdf;

/// <summary>Horizontal placement of a text run relative to its x coordinate.</summary>
internal enum TextAnchor
{
    /// <summary>x is the left edge of the text.</summary>
    Left,

    /// <summary>x is the centre of the text.</summary>
    Center,

    /// <summary>x is the right edge of the text.</summary>
    Right,
}

/// <summary>
/// The low-level test-side PDF writer: pages of a fixed size, text runs in the embedded CJK font (<see cref="TestFont"/>)
/// and straight rules, on top of PdfPig's <see cref="PdfDocumentBuilder"/>. Coordinates are PDF points from the
/// bottom-left corner of the page; a text run's y is its baseline.
/// </summary>
internal sealed class TestPdf
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder? _page;

    /// <summary>Creates an empty document.</summary>
    internal TestPdf()
    {
        _font = _builder.AddTrueTypeFont(TestFont.Bytes);
    }

    /// <summary>Pages added so far.</summary>
    internal int PageCount { get; private set; }

    /// <summary>Width of the current page.</summary>
    internal double PageWidth { get; private set; }

    /// <summary>Height of the current page.</summary>
    internal double PageHeight { get; private set; }

    /// <summary>Starts a new page (A4 portrait by default: 595 × 842 points).</summary>
    internal void NewPage(double width = 595, double height = 842)
    {
        _page = _builder.AddPage(width, height);
        PageWidth = width;
        PageHeight = height;
        PageCount++;
    }

    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> points, as the font sets it.</summary>
    internal double Measure(string text, double size)
    {
        if (text.Length == 0)
        {
            return 0;
        }
        var letters = Page.MeasureText(text, size, new PdfPoint(0, 0), _font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Writes a text run on the current page.</summary>
    internal void Text(string text, double x, double baseline, double size, TextAnchor anchor = TextAnchor.Left)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        double left = anchor switch
        {
            TextAnchor.Center => x - (Measure(text, size) / 2),
            TextAnchor.Right => x - Measure(text, size),
            _ => x,
        };
        Page.AddText(text, size, new PdfPoint(left, baseline), _font);
    }

    /// <summary>Draws a straight rule on the current page.</summary>
    internal void Line(double x1, double y1, double x2, double y2, double width = 0.5) =>
        Page.DrawLine(new PdfPoint(x1, y1), new PdfPoint(x2, y2), width);

    /// <summary>The finished document.</summary>
    internal byte[] Build() => _builder.Build();

    private PdfPageBuilder Page => _page ?? throw new InvalidOperationException("Call NewPage first.");
}
