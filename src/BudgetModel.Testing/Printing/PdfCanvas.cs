using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BudgetModel.Testing.Printing;

/// <summary>
/// The low-level PDF writer of the printer: pages of a fixed size, text runs in an embedded CJK TrueType font
/// (<see cref="PrintFont"/>) and straight rules, on top of PdfPig's <see cref="PdfDocumentBuilder"/>. Coordinates are PDF points from the
/// bottom-left corner of the page; a text run's y is its baseline.
/// <para>
/// PdfPig 0.1.16 writes a TrueType font as a simple font of at most 255 characters, so the font is added again for
/// every further 250 distinct characters and each text run is written in segments, one per font (the same glyphs and
/// metrics, so the segments join seamlessly).
/// </para>
/// </summary>
public sealed class PdfCanvas
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PrintFont _font;
    private const int CharactersPerFont = 250;
    private readonly List<PdfDocumentBuilder.AddedFont> _fonts = [];
    private readonly Dictionary<char, int> _fontOf = [];
    private int _lastFontCount;
    private PdfPageBuilder? _page;

    /// <summary>A canvas with no page yet, writing its text in <paramref name="font"/>.</summary>
    /// <param name="font">The TrueType font embedded in the document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="font"/> is null.</exception>
    public PdfCanvas(PrintFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        _font = font;
    }

    /// <summary>Pages added so far.</summary>
    public int PageCount { get; private set; }

    /// <summary>Width of the current page.</summary>
    public double PageWidth { get; private set; }

    /// <summary>Height of the current page.</summary>
    public double PageHeight { get; private set; }

    /// <summary>Starts a new page (A4 portrait by default: 595 × 842 points).</summary>
    public void NewPage(double width = 595, double height = 842)
    {
        _page = _builder.AddPage(width, height);
        PageWidth = width;
        PageHeight = height;
        PageCount++;
    }

    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> points, as the font sets it.</summary>
    public double Measure(string text, double size)
    {
        double width = 0;
        foreach (var (segment, font) in Segments(text))
        {
            var letters = Page.MeasureText(segment, size, new PdfPoint(0, 0), font);
            width += letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }
        return width;
    }

    /// <summary>Writes a text run on the current page.</summary>
    public void Text(string text, double x, double baseline, double size, TextAnchor anchor = TextAnchor.Left)
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
        foreach (var (segment, font) in Segments(text))
        {
            var letters = Page.AddText(segment, size, new PdfPoint(left, baseline), font);
            left = letters[^1].EndBaseLine.X;
        }
    }

    /// <summary>Draws a straight rule on the current page.</summary>
    public void Line(double x1, double y1, double x2, double y2, double width = 0.5) =>
        Page.DrawLine(new PdfPoint(x1, y1), new PdfPoint(x2, y2), width);

    /// <summary>The finished document.</summary>
    public byte[] Build() => _builder.Build();

    /// <summary>Splits a run into segments whose characters are all in one font, giving each new character a font.</summary>
    private List<(string Text, PdfDocumentBuilder.AddedFont Font)> Segments(string text)
    {
        var segments = new List<(string, PdfDocumentBuilder.AddedFont)>();
        int start = 0;
        int current = -1;
        for (int i = 0; i < text.Length; i++)
        {
            int font = FontOf(text[i]);
            if (font != current && i > start)
            {
                segments.Add((text[start..i], _fonts[current]));
                start = i;
            }
            current = font;
        }
        if (text.Length > start)
        {
            segments.Add((text[start..], _fonts[current]));
        }
        return segments;
    }

    private int FontOf(char c)
    {
        if (_fontOf.TryGetValue(c, out int font))
        {
            return font;
        }
        if (_fonts.Count == 0 || _lastFontCount == CharactersPerFont)
        {
            _fonts.Add(_builder.AddTrueTypeFont(_font.Bytes));
            _lastFontCount = 0;
        }
        _lastFontCount++;
        _fontOf[c] = _fonts.Count - 1;
        return _fonts.Count - 1;
    }

    private PdfPageBuilder Page => _page ?? throw new InvalidOperationException("Call NewPage first.");
}
