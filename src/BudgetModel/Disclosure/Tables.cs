using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>预算收支总表 (seed 表一): revenue lines by fund source, expenditure lines by function class, and the
/// summary lines 本年收入合计, 上年结转, 收入总计, 本年支出合计, 年终结转, 支出总计.</summary>
public sealed class SummaryTable : BudgetTable
{
    internal SummaryTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.RevenueExpenditureSummary, header, rows)
    {
        RevenueLines = Rows.OfType<SourceRow>().ToArray();
        ExpenditureLines = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>Revenue by fund source (一、一般公共预算 …), column <see cref="TableColumn.Amount"/>.</summary>
    public IReadOnlyList<SourceRow> RevenueLines { get; }

    /// <summary>Expenditure by function class (一、一般公共服务支出 …), columns 合计, 当年预算安排, 上年结转安排.</summary>
    public IReadOnlyList<FunctionRow> ExpenditureLines { get; }

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new SummaryTable(Header, rows);
}

/// <summary>A table of rows keyed by function code under a 合计 row: 预算收入总表 (seed 表二), 预算支出总表 (表三),
/// 一般公共预算支出预算表 (表五), 政府性基金预算支出表 (表八), and the other kinds of <see cref="TableShape.Function"/>
/// shape (基本支出总表, 项目支出总表, 财政拨款支出表（功能科目） …). The columns depend on the kind.</summary>
public sealed class FunctionTable : BudgetTable
{
    internal FunctionTable(TableKind kind, TableHeader header, IEnumerable<TableRow> rows) : base(kind, header, rows)
    {
        FunctionRows = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>The rows by function code, in print order (类, then its 款 and 项).</summary>
    public IReadOnlyList<FunctionRow> FunctionRows { get; }

    /// <summary>The 合计 row, or null when the table does not print one.</summary>
    public SummaryRow? TotalRow => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new FunctionTable(Kind, Header, rows);
}

/// <summary>财政拨款收支总表 (seed 表四): 财政拨款 revenue by source, 上年财政拨款结转 by source, expenditure by function
/// class with 小计 and one column per fund.</summary>
public sealed class FiscalAppropriationTable : BudgetTable
{
    internal FiscalAppropriationTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.FiscalAppropriationSummary, header, rows)
    {
        RevenueLines = Rows.OfType<SourceRow>().Where(r => !r.IsCarryOver).ToArray();
        CarryOverLines = Rows.OfType<SourceRow>().Where(r => r.IsCarryOver).ToArray();
        ExpenditureLines = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>This year's 财政拨款 revenue by source.</summary>
    public IReadOnlyList<SourceRow> RevenueLines { get; }

    /// <summary>上年财政拨款结转 by source.</summary>
    public IReadOnlyList<SourceRow> CarryOverLines { get; }

    /// <summary>Expenditure by function class: 小计 (<see cref="TableColumn.Total"/>) and one column per fund.</summary>
    public IReadOnlyList<FunctionRow> ExpenditureLines { get; }

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new FiscalAppropriationTable(Header, rows);
}

/// <summary>A table of rows by economic class and item under a 合计 row: 一般公共预算基本支出分经济科目表 (seed 表六,
/// 合计 = 人员经费 + 公用经费), and the other kinds of <see cref="TableShape.Economic"/> shape (一般公共预算支出经济分类情况表,
/// 财政拨款基本支出表（经济科目） …). The columns depend on the kind.</summary>
public sealed class EconomicTable : BudgetTable
{
    internal EconomicTable(TableKind kind, TableHeader header, IEnumerable<TableRow> rows) : base(kind, header, rows)
    {
        EconomicRows = Rows.OfType<EconomicRow>().ToArray();
    }

    /// <summary>The class and item rows in print order.</summary>
    public IReadOnlyList<EconomicRow> EconomicRows { get; }

    /// <summary>The 合计 row, or null when the table does not print one.</summary>
    public SummaryRow? TotalRow => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new EconomicTable(Kind, Header, rows);
}

/// <summary>政府性基金预算收入表 (seed 表七): revenue by revenue code under a 合计 row.</summary>
public sealed class RevenueCodeTable : BudgetTable
{
    internal RevenueCodeTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.GovernmentFundRevenue, header, rows)
    {
        RevenueRows = Rows.OfType<RevenueCodeRow>().ToArray();
    }

    /// <summary>The rows by revenue code.</summary>
    public IReadOnlyList<RevenueCodeRow> RevenueRows { get; }

    /// <summary>The 合计 row, or null when the table does not print one.</summary>
    public SummaryRow? TotalRow => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new RevenueCodeTable(Header, rows);
}

/// <summary>国有资本经营预算收支预算表 (seed 表九): revenue by code (its total is the
/// <see cref="SummaryLine.CurrentYearRevenue"/> line) beside expenditure by function code (its total is the
/// <see cref="SummaryLine.Total"/> line).</summary>
public sealed class StateCapitalTable : BudgetTable
{
    internal StateCapitalTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.StateCapitalOperation, header, rows)
    {
        RevenueRows = Rows.OfType<RevenueCodeRow>().ToArray();
        ExpenditureRows = Rows.OfType<FunctionRow>().ToArray();
    }

    /// <summary>Revenue rows by code.</summary>
    public IReadOnlyList<RevenueCodeRow> RevenueRows { get; }

    /// <summary>Expenditure rows by function code.</summary>
    public IReadOnlyList<FunctionRow> ExpenditureRows { get; }

    /// <summary>The revenue side's 合计.</summary>
    public SummaryRow? RevenueTotal => Summary(SummaryLine.CurrentYearRevenue);

    /// <summary>The expenditure side's 合计.</summary>
    public SummaryRow? ExpenditureTotal => Summary(SummaryLine.Total);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new StateCapitalTable(Header, rows);
}

/// <summary>“三公”经费支出预算表 (seed 表十): 因公出国（境）费, 公务接待费, 公务用车购置及运行费 (= 购置费 + 运行维护费)
/// and 合计, each by fund. Some provinces add 会议费 and 培训费 (which are not “三公”经费; the 合计 may or may not include
/// them, and a table that prints both totals prints the “三公” one as <see cref="ThreePublicSubtotal"/>), and some merge
/// the table with 机关运行经费 (<see cref="OperatingExpenses"/>) or 行政经费 (<see cref="AdministrativeExpenses"/>).</summary>
public sealed class ThreePublicTable : BudgetTable
{
    internal ThreePublicTable(TableHeader header, IEnumerable<TableRow> rows) : base(TableKind.ThreePublicExpenses, header, rows)
    {
    }

    /// <summary>The 合计 line.</summary>
    public SummaryRow? TotalRow => Summary(SummaryLine.Total);

    /// <summary>因公出国（境）费.</summary>
    public SummaryRow? OverseasTravel => Summary(SummaryLine.OverseasTravel);

    /// <summary>公务接待费.</summary>
    public SummaryRow? Reception => Summary(SummaryLine.Reception);

    /// <summary>公务用车购置及运行费.</summary>
    public SummaryRow? Vehicles => Summary(SummaryLine.Vehicles);

    /// <summary>①公务用车购置费.</summary>
    public SummaryRow? VehiclePurchase => Summary(SummaryLine.VehiclePurchase);

    /// <summary>②公务用车运行维护费.</summary>
    public SummaryRow? VehicleOperation => Summary(SummaryLine.VehicleOperation);

    /// <summary>The “三公”经费 subtotal when the table prints one beside a grand 合计 that includes 会议费 and 培训费.</summary>
    public SummaryRow? ThreePublicSubtotal => Summary(SummaryLine.ThreePublicSubtotal);

    /// <summary>会议费, when the table prints it (not part of the “三公”经费).</summary>
    public SummaryRow? Meetings => Summary(SummaryLine.Meetings);

    /// <summary>培训费, when the table prints it (not part of the “三公”经费).</summary>
    public SummaryRow? Training => Summary(SummaryLine.Training);

    /// <summary>机关运行经费, when the table is the merged “三公”经费和机关运行经费预算表; it stands in for the
    /// 机关运行经费预算表 in the cross-table rules.</summary>
    public SummaryRow? OperatingExpenses => Summary(SummaryLine.OperatingExpenses);

    /// <summary>行政经费, when the table is 财政拨款安排的行政经费及“三公”经费预算表 (shown, not checked).</summary>
    public SummaryRow? AdministrativeExpenses => Summary(SummaryLine.AdministrativeExpenses);

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new ThreePublicTable(Header, rows);
}

/// <summary>A table of named rows under unit rows: 机关运行经费预算表 (seed 表十一; rows are units under 部门合计),
/// 项目支出预算表 本年 and 上年结转 (seed 表十二 and 十三; rows are projects under the unit row), and the other kinds of
/// <see cref="TableShape.NamedRows"/> shape (政府采购, 政府购买服务, 专项业务经费: items or projects under a 合计 or unit
/// row).</summary>
public sealed class NamedRowTable : BudgetTable
{
    internal NamedRowTable(TableKind kind, TableHeader header, IEnumerable<TableRow> rows) : base(kind, header, rows)
    {
        UnitRows = Rows.OfType<NamedRow>().Where(r => r.Role == RowRole.Total).ToArray();
        DetailRows = Rows.OfType<NamedRow>().Where(r => r.Role == RowRole.Detail).ToArray();
    }

    /// <summary>The unit (or 部门合计) rows, which total the detail rows.</summary>
    public IReadOnlyList<NamedRow> UnitRows { get; }

    /// <summary>The detail rows: projects in a project table, units in 机关运行经费.</summary>
    public IReadOnlyList<NamedRow> DetailRows { get; }

    private protected override BudgetTable WithRows(IEnumerable<TableRow> rows) => new NamedRowTable(Kind, Header, rows);
}

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
