namespace BudgetModel.Funding;

/// <summary>
/// The labels of one enumeration: a canonical (official) label per member and the variants seen in real
/// disclosures, all keyed on <see cref="LabelText"/>-normalised text. Optionally accepts a prefix of a label
/// (text cut short by PDF extraction) when the prefix is long enough and names one member only.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class LabelTable<TEnum>
    where TEnum : struct, Enum
{
    // The members in the order of the entries, and the canonical label of each (parallel arrays).
    private readonly TEnum[] _members;
    private readonly string[] _canonical;

    // Every normalised label with the position of its member in _members. Keyed by string with int values, so that
    // every table shares the dictionary's compiled code: a frozen or enum-valued dictionary per enumeration cost
    // tens of milliseconds of JIT compilation at the first use of FundingLabels (docs/benchmarks.md, Command line).
    private readonly Dictionary<string, int> _byLabel;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly (string Label, int Member)[] _all;
    private readonly int _minimumPrefix;
    private readonly int _longestLabel;

    // Bit (c mod 64) for the first character c of every normalised label: a key whose first character's bit is clear
    // names no member, as a label or as a prefix, and is refused without hashing it (most cells read are not labels).
    private readonly ulong _firstChars;
    private readonly string _what;

    /// <summary>Creates the table.</summary>
    /// <param name="what">What a label names, for error messages: "fund source".</param>
    /// <param name="minimumPrefix">The shortest accepted prefix (in normalised characters), or 0 for none.</param>
    /// <param name="entries">Each member with its canonical label first, then its variants.</param>
    internal LabelTable(string what, int minimumPrefix, params (TEnum Value, string[] Labels)[] entries)
    {
        _what = what;
        _minimumPrefix = minimumPrefix;
        _members = new TEnum[entries.Length];
        _canonical = new string[entries.Length];
        _byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = new List<(string, int)>();
        for (int m = 0; m < entries.Length; m++)
        {
            var (value, labels) = entries[m];
            if (Array.IndexOf(_members, value, 0, m) >= 0)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} is listed twice.");
            }
            _members[m] = value;
            _canonical[m] = labels[0];
            foreach (var label in labels)
            {
                var key = LabelText.Normalize(label);
                _byLabel.Add(key, m);
                all.Add((key, m));
                _longestLabel = Math.Max(_longestLabel, key.Length);
                _firstChars |= FirstCharBit(key);
            }
        }
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (IndexOf(member) < 0)
            {
                throw new InvalidOperationException($"No label for {typeof(TEnum).Name}.{member}.");
            }
        }
        _bySpan = _byLabel.GetAlternateLookup<ReadOnlySpan<char>>();
        _all = [.. all];
        AcceptedLabels = string.Join("、", _canonical);
    }

    /// <summary>The canonical labels, joined for error messages.</summary>
    internal string AcceptedLabels { get; }

    /// <summary>The canonical label of <paramref name="value"/>.</summary>
    internal string GetLabel(TEnum value, string paramName)
    {
        int m = IndexOf(value);
        if (m < 0)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, value, $"Not a defined {typeof(TEnum).Name}.");
        }
        return _canonical[m];
    }

    /// <summary>Reads a label; false when it names no member, or (as a prefix) more than one.</summary>
    internal bool TryParse(ReadOnlySpan<char> text, out TEnum value)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= 128
            ? stackalloc char[128]
            : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var key = buffer[..LabelText.Normalize(text, buffer)];
            if (key.IsEmpty || (_firstChars & FirstCharBit(key)) == 0)
            {
                value = default;
                return false;
            }
            if (_bySpan.TryGetValue(key, out int member) || TryParsePrefix(key, out member))
            {
                value = _members[member];
                return true;
            }
            value = default;
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads a label or throws <see cref="BudgetFormatException"/> naming the text and the accepted labels.</summary>
    internal TEnum Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryParse(text, out var value))
        {
            Preconditions.ThrowFormat(_what, text, 0, $"not a known label; accepted: {AcceptedLabels} (and their variants)");
        }
        return value;
    }

    private static ulong FirstCharBit(ReadOnlySpan<char> key) => 1UL << (key[0] & 63);

    /// <summary>The position of <paramref name="value"/> in <see cref="_members"/>, or -1 (at most a dozen members: a scan).</summary>
    private int IndexOf(TEnum value)
    {
        for (int m = 0; m < _members.Length; m++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(_members[m], value))
            {
                return m;
            }
        }
        return -1;
    }

    /// <summary>The member (its position) of the only labels that start with <paramref name="key"/>.</summary>
    private bool TryParsePrefix(ReadOnlySpan<char> key, out int member)
    {
        member = -1;
        if (_minimumPrefix == 0 || key.Length < _minimumPrefix || key.Length > _longestLabel)
        {
            return false;
        }
        foreach (var (label, m) in _all)
        {
            if (!label.AsSpan().StartsWith(key, StringComparison.Ordinal))
            {
                continue;
            }
            if (member >= 0 && member != m)
            {
                return false;
            }
            member = m;
        }
        return member >= 0;
    }
}
