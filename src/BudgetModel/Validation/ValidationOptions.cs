using System.Collections.Frozen;
using BudgetModel.Classification;

namespace BudgetModel.Validation;

/// <summary>Options of validation: which rules to skip, extra rules, the classification catalogs, matching thresholds.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: every rule enabled, the built-in catalog editions, a name similarity of 0.5.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Only the arithmetic of the tables: each table's own rollups and summary lines (<c>BM-T1-…</c> to
    /// <c>BM-T13-…</c>, <c>BM-T3-ROLLUP</c> …) and the relations between tables (<c>BM-X-…</c>), with the culprit
    /// search. Off: completeness (<c>BM-REQUIRED-*</c>, <c>BM-EMPTY-NOTE</c>, <c>BM-UNIT-NAME</c>,
    /// <c>BM-TABLE-UNRECOGNISED</c>), codes and names (<c>BM-CODE-*</c>), the performance sheets (<c>BM-PERF-*</c>)
    /// and the prose (<c>BM-PROSE-*</c>). For a partial disclosure built in code — a few tables, no sheets, no prose —
    /// whose missing parts are not the point. A relation with a table the disclosure lacks is not checked.
    /// </summary>
    public static ValidationOptions RollupsOnly { get; } = new()
    {
        DisabledRules = DisclosureRules.All.Select(r => r.Id).Where(id => !IsArithmetic(id)).ToFrozenSet(StringComparer.Ordinal),
    };

    /// <summary>True for the ids of the table rollups (BM-T&lt;n&gt;-…) and the cross-table relations (BM-X-…).</summary>
    private static bool IsArithmetic(string id) =>
        id.StartsWith("BM-X-", StringComparison.Ordinal)
        || (id.StartsWith("BM-T", StringComparison.Ordinal) && id.Length > 4 && char.IsAsciiDigit(id[4]));

    /// <summary>Rule ids to skip. An entry ending in <c>*</c> is a prefix: <c>BM-PROSE-*</c> skips every prose rule.
    /// <see cref="DisclosureValidator.CulpritRuleId"/> skips the culprit search. Empty by default.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Rules of the caller's, run after <see cref="DisclosureRules.All"/>. Empty by default.</summary>
    public IReadOnlyList<IDisclosureRule> AdditionalRules { get; init; } = [];

    /// <summary>The catalog editions; the edition for the budget year (or the nearest earlier one) checks codes and
    /// names. <see cref="ClassificationCatalogSet.BuiltIn"/> by default.</summary>
    public ClassificationCatalogSet Catalogs { get; init; } = ClassificationCatalogSet.BuiltIn;

    /// <summary>The character-bigram Dice similarity (0 to 1) from which two differently printed project names may be
    /// the same project when their amounts agree; 0.5 by default. Names at or above
    /// <see cref="StrongNameSimilarity"/> match whatever the amounts.</summary>
    public double NameSimilarity { get; init; } = 0.5;

    /// <summary>The similarity from which two project names match even when the amounts differ; 0.8 by default.</summary>
    public double StrongNameSimilarity { get; init; } = 0.8;

    /// <summary>A copy with more rules disabled. Each id must name a rule (<see cref="RuleIds.Resolve"/>): a built-in
    /// rule, the culprit search or one of <see cref="AdditionalRules"/> (set those first); ids match regardless of
    /// case.</summary>
    /// <param name="ruleIds">Rule ids or prefixes ending in <c>*</c>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="UnknownRuleIdException">An id names no rule, or a prefix starts no rule's id.</exception>
    public ValidationOptions Disable(params string[] ruleIds)
    {
        Guard.Against.Null(ruleIds);
        var resolved = ruleIds.Select(id => RuleIds.Resolve(Guard.Against.Null(id), AdditionalRules)).ToArray();
        return this with { DisabledRules = DisabledRules.Concat(resolved).ToFrozenSet(StringComparer.Ordinal) };
    }

    /// <summary>True when the rule with <paramref name="ruleId"/> is disabled.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>True when an entry of <see cref="DisabledRules"/> names it or is a prefix of it.</returns>
    public bool IsDisabled(string ruleId)
    {
        Guard.Against.Null(ruleId);
        if (DisabledRules.Contains(ruleId))
        {
            return true;
        }
        foreach (var entry in DisabledRules)
        {
            if (entry.EndsWith('*') && ruleId.StartsWith(entry.AsSpan(0, entry.Length - 1), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
