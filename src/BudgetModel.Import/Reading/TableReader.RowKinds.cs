using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// A summary table whose title does not say what its rows are: 基本支出总表 and 项目支出总表 are printed by function
/// code in some provinces, and in others by economic class (工资福利支出, 基本工资 …) or by project (one row per project,
/// named, under the unit's row). The first row that is neither a total, a unit's row nor a code decides, under a header that names no
/// classification subject (科目, 功能): an economic
/// name makes a 基本支出 table the table of basic expenditure by economic classification, a name that is no function
/// name makes a 项目支出 table the table of projects (项目支出预算表). The lines read so far are read again as that kind.
/// </summary>
internal sealed partial class TableReader
{
    private readonly List<SourceLine> _mappedLines = [];

    /// <summary>The kind the header shows a table to be, when its title does not say: a 基本支出 table (基本支出预算情况表)
    /// whose columns are headed by the economic classification (部门预算支出经济分类科目) and none by function is the table
    /// of basic expenditure by economic classification.</summary>
    private TableKind HeaderSaysKind(TableKind titleKind)
    {
        bool Says(string word) => _headerLines.Exists(h => h.Text.Contains(word, StringComparison.Ordinal));
        return titleKind == TableKind.BasicExpenditureSummary && Says("经济分类") && !Says("功能")
            ? TableKind.BasicExpenditureByEconomic
            : titleKind;
    }

    /// <summary>The kind the row named <paramref name="name"/> (printed without a code) shows this table to be, when it
    /// is not the title's; null when the title's kind stands.</summary>
    private TableKind? RowsSayOtherKind(string name)
    {
        // A header that names classification subjects (科目名称, 功能分类) says the rows are codes' names, known or not.
        if (_rows.Exists(r => r is FunctionRow) || _map!.Headers.Any(h => h.Contains("科目", StringComparison.Ordinal) || h.Contains("功能", StringComparison.Ordinal)))
        {
            return null;
        }
        var n = Labels.Normalize(Labels.StripOrdinal(name.Trim()));
        if (n.Length == 0 || _context.Catalog.FindFunctionsByName(n).Count > 0)
        {
            return null;
        }
        return Kind switch
        {
            TableKind.BasicExpenditureSummary when _context.Catalog.TryFindEconomicByName(n, EconomicSystem.Department, out _) => TableKind.BasicExpenditureByEconomic,
            TableKind.ProjectExpenditureSummary => TableKind.ProjectExpenditureCurrent,
            _ => null,
        };
    }

    /// <summary>Reads the table again as <paramref name="kind"/>: its columns mapped for that kind, the lines read so far
    /// and then <paramref name="line"/>.</summary>
    private bool RereadAs(TableKind kind, SourceLine line)
    {
        var titleKind = Kind;
        Kind = kind;
        var map = HeaderMap.Build(_headerLines, kind, _context.BudgetYear);
        if (map is null)
        {
            Kind = titleKind;
            return false;
        }
        _map = map;
        PrepareMapped(map);
        _rows.Clear();
        _summaries.Clear();
        _namedCodes.Clear();
        _openClass = null;
        _openSection = null;
        _splitClass = null;
        _splitSection = null;
        foreach (var earlier in _mappedLines)
        {
            if (ReferenceEquals(earlier, line))
            {
                break;
            }
            TryReadMapped(earlier);
        }
        return TryReadMapped(line);
    }
}
