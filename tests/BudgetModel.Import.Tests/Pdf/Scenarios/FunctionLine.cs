using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests.Pdf.Scenarios;

/// <summary>
/// One 支出功能分类 line of a scenario (类, 款 or 项) with its money: 基本支出 (all 一般公共预算), 项目支出 from
/// 一般公共预算 and 项目支出 from 单位资金. No carry-over, no 政府性基金.
/// </summary>
/// <param name="Code">The code: 3 digits for a 类, 5 for a 款, 7 for a 项.</param>
/// <param name="Name">The catalogue name.</param>
/// <param name="Basic">基本支出.</param>
/// <param name="ProjectGeneral">项目支出 from 一般公共预算.</param>
/// <param name="ProjectUnit">项目支出 from 单位资金.</param>
internal sealed record FunctionLine(string Code, string Name, Money Basic, Money ProjectGeneral, Money ProjectUnit)
{
    /// <summary>1 for a 类, 2 for a 款, 3 for a 项.</summary>
    public int Level => Code.Length switch { 3 => 1, 5 => 2, _ => 3 };

    /// <summary>The line's amount in a column of a function table of the given kind (zero when the table has no
    /// such column).</summary>
    public Money In(TableKind kind, TableColumn column) => (kind, column) switch
    {
        (TableKind.RevenueSummary, TableColumn.Total) => Basic + ProjectGeneral + ProjectUnit,
        (TableKind.RevenueSummary, TableColumn.GeneralBudget) => Basic + ProjectGeneral,
        (TableKind.RevenueSummary, TableColumn.UnitFunds) => ProjectUnit,
        (TableKind.ExpenditureSummary, TableColumn.Total) => Basic + ProjectGeneral + ProjectUnit,
        (TableKind.ExpenditureSummary, TableColumn.Basic) => Basic,
        (TableKind.ExpenditureSummary, TableColumn.Project) => ProjectGeneral + ProjectUnit,
        (TableKind.GeneralBudgetExpenditure, TableColumn.Total) => Basic + ProjectGeneral,
        (TableKind.GeneralBudgetExpenditure, TableColumn.Basic) => Basic,
        (TableKind.GeneralBudgetExpenditure, TableColumn.Project) => ProjectGeneral,
        _ => Money.Zero,
    };
}
