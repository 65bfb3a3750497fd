namespace BudgetModel.Import.Reading;

/// <summary>One line of the source: its 1-based number, its tab-separated cells (trimmed) and its text.</summary>
internal sealed class SourceLine
{
    private static readonly char[] Blanks = [' ', '\u3000', '\u00A0', '\t', '\f', '\v', '\uFEFF'];

    internal SourceLine(int number, string raw)
    {
        Number = number;
        Raw = raw;
        var parts = raw.Split('\t');
        Cells = new string[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            Cells[i] = parts[i].Trim(Blanks);
        }
        Text = raw.Trim(Blanks);
    }

    /// <summary>The 1-based line number.</summary>
    internal int Number { get; }

    /// <summary>The line as read.</summary>
    internal string Raw { get; }

    /// <summary>The cells, trimmed; an empty cell is "".</summary>
    internal string[] Cells { get; }

    /// <summary>The whole line, trimmed.</summary>
    internal string Text { get; }

    /// <summary>True when the line has no text.</summary>
    internal bool IsBlank => Text.Length == 0;

    /// <summary>The cell at <paramref name="index"/>, or "" beyond the end.</summary>
    internal string this[int index] => index >= 0 && index < Cells.Length ? Cells[index] : string.Empty;

    /// <summary>The non-empty cells with their indices.</summary>
    internal IEnumerable<(int Index, string Text)> NonEmpty()
    {
        for (int i = 0; i < Cells.Length; i++)
        {
            if (Cells[i].Length > 0)
            {
                yield return (i, Cells[i]);
            }
        }
    }

    /// <summary>The number of non-empty cells.</summary>
    internal int NonEmptyCount => Cells.Count(c => c.Length > 0);

    /// <summary>The only non-empty cell's text, or null when there are none or several.</summary>
    internal string? SingleCell
    {
        get
        {
            string? found = null;
            foreach (var cell in Cells)
            {
                if (cell.Length == 0)
                {
                    continue;
                }
                if (found is not null)
                {
                    return null;
                }
                found = cell;
            }
            return found;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number}: {Raw}";

    /// <summary>Splits the first <paramref name="max"/> lines of a text (to probe a large input cheaply).</summary>
    internal static List<SourceLine> Split(string text, int max)
    {
        var lines = new List<SourceLine>();
        var reader = new LineReader(text);
        while (lines.Count < max && reader.TryRead(out var line))
        {
            lines.Add(line);
        }
        return lines;
    }
}

/// <summary>
/// Reads a text one line at a time (\r\n, \n or \r), numbered from 1, so that a document is never held as a list of
/// all its lines: a line that no reader keeps is garbage as soon as it has been read.
/// </summary>
internal struct LineReader
{
    private readonly string _text;
    private int _start;
    private int _number;

    internal LineReader(string text)
    {
        _text = text;
    }

    /// <summary>Reads the next line; false at the end of the text.</summary>
    internal bool TryRead([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceLine? line)
    {
        if (_start >= _text.Length)
        {
            line = null;
            return false;
        }
        int end = _text.AsSpan(_start).IndexOfAny('\n', '\r');
        int next;
        if (end < 0)
        {
            end = _text.Length;
            next = _text.Length;
        }
        else
        {
            end += _start;
            next = end + (_text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1);
        }
        line = new SourceLine(++_number, _text[_start..end]);
        _start = next;
        return true;
    }
}
