namespace BudgetModel.Disclosure;

/// <summary>Chinese labels of <see cref="TableColumn"/>.</summary>
public static class TableColumns
{
    /// <summary>The column that carries a fund source's money (上年结转 for <see cref="Funding.FundSource.CarryOver"/>).
    /// The one mapping of sources to columns, shared by the rules.</summary>
    /// <param name="source">The fund source.</param>
    internal static TableColumn ForSource(Funding.FundSource source) => source switch
    {
        Funding.FundSource.GeneralPublicBudget => TableColumn.GeneralBudget,
        Funding.FundSource.GovernmentFundBudget => TableColumn.GovernmentFund,
        Funding.FundSource.StateCapitalOperationBudget => TableColumn.StateCapital,
        Funding.FundSource.SocialInsuranceFundBudget => TableColumn.SocialInsurance,
        Funding.FundSource.FiscalSpecialAccount => TableColumn.FiscalSpecialAccount,
        Funding.FundSource.UnitFunds => TableColumn.UnitFunds,
        _ => TableColumn.CarryOver,
    };

    /// <summary>The label a table prints for the column, for example 基本支出.</summary>
    /// <param name="column">The column.</param>
    public static string ChineseName(this TableColumn column) => column switch
    {
        TableColumn.Total => "合计",
        TableColumn.Basic => "基本支出",
        TableColumn.Project => "项目支出",
        TableColumn.Personnel => "人员经费",
        TableColumn.Public => "公用经费",
        TableColumn.CurrentYear => "当年预算安排",
        TableColumn.CarryOver => "上年结转",
        TableColumn.GeneralBudget => "一般公共预算",
        TableColumn.GovernmentFund => "政府性基金预算",
        TableColumn.StateCapital => "国有资本经营预算",
        TableColumn.SocialInsurance => "社会保险基金预算",
        TableColumn.FiscalSpecialAccount => "财政专户管理资金",
        TableColumn.UnitFunds => "单位资金",
        TableColumn.Amount => "金额",
        TableColumn.Goods => "货物",
        TableColumn.Works => "工程",
        TableColumn.Services => "服务",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown column."),
    };
}
