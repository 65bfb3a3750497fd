using BudgetModel.Funding;

namespace BudgetModel.Performance;

/// <summary>An indicator as printed on a sheet, with its source line.</summary>
/// <param name="Indicator">The indicator (一级/二级/三级/指标值).</param>
/// <param name="Line">The source line, when imported.</param>
public sealed record SheetIndicator(Indicator Indicator, int? Line = null);
