using System.Text;

namespace BudgetModel.Import.Reading;

/// <summary>
/// One paragraph of the prose as it reads: the lines it was printed on joined into one text (the cells of a line
/// joined too, so that <c>部机关内设 | 24 | 个职能处室</c> reads 部机关内设24个职能处室), with the source line of every
/// character (<see cref="LineAt"/>: a fact keeps the line of its figure, not of the paragraph's start) and the heading
/// it stands under (<see cref="Heading"/>: 二、一般公共预算拨款支出情况 for the items listed under it).
/// </summary>
internal sealed class ProseParagraph
{
    /// <summary>A paragraph longer than this is read in pieces (a text without any sentence end must not grow
    /// without bound).</summary>
    internal const int MaxLength = 8_000;

    private readonly StringBuilder _text = new();
    private readonly List<(int Offset, int Line)> _lines = [];
    private string? _built;

    /// <param name="heading">The heading the paragraph stands under, or null.</param>
    internal ProseParagraph(string? heading)
    {
        Heading = heading;
    }

    /// <summary>The heading the paragraph stands under (the last heading line before it), or null.</summary>
    internal string? Heading { get; }

    /// <summary>The paragraph's text: its lines and cells joined.</summary>
    internal string Text => _built ??= _text.ToString();

    /// <summary>The first source line of the paragraph.</summary>
    internal int FirstLine => _lines.Count > 0 ? _lines[0].Line : 0;

    /// <summary>How many characters the paragraph holds.</summary>
    internal int Length => _text.Length;

    /// <summary>A paragraph made of one text on one line (a test, or a caller with text of its own).</summary>
    internal static ProseParagraph Of(string text, int line, string? heading = null)
    {
        var p = new ProseParagraph(heading);
        p._lines.Add((0, line));
        p._text.Append(text);
        return p;
    }

    /// <summary>Appends a line: its non-empty cells joined; a space only between two ASCII letters or digits that
    /// would otherwise run into one number (12 | 34 stays 12 34).</summary>
    internal void Append(SourceLine line)
    {
        bool first = true;
        foreach (var (_, cell) in line.NonEmpty())
        {
            if (_text.Length > 0 && char.IsAsciiLetterOrDigit(_text[^1]) && char.IsAsciiLetterOrDigit(cell[0]))
            {
                _text.Append(' ');
            }
            if (first)
            {
                _lines.Add((_text.Length, line.Number));
                first = false;
            }
            _text.Append(cell);
        }
        _built = null;
    }

    /// <summary>The source line of the character at <paramref name="offset"/> of <see cref="Text"/> (the first line
    /// before the text, the last beyond it).</summary>
    internal int LineAt(int offset)
    {
        if (_lines.Count == 0)
        {
            return 0;
        }
        int lo = 0, hi = _lines.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_lines[mid].Offset <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return _lines[lo].Line;
    }

    /// <summary>True when the text ends a sentence (。！？ and their ASCII forms, a closing quote or bracket after
    /// one): the next line starts a new paragraph.</summary>
    internal bool EndsSentence()
    {
        int i = _text.Length - 1;
        while (i >= 0 && _text[i] is '”' or '’' or '）' or ')' or '"' or ' ')
        {
            i--;
        }
        return i >= 0 && _text[i] is '。' or '！' or '？' or '!' or '?';
    }

    /// <inheritdoc />
    public override string ToString() => $"{FirstLine}: {Text}";
}
