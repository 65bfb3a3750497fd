using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Keeps a table whose title matches no kind as printed (<see cref="OtherTable"/>): its unit line, its header rows (the
/// lines before the first one with a figure) and its rows of cell texts, each with its source line. A title with
/// nothing under it (a heading that only looks like a table title) gives no table.
/// </summary>
internal static partial class OtherTableReader
{
    internal static OtherTable? Read(Title title, IReadOnlyList<SourceLine> lines)
    {
        PublishedPrecision? precision = null;
        string? unitName = null;
        var header = new List<OtherTableRow>();
        var rows = new List<OtherTableRow>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }
            bool info = false;
            foreach (var (_, cell) in line.NonEmpty())
            {
                if (TableReader.UnitPattern().Match(cell) is { Success: true } u)
                {
                    precision ??= u.Groups[1].Value == "万元" ? PublishedPrecision.WanTwoDecimals : PublishedPrecision.YuanTwoDecimals;
                    info = true;
                }
                else if (TableReader.UnitNamePattern().Match(cell) is { Success: true } n)
                {
                    unitName ??= n.Groups[1].Value.Trim();
                    info = true;
                }
            }
            if (info && rows.Count == 0)
            {
                continue;
            }
            if (line.NonEmptyCount < 2)
            {
                // A table's rows and headers have several cells; a lone line is a heading or a note.
                continue;
            }
            var row = new OtherTableRow(line.Cells, line.Number);
            if (rows.Count == 0 && !line.Cells.Any(Amounts.LooksNumeric))
            {
                header.Add(row);
            }
            else
            {
                rows.Add(row);
            }
        }
        // A list of titles (a table of contents under a heading that looks like a title) holds no figure: not a table.
        if (header.Count == 0 && !rows.Exists(r => r.Cells.Any(c => Figure().IsMatch(c))))
        {
            return null;
        }
        return new OtherTable(title.Text, header, rows, title.PrintedNumber, precision, unitName, title.Line);
    }

    /// <summary>An amount: digits with decimals, or grouped by thousands.</summary>
    [GeneratedRegex(@"^-?(?:\d+\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?)$")]
    private static partial Regex Figure();
}
