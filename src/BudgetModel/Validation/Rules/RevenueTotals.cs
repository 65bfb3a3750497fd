using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>
/// What a 预算收入总表 row's 合计 counts. The model's 合计 is this year's revenue, with 上年结转 beside it; some provinces
/// (Shaanxi: 合计 42,034,723.58 = 一般公共预算拨款 40,052,896.08 + 其他收入 1,000,000.00 + 上年实户资金余额 981,827.50) print
/// a 合计 that counts the carry-over too. The table does not say which, so the reading nearer the 合计 is taken
/// (<see cref="NearerReading"/>, as <c>BM-T10-LINES</c> decides for 会议费 and 培训费): a 合计 that fits either is
/// silent, one that fits neither is reported against the nearer reading.
/// </summary>
internal static class RevenueTotals
{
    private static readonly TableColumn[] Funds =
    [
        TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital, TableColumn.SocialInsurance,
        TableColumn.FiscalSpecialAccount, TableColumn.UnitFunds,
    ];

    /// <summary>True when a row of 预算收入总表 prints a 合计 nearer this year's sources + 上年结转 than the sources alone.</summary>
    internal static bool CountsCarryOver(BudgetTable table, TableRow row)
    {
        if (table.Kind != TableKind.RevenueSummary || !row.Has(TableColumn.Total) || !row.Has(TableColumn.CarryOver) || row[TableColumn.CarryOver].IsZero)
        {
            return false;
        }
        var funds = Funds.Where(row.Has).Select(column => row[column]).ToArray();
        return funds.Length > 0 && CarryOverTotals.Nearer(row.Total, funds, row[TableColumn.CarryOver]);
    }
}
