namespace BudgetModel.Disclosure;

/// <summary>
/// What a standard table means, independent of the number a province prints before it. The seed's numbering
/// (表一 … 表十三) is given for orientation only; a disclosure may publish fewer tables, merge some, or title them
/// differently.
/// </summary>
public enum TableKind
{
    /// <summary>预算收支总表 / 部门财务收支预算总表 (seed 表一): revenue by source, expenditure by function class.</summary>
    RevenueExpenditureSummary = 1,

    /// <summary>预算收入总表 (seed 表二): revenue by function code and fund source.</summary>
    RevenueSummary = 2,

    /// <summary>预算支出总表 (seed 表三): expenditure by function code, 基本支出/项目支出.</summary>
    ExpenditureSummary = 3,

    /// <summary>财政拨款收支总表 (seed 表四): 财政拨款 revenue and expenditure by function class and fund.</summary>
    FiscalAppropriationSummary = 4,

    /// <summary>一般公共预算支出预算表 (seed 表五): general-budget expenditure by function code, without carry-over.</summary>
    GeneralBudgetExpenditure = 5,

    /// <summary>一般公共预算基本支出分经济科目表 (seed 表六): basic expenditure by economic code, 人员经费/公用经费.</summary>
    GeneralBudgetBasicExpenditure = 6,

    /// <summary>政府性基金预算收入表 (seed 表七): government-fund revenue by revenue code.</summary>
    GovernmentFundRevenue = 7,

    /// <summary>政府性基金预算支出表 (seed 表八): government-fund expenditure by function code.</summary>
    GovernmentFundExpenditure = 8,

    /// <summary>国有资本经营预算收支预算表 (seed 表九): state-capital revenue and expenditure.</summary>
    StateCapitalOperation = 9,

    /// <summary>“三公”经费支出预算表 (seed 表十).</summary>
    ThreePublicExpenses = 10,

    /// <summary>机关运行经费预算表 (seed 表十一).</summary>
    OperatingExpenses = 11,

    /// <summary>项目支出预算表（本年预算） (seed 表十二): this year's projects.</summary>
    ProjectExpenditureCurrent = 12,

    /// <summary>项目支出预算表（上年结转） (seed 表十三): projects carried over from last year.</summary>
    ProjectExpenditureCarryOver = 13,
}

/// <summary>Official Chinese names of table kinds and whether the Ministry's rules require them.</summary>
public static class TableKinds
{
    /// <summary>Every table kind, in the seed's order.</summary>
    public static IReadOnlyList<TableKind> All { get; } = Enum.GetValues<TableKind>();

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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown table kind."),
    };

    /// <summary>True for the kinds <see cref="Required"/> lists.</summary>
    /// <param name="kind">The table kind.</param>
    public static bool IsRequired(this TableKind kind) => Required.Contains(kind);
}
