namespace BudgetModel.Validation.Rules;

/// <summary>
/// The one place that decides whether a printed total counts the money carried over from last year (上年结转) besides
/// this year's. The model reads a total as this year's money, the carry-over beside it; some provinces print totals that
/// count it too (Shaanxi's 收入总表 合计, Beijing's and Shenzhen's 一般公共预算支出表 合计 and 项目支出). No table says which,
/// so the figures decide: the total counts the carry-over when it is nearer this year's money + the carry-over than this
/// year's money alone (<see cref="Nearer"/>). Three families of twin checks ask it: <see cref="RevenueTotals"/> (the
/// 收入总表 rows: <c>BM-T2-ROW</c>, <c>BM-X-T1-T2-REVENUE</c>, <c>BM-X-T2-T3-ROW</c>), which take the nearer reading, and
/// <c>BM-X-T1-T5-TOTAL</c> and <c>BM-X-T12-FUNDS</c>, which accept the reading with the carry-over only when it holds
/// exactly (<see cref="Spends"/>) and otherwise report against this year's money.
/// </summary>
internal static class CarryOverTotals
{
    /// <summary>True when <paramref name="total"/> is nearer <paramref name="thisYear"/> + <paramref name="carried"/>
    /// than <paramref name="thisYear"/> alone (<see cref="NearerReading"/>; a zero carry-over is never counted: both
    /// readings are the same).</summary>
    /// <param name="total">The printed total.</param>
    /// <param name="thisYear">This year's money the total restates (the sums of the sources, or another table's figure).</param>
    /// <param name="carried">The carry-over printed beside it.</param>
    internal static bool Nearer(Money total, IEnumerable<Money> thisYear, Money carried) =>
        NearerReading.CountsExtra(total, thisYear, [carried]);

    /// <summary>True when a total spends the carry-over too, as printed: it equals <paramref name="thisYear"/> +
    /// <paramref name="carried"/> exactly and is nearer that reading (<see cref="Nearer"/>; so not this year's alone).</summary>
    /// <param name="total">The printed total.</param>
    /// <param name="thisYear">This year's money.</param>
    /// <param name="carried">The carry-over.</param>
    internal static bool Spends(Figure total, Figure thisYear, Figure carried) =>
        RelationChecker.Holds(total, [Term.Plus(thisYear), Term.Plus(carried)]) && Nearer(total.Amount, [thisYear.Amount], carried.Amount);
}
