namespace BudgetModel.Validation.Rules;

/// <summary>
/// Which of two readings a printed total follows when no table says: its parts alone, or its parts and an extra amount
/// printed beside them (上年结转 beside this year's money, <see cref="CarryOverTotals"/>; 会议费 and 培训费 beside the three
/// “三公” items, <c>BM-T10-LINES</c>). The figures decide: the total counts the extra when it is strictly nearer parts +
/// extra than the parts alone, so a tie, or a zero extra (both readings the same), is the parts alone. Sums are taken in
/// fen as decimals: no overflow whatever the figures.
/// </summary>
internal static class NearerReading
{
    /// <summary>True when <paramref name="total"/> is strictly nearer the sum of <paramref name="parts"/> and
    /// <paramref name="extra"/> than the sum of <paramref name="parts"/> alone.</summary>
    /// <param name="total">The printed total.</param>
    /// <param name="parts">The amounts the total restates in either reading.</param>
    /// <param name="extra">The amounts printed beside them that one reading counts too.</param>
    internal static bool CountsExtra(Money total, IEnumerable<Money> parts, IEnumerable<Money> extra) =>
        CountsExtra(total, Fen(parts), Fen(extra));

    /// <summary>True when <paramref name="total"/> is strictly nearer <paramref name="parts"/> + <paramref name="extra"/>
    /// than <paramref name="parts"/> alone.</summary>
    /// <param name="total">The printed total.</param>
    /// <param name="parts">The amount the total restates in either reading.</param>
    /// <param name="extra">The amount printed beside it that one reading counts too.</param>
    internal static bool CountsExtra(Money total, Money parts, Money extra) =>
        CountsExtra(total, (decimal)parts.TotalFen, extra.TotalFen);

    private static bool CountsExtra(Money total, decimal partsFen, decimal extraFen)
    {
        decimal printed = total.TotalFen;
        return extraFen != 0m && Math.Abs(printed - partsFen - extraFen) < Math.Abs(printed - partsFen);
    }

    private static decimal Fen(IEnumerable<Money> amounts)
    {
        decimal sum = 0m;
        foreach (var amount in amounts)
        {
            sum += amount.TotalFen;
        }
        return sum;
    }
}
