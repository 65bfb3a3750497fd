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

    /// <param name="log">The log.</param>
    /// <param name="owner">The project (or unit) the sheet belongs to, for messages.</param>
    /// <param name="header">The header line (一级指标 二级指标 三级指标 指标值 [二级指标 三级指标 指标值]).</param>
    internal IndicatorRows(ImportLog log, string owner, SourceLine header)
    {
        _log = log;
        _owner = owner;
        var subs = header.NonEmpty().Where(c => Labels.Normalize(c.Text) == "二级指标").Select(c => c.Index).ToArray();
        _twoSided = subs.Length >= 2;
        _boundary = _twoSided ? subs[1] : int.MaxValue;
    }

    internal List<SheetIndicator> Lifetime { get; } = [];

    internal List<SheetIndicator> Annual { get; } = [];

    /// <summary>Reads one indicator row.</summary>
    internal void Add(SourceLine line)
    {
        var sides = new[] { new Side(), new Side() };
        int current = 0;
        bool switched = false;
        foreach (var (index, text) in line.NonEmpty())
        {
            var label = Label(text);
            if (CategoryOf(label) is { } category)
            {
                _category = category;
                continue;
            }
            var side = sides[current];
            if (SubcategoryOf(label) is { } sub)
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
            sides[1].Texts.AddRange(texts[^2..]);
            texts.RemoveRange(2, texts.Count - 2);
        }
        Emit(line, 0, sides[0], Lifetime);
        if (_twoSided)
        {
            Emit(line, 1, sides[1], Annual);
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
        if (side.Texts.Count > 2 && side.Texts.Skip(1).Take(side.Texts.Count - 2).Any(t => t != name))
        {
            _log.Add(ImportRules.Shift, Severity.Warning,
                $"Line {line.Number}: indicator \"{name}\" of {_owner}{period} has extra cells ({string.Join(" | ", side.Texts)}); read as name \"{name}\", value \"{value}\".",
                line.Number, project: _owner);
        }
        var category = _category ?? ImpliedCategory(subcategory);
        target.Add(new SheetIndicator(new Indicator(category, subcategory, name, IndicatorValue.Parse(value)), line.Number));
    }

    private static string Label(string text)
    {
        var t = Labels.Normalize(text);
        if (t.EndsWith("指标", StringComparison.Ordinal))
        {
            return t[..^2];
        }
        return t.EndsWith('指') ? t[..^1] : t;
    }

    internal static IndicatorCategory? CategoryOf(string label) => label switch
    {
        "产出" => IndicatorCategory.Output,
        "效益" => IndicatorCategory.Benefit,
        "满意度" => IndicatorCategory.Satisfaction,
        _ => null,
    };

    internal static IndicatorSubcategory? SubcategoryOf(string label) => label switch
    {
        "数量" => IndicatorSubcategory.Quantity,
        "质量" => IndicatorSubcategory.Quality,
        "时效" => IndicatorSubcategory.Timeliness,
        "成本" => IndicatorSubcategory.Cost,
        "经济效益" => IndicatorSubcategory.EconomicBenefit,
        "社会效益" => IndicatorSubcategory.SocialBenefit,
        "生态效益" => IndicatorSubcategory.EcologicalBenefit,
        "可持续影响" or "可持续性影响" => IndicatorSubcategory.Sustainability,
        "服务对象满意度" => IndicatorSubcategory.ServiceRecipientSatisfaction,
        _ => null,
    };

    private static IndicatorCategory ImpliedCategory(IndicatorSubcategory sub) => sub switch
    {
        IndicatorSubcategory.Quantity or IndicatorSubcategory.Quality or IndicatorSubcategory.Timeliness or IndicatorSubcategory.Cost => IndicatorCategory.Output,
        IndicatorSubcategory.ServiceRecipientSatisfaction => IndicatorCategory.Satisfaction,
        _ => IndicatorCategory.Benefit,
    };

    private sealed class Side
    {
        internal IndicatorSubcategory? Sub { get; set; }

        internal List<string> Texts { get; } = [];
    }
}
