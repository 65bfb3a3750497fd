using BudgetModel.Performance;

namespace BudgetModel.Disclosure;

/// <summary>Whether a disclosure is a unit's (单位预算) or a department's (部门预算, several units).</summary>
public enum DisclosureLevel
{
    /// <summary>单位预算.</summary>
    Unit = 0,

    /// <summary>部门预算.</summary>
    Department = 1,
}

/// <summary>The parts of a disclosure besides the tables, for the completeness check.</summary>
public enum DisclosureSection
{
    /// <summary>概况: duties and organisation.</summary>
    Overview = 1,

    /// <summary>The standard tables (预算报表).</summary>
    Tables = 2,

    /// <summary>情况说明: the prose that restates the tables.</summary>
    Explanation = 3,

    /// <summary>政府采购情况.</summary>
    Procurement = 4,

    /// <summary>国有资产占有使用情况.</summary>
    Assets = 5,

    /// <summary>绩效目标 (绩效管理情况 and the sheets).</summary>
    Performance = 6,

    /// <summary>名词解释.</summary>
    Glossary = 7,

    /// <summary>“三公”经费 and 机关运行经费 explanations.</summary>
    ThreePublicExplanation = 8,
}

/// <summary>The unit that publishes the disclosure, as its 概况 describes it.</summary>
/// <param name="Name">The unit's name as on the cover, for example 汾阳市工业和信息化局.</param>
/// <param name="Code">The unit code, for example 209001, when printed.</param>
/// <param name="Level">Unit or department budget.</param>
/// <param name="Duties">本单位职责, as printed.</param>
/// <param name="Staff">编制, 实有 and 内设机构 figures from 概况.</param>
public sealed record DisclosureUnit(string Name, string? Code = null, DisclosureLevel Level = DisclosureLevel.Unit, string? Duties = null, StaffFigures? Staff = null);
