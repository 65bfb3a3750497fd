namespace BudgetModel.Disclosure;

/// <summary>Official Chinese names of table kinds and whether the Ministry's rules require them.</summary>
public static class TableKinds
{
    /// <summary>Every table kind: the seed's thirteen in its order, then the kinds other provinces publish.</summary>
    public static IReadOnlyList<TableKind> All { get; } = Enum.GetValues<TableKind>();

    /// <summary>The seed's thirteen kinds (表一 … 表十三), in its order: the standard set most provinces publish.</summary>
    public static IReadOnlyList<TableKind> Seed { get; } = All.Where(k => k <= TableKind.ProjectExpenditureCarryOver).ToArray();

    /// <summary>
    /// The tables 地方预决算公开操作规程 (财预〔2016〕143号) requires of every unit: 收支总表, 收入总表, 支出总表,
    /// 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, “三公”经费支出表 and 政府性基金预算支出表.
    /// </summary>
    public static IReadOnlyList<TableKind> Required { get; } =
    [
        TableKind.RevenueExpenditureSummary,
        TableKind.RevenueSummary,
        TableKind.ExpenditureSummary,
        TableKind.FiscalAppropriationSummary,
        TableKind.GeneralBudgetExpenditure,
        TableKind.GeneralBudgetBasicExpenditure,
        TableKind.ThreePublicExpenses,
        TableKind.GovernmentFundExpenditure,
    ];

    /// <summary>The official Chinese name of a table kind, for example 预算收支总表.</summary>
    /// <param name="kind">The table kind.</param>
    public static string ChineseName(this TableKind kind) => kind switch
    {
        TableKind.RevenueExpenditureSummary => "预算收支总表",
        TableKind.RevenueSummary => "预算收入总表",
        TableKind.ExpenditureSummary => "预算支出总表",
        TableKind.FiscalAppropriationSummary => "财政拨款收支总表",
        TableKind.GeneralBudgetExpenditure => "一般公共预算支出预算表",
        TableKind.GeneralBudgetBasicExpenditure => "一般公共预算基本支出分经济科目表",
        TableKind.GovernmentFundRevenue => "政府性基金预算收入表",
        TableKind.GovernmentFundExpenditure => "政府性基金预算支出表",
        TableKind.StateCapitalOperation => "国有资本经营预算收支预算表",
        TableKind.ThreePublicExpenses => "“三公”经费支出预算表",
        TableKind.OperatingExpenses => "机关运行经费预算表",
        TableKind.ProjectExpenditureCurrent => "项目支出预算表（本年预算）",
        TableKind.ProjectExpenditureCarryOver => "项目支出预算表（上年结转）",
        TableKind.BasicExpenditureSummary => "基本支出总表",
        TableKind.ProjectExpenditureSummary => "项目支出总表",
        TableKind.GeneralBudgetExpenditureByEconomic => "一般公共预算支出经济分类情况表",
        TableKind.GeneralBudgetProjectByEconomic => "一般公共预算项目支出情况表（按经济分类科目）",
        TableKind.GeneralBudgetBasicByFunction => "一般公共预算基本支出明细表（按支出功能分类科目）",
        TableKind.FiscalAppropriationExpenditureByFunction => "财政拨款支出表（功能科目）",
        TableKind.FiscalAppropriationBasicByEconomic => "财政拨款基本支出表（经济科目）",
        TableKind.GovernmentProcurement => "政府采购预算明细表",
        TableKind.GovernmentPurchasedServices => "政府购买服务预算表",
        TableKind.SpecialOperatingFunds => "专项业务经费支出表",
        TableKind.CarryOverExpenditure => "财政拨款上年结转资金支出表",
        TableKind.BasicExpenditureByEconomic => "部门预算基本支出预算表（按经济分类）",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown table kind."),
    };

    /// <summary>True for the kinds <see cref="Required"/> lists.</summary>
    /// <param name="kind">The table kind.</param>
    public static bool IsRequired(this TableKind kind) => Required.Contains(kind);
}
