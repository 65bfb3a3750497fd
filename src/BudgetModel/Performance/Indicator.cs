namespace BudgetModel.Performance;

/// <summary>
/// One performance indicator: 一级 (<see cref="Category"/>), 二级 (<see cref="Subcategory"/>),
/// 三级 (<see cref="Name"/>, the indicator itself) and 指标值 (<see cref="Value"/>).
/// </summary>
/// <remarks>
/// The record holds what a sheet says, even when it is wrong: a 二级 under the wrong 一级 is kept and
/// reported by <see cref="IsWellPlaced"/> (a validator turns it into a finding).
/// </remarks>
/// <param name="Category">一级指标.</param>
/// <param name="Subcategory">二级指标.</param>
/// <param name="Name">三级指标: what is measured, for example 煤改电户数.</param>
/// <param name="Value">指标值.</param>
public sealed record Indicator(IndicatorCategory Category, IndicatorSubcategory Subcategory, string Name, IndicatorValue Value)
{
    /// <summary>True when <see cref="Subcategory"/> may stand under <see cref="Category"/> (<see cref="IndicatorTaxonomy.IsValidUnder"/>).</summary>
    public bool IsWellPlaced => IndicatorTaxonomy.IsValidUnder(Category, Subcategory);
}
