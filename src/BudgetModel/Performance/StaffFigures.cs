using BudgetModel.Funding;

namespace BudgetModel.Performance;

/// <summary>Staff and organisation figures from 概况 or the overall sheet; each may be absent.</summary>
/// <param name="InternalDepartments">内设机构 / 内设职能部门数.</param>
/// <param name="SubordinateUnits">所属预算单位数.</param>
/// <param name="AuthorizedStaff">编制 (核定的人员编制数).</param>
/// <param name="ActualStaff">实有 (实际在职人员总数).</param>
/// <param name="ActualOnEstablishment">其中：在编人员数.</param>
/// <param name="ActualOther">其他人员数.</param>
public sealed record StaffFigures(
    int? InternalDepartments = null,
    int? SubordinateUnits = null,
    int? AuthorizedStaff = null,
    int? ActualStaff = null,
    int? ActualOnEstablishment = null,
    int? ActualOther = null)
{
    /// <summary>Nothing known.</summary>
    public static StaffFigures None { get; } = new();
}
