using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Tables that print the year before beside the budget year as rows (Guangdong's 三公 table: 2025年 | 2026年 |
/// 增减变化金额 under the unit): only the budget year's row is the table's.
/// </summary>
internal sealed partial class TableReader
{
    /// <summary>Whether a row is labelled by a year other than the budget year (a cell that is only 2025年 / 2025年度)
    /// or is the change between the years (增减变化金额, 增减额): not the budget year's figures, read past. False when the
    /// budget year is not known.</summary>
    private bool IsAnotherYearsRow(SourceLine line)
    {
        if (_context.BudgetYear is not { } budgetYear)
        {
            return false;
        }
        foreach (var (_, text) in line.NonEmpty())
        {
            var cell = text.Trim();
            if (YearCell().Match(cell) is { Success: true } m && CellChars.WholeNumber(m.Groups[1].ValueSpan) is { } year)
            {
                return year != budgetYear;
            }
            if (cell.StartsWith("增减", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A cell that is only a year: 2025年, 2026年度.</summary>
    [GeneratedRegex(@"^((?:19|20)[0-9]{2})\s*年度?$")]
    private static partial Regex YearCell();
}
