using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

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
