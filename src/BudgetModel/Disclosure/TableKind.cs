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

    /// <summary>基本支出总表 / 部门预算基本支出预算表 (Shenzhen 表4, Guangzhou 表11): basic expenditure (基本支出) of all
    /// funds by function code, 合计 = 人员经费 + 公用经费 (sometimes also by fund source).</summary>
    BasicExpenditureSummary = 14,

    /// <summary>项目支出总表 / 部门预算项目支出及其他支出预算表 (Shenzhen 表5, Guangzhou 表12): project expenditure
    /// (项目支出) of all funds by function code, by fund source.</summary>
    ProjectExpenditureSummary = 15,

    /// <summary>一般公共预算支出经济分类情况表 / 一般公共预算支出明细表（按支出经济分类科目） (Fuzhou, Xi'an 表6):
    /// general-budget expenditure by economic code (部门 30101 … or 政府 50101 …), 合计 = 基本支出 + 项目支出.</summary>
    GeneralBudgetExpenditureByEconomic = 16,

    /// <summary>一般公共预算项目支出情况表（按经济分类科目） (Guangzhou 表7): general-budget project expenditure by
    /// economic code.</summary>
    GeneralBudgetProjectByEconomic = 17,

    /// <summary>一般公共预算基本支出明细表（按支出功能分类科目） (Xi'an 表7): general-budget basic expenditure by function
    /// code, 合计 = 人员经费 + 公用经费.</summary>
    GeneralBudgetBasicByFunction = 18,

    /// <summary>财政拨款支出表（功能科目） (Suzhou, Wuxi 05): 财政拨款 expenditure by function code,
    /// 合计 = 基本支出 + 项目支出 (sometimes by fund).</summary>
    FiscalAppropriationExpenditureByFunction = 19,

    /// <summary>财政拨款基本支出表（经济科目） (Suzhou, Wuxi 06): 财政拨款 basic expenditure by economic code,
    /// 合计 = 人员经费 + 公用经费.</summary>
    FiscalAppropriationBasicByEconomic = 20,

    /// <summary>政府采购预算明细表 / 政府采购支出表 (Beijing 10, Chongqing 9, Suzhou 13): procurement by project or item,
    /// by category (货物, 工程, 服务) or by fund.</summary>
    GovernmentProcurement = 21,

    /// <summary>政府购买服务预算表 / 财政拨款政府购买服务明细表 (Beijing 11): services the government buys, by project or
    /// item.</summary>
    GovernmentPurchasedServices = 22,

    /// <summary>专项业务经费支出表 (Xi'an 10): special operating funds (专项业务经费) by project.</summary>
    SpecialOperatingFunds = 23,

    /// <summary>财政拨款上年结转资金支出表 (Xi'an 11): spending of last year's carried-over 财政拨款 by function code.</summary>
    CarryOverExpenditure = 24,

    /// <summary>部门预算基本支出预算表（按经济分类） (Guangzhou 表11 when printed by economic code): basic expenditure of
    /// all funds by economic code, 合计 = 人员经费 + 公用经费.</summary>
    BasicExpenditureByEconomic = 25,
}
