using BudgetModel.Funding;

namespace BudgetModel.Performance;

/// <summary>An indicator as printed on a sheet, with its source line.</summary>
/// <param name="Indicator">The indicator (一级/二级/三级/指标值).</param>
/// <param name="Line">The source line, when imported.</param>
public sealed record SheetIndicator(Indicator Indicator, int? Line = null)
{
    /// <summary>The activity (活动) the indicator is set for, on an overall sheet laid out by activity (审计业务, 审计管理:
    /// 活动 | 绩效指标 | 指标值 …); null when the sheet names none.</summary>
    public string? Activity { get; init; }
}
