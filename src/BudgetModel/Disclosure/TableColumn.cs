namespace BudgetModel.Disclosure;

/// <summary>
/// The amount columns of the standard tables. Each table kind uses a fixed subset (see each table type's
/// <c>Columns</c>); the English names are stable identifiers (used in findings and JSON), the Chinese labels are
/// what the tables print.
/// </summary>
public enum TableColumn
{
    /// <summary>合计 / 小计 / 金额: the row's total.</summary>
    Total = 1,

    /// <summary>基本支出.</summary>
    Basic = 2,

    /// <summary>项目支出.</summary>
    Project = 3,

    /// <summary>人员经费.</summary>
    Personnel = 4,

    /// <summary>公用经费.</summary>
    Public = 5,

    /// <summary>当年预算安排 / 本年.</summary>
    CurrentYear = 6,

    /// <summary>上年结转安排 / 上年结转.</summary>
    CarryOver = 7,

    /// <summary>一般公共预算.</summary>
    GeneralBudget = 8,

    /// <summary>政府性基金预算.</summary>
    GovernmentFund = 9,

    /// <summary>国有资本经营预算.</summary>
    StateCapital = 10,

    /// <summary>社会保险基金预算.</summary>
    SocialInsurance = 11,

    /// <summary>财政专户管理资金.</summary>
    FiscalSpecialAccount = 12,

    /// <summary>单位资金.</summary>
    UnitFunds = 13,

    /// <summary>金额: the single amount of a one-amount row (a revenue line, a revenue-code row).</summary>
    Amount = 14,

    /// <summary>货物: procurement of goods (政府采购 tables).</summary>
    Goods = 15,

    /// <summary>工程: procurement of works (政府采购 tables).</summary>
    Works = 16,

    /// <summary>服务: procurement of services (政府采购 tables).</summary>
    Services = 17,
}
