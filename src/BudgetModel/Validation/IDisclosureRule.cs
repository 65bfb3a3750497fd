namespace BudgetModel.Validation;

/// <summary>
/// One named check of a disclosure (docs/domain.md §5): a stable id such as <c>BM-T3-ROLLUP</c>, an English and a Chinese
/// title, and the check itself, which reports findings to the <see cref="ValidationContext"/>. The built-in rules are
/// listed in <see cref="DisclosureRules.All"/>; add your own with <see cref="ValidationOptions.AdditionalRules"/>.
/// </summary>
/// <remarks>
/// A rule must not throw for a disclosure that loaded; if it does, <see cref="DisclosureValidator.Validate"/> turns
/// the exception into an error finding carrying the rule's id and goes on with the other rules.
/// </remarks>
public interface IDisclosureRule
{
    /// <summary>The stable id, for example <c>BM-X-T5-T6-BASIC</c>; findings carry it.</summary>
    string Id { get; }

    /// <summary>A short English title.</summary>
    string Title { get; }

    /// <summary>A short Chinese title, for example 基本支出与经济分类合计一致.</summary>
    string ChineseTitle { get; }

    /// <summary>Runs the check and reports every finding to <paramref name="context"/>.</summary>
    /// <param name="context">The disclosure, the options and the sink for findings.</param>
    void Check(ValidationContext context);
}
