using System.Numerics;

namespace BudgetModel.Import.Reading;

/// <summary>
/// One line of the source: its 1-based number, its tab-separated cells (trimmed) and its text. The line is read in
/// place from the document's text: a cell becomes a string of its own only when it is not empty, and the whole
/// trimmed text only when it is asked for (<see cref="Text"/>) and differs from the only cell. The non-empty cells
/// and their labels are views on the cells (<see cref="NonEmptyCells"/>, <see cref="NonEmptyLabels"/>), not copies.
/// </summary>
internal sealed class SourceLine
{
    /// <summary>The cells of every blank line, shared.</summary>
    private static readonly string[] BlankCells = [string.Empty];

    /// <summary>The value of <see cref="_labels"/> before the labels are computed.</summary>
    private static readonly string[] LabelsNotRead = [];

    private readonly string _source;
    private readonly int _textStart;
    private readonly int _textLength;
    private string? _text;

    // Which cells are not empty, when the line has at most 64 cells: bit i for cell i. A wider line (none seen in a
    // real disclosure) is scanned instead.
    private readonly ulong _nonEmptyMask;

    // The labels of the non-empty cells, when one differs from its cell's text; null when every label is the cell's
    // text itself (the common case); LabelsNotRead before they are computed.
    private string[]? _labels = LabelsNotRead;

    /// <summary>A line given as its own string (without the line break).</summary>
    internal SourceLine(int number, string raw)
        : this(number, raw, 0, raw.Length, null)
    {
    }

    /// <summary>The line at <paramref name="start"/> of <paramref name="source"/>, <paramref name="length"/>
    /// characters long (without the line break); its short cells' strings taken from <paramref name="strings"/>
    /// when given.</summary>
    internal SourceLine(int number, string source, int start, int length, CellStrings? strings)
    {
        Number = number;
        _source = source;
        var line = source.AsSpan(start, length);
        int lead = LeadingBlanks(line);
        _textStart = start + lead;
        _textLength = TrailingTrimmedLength(line[lead..]);
        if (_textLength == 0)
        {
            _text = string.Empty;
            Cells = BlankCells;
            return;
        }
        // Cells after the last non-blank character are empty: they are left out (a missing cell is an empty one).
        line = line[..(lead + _textLength)];
        int tabs = line.Count('\t');
        if (tabs == 0)
        {
            _text = strings is null ? source.Substring(_textStart, _textLength) : strings.Get(source.AsSpan(_textStart, _textLength));
            Cells = [_text];
            _nonEmptyMask = 1;
            NonEmptyCount = 1;
            return;
        }
        var cells = new string[tabs + 1];
        var rest = line;
        ulong mask = 0;
        int count = 0;
        for (int cell = 0; cell <= tabs; cell++)
        {
            int tab = cell < tabs ? rest.IndexOf('\t') : rest.Length;
            var text = CellText(rest[..tab], strings);
            cells[cell] = text;
            if (text.Length > 0)
            {
                count++;
                if (cell < 64)
                {
                    mask |= 1UL << cell;
                }
            }
            if (cell < tabs)
            {
                rest = rest[(tab + 1)..];
            }
        }
        Cells = cells;
        NonEmptyCount = count;
        _nonEmptyMask = mask;
    }

    /// <summary>The 1-based line number.</summary>
    internal int Number { get; }

    /// <summary>The cells, trimmed, up to the last non-empty one (a blank line has one empty cell); an empty cell is
    /// "", and a cell beyond the end is empty too (<see cref="this[int]"/>). Shared: callers must not change the array.</summary>
    internal string[] Cells { get; }

    /// <summary>How many cells are not empty.</summary>
    internal int NonEmptyCount { get; }

    /// <summary>The whole line, trimmed (tabs between cells kept).</summary>
    internal string Text => _text ??= SingleCell is { } only && only.Length == _textLength ? only : new string(TextSpan);

    /// <summary>The whole line, trimmed, without making a string of it.</summary>
    internal ReadOnlySpan<char> TextSpan => _source.AsSpan(_textStart, _textLength);

    /// <summary>True when the line has no text.</summary>
    internal bool IsBlank => _textLength == 0;

    /// <summary>The cell at <paramref name="index"/>, or "" beyond the end.</summary>
    internal string this[int index] => index >= 0 && index < Cells.Length ? Cells[index] : string.Empty;

    /// <summary>The non-empty cells with their indices, in order.</summary>
    internal NonEmptyCells NonEmpty() => new(this);

    /// <summary>The labels of the non-empty cells (<see cref="Labels.Normalize"/>), in the order of
    /// <see cref="NonEmpty"/>; normalised once per line.</summary>
    internal NonEmptyLabels NonEmptyLabels()
    {
        if (ReferenceEquals(_labels, LabelsNotRead))
        {
            _labels = FindLabels();
        }
        return new NonEmptyLabels(this, _labels);
    }

    /// <summary>The label of the first non-empty cell (the first of <see cref="NonEmptyLabels"/>), without
    /// normalising the others.</summary>
    internal string FirstLabel() =>
        ReferenceEquals(_labels, LabelsNotRead) ? Labels.Normalize(Cells[NonEmptyIndex(0)]) : NonEmptyLabels()[0];

    /// <summary>The only non-empty cell's text, or null when there are none or several.</summary>
    internal string? SingleCell => NonEmptyCount == 1 ? Cells[NonEmptyIndex(0)] : null;

    /// <summary>The index in <see cref="Cells"/> of the <paramref name="k"/>-th non-empty cell (from 0).</summary>
    internal int NonEmptyIndex(int k)
    {
        if ((uint)k >= (uint)NonEmptyCount)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"The line has {NonEmptyCount} non-empty cell(s).");
        }
        if (Cells.Length > 64)
        {
            for (int i = 0; ; i++)
            {
                if (Cells[i].Length > 0 && k-- == 0)
                {
                    return i;
                }
            }
        }
        ulong mask = _nonEmptyMask;
        if (System.Runtime.Intrinsics.X86.Bmi2.X64.IsSupported)
        {
            return BitOperations.TrailingZeroCount(System.Runtime.Intrinsics.X86.Bmi2.X64.ParallelBitDeposit(1UL << k, mask));
        }
        for (; k > 0; k--)
        {
            mask &= mask - 1;
        }
        return BitOperations.TrailingZeroCount(mask);
    }

    private string[]? FindLabels()
    {
        string[]? labels = null;
        int k = 0;
        foreach (var (_, text) in NonEmpty())
        {
            var label = Labels.Normalize(text);
            if (labels is null && !ReferenceEquals(label, text))
            {
                // The first label that is not its cell's text: keep them all from here on (the earlier ones are
                // their cells' texts).
                labels = new string[NonEmptyCount];
                for (int j = 0; j < k; j++)
                {
                    labels[j] = Cells[NonEmptyIndex(j)];
                }
            }
            if (labels is not null)
            {
                labels[k] = label;
            }
            k++;
        }
        return labels;
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

    private static string CellText(ReadOnlySpan<char> cell, CellStrings? strings)
    {
        cell = cell[LeadingBlanks(cell)..];
        int length = TrailingTrimmedLength(cell);
        return length == 0 ? string.Empty : strings is null ? new string(cell[..length]) : strings.Get(cell[..length]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number}: {Text}";
}

/// <summary>The non-empty cells of a line, in order, each with its index in <see cref="SourceLine.Cells"/>: a view on
/// the line, not a copy. <c>default</c> is not a valid view.</summary>
internal readonly struct NonEmptyCells
{
    private readonly SourceLine _line;

    internal NonEmptyCells(SourceLine line)
    {
        _line = line;
    }

    /// <summary>How many cells are not empty.</summary>
    internal int Length => _line.NonEmptyCount;

    /// <summary>The <paramref name="k"/>-th non-empty cell (from 0) and its index in the line.</summary>
    internal (int Index, string Text) this[int k]
    {
        get
        {
            int index = _line.NonEmptyIndex(k);
            return (index, _line.Cells[index]);
        }
    }

    /// <summary>True when some non-empty cell's text satisfies <paramref name="predicate"/>.</summary>
    internal bool Any(Func<string, bool> predicate)
    {
        foreach (var (_, text) in this)
        {
            if (predicate(text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The texts of the non-empty cells from the <paramref name="k"/>-th on.</summary>
    internal List<string> TextsFrom(int k)
    {
        var texts = new List<string>(Math.Max(0, Length - k));
        int seen = 0;
        foreach (var (_, text) in this)
        {
            if (seen++ >= k)
            {
                texts.Add(text);
            }
        }
        return texts;
    }

    /// <summary>Enumerates the cells in order.</summary>
    public Enumerator GetEnumerator() => new(_line.Cells);

    /// <summary>Enumerates the non-empty cells of a line.</summary>
    internal struct Enumerator
    {
        private readonly string[] _cells;
        private int _index;

        internal Enumerator(string[] cells)
        {
            _cells = cells;
            _index = -1;
        }

        /// <summary>The current cell and its index.</summary>
        public readonly (int Index, string Text) Current => (_index, _cells[_index]);

        /// <summary>Moves to the next non-empty cell.</summary>
        public bool MoveNext()
        {
            while (++_index < _cells.Length)
            {
                if (_cells[_index].Length > 0)
                {
                    return true;
                }
            }
            return false;
        }
    }
}

/// <summary>The labels (<see cref="Labels.Normalize"/>) of the non-empty cells of a line, in the order of
/// <see cref="SourceLine.NonEmpty"/>: a view on the line, not a copy. <c>default</c> is not a valid view.</summary>
internal readonly struct NonEmptyLabels
{
    private readonly SourceLine _line;
    private readonly string[]? _labels;

    /// <param name="line">The line.</param>
    /// <param name="labels">The labels, or null when every label is its cell's text.</param>
    internal NonEmptyLabels(SourceLine line, string[]? labels)
    {
        _line = line;
        _labels = labels;
    }

    /// <summary>How many labels (non-empty cells) there are.</summary>
    internal int Length => _line.NonEmptyCount;

    /// <summary>The <paramref name="k"/>-th label (from 0).</summary>
    internal string this[int k] => _labels is { } labels ? labels[k] : _line.Cells[_line.NonEmptyIndex(k)];

    /// <summary>The position of the first label equal to <paramref name="label"/> (ordinal), or -1.</summary>
    internal int IndexOf(string label)
    {
        int k = 0;
        foreach (var l in this)
        {
            if (l == label)
            {
                return k;
            }
            k++;
        }
        return -1;
    }

    /// <summary>True when some label satisfies <paramref name="predicate"/>.</summary>
    internal bool Any(Func<string, bool> predicate)
    {
        foreach (var l in this)
        {
            if (predicate(l))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Enumerates the labels in order.</summary>
    public Enumerator GetEnumerator() => new(_line.Cells, _labels);

    /// <summary>Enumerates the labels of a line.</summary>
    internal struct Enumerator
    {
        private readonly string[] _cells;
        private readonly string[]? _labels;
        private int _index;
        private int _k;

        internal Enumerator(string[] cells, string[]? labels)
        {
            _cells = cells;
            _labels = labels;
            _index = -1;
            _k = -1;
        }

        /// <summary>The current label.</summary>
        public readonly string Current => _labels is { } labels ? labels[_k] : _cells[_index];

        /// <summary>Moves to the next label.</summary>
        public bool MoveNext()
        {
            while (++_index < _cells.Length)
            {
                if (_cells[_index].Length > 0)
                {
                    _k++;
                    return true;
                }
            }
            return false;
        }
    }
}

/// <summary>
/// Reads a text one line at a time (\r\n, \n or \r), numbered from 1, so that a document is never held as a list of
/// all its lines: a line that no reader keeps is garbage as soon as it has been read.
/// </summary>
internal struct LineReader
{
    private readonly string _text;
    private readonly CellStrings? _strings;
    private int _start;
    private int _number;

    /// <param name="text">The text.</param>
    /// <param name="strings">The document's cell strings, or null to make every cell's string anew.</param>
    internal LineReader(string text, CellStrings? strings)
    {
        _text = text;
        _strings = strings;
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
        line = new SourceLine(++_number, _text, _start, end - _start, _strings);
        _start = next;
        return true;
    }
}
