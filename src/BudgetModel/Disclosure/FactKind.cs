using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>What kind of claim a sentence of the prose makes.</summary>
public enum FactKind
{
    /// <summary>An amount: 预算收入总计6,542.05万元.</summary>
    Amount = 1,

    /// <summary>A share of a base, in percent: 占14.13%.</summary>
    Share = 2,

    /// <summary>A change on last year, as an amount (negative for 减少): 比上年增加6131.69万元.</summary>
    ChangeAmount = 3,

    /// <summary>A change on last year, in percent (negative for 下降): 增长1494.22%.</summary>
    ChangePercent = 4,

    /// <summary>A count: 项目21个, 公务用车实有1辆, 内设机构7个.</summary>
    Count = 5,

    /// <summary>A physical quantity such as floor area: 建筑总面积275.36平方米.</summary>
    Quantity = 6,

    /// <summary>The year before's figure of the subject, budget or outturn (上年预算数为2,314.14万元, 2025年执行数…);
    /// <see cref="ProseFact.ComparedYear"/> is the year when the prose names it.</summary>
    PriorYearAmount = 7,

    /// <summary>A statement that something does not exist or is not budgeted (本部门无政府性基金预算, 本年未安排因公出国（境）费用,
    /// 未安排购置车辆): <see cref="ProseFact.Value"/> is 0 and <see cref="ProseFact.Unit"/> empty.</summary>
    Absence = 10,
}
