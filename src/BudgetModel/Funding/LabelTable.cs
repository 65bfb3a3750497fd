using System.Collections.Frozen;

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
    private readonly FrozenDictionary<TEnum, string> _canonical;
    private readonly FrozenDictionary<string, TEnum> _byLabel;
    private readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly (string Label, TEnum Value)[] _all;
    private readonly int _minimumPrefix;
    private readonly int _longestLabel;
    private readonly string _what;

    /// <summary>Creates the table.</summary>
    /// <param name="what">What a label names, for error messages: "fund source".</param>
    /// <param name="minimumPrefix">The shortest accepted prefix (in normalised characters), or 0 for none.</param>
    /// <param name="entries">Each member with its canonical label first, then its variants.</param>
    internal LabelTable(string what, int minimumPrefix, params (TEnum Value, string[] Labels)[] entries)
    {
        _what = what;
        _minimumPrefix = minimumPrefix;
        var canonical = new Dictionary<TEnum, string>();
        var byLabel = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        var all = new List<(string, TEnum)>();
        foreach (var (value, labels) in entries)
        {
            canonical.Add(value, labels[0]);
            foreach (var label in labels)
            {
                var key = LabelText.Normalize(label);
                byLabel.Add(key, value);
                all.Add((key, value));
            }
        }
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (!canonical.ContainsKey(member))
            {
                throw new InvalidOperationException($"No label for {typeof(TEnum).Name}.{member}.");
            }
        }
        _canonical = canonical.ToFrozenDictionary();
        _byLabel = byLabel.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _byLabel.GetAlternateLookup<ReadOnlySpan<char>>();
        _all = [.. all];
        _longestLabel = all.Count == 0 ? 0 : all.Max(e => e.Item1.Length);
        AcceptedLabels = string.Join("、", entries.Select(e => e.Labels[0]));
    }

    /// <summary>The canonical labels, joined for error messages.</summary>
    internal string AcceptedLabels { get; }

    /// <summary>The canonical label of <paramref name="value"/>.</summary>
    internal string GetLabel(TEnum value, string paramName)
    {
        if (!_canonical.TryGetValue(value, out var label))
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, value, $"Not a defined {typeof(TEnum).Name}.");
        }
        return label;
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
            if (key.IsEmpty)
            {
                value = default;
                return false;
            }
            if (_bySpan.TryGetValue(key, out value))
            {
                return true;
            }
            return TryParsePrefix(key, out value);
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

    private bool TryParsePrefix(ReadOnlySpan<char> key, out TEnum value)
    {
        value = default;
        if (_minimumPrefix == 0 || key.Length < _minimumPrefix || key.Length > _longestLabel)
        {
            return false;
        }
        bool found = false;
        foreach (var (label, member) in _all)
        {
            if (!label.AsSpan().StartsWith(key, StringComparison.Ordinal))
            {
                continue;
            }
            if (found && !EqualityComparer<TEnum>.Default.Equals(value, member))
            {
                value = default;
                return false;
            }
            value = member;
            found = true;
        }
        return found;
    }
}
