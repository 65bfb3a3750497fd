using BudgetModel.Funding;

namespace BudgetModel.Performance;

/// <summary>
/// The official Chinese labels of the indicator levels (一级指标, 二级指标), and reading them back from a
/// performance sheet. The one place where these labels live.
/// </summary>
/// <remarks>
/// <para>Reading tolerates white space, full-width punctuation and leading ordinals (as
/// <see cref="FundingLabels"/> does), the short forms (<c>数量</c> for <c>数量指标</c>), the variants seen in
/// disclosures (<c>可持续性影响指标</c>, <c>服务对象满意度</c>), and a prefix of at least four characters that fits
/// one level only, because PDF extraction cuts cells short (<c>服务对象满意度指</c>).</para>
/// <para>The <c>TryParse…</c> methods return false for text that names no level; the <c>Parse…</c> methods throw
/// <see cref="BudgetFormatException"/> naming the text and listing the accepted labels.</para>
/// </remarks>
public static class IndicatorLabels
{
    private const int MinimumPrefix = 4;

    private static readonly LabelTable<IndicatorCategory> CategoryTable = new(
        "first-level indicator (一级指标)",
        MinimumPrefix,
        (IndicatorCategory.Output, ["产出指标", "产出"]),
        (IndicatorCategory.Benefit, ["效益指标", "效益"]),
        (IndicatorCategory.Satisfaction, ["满意度指标", "满意度"]),
        (IndicatorCategory.Cost, ["成本指标", "成本"]));

    private static readonly LabelTable<IndicatorSubcategory> SubcategoryTable = new(
        "second-level indicator (二级指标)",
        MinimumPrefix,
        (IndicatorSubcategory.Quantity, ["数量指标", "数量"]),
        (IndicatorSubcategory.Quality, ["质量指标", "质量"]),
        (IndicatorSubcategory.Timeliness, ["时效指标", "时效"]),
        (IndicatorSubcategory.Cost, ["成本指标", "成本"]),
        (IndicatorSubcategory.EconomicBenefit, ["经济效益指标", "经济效益"]),
        (IndicatorSubcategory.SocialBenefit, ["社会效益指标", "社会效益"]),
        (IndicatorSubcategory.EcologicalBenefit, ["生态效益指标", "生态效益"]),
        (IndicatorSubcategory.Sustainability, ["可持续影响指标", "可持续影响", "可持续性影响指标", "可持续性影响"]),
        (IndicatorSubcategory.ServiceRecipientSatisfaction, ["服务对象满意度指标", "服务对象满意度"]),
        (IndicatorSubcategory.EconomicCost, ["经济成本指标", "经济成本"]),
        (IndicatorSubcategory.SocialCost, ["社会成本指标", "社会成本"]),
        (IndicatorSubcategory.EnvironmentalCost, ["生态环境成本指标", "生态环境成本", "环境成本指标", "环境成本"]));

    /// <summary>The official label of a first level: <c>产出指标</c>, <c>效益指标</c>, <c>满意度指标</c> or <c>成本指标</c>.</summary>
    /// <param name="value">A defined first level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string GetLabel(IndicatorCategory value) => CategoryTable.GetLabel(value, nameof(value));

    /// <summary>The official label of a second level: <c>数量指标</c>, <c>服务对象满意度指标</c> ….</summary>
    /// <param name="value">A defined second level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string GetLabel(IndicatorSubcategory value) => SubcategoryTable.GetLabel(value, nameof(value));

    /// <summary>Reads a first-level label; false if the text names none.</summary>
    /// <param name="text">The label as printed, for example <c>产出指标</c>.</param>
    /// <param name="value">The first level; <c>default</c> when false is returned.</param>
    public static bool TryParseCategory(ReadOnlySpan<char> text, out IndicatorCategory value) => CategoryTable.TryParse(text, out value);

    /// <summary>Reads a first-level label.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no first level.</exception>
    public static IndicatorCategory ParseCategory(string text) => CategoryTable.Parse(text);

    /// <summary>Reads a second-level label; false if the text names none or, as a prefix, more than one.</summary>
    /// <param name="text">The label as printed, for example <c>数量指标</c>, <c>数量</c> or <c>服务对象满意度指</c>.</param>
    /// <param name="value">The second level; <c>default</c> when false is returned.</param>
    public static bool TryParseSubcategory(ReadOnlySpan<char> text, out IndicatorSubcategory value) => SubcategoryTable.TryParse(text, out value);

    /// <summary>Reads a second-level label, accepting the same forms as <see cref="TryParseSubcategory"/>.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no second level.</exception>
    public static IndicatorSubcategory ParseSubcategory(string text) => SubcategoryTable.Parse(text);
}
