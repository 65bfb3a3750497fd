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

    /// <summary>Splits a text into lines (\r\n, \n or \r), numbered from 1.</summary>
    internal static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        int number = 1;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(new SourceLine(number++, text[start..i]));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(new SourceLine(number, text[start..]));
        }
        return lines;
    }
}
