using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads the indicator rows of a sheet that prints one period (一级指标 二级指标 三级指标 指标值, and maybe 指标解释 and a
/// 权重 / 分值 column). The columns come from the header: cells left of 一级指标 are the block's label (绩效指标,
/// 年度绩效指标), cells before 三级指标 are level labels, the first other cell is the indicator's name and the next the
/// value (an 指标解释 after the name and a weight at the end, when the header has them, are left out).
/// <para>
/// A level label merged over several rows is printed once. When the label is at the top of its rows (the seed's way),
/// rows without one carry the label above. When the layout centres it (a row before the first label has none), the
/// rows without a label between two labels are shared out as centring places them: a label sits on the middle row of
/// its rows, or just below the middle when they are even (rows above it = rows below or one more); of the splits this
/// allows, the one closest to halving the gap is taken. A label broken over two lines (成本 / 指标, 经济成 / 本指标) is
/// joined back and placed on its second line.
/// </para>
/// <para>
/// A header with 指标性质, 指标值 and 度量单位 columns (Beijing) prints the comparator, the number and the unit apart: they
/// are read by column and joined (<see cref="JoinValue"/>).
/// </para>
/// </summary>
internal sealed class OnePeriodIndicatorRows
{
    private readonly ImportLog _log;
    private readonly string _owner;
    private readonly ImportContext _context;
    private readonly int _first;
    private readonly int _second;
    private readonly int _third;
    private readonly bool _weight;
    private readonly bool _explanation;
    private readonly int _nature = -1;
    private readonly int _valueColumn = -1;
    private readonly int _unitColumn = -1;
    private readonly List<Row> _rows = [];
    private string? _pendingCategory;
    private string? _pendingSubcategory;

    /// <param name="log">The log.</param>
    /// <param name="owner">The project the sheet belongs to, for messages.</param>
    /// <param name="header">The header line (一级指标 二级指标 三级指标 指标值 …).</param>
    /// <param name="context">The document's readers' shared state (whether its sheets centre their level labels).</param>
    internal OnePeriodIndicatorRows(ImportLog log, string owner, SourceLine header, ImportContext context)
    {
        _log = log;
        _owner = owner;
        _context = context;
        _first = _second = _third = -1;
        foreach (var (index, _) in header.NonEmpty())
        {
            var label = Labels.Normalize(header.Cells[index]);
            if (label == "一级指标" && _first < 0)
            {
                _first = index;
            }
            else if (label == "二级指标" && _second < 0)
            {
                _second = index;
            }
            else if (label == "三级指标" && _third < 0)
            {
                _third = index;
            }
            else if (label.Contains("权重", StringComparison.Ordinal) || label.StartsWith("分值", StringComparison.Ordinal))
            {
                _weight = true;
            }
            else if (label.StartsWith("指标解释", StringComparison.Ordinal) || label.StartsWith("指标说明", StringComparison.Ordinal)
                || label.StartsWith("指标内容", StringComparison.Ordinal))
            {
                _explanation = true;
            }
            else if (label.EndsWith("性质", StringComparison.Ordinal) && _first >= 0 && _nature < 0)
            {
                // 指标性质 (its header may be broken: 绩效指 / 标性质): the comparator (＝, ≥, ≤) or 定性, in a column of its own.
                _nature = index;
            }
            else if (label.EndsWith("指标值", StringComparison.Ordinal) && _valueColumn < 0)
            {
                _valueColumn = index;
            }
            else if (label.EndsWith("单位", StringComparison.Ordinal) && _valueColumn >= 0 && _unitColumn < 0)
            {
                // 度量单位 / 计量单位 after the value: the value's unit, in a column of its own.
                _unitColumn = index;
            }
        }
        if (_nature < 0 || _valueColumn < 0)
        {
            _nature = _valueColumn = _unitColumn = -1;
        }
        if (_second < 0)
        {
            _second = _first + 1;
        }
        if (_third < 0)
        {
            _third = _second + 1;
        }
    }

    /// <summary>Reads one row (an indicator, or the rest of a label broken over lines).</summary>
    internal void Add(SourceLine line)
    {
        IndicatorCategory? category = null;
        IndicatorSubcategory? subcategory = null;
        string? name = null;
        var rest = new List<string>();
        string? categoryFragment = null, subcategoryFragment = null;
        string? categoryText = null, subcategoryText = null;
        foreach (var (index, text) in line.NonEmpty())
        {
            if (index < _first || (_nature >= 0 && index >= _nature))
            {
                // The comparator, value and unit columns are read by column below.
                continue;
            }
            if (name is null && index < _third)
            {
                var whole = IndicatorRows.Whole(text);
                if (index < _second)
                {
                    categoryText = text;
                }
                else
                {
                    subcategoryText = text;
                }
                if (index < _second && IndicatorLabels.TryParseCategory(whole, out var c))
                {
                    category = c;
                }
                else if (index >= _second && IndicatorLabels.TryParseSubcategory(whole, out var s))
                {
                    subcategory = s;
                }
                else if (index < _second)
                {
                    categoryFragment = text;
                }
                else
                {
                    subcategoryFragment = text;
                }
                continue;
            }
            if (name is null)
            {
                name = text;
            }
            else if (rest.Count == 0 ? text != name : rest[^1] != text)
            {
                rest.Add(text);
            }
        }
        // A label broken over two lines (成本 / 指标, 经济成 / 本指标): the first part on the row above, the rest here;
        // the label is placed on this row.
        if (category is null && categoryFragment is not null && _pendingCategory is not null
            && IndicatorLabels.TryParseCategory(IndicatorRows.Whole(_pendingCategory + categoryFragment), out var joined))
        {
            category = joined;
            if (_rows.Count > 0)
            {
                _rows[^1] = _rows[^1] with { Category = null };
            }
        }
        if (subcategory is null && subcategoryFragment is not null && _pendingSubcategory is not null
            && IndicatorLabels.TryParseSubcategory(IndicatorRows.Whole(_pendingSubcategory + subcategoryFragment), out var joinedSub))
        {
            subcategory = joinedSub;
            if (_rows.Count > 0)
            {
                _rows[^1] = _rows[^1] with { Subcategory = null };
            }
        }
        _pendingCategory = categoryText;
        _pendingSubcategory = subcategoryText;
        string? value = _nature >= 0 ? ValueInColumns(line) : Value(rest);
        _rows.Add(new Row(line.Number, category, subcategory, name, value));
    }

    /// <summary>The value among the cells after the name: without the trailing weight and a leading 指标解释 when the
    /// header has those columns and the row prints them.</summary>
    private string? Value(List<string> rest)
    {
        int from = 0, to = rest.Count;
        if (_weight && to - from >= 2 && Amounts.LooksNumeric(rest[to - 1]))
        {
            to--;
        }
        if (_explanation && to - from >= 2)
        {
            from++;
        }
        return to > from ? rest[from] : null;
    }

    /// <summary>The value of a row that prints the comparator, the number and the unit in columns of their own
    /// (指标性质 | 指标值 | 度量单位: ＝ | 100 | %, ≥ | 25 | 个): joined (＝100%); a 定性 (qualitative) value is its text
    /// alone (定性 | 优 | 其他 → 优), a 定量 one its number and unit.</summary>
    private string? ValueInColumns(SourceLine line)
    {
        var value = line[_valueColumn];
        if (value.Length == 0)
        {
            return null;
        }
        return JoinValue(line[_nature], value, _unitColumn >= 0 ? line[_unitColumn] : string.Empty);
    }

    /// <summary>A value printed as 指标性质 | 指标值 | 度量单位, joined: the comparator, the number and the unit (＝ | 100 | % →
    /// ＝100%); a 定性 value is its text alone (定性 | 优 | 其他 → 优), a 定量 one its number and unit.</summary>
    internal static string JoinValue(string nature, string value, string unit) =>
        nature.StartsWith("定性", StringComparison.Ordinal) ? value
        : (nature.StartsWith("定量", StringComparison.Ordinal) ? string.Empty : nature) + value + unit;

    /// <summary>The indicators read, each with its levels.</summary>
    internal List<SheetIndicator> Build()
    {
        var subs = AssignSubcategories();
        var result = new List<SheetIndicator>();
        for (int i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            if (row.Name is null)
            {
                continue;
            }
            if (row.Value is null)
            {
                _log.Add(ImportRules.Indicator, Severity.Warning,
                    $"Line {row.Line}: indicator \"{row.Name}\" of {_owner} has no value; not imported.", row.Line, project: _owner);
                continue;
            }
            if (subs[i] is not { } sub)
            {
                _log.Add(ImportRules.Indicator, Severity.Warning,
                    $"Line {row.Line}: indicator \"{row.Name}\" of {_owner} has no 二级指标; not imported.", row.Line, project: _owner);
                continue;
            }
            // The 一级 printed with the 二级 when it is its own; else the one the 二级 belongs under.
            var labelRow = _rows.FindLast(r => r.Subcategory == sub && r.Line <= row.Line) ?? _rows.Find(r => r.Subcategory == sub);
            var category = labelRow?.Category is { } printed && IndicatorTaxonomy.IsValidUnder(printed, sub) ? printed : IndicatorTaxonomy.ParentOf(sub);
            if (!IndicatorValue.TryParse(row.Value, out var parsed))
            {
                _log.Add(ImportRules.Indicator, Severity.Warning,
                    $"Line {row.Line}: indicator \"{row.Name}\" of {_owner} has a value \"{row.Value}\" that does not parse; not imported.",
                    row.Line, project: _owner);
                continue;
            }
            result.Add(new SheetIndicator(new Indicator(category, sub, row.Name, parsed), row.Line));
        }
        return result;
    }

    /// <summary>The 二级 of every row: carried down from the label above, or, when the labels are centred, shared out
    /// between the labels above and below (see the class summary).</summary>
    private IndicatorSubcategory?[] AssignSubcategories()
    {
        var subs = new IndicatorSubcategory?[_rows.Count];
        var labelled = new List<int>();
        for (int i = 0; i < _rows.Count; i++)
        {
            if (_rows[i].Subcategory is not null)
            {
                labelled.Add(i);
            }
        }
        if (labelled.Count == 0)
        {
            return subs;
        }
        int firstIndicator = _rows.FindIndex(r => r.Name is not null);
        if (firstIndicator >= 0 && firstIndicator < labelled[0])
        {
            // An indicator above the first label: the labels are centred in their rows (and so are the document's
            // other sheets, which may begin with a label).
            _context.CentredIndicatorLabels = true;
        }
        if (!_context.CentredIndicatorLabels)
        {
            IndicatorSubcategory? current = null;
            for (int i = 0; i < _rows.Count; i++)
            {
                current = _rows[i].Subcategory ?? current;
                subs[i] = current;
            }
            return subs;
        }
        var indicators = Enumerable.Range(0, _rows.Count).Where(i => _rows[i].Name is not null && _rows[i].Subcategory is null).ToList();
        // Rows above the first label are its own.
        int above = 0;
        foreach (int i in indicators)
        {
            if (i < labelled[0])
            {
                subs[i] = _rows[labelled[0]].Subcategory;
                above++;
            }
        }
        for (int k = 0; k < labelled.Count; k++)
        {
            int at = labelled[k];
            subs[at] = _rows[at].Subcategory;
            var gap = indicators.Where(i => i > at && (k + 1 == labelled.Count || i < labelled[k + 1])).ToList();
            if (k + 1 == labelled.Count)
            {
                foreach (int i in gap)
                {
                    subs[i] = _rows[at].Subcategory;
                }
                break;
            }
            // Rows below this label: as many as above it, or one fewer; the choice closest to half the gap.
            int half = gap.Count / 2;
            int below = half;
            int best = int.MaxValue;
            foreach (int candidate in new[] { above, above - 1 })
            {
                if (candidate >= 0 && candidate <= gap.Count && Math.Abs(candidate - half) < best)
                {
                    best = Math.Abs(candidate - half);
                    below = candidate;
                }
            }
            for (int g = 0; g < gap.Count; g++)
            {
                subs[gap[g]] = g < below ? _rows[at].Subcategory : _rows[labelled[k + 1]].Subcategory;
            }
            above = gap.Count - below;
        }
        return subs;
    }

    private sealed record Row(int Line, IndicatorCategory? Category, IndicatorSubcategory? Subcategory, string? Name, string? Value);
}
