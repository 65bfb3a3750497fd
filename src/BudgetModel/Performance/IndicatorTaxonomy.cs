namespace BudgetModel.Performance;

/// <summary>
/// Which 二级指标 belongs under which 一级指标. Under 产出: 数量, 质量, 时效, 成本; under 效益: 经济效益,
/// 社会效益, 生态效益, 可持续影响; under 满意度: 服务对象满意度. Where a province uses 成本 as a first level,
/// its second levels are 经济成本, 社会成本, 生态环境成本, and the plain 成本指标 is accepted there too.
/// A second level under another first level is a finding.
/// </summary>
public static class IndicatorTaxonomy
{
    private static readonly IndicatorSubcategory[] OutputChildren =
        [IndicatorSubcategory.Quantity, IndicatorSubcategory.Quality, IndicatorSubcategory.Timeliness, IndicatorSubcategory.Cost];

    private static readonly IndicatorSubcategory[] BenefitChildren =
        [IndicatorSubcategory.EconomicBenefit, IndicatorSubcategory.SocialBenefit, IndicatorSubcategory.EcologicalBenefit, IndicatorSubcategory.Sustainability];

    private static readonly IndicatorSubcategory[] SatisfactionChildren =
        [IndicatorSubcategory.ServiceRecipientSatisfaction];

    private static readonly IndicatorSubcategory[] CostChildren =
        [IndicatorSubcategory.Cost, IndicatorSubcategory.EconomicCost, IndicatorSubcategory.SocialCost, IndicatorSubcategory.EnvironmentalCost];

    /// <summary>
    /// The usual first level of a second level. <see cref="IndicatorSubcategory.Cost"/> gives
    /// <see cref="IndicatorCategory.Output"/> (the national template); use <see cref="IsValidUnder"/> to accept
    /// it under <see cref="IndicatorCategory.Cost"/> as well.
    /// </summary>
    /// <param name="subcategory">A defined second level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subcategory"/> is not a defined member.</exception>
    public static IndicatorCategory ParentOf(IndicatorSubcategory subcategory)
    {
        switch (subcategory)
        {
            case IndicatorSubcategory.Quantity:
            case IndicatorSubcategory.Quality:
            case IndicatorSubcategory.Timeliness:
            case IndicatorSubcategory.Cost:
                return IndicatorCategory.Output;
            case IndicatorSubcategory.EconomicBenefit:
            case IndicatorSubcategory.SocialBenefit:
            case IndicatorSubcategory.EcologicalBenefit:
            case IndicatorSubcategory.Sustainability:
                return IndicatorCategory.Benefit;
            case IndicatorSubcategory.ServiceRecipientSatisfaction:
                return IndicatorCategory.Satisfaction;
            case IndicatorSubcategory.EconomicCost:
            case IndicatorSubcategory.SocialCost:
            case IndicatorSubcategory.EnvironmentalCost:
                return IndicatorCategory.Cost;
            default:
                Preconditions.ThrowArgumentOutOfRange(nameof(subcategory), subcategory, "Not a defined IndicatorSubcategory.");
                return default;
        }
    }

    /// <summary>
    /// True when <paramref name="subcategory"/> may stand under <paramref name="category"/>; false otherwise,
    /// including for undefined values.
    /// </summary>
    /// <param name="category">The first level.</param>
    /// <param name="subcategory">The second level.</param>
    public static bool IsValidUnder(IndicatorCategory category, IndicatorSubcategory subcategory) =>
        Array.IndexOf(ChildArray(category), subcategory) >= 0;

    /// <summary>The second levels that may stand under <paramref name="category"/>, in the order sheets print them.</summary>
    /// <param name="category">A defined first level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    public static IReadOnlyList<IndicatorSubcategory> SubcategoriesOf(IndicatorCategory category)
    {
        if (!Enum.IsDefined(category))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(category), category, "Not a defined IndicatorCategory.");
        }
        return Array.AsReadOnly(ChildArray(category));
    }

    private static IndicatorSubcategory[] ChildArray(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Output => OutputChildren,
        IndicatorCategory.Benefit => BenefitChildren,
        IndicatorCategory.Satisfaction => SatisfactionChildren,
        IndicatorCategory.Cost => CostChildren,
        _ => [],
    };
}
