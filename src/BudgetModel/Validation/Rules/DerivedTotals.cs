using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>
/// A total a table prints as the sum of its own rounded parts (its 基本支出 printed as 人员经费 + 公用经费 to the fen,
/// its 合计 as 基本支出 + 项目支出) rather than as the rounded true total. Such a total may stand up to the half-units of
/// its parts away from the true figure, so when another table restates it (rounded on its own, or summed from other
/// parts) the two copies may differ by more than one half-unit without error: a cross-table equality of two totals
/// adds each derived total's rollup bound to its own (<see cref="Bound"/>).
/// </summary>
internal static class DerivedTotals
{
    /// <summary>The column sets a 合计 is the sum of, one expenditure-type split each.</summary>
    private static readonly TableColumn[][] TotalParts =
    [
        [TableColumn.Basic, TableColumn.Project],
        [TableColumn.Personnel, TableColumn.Public],
        [TableColumn.Personnel, TableColumn.Public, TableColumn.Project],
    ];

    /// <summary>The column set a 基本支出 is the sum of.</summary>
    private static readonly TableColumn[][] BasicParts = [[TableColumn.Personnel, TableColumn.Public]];

    /// <summary>
    /// The rollup bound of one total cell: the half-units of the fewest parts of the row that sum to it exactly (as
    /// printed), or zero when no split of the row sums to it exactly (the total is then read as the rounded true figure)
    /// or its column is not a total of the row.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="row">Its total row.</param>
    /// <param name="column">The column of the total (合计 or 基本支出).</param>
    internal static RoundingBound Bound(BudgetTable table, TableRow row, TableColumn column)
    {
        var candidates = column switch
        {
            TableColumn.Total => TotalParts,
            TableColumn.Basic => BasicParts,
            _ => [],
        };
        if (candidates.Length == 0 || !row.Has(column))
        {
            return RoundingBound.Zero;
        }
        var total = row.GetOrZero(column);
        int fewest = 0;
        foreach (var parts in candidates)
        {
            if ((fewest == 0 || parts.Length < fewest) && Array.TrueForAll(parts, row.Has) && parts.Sum(p => row.GetOrZero(p)) == total)
            {
                fewest = parts.Length;
            }
        }
        return table.Precision.HalfUnit * fewest;
    }
}
