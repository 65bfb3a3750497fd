using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>The named summary lines of the tables.</summary>
public enum SummaryLine
{
    /// <summary>合计: the table's total row.</summary>
    Total = 1,

    /// <summary>本年收入合计.</summary>
    CurrentYearRevenue = 2,

    /// <summary>上年结转 (revenue side; 上年财政拨款结转 in table 4).</summary>
    CarryOverRevenue = 3,

    /// <summary>收入总计.</summary>
    RevenueGrandTotal = 4,

    /// <summary>本年支出合计.</summary>
    CurrentYearExpenditure = 5,

    /// <summary>年终结转.</summary>
    YearEndCarryForward = 6,

    /// <summary>支出总计.</summary>
    ExpenditureGrandTotal = 7,

    /// <summary>因公出国（境）费 (table 10).</summary>
    OverseasTravel = 20,

    /// <summary>公务接待费 (table 10).</summary>
    Reception = 21,

    /// <summary>公务用车购置及运行费 (table 10).</summary>
    Vehicles = 22,

    /// <summary>①公务用车购置费 (table 10).</summary>
    VehiclePurchase = 23,

    /// <summary>②公务用车运行维护费 (table 10).</summary>
    VehicleOperation = 24,

    /// <summary>会议费 (an optional line of table 10; not part of the “三公”经费).</summary>
    Meetings = 25,

    /// <summary>培训费 (an optional line of table 10; not part of the “三公”经费).</summary>
    Training = 26,

    /// <summary>机关运行经费 (the line of a merged “三公”经费和机关运行经费预算表).</summary>
    OperatingExpenses = 27,

    /// <summary>“三公”经费合计 / 小计: the “三公” subtotal of a table whose <see cref="Total"/> also counts 会议费 and 培训费.</summary>
    ThreePublicSubtotal = 28,

    /// <summary>行政经费 (the line of 财政拨款安排的行政经费及“三公”经费预算表).</summary>
    AdministrativeExpenses = 29,
}
