using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads indicator rows that print the three levels in one cell (绩效指标: 产出指标数量指标出具数据分析报告, after the
/// activity it belongs to), with 指标性质 | 指标值 | 度量单位 in columns of their own (Beijing's 整体支出绩效目标表 by 活动).
/// The cell is split by the official labels it starts with: a 一级, then a 二级 under it, then the indicator's name. The
/// activity's column (headed 活动 or 活动名称) names the activity each indicator is set for (审计业务): printed on every
/// row, or once over its rows (a row that leaves it empty keeps the one above).
/// </summary>
internal sealed class CombinedIndicatorRows
{
    private readonly ImportLog _log;
    private readonly string _owner;
    private readonly int _activity = -1;
    private readonly int _indicator = -1;
    private readonly int _nature = -1;
    private readonly int _value = -1;
    private readonly int _unit = -1;
    private readonly List<SheetIndicator> _indicators = [];
    private string? _currentActivity;

    /// <param name="log">The log.</param>
    /// <param name="owner">The unit the sheet belongs to, for messages.</param>
    /// <param name="header">The header line (绩效指标 | 指标性质 | 指标值 | 度量单位).</param>
    internal CombinedIndicatorRows(ImportLog log, string owner, SourceLine header)
    {
        _log = log;
        _owner = owner;
        foreach (var (index, text) in header.NonEmpty())
        {
            var label = Labels.Normalize(text);
            if (label is "活动" or "活动名称" && _activity < 0)
            {
                _activity = index;
            }
            else if (label == "绩效指标" && _indicator < 0)
            {
                _indicator = index;
            }
            else if (label.EndsWith("性质", StringComparison.Ordinal) && _nature < 0)
            {
                _nature = index;
            }
            else if (label.EndsWith("指标值", StringComparison.Ordinal) && _value < 0)
            {
                _value = index;
            }
            else if (label.EndsWith("单位", StringComparison.Ordinal) && _value >= 0 && _unit < 0)
            {
                _unit = index;
            }
        }
    }

    /// <summary>True for the header of such rows: 绩效指标, 指标性质 and 指标值, and no 一级指标 column.</summary>
    internal static bool IsHeader(NonEmptyLabels labels) =>
        labels.IndexOf("绩效指标") >= 0 && labels.IndexOf("一级指标") < 0
        && labels.Any(l => l.EndsWith("性质", StringComparison.Ordinal)) && labels.Any(l => l.EndsWith("指标值", StringComparison.Ordinal));

    /// <summary>Reads one row; a row whose cells hold no labelled indicator (a heading repeated at a page break) is skipped.</summary>
    internal void Add(SourceLine line)
    {
        foreach (var (index, text) in line.NonEmpty())
        {
            // The activity: the first cell from the activity's column on, left of the indicator's.
            if (_activity >= 0 && index >= _activity && index < _indicator)
            {
                // Not the header printed again at a page break, nor an indicator's cell shifted left.
                if (Labels.Normalize(text) is not ("活动" or "活动名称") && !TrySplit(text, out _, out _, out _))
                {
                    _currentActivity = text;
                }
                break;
            }
        }
        foreach (var (index, text) in line.NonEmpty())
        {
            if (index < _indicator || index >= _nature || !TrySplit(text, out var category, out var subcategory, out var name))
            {
                continue;
            }
            var value = OnePeriodIndicatorRows.JoinValue(line[_nature], line[_value], _unit >= 0 ? line[_unit] : string.Empty);
            if (line[_value].Length == 0 || !IndicatorValue.TryParse(value, out var parsed))
            {
                _log.Add(ImportRules.Indicator, Severity.Warning,
                    $"Line {line.Number}: indicator \"{name}\" of {_owner} has a value \"{value}\" that does not parse; not imported.", line.Number);
                return;
            }
            _indicators.Add(new SheetIndicator(new Indicator(category, subcategory, name, parsed), line.Number) { Activity = _currentActivity });
            return;
        }
    }

    /// <summary>The indicators read.</summary>
    internal List<SheetIndicator> Build() => _indicators;

    /// <summary>Splits 产出指标数量指标出具数据分析报告 into its 一级, its 二级 (one that belongs under the 一级) and the name.</summary>
    private static bool TrySplit(string text, out IndicatorCategory category, out IndicatorSubcategory subcategory, out string name)
    {
        foreach (var c in Enum.GetValues<IndicatorCategory>())
        {
            var first = IndicatorLabels.GetLabel(c);
            if (!text.StartsWith(first, StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var s in Enum.GetValues<IndicatorSubcategory>())
            {
                var second = IndicatorLabels.GetLabel(s);
                if (IndicatorTaxonomy.IsValidUnder(c, s) && text.AsSpan(first.Length).StartsWith(second, StringComparison.Ordinal)
                    && text.Length > first.Length + second.Length)
                {
                    (category, subcategory, name) = (c, s, text[(first.Length + second.Length)..].Trim());
                    return true;
                }
            }
        }
        (category, subcategory, name) = (default, default, string.Empty);
        return false;
    }
}
