namespace BudgetModel.Import.Reading;

/// <summary>
/// One line of the source: its 1-based number, its tab-separated cells (trimmed) and its text. The line is read in
/// place from the document's text: a cell becomes a string of its own only when it is not empty, and the whole
/// trimmed text only when it is asked for (<see cref="Text"/>) and differs from the only cell.
/// </summary>
internal sealed class SourceLine
{
    private readonly string _source;
    private readonly int _textStart;
    private readonly int _textLength;
    private string? _text;
    private (int Index, string Text)[]? _nonEmpty;
    private string[]? _labels;

    /// <summary>A line given as its own string (without the line break).</summary>
    internal SourceLine(int number, string raw)
        : this(number, raw, 0, raw.Length)
    {
    }

    /// <summary>The line at <paramref name="start"/> of <paramref name="source"/>, <paramref name="length"/>
    /// characters long (without the line break).</summary>
    internal SourceLine(int number, string source, int start, int length)
    {
        Number = number;
        _source = source;
        var line = source.AsSpan(start, length);
        int lead = LeadingBlanks(line);
        _textStart = start + lead;
        _textLength = TrailingTrimmedLength(line[lead..]);
        int tabs = line.Count('\t');
        if (tabs == 0)
        {
            _text = source.Substring(_textStart, _textLength);
            Cells = [_text];
            return;
        }
        var cells = new string[tabs + 1];
        var rest = line;
        for (int cell = 0; cell < tabs; cell++)
        {
            int tab = rest.IndexOf('\t');
            cells[cell] = CellText(rest[..tab]);
            rest = rest[(tab + 1)..];
        }
        cells[tabs] = CellText(rest);
        Cells = cells;
    }

    /// <summary>The 1-based line number.</summary>
    internal int Number { get; }

    /// <summary>The cells, trimmed; an empty cell is "".</summary>
    internal string[] Cells { get; }

    /// <summary>The whole line, trimmed (tabs between cells kept).</summary>
    internal string Text => _text ??= SingleCell is { } only && only.Length == _textLength ? only : new string(TextSpan);

    /// <summary>The whole line, trimmed, without making a string of it.</summary>
    internal ReadOnlySpan<char> TextSpan => _source.AsSpan(_textStart, _textLength);

    /// <summary>True when the line has no text.</summary>
    internal bool IsBlank => _textLength == 0;

    /// <summary>The cell at <paramref name="index"/>, or "" beyond the end.</summary>
    internal string this[int index] => index >= 0 && index < Cells.Length ? Cells[index] : string.Empty;

    /// <summary>The non-empty cells with their indices, in order; computed once per line and shared, so callers must
    /// not change the array.</summary>
    internal (int Index, string Text)[] NonEmpty() => _nonEmpty ??= FindNonEmpty();

    /// <summary>The labels of the non-empty cells (<see cref="Labels.Normalize"/>), in the order of
    /// <see cref="NonEmpty"/>; computed once per line and shared, so callers must not change the array.</summary>
    internal string[] NonEmptyLabels()
    {
        if (_labels is null)
        {
            var cells = NonEmpty();
            var labels = new string[cells.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                labels[i] = Labels.Normalize(cells[i].Text);
            }
            _labels = labels;
        }
        return _labels;
    }

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

    private (int Index, string Text)[] FindNonEmpty()
    {
        int count = 0;
        foreach (var cell in Cells)
        {
            if (cell.Length > 0)
            {
                count++;
            }
        }
        if (count == 0)
        {
            return [];
        }
        var found = new (int Index, string Text)[count];
        int k = 0;
        for (int i = 0; i < Cells.Length; i++)
        {
            if (Cells[i].Length > 0)
            {
                found[k++] = (i, Cells[i]);
            }
        }
        return found;
    }

    /// <summary>The blanks trimmed from a line and its cells: space, ideographic space, no-break space, tab, form
    /// feed, vertical tab and the byte order mark.</summary>
    private static bool IsBlankChar(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t' or '\f' or '\v' or '\uFEFF';

    private static int LeadingBlanks(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && IsBlankChar(text[start]))
        {
            start++;
        }
        return start;
    }

    private static int TrailingTrimmedLength(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0 && IsBlankChar(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static string CellText(ReadOnlySpan<char> cell)
    {
        cell = cell[LeadingBlanks(cell)..];
        int length = TrailingTrimmedLength(cell);
        return length == 0 ? string.Empty : new string(cell[..length]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number}: {Text}";
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
        line = new SourceLine(++_number, _text, _start, end - _start);
        _start = next;
        return true;
    }
}
