using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads the indicator rows of a performance sheet (一级 / 二级 / 三级 / 指标值, for 实施期 and 年度 side by side, or one
/// side on the overall sheet). Rows come shifted, with labels left out (carried from the row above), names cut short,
/// and cells repeated; the reader works on the sequence of non-empty cells rather than on their positions.
/// </summary>
internal sealed class IndicatorRows
{
    private readonly ImportLog _log;
    private readonly string _owner;
    private readonly bool _twoSided;
    private readonly int _boundary;
    private IndicatorCategory? _category;
    private readonly IndicatorSubcategory?[] _sub = new IndicatorSubcategory?[2];

    // The two sides of the row being read, reused from row to row (cleared at the start of each).
    private readonly Side[] _sides = [new Side(), new Side()];

    /// <param name="log">The log.</param>
    /// <param name="owner">The project (or unit) the sheet belongs to, for messages.</param>
    /// <param name="header">The header line (一级指标 二级指标 三级指标 指标值 [二级指标 三级指标 指标值]).</param>
    internal IndicatorRows(ImportLog log, string owner, SourceLine header)
    {
        _log = log;
        _owner = owner;
        var cells = header.NonEmpty();
        var labels = header.NonEmptyLabels();
        // Two sides when 二级指标 heads two columns; the second side starts at the second.
        int found = 0;
        _boundary = int.MaxValue;
        for (int k = 0; k < cells.Length && found < 2; k++)
        {
            if (labels[k] == "二级指标" && ++found == 2)
            {
                _boundary = cells[k].Index;
            }
        }
        _twoSided = found >= 2;
    }

    /// <summary>True when the header line heads two periods side by side (二级指标 heads two columns).</summary>
    internal static bool IsTwoSided(SourceLine header)
    {
        int found = 0;
        foreach (var label in header.NonEmptyLabels())
        {
            if (label == "二级指标")
            {
                found++;
            }
        }
        return found >= 2;
    }

    internal List<SheetIndicator> Lifetime { get; } = [];

    internal List<SheetIndicator> Annual { get; } = [];

    /// <summary>Reads one indicator row.</summary>
    internal void Add(SourceLine line)
    {
        var sides = _sides;
        sides[0].Clear();
        sides[1].Clear();
        int current = 0;
        bool switched = false;
        var cells = line.NonEmpty();
        for (int k = 0; k < cells.Length; k++)
        {
            var (index, text) = cells[k];
            var (category, subcategory) = LevelOf(text, k + 1 < cells.Length ? cells[k + 1].Text : null);
            if (category is { } c)
            {
                _category = c;
                continue;
            }
            var side = sides[current];
            if (subcategory is { } sub)
            {
                if (current == 0 && _twoSided)
                {
                    if (side.Sub is null && side.Texts.Count == 0 && index < _boundary)
                    {
                        side.Sub = sub;
                        continue;
                    }
                    if (side.Texts.Count > 0 || side.Sub == sub || side.Sub is null)
                    {
                        current = 1;
                        switched = true;
                        sides[1].Sub = sub;
                        continue;
                    }
                }
                else if (side.Sub is null && side.Texts.Count == 0)
                {
                    side.Sub = sub;
                    continue;
                }
            }
            else if (current == 0 && _twoSided && index >= _boundary && side.Texts.Count == 0 && side.Sub is null)
            {
                current = 1;
                switched = true;
                side = sides[1];
            }
            side.Texts.Add(text);
        }
        if (_twoSided && !switched && sides[0].Texts.Count >= 4)
        {
            var texts = sides[0].Texts;
            if (texts.Count > 4)
            {
                _log.Add(ImportRules.Shift, Severity.Warning,
                    $"Line {line.Number}: the indicator row of {_owner} has {texts.Count} name/value cells; the first pair is read as 实施期, the last as 年度, the rest is ignored.",
                    line.Number, project: _owner);
            }
            sides[1].Texts.Add(texts[^2]);
            sides[1].Texts.Add(texts[^1]);
            texts.RemoveRange(2, texts.Count - 2);
        }
        if (_twoSided)
        {
            // The two periods mirror each other: a 二级 label lost on one side of the row is the one the other side prints.
            if (sides[0].Sub is null && sides[1].Sub is { } annualSub && sides[0].Texts.Count > 0)
            {
                sides[0].Sub = annualSub;
            }
            else if (sides[1].Sub is null && sides[0].Sub is { } lifetimeSub && sides[1].Texts.Count > 0)
            {
                sides[1].Sub = lifetimeSub;
            }
            // A name and value run together in one cell ("减少重污染天气,有效改善"): split off the value the other side prints.
            SplitRunTogether(line, sides[1], sides[0]);
            SplitRunTogether(line, sides[0], sides[1]);
        }
        Emit(line, 0, sides[0], Lifetime);
        if (_twoSided)
        {
            Emit(line, 1, sides[1], Annual);
        }
    }

    private void SplitRunTogether(SourceLine line, Side side, Side other)
    {
        if (side.Texts.Count != 1 || other.Texts.Count < 2)
        {
            return;
        }
        var text = side.Texts[0];
        var value = other.Texts[^1];
        if (text.Length > value.Length && text.EndsWith(value, StringComparison.Ordinal))
        {
            side.Texts.Clear();
            side.Texts.Add(text[..^value.Length]);
            side.Texts.Add(value);
            _log.Add(ImportRules.Indicator, Severity.Warning,
                $"Line {line.Number}: indicator \"{text}\" of {_owner} has its name and value in one cell; read as name \"{text[..^value.Length]}\", value \"{value}\" (the value the other period prints).",
                line.Number, project: _owner);
        }
    }

    private void Emit(SourceLine line, int sideIndex, Side side, List<SheetIndicator> target)
    {
        if (side.Sub is { } s)
        {
            _sub[sideIndex] = s;
        }
        if (side.Texts.Count == 0)
        {
            return;
        }
        string period = !_twoSided ? "" : sideIndex == 0 ? " (实施期)" : " (年度)";
        if (side.Texts.Count == 1)
        {
            _log.Add(ImportRules.Indicator, Severity.Warning,
                $"Line {line.Number}: indicator \"{side.Texts[0]}\" of {_owner}{period} has no separate value (name and value run together, or the value is missing); not imported.",
                line.Number, project: _owner);
            return;
        }
        if (_sub[sideIndex] is not { } subcategory)
        {
            _log.Add(ImportRules.Indicator, Severity.Warning,
                $"Line {line.Number}: indicator \"{side.Texts[0]}\" of {_owner}{period} has no 二级指标; not imported.",
                line.Number, project: _owner);
            return;
        }
        string name = side.Texts[0];
        string value = side.Texts[^1];
        if (side.Texts.Count > 2 && HasOtherMiddleText(side.Texts, name))
        {
            _log.Add(ImportRules.Shift, Severity.Warning,
                $"Line {line.Number}: indicator \"{name}\" of {_owner}{period} has extra cells ({string.Join(" | ", side.Texts)}); read as name \"{name}\", value \"{value}\".",
                line.Number, project: _owner);
        }
        var category = _category ?? IndicatorTaxonomy.ParentOf(subcategory);
        if (!IndicatorValue.TryParse(value, out var parsed))
        {
            // A quantitative-looking 指标值 that does not parse (".9万元", "≥", "12.3.4%"): the model cannot hold it,
            // so it becomes a finding with its line and the reason, never a silent loss.
            string reason;
            try
            {
                IndicatorValue.Parse(value);
                reason = "unreadable";
            }
            catch (BudgetFormatException e)
            {
                reason = e.Reason;
            }
            _log.Add(ImportRules.Indicator, Severity.Warning,
                $"Line {line.Number}: indicator \"{name}\" of {_owner}{period} has a value \"{value}\" that does not parse ({reason}); not imported.",
                line.Number, project: _owner);
            return;
        }
        target.Add(new SheetIndicator(new Indicator(category, subcategory, name, parsed), line.Number));
    }

    /// <summary>
    /// Reads a cell as a 一级 or a 二级 label (<see cref="IndicatorLabels"/>), or neither. A cell cut short by the
    /// extraction in the middle of 指标 (<c>服务对象满意度指</c>, <c>效益指</c>) is read with it whole. 成本指标 is both a
    /// 二级 (under 产出, the national template) and, in some provinces, a 一级: it is read as the 一级 only when the
    /// next cell of the row is a 二级 that belongs under 成本 alone (经济成本指标 …).
    /// </summary>
    internal static (IndicatorCategory? Category, IndicatorSubcategory? Subcategory) LevelOf(string text, string? next)
    {
        var label = Whole(text);
        bool isCategory = IndicatorLabels.TryParseCategory(label, out var category);
        bool isSubcategory = IndicatorLabels.TryParseSubcategory(label, out var subcategory);
        if (isCategory && isSubcategory)
        {
            bool costFirstLevel = next is not null && IndicatorLabels.TryParseSubcategory(Whole(next), out var below)
                && IndicatorTaxonomy.IsValidUnder(category, below) && !IndicatorTaxonomy.IsValidUnder(IndicatorTaxonomy.ParentOf(subcategory), below);
            return costFirstLevel ? (category, null) : (null, subcategory);
        }
        return (isCategory ? category : null, isSubcategory ? subcategory : null);
    }

    internal static string Whole(string cell)
    {
        var t = cell.TrimEnd();
        return t.EndsWith('指') ? t + "标" : t;
    }

    /// <summary>True when a text between the first and the last differs from <paramref name="name"/>.</summary>
    private static bool HasOtherMiddleText(List<string> texts, string name)
    {
        for (int i = 1; i < texts.Count - 1; i++)
        {
            if (texts[i] != name)
            {
                return true;
            }
        }
        return false;
    }

    private sealed class Side
    {
        internal IndicatorSubcategory? Sub { get; set; }

        internal List<string> Texts { get; } = [];

        internal void Clear()
        {
            Sub = null;
            Texts.Clear();
        }
    }
}
