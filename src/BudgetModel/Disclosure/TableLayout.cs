using System.Collections.Frozen;

namespace BudgetModel.Disclosure;

/// <summary>
/// What a table kind looks like, for building any kind generically (an importer reading a table it has classified):
/// the table type it becomes (<see cref="Shape"/>), the rows it holds (<see cref="RowKeys"/>), its
/// <see cref="StandardColumns"/>, the columns the rules understand in it (<see cref="AllowedColumns"/>) and the
/// summary lines it may print (<see cref="SummaryLines"/>). One per kind: <see cref="For"/>.
/// <code>
/// var layout = TableLayout.For(kind);
/// var builder = new TableBuilder(kind, header).WithColumns([.. columnsReadFromTheHeader.Where(layout.Allows)]);
/// if (layout.RowKeys.HasFlag(TableRowKeys.FunctionCode)) builder.Function(code, name, amounts);
/// </code>
/// </summary>
public sealed class TableLayout
{
    private static readonly TableColumn[] Funds =
    [
        TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital, TableColumn.SocialInsurance,
        TableColumn.FiscalSpecialAccount, TableColumn.UnitFunds,
    ];

    /// <summary>The columns of expenditure tables: 合计, the expenditure types, the years and the funds.</summary>
    private static readonly TableColumn[] Expenditure =
    [
        TableColumn.Total, TableColumn.Basic, TableColumn.Personnel, TableColumn.Public, TableColumn.Project,
        TableColumn.CurrentYear, TableColumn.CarryOver, .. Funds,
    ];

    private static readonly TableColumn[] Procurement =
        [TableColumn.Total, TableColumn.Goods, TableColumn.Works, TableColumn.Services, TableColumn.CurrentYear, TableColumn.CarryOver, .. Funds, TableColumn.Amount];

    private static readonly SummaryLine[] TotalOnly = [SummaryLine.Total];

    private static readonly SummaryLine[] SummarySides =
    [
        SummaryLine.CurrentYearRevenue, SummaryLine.CarryOverRevenue, SummaryLine.RevenueGrandTotal,
        SummaryLine.CurrentYearExpenditure, SummaryLine.YearEndCarryForward, SummaryLine.ExpenditureGrandTotal,
    ];

    private static readonly SummaryLine[] ThreePublicLines =
    [
        SummaryLine.Total, SummaryLine.ThreePublicSubtotal, SummaryLine.OverseasTravel, SummaryLine.Reception, SummaryLine.Vehicles,
        SummaryLine.VehiclePurchase, SummaryLine.VehicleOperation, SummaryLine.Meetings, SummaryLine.Training,
        SummaryLine.OperatingExpenses, SummaryLine.AdministrativeExpenses,
    ];

    private static readonly FrozenDictionary<TableKind, TableLayout> ByKind = Build().ToFrozenDictionary(l => l.Kind);

    private TableLayout(TableKind kind, TableShape shape, TableRowKeys rowKeys, IReadOnlyList<TableColumn> standard, IReadOnlyList<TableColumn> allowed, IReadOnlyList<SummaryLine> lines)
    {
        Kind = kind;
        Shape = shape;
        RowKeys = rowKeys;
        StandardColumns = standard;
        AllowedColumns = allowed;
        SummaryLines = lines;
    }

    /// <summary>The table kind.</summary>
    public TableKind Kind { get; }

    /// <summary>The table type the kind builds to (<see cref="FunctionTable"/>, <see cref="EconomicTable"/> …).</summary>
    public TableShape Shape { get; }

    /// <summary>The rows the kind holds, by what keys them.</summary>
    public TableRowKeys RowKeys { get; }

    /// <summary>The columns of the kind's detail rows when a table prints the usual ones (<see cref="Disclosure.StandardColumns.For"/>).</summary>
    public IReadOnlyList<TableColumn> StandardColumns { get; }

    /// <summary>Every column a table of this kind may print and the rules understand, 合计 first; a table uses a
    /// subset (<see cref="TableBuilder.WithColumns"/>). A row's 合计 is checked against each group of parts it prints
    /// (基本支出 + 项目支出, 人员经费 + 公用经费, 当年 + 上年结转, the funds, 货物 + 工程 + 服务) separately.</summary>
    public IReadOnlyList<TableColumn> AllowedColumns { get; }

    /// <summary>The summary lines a table of this kind may print (<see cref="TableBuilder.Summary"/>); the 合计 line at least
    /// for every shape but <see cref="TableShape.NamedRows"/>, whose totals are unit rows.</summary>
    public IReadOnlyList<SummaryLine> SummaryLines { get; }

    /// <summary>True when the kind's rows may print <paramref name="column"/>.</summary>
    /// <param name="column">The column.</param>
    public bool Allows(TableColumn column) => AllowedColumns.Contains(column);

    /// <summary>The layout of a table kind.</summary>
    /// <param name="kind">The table kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a defined <see cref="TableKind"/>.</exception>
    public static TableLayout For(TableKind kind) => ByKind.TryGetValue(kind, out var layout)
        ? layout
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown table kind.");

    /// <inheritdoc />
    public override string ToString() => $"{Kind} ({Kind.ChineseName()}): {Shape}, rows by {RowKeys}, columns {string.Join(", ", StandardColumns)}";

    private static IEnumerable<TableLayout> Build()
    {
        const TableRowKeys Function = TableRowKeys.FunctionCode | TableRowKeys.SummaryLine;
        const TableRowKeys Economic = TableRowKeys.EconomicCode | TableRowKeys.SummaryLine;
        var std = new Func<TableKind, IReadOnlyList<TableColumn>>(Disclosure.StandardColumns.For);
        TableColumn[] all = Enum.GetValues<TableColumn>();
        foreach (var kind in Enum.GetValues<TableKind>())
        {
            var (shape, keys) = kind switch
            {
                TableKind.RevenueExpenditureSummary => (TableShape.Summary, TableRowKeys.FundSource | Function),
                TableKind.FiscalAppropriationSummary => (TableShape.FiscalAppropriation, TableRowKeys.FundSource | Function),
                TableKind.GeneralBudgetBasicExpenditure or TableKind.GeneralBudgetExpenditureByEconomic or TableKind.GeneralBudgetProjectByEconomic
                    or TableKind.FiscalAppropriationBasicByEconomic or TableKind.BasicExpenditureByEconomic => (TableShape.Economic, Economic),
                TableKind.GovernmentFundRevenue => (TableShape.RevenueCode, TableRowKeys.RevenueCode | TableRowKeys.SummaryLine),
                TableKind.StateCapitalOperation => (TableShape.StateCapital, TableRowKeys.RevenueCode | Function),
                TableKind.ThreePublicExpenses => (TableShape.ThreePublic, TableRowKeys.SummaryLine),
                TableKind.OperatingExpenses or TableKind.ProjectExpenditureCurrent or TableKind.ProjectExpenditureCarryOver
                    or TableKind.GovernmentProcurement or TableKind.GovernmentPurchasedServices or TableKind.SpecialOperatingFunds => (TableShape.NamedRows, TableRowKeys.Name),
                _ => (TableShape.Function, Function),
            };
            IReadOnlyList<TableColumn> allowed = kind switch
            {
                TableKind.GovernmentProcurement or TableKind.GovernmentPurchasedServices => Procurement,
                TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary or TableKind.GovernmentFundRevenue or TableKind.StateCapitalOperation
                    or TableKind.RevenueSummary => all.Where(c => c is not (TableColumn.Goods or TableColumn.Works or TableColumn.Services)).ToArray(),
                _ => Expenditure,
            };
            IReadOnlyList<SummaryLine> lines = shape switch
            {
                TableShape.Summary or TableShape.FiscalAppropriation => [SummaryLine.Total, .. SummarySides],
                TableShape.StateCapital => [SummaryLine.Total, SummaryLine.CurrentYearRevenue],
                TableShape.ThreePublic => ThreePublicLines,
                TableShape.NamedRows => [],
                _ => TotalOnly,
            };
            yield return new TableLayout(kind, shape, keys, std(kind), allowed, lines);
        }
    }
}
