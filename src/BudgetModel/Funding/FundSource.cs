namespace BudgetModel.Funding;

/// <summary>A source of a unit's revenue (资金来源).</summary>
public enum FundSource
{
    /// <summary>一般公共预算.</summary>
    GeneralPublicBudget = 1,

    /// <summary>政府性基金预算.</summary>
    GovernmentFundBudget = 2,

    /// <summary>国有资本经营预算.</summary>
    StateCapitalOperationBudget = 3,

    /// <summary>社会保险基金预算.</summary>
    SocialInsuranceFundBudget = 4,

    /// <summary>财政专户管理资金.</summary>
    FiscalSpecialAccount = 5,

    /// <summary>单位资金 (事业收入, 事业单位经营收入, 上级补助收入, 附属单位上缴收入, 其他收入).</summary>
    UnitFunds = 6,

    /// <summary>上年结转: carried over from last year.</summary>
    CarryOver = 7,

    /// <summary>财政拨款（补助）as one line: <see cref="GeneralPublicBudget"/> + <see cref="GovernmentFundBudget"/> +
    /// <see cref="StateCapitalOperationBudget"/> (<see cref="FundSources.FiscalAppropriation"/>), for a table that prints
    /// 财政拨款 whole, with or without its funds under it.</summary>
    FiscalAppropriation = 8,
}
