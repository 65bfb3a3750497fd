using BudgetModel.Funding;

namespace BudgetModel.Performance;

/// <summary>The descriptive fields of a project performance sheet; every field may be absent.</summary>
/// <param name="DepartmentCode">主管部门代码, for example 209.</param>
/// <param name="DepartmentName">主管部门 name as printed.</param>
/// <param name="ImplementingUnit">实施单位.</param>
/// <param name="Attribute">项目属性, for example 一次性项目(1年结束).</param>
/// <param name="Period">项目期, for example 1年.</param>
/// <param name="Overview">项目概况.</param>
/// <param name="Basis">立项依据.</param>
/// <param name="Necessity">项目设立必要性.</param>
/// <param name="Measures">保证项目实施的制度、措施.</param>
/// <param name="Plan">项目实施计划.</param>
/// <param name="LifetimeGoal">总体目标 over 实施期.</param>
/// <param name="AnnualGoal">总体目标 for the year (年度目标).</param>
/// <param name="KeyProject">True when the sheet is one of the 重点项目 (key projects) a disclosure states targets for —
/// a list of selected projects with their amounts and goals (重点项目绩效目标情况), not a sheet for every project.</param>
public sealed record ProjectSheetDetails(
    string? DepartmentCode = null,
    string? DepartmentName = null,
    string? ImplementingUnit = null,
    string? Attribute = null,
    string? Period = null,
    string? Overview = null,
    string? Basis = null,
    string? Necessity = null,
    string? Measures = null,
    string? Plan = null,
    string? LifetimeGoal = null,
    string? AnnualGoal = null,
    bool KeyProject = false)
{
    /// <summary>No details known.</summary>
    public static ProjectSheetDetails None { get; } = new();
}
