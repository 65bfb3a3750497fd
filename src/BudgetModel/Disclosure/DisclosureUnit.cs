using BudgetModel.Performance;

namespace BudgetModel.Disclosure;

/// <summary>The unit that publishes the disclosure, as its 概况 describes it.</summary>
/// <param name="Name">The unit's name as on the cover, for example 汾阳市工业和信息化局.</param>
/// <param name="Code">The unit code, for example 209001, when printed.</param>
/// <param name="Level">Unit or department budget.</param>
/// <param name="Duties">本单位职责, as printed.</param>
/// <param name="Staff">编制, 实有 and 内设机构 figures from 概况.</param>
public sealed record DisclosureUnit(string Name, string? Code = null, DisclosureLevel Level = DisclosureLevel.Unit, string? Duties = null, StaffFigures? Staff = null);
