namespace BudgetModel.Import.Reading;

/// <summary>
/// The strings of a document's short cells, each made once: a disclosure repeats the same labels and figures in every
/// performance sheet (二级指标, 数量指标, 其中:中央财政资金, 0, 100% …), so a cell that occurs again is given the string
/// made for its first occurrence instead of a new one. Only cells of up to <see cref="MaxLength"/> characters are
/// kept, at most <see cref="MaxCount"/> of them, so the table stays small whatever the document.
/// </summary>
/// <remarks>One table per thread, emptied when the document has been read (<see cref="Clear"/>): the table holds no
/// document's strings between imports, and its arrays are reused.</remarks>
internal sealed class CellStrings
{
    /// <summary>The longest cell kept.</summary>
    internal const int MaxLength = 16;

    /// <summary>The most strings kept per document.</summary>
    internal const int MaxCount = 2048;

    [ThreadStatic]
    private static CellStrings? t_table;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private CellStrings()
    {
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>This thread's table, empty, for a new document; <see cref="Clear"/> it when the document is read.</summary>
    internal static CellStrings ForDocument()
    {
        var table = t_table ??= new CellStrings();
        table.Clear();
        return table;
    }

    /// <summary>Lets go of the document's strings.</summary>
    internal void Clear()
    {
        if (_strings.Count > 0)
        {
            _strings.Clear();
        }
    }

    /// <summary>The string of <paramref name="text"/> (not empty): the one made before for the same text, or a new one.</summary>
    internal string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }
        if (_bySpan.TryGetValue(text, out var known))
        {
            return known;
        }
        var made = new string(text);
        if (_strings.Count < MaxCount)
        {
            _strings.Add(made);
        }
        return made;
    }
}
