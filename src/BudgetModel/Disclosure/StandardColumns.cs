using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>The default columns of each table kind.</summary>
public static class StandardColumns
{
    /// <summary>合计, 基本支出, 项目支出.</summary>
    public static IReadOnlyList<TableColumn> TotalBasicProject { get; } = [TableColumn.Total, TableColumn.Basic, TableColumn.Project];

    /// <summary>合计, 当年预算安排, 上年结转安排.</summary>
    public static IReadOnlyList<TableColumn> TotalCurrentCarryOver { get; } = [TableColumn.Total, TableColumn.CurrentYear, TableColumn.CarryOver];

    /// <summary>合计, 人员经费, 公用经费.</summary>
    public static IReadOnlyList<TableColumn> TotalPersonnelPublic { get; } = [TableColumn.Total, TableColumn.Personnel, TableColumn.Public];

    /// <summary>合计 (小计), 一般公共预算, 政府性基金预算, 国有资本经营预算.</summary>
    public static IReadOnlyList<TableColumn> TotalByFiscalFund { get; } = [TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital];

    /// <summary>合计, 一般公共预算, 政府性基金, 国有资本经营预算, 财政专户管理资金, 单位资金, 上年结转.</summary>
    public static IReadOnlyList<TableColumn> RevenueBySource { get; } = [TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital, TableColumn.FiscalSpecialAccount, TableColumn.UnitFunds, TableColumn.CarryOver];

    /// <summary>合计, 一般公共预算, 政府性基金预算, 国有资本经营预算, 财政专户管理资金, 单位资金.</summary>
    public static IReadOnlyList<TableColumn> ProjectFunds { get; } = [TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital, TableColumn.FiscalSpecialAccount, TableColumn.UnitFunds];

    /// <summary>合计 alone.</summary>
    public static IReadOnlyList<TableColumn> TotalOnly { get; } = [TableColumn.Total];

    /// <summary>合计, 货物, 工程, 服务 (政府采购).</summary>
    public static IReadOnlyList<TableColumn> TotalByProcurementCategory { get; } = [TableColumn.Total, TableColumn.Goods, TableColumn.Works, TableColumn.Services];

    /// <summary>金额: a single amount.</summary>
    public static IReadOnlyList<TableColumn> SingleAmount { get; } = [TableColumn.Amount];

    /// <summary>The columns of the detail rows of a table kind (the summary lines of the revenue side of tables 1, 4
    /// and 9 use <see cref="SingleAmount"/>).</summary>
    /// <param name="kind">The table kind.</param>
    public static IReadOnlyList<TableColumn> For(TableKind kind) => kind switch
    {
        TableKind.RevenueExpenditureSummary => TotalCurrentCarryOver,
        TableKind.RevenueSummary => RevenueBySource,
        TableKind.ExpenditureSummary or TableKind.GeneralBudgetExpenditure or TableKind.GovernmentFundExpenditure or TableKind.StateCapitalOperation
            or TableKind.GeneralBudgetExpenditureByEconomic or TableKind.FiscalAppropriationExpenditureByFunction or TableKind.CarryOverExpenditure => TotalBasicProject,
        TableKind.FiscalAppropriationSummary or TableKind.ThreePublicExpenses or TableKind.OperatingExpenses or TableKind.GovernmentPurchasedServices => TotalByFiscalFund,
        TableKind.GeneralBudgetBasicExpenditure or TableKind.BasicExpenditureSummary or TableKind.GeneralBudgetBasicByFunction
            or TableKind.FiscalAppropriationBasicByEconomic or TableKind.BasicExpenditureByEconomic => TotalPersonnelPublic,
        TableKind.GovernmentFundRevenue => SingleAmount,
        TableKind.ProjectExpenditureCurrent or TableKind.ProjectExpenditureCarryOver or TableKind.ProjectExpenditureSummary or TableKind.SpecialOperatingFunds => ProjectFunds,
        TableKind.GeneralBudgetProjectByEconomic => TotalOnly,
        TableKind.GovernmentProcurement => TotalByProcurementCategory,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown table kind."),
    };

    /// <summary>True for the summary lines that sit on the revenue side and carry one amount.</summary>
    /// <param name="kind">The table kind.</param>
    /// <param name="line">The summary line.</param>
    public static bool IsSingleAmountLine(TableKind kind, SummaryLine line) =>
        (kind is TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary && line is SummaryLine.CurrentYearRevenue or SummaryLine.CarryOverRevenue or SummaryLine.RevenueGrandTotal)
        || (kind == TableKind.StateCapitalOperation && line == SummaryLine.CurrentYearRevenue)
        || kind == TableKind.GovernmentFundRevenue;
}
