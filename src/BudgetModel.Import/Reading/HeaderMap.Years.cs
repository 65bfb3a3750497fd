using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Tables that print the year before beside the budget year (Shandong's 三公 table: 2025年预算数 | 2026年预算数, each
/// over 合计, 因公出国（境）费 …): the columns under a year heading are the budget year's only when the year is the
/// disclosure's, in whatever order the blocks are printed.
/// </summary>
internal sealed partial class HeaderMap
{
    /// <summary>The columns headed by a year other than the budget year's, when the header also heads columns by the
    /// budget year (the block to read); none when it does not (a table of one year is read whatever year it names).
    /// When the budget year is not known yet, the latest year the header names is taken for it. A year of carry-over
    /// (2025年结转) names where money comes from, not a block of another year's figures, and is left alone.</summary>
    private static List<int> OtherYearColumns(string[] headers, int? budgetYear)
    {
        var years = new int?[headers.Length];
        var distinct = new HashSet<int>();
        for (int i = 0; i < headers.Length; i++)
        {
            if (headers[i].Contains("结转", StringComparison.Ordinal) || headers[i].Contains("结余", StringComparison.Ordinal))
            {
                continue;
            }
            if (YearHeading().Match(headers[i]) is { Success: true } m && CellChars.WholeNumber(m.Groups[1].ValueSpan) is { } year)
            {
                years[i] = year;
                distinct.Add(year);
            }
        }
        var other = new List<int>();
        if (distinct.Count < 2)
        {
            return other;
        }
        int current = budgetYear ?? distinct.Max();
        if (!distinct.Contains(current))
        {
            return other;
        }
        for (int i = 0; i < headers.Length; i++)
        {
            if (years[i] is { } y && y != current)
            {
                other.Add(i);
            }
        }
        return other;
    }

    /// <summary>A year heading a block of columns: 2025年预算数, 2026年.</summary>
    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年")]
    private static partial Regex YearHeading();
}
