using BudgetModel.Disclosure;
using BudgetModel.Validation.Rules;

namespace BudgetModel.Validation;

/// <summary>
/// The catalog of built-in rules (docs/domain.md §5), in the order they run. Each has a stable id; docs/rules.md explains
/// each with an example. Disable rules with <see cref="ValidationOptions.DisabledRules"/>.
/// </summary>
public static class DisclosureRules
{
    private static readonly Dictionary<string, IDisclosureRule> ById;

    static DisclosureRules()
    {
        var rules = new List<IDisclosureRule>();
        rules.AddRange(CompletenessRules.Create());
        rules.AddRange(TableRules.Create());
        rules.AddRange(CrossTableRules.Create());
        rules.AddRange(CodeRules.Create());
        rules.AddRange(PerformanceRules.Create());
        rules.AddRange(ProseRules.Create());
        rules.AddRange(NoteRules.Create());
        All = rules.AsReadOnly();
        ById = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Every built-in rule, in run order; ids are unique.</summary>
    public static IReadOnlyList<IDisclosureRule> All { get; }

    /// <summary>The built-in rule with an id, or null.</summary>
    /// <param name="id">The rule id, for example BM-T3-ROLLUP.</param>
    /// <returns>The rule, or null when no built-in rule has the id.</returns>
    public static IDisclosureRule? Find(string id) => ById.GetValueOrDefault(Guard.Against.Null(id));

    /// <summary>The short table tag used in rule ids: T1 … T13 (the seed's numbering).</summary>
    internal static string Tag(TableKind kind) => "T" + ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A built-in rule: id, titles and a check.</summary>
internal sealed class Rule(string id, string title, string chineseTitle, Action<ValidationContext> check) : IDisclosureRule
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public string ChineseTitle { get; } = chineseTitle;

    public void Check(ValidationContext context) => check(Guard.Against.Null(context));

    public override string ToString() => $"{Id} {Title} ({ChineseTitle})";
}
