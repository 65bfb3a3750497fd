namespace BudgetModel.Import.Reading.Pdf;

/// <summary>Words of one page that sit on one line (their vertical centres are within half a word height of each
/// other), left to right.</summary>
internal sealed class PdfTextLine
{
    private readonly List<PdfWord> _words = [];

    internal PdfTextLine(PdfWord first)
    {
        _words.Add(first);
        Top = first.Top;
        Bottom = first.Bottom;
    }

    /// <summary>The words, left to right once <see cref="Seal"/> has run.</summary>
    internal IReadOnlyList<PdfWord> Words => _words;

    /// <summary>The highest top of the words.</summary>
    internal double Top { get; private set; }

    /// <summary>The lowest bottom of the words.</summary>
    internal double Bottom { get; private set; }

    /// <summary>The vertical centre.</summary>
    internal double CenterY => (Top + Bottom) / 2;

    /// <summary>The left edge of the first word.</summary>
    internal double Left => _words[0].Left;

    /// <summary>The right edge of the last word.</summary>
    internal double Right => _words[^1].Right;

    /// <summary>The typical height of the line's words.</summary>
    internal double Height { get; private set; }

    /// <summary>True when <paramref name="word"/> belongs on this line.</summary>
    internal bool Takes(PdfWord word)
    {
        double h = Math.Max(2, Math.Min(word.Height, Top - Bottom));
        return Math.Abs(word.CenterY - CenterY) <= h * 0.5;
    }

    /// <summary>Adds a word.</summary>
    internal void Add(PdfWord word)
    {
        _words.Add(word);
        Top = Math.Max(Top, word.Top);
        Bottom = Math.Min(Bottom, word.Bottom);
    }

    /// <summary>Orders the words left to right.</summary>
    internal void Seal()
    {
        _words.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var heights = _words.Select(w => w.Height).Order().ToArray();
        Height = heights[heights.Length / 2];
    }

    /// <summary>Groups words into lines, top to bottom.</summary>
    internal static List<PdfTextLine> Group(IEnumerable<PdfWord> words)
    {
        var lines = new List<PdfTextLine>();
        foreach (var w in words.OrderByDescending(static w => w.CenterY))
        {
            PdfTextLine? home = null;
            // Only the last few lines can take the word: the words come top to bottom.
            for (int i = lines.Count - 1; i >= 0 && i >= lines.Count - 3; i--)
            {
                if (lines[i].Takes(w))
                {
                    home = lines[i];
                    break;
                }
            }
            if (home is null)
            {
                lines.Add(new PdfTextLine(w));
            }
            else
            {
                home.Add(w);
            }
        }
        foreach (var line in lines)
        {
            line.Seal();
        }
        lines.Sort(static (a, b) => b.CenterY.CompareTo(a.CenterY));
        return lines;
    }

    /// <summary>The line's text: words closer than <paramref name="cellGap"/> times the line height are joined
    /// directly (Chinese has no spaces; PDF words split inside a phrase), farther ones are separated by a tab.</summary>
    internal string Text(double cellGap = 1.2)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < _words.Count; i++)
        {
            if (i > 0)
            {
                double gap = _words[i].Left - _words[i - 1].Right;
                if (gap > cellGap * Math.Max(Height, 4))
                {
                    sb.Append('\t');
                }
                else if (gap > 0.25 * Math.Max(Height, 4) && IsAsciiWordChar(sb[^1]) && IsAsciiWordChar(_words[i].Text[0]))
                {
                    sb.Append(' ');
                }
            }
            sb.Append(_words[i].Text);
        }
        return sb.ToString();
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetter(c);
}
