namespace BudgetModel.Performance;

/// <summary>
/// One performance indicator: 一级 (<see cref="Category"/>), 二级 (<see cref="Subcategory"/>),
/// 三级 (<see cref="Name"/>, the indicator itself) and 指标值 (<see cref="Value"/>).
/// </summary>
/// <param name="Category">一级指标.</param>
/// <param name="Subcategory">二级指标.</param>
/// <param name="Name">三级指标: what is measured, for example 煤改电户数.</param>
/// <param name="Value">指标值.</param>
public sealed record Indicator(IndicatorCategory Category, IndicatorSubcategory Subcategory, string Name, IndicatorValue Value);
