using BudgetModel.Performance;

namespace BudgetModel.Disclosure;

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
