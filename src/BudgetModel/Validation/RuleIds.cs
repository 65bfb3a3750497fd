namespace BudgetModel.Validation;

/// <summary>
/// The one place that says which ids name a rule: the built-in rules (<see cref="DisclosureRules.All"/>), the
/// culprit search (<see cref="DisclosureValidator.CulpritRuleId"/>) and the caller's rules; an id matches regardless
/// of case, and an entry ending in <c>*</c> is a prefix that must start some rule's id. Used by
/// <see cref="ValidationOptions.Disable(string[])"/> and by the command line's <c>--disable</c>.
/// </summary>
public static class RuleIds
{
    /// <summary>The ids of everything that can be disabled, in run order: the built-in rules, then the culprit search.</summary>
    public static IReadOnlyList<string> Known { get; } =
        [.. DisclosureRules.All.Select(r => r.Id), DisclosureValidator.CulpritRuleId];

    /// <summary>The canonical form of a rule id or prefix: the id as the rule spells it, or the upper-cased prefix
    /// followed by <c>*</c>.</summary>
    /// <param name="entry">A rule id (any case) or a prefix ending in <c>*</c>.</param>
    /// <param name="additionalRules">The caller's own rules, whose ids are also known; null for none.</param>
    /// <returns>The canonical id or prefix.</returns>
    /// <exception cref="UnknownRuleIdException">No rule has the id, or no rule's id starts with the prefix; the message
    /// names the closest id when there is one near enough to be a typo, else lists the ids.</exception>
    public static string Resolve(string entry, IEnumerable<IDisclosureRule>? additionalRules = null)
    {
        Guard.Against.Null(entry);
        var ids = additionalRules is null ? Known : [.. Known, .. additionalRules.Select(r => r.Id)];
        var trimmed = entry.Trim();
        if (trimmed.EndsWith('*'))
        {
            var prefix = trimmed[..^1];
            var first = ids.FirstOrDefault(id => id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
            if (first is null)
            {
                throw new UnknownRuleIdException(entry, $"No rule id starts with '{prefix}' ({entry}). {Listing(ids)}");
            }
            // A prefix keeps the case of the ids it matches.
            return first[..prefix.Length] + "*";
        }
        var match = ids.FirstOrDefault(id => string.Equals(id, trimmed, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }
        throw new UnknownRuleIdException(entry, Closest(trimmed, ids) is { } closest
            ? $"No rule has the id {entry}; did you mean {closest}?"
            : $"No rule has the id {entry}. {Listing(ids)}");
    }

    private static string Listing(IEnumerable<string> ids) => "The rule ids are: " + string.Join(", ", ids) + ".";

    /// <summary>The id nearest to <paramref name="entry"/> by edit distance, when it is near enough to be a typo.</summary>
    private static string? Closest(string entry, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return null;
        }
        var upper = entry.ToUpperInvariant();
        var (id, distance) = ids.Select(r => (Id: r, Distance: EditDistance(upper, r.ToUpperInvariant()))).MinBy(r => r.Distance);
        return distance <= Math.Max(2, id.Length / 4) ? id : null;
    }

    /// <summary>The Levenshtein distance (insertions, deletions, substitutions).</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
