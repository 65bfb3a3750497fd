using System.Text.RegularExpressions;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads one 项目支出绩效目标表 from its lines (title to 负责人). Both column layouts of the seed are read: the funding
/// rows are read as label → first number after it, whatever the cells in between, and a label broken over two cells
/// (市县(区)财政资 金) or two lines still counts.
/// </summary>
internal static partial class ProjectSheetReader
{
    /// <summary>The labels of the text fields, normalised once (<see cref="Labels.Normalize"/>).</summary>
    private static readonly (string Label, string Field)[] TextFields =
    [
        .. new (string Label, string Field)[]
        {
            ("项目概况", nameof(ProjectSheetDetails.Overview)),
            ("立项依据", nameof(ProjectSheetDetails.Basis)),
            ("项目设立必要性", nameof(ProjectSheetDetails.Necessity)),
            ("保证项目实施的制度、措施", nameof(ProjectSheetDetails.Measures)),
            ("保证项目实施的制度,措施", nameof(ProjectSheetDetails.Measures)),
            ("项目实施计划", nameof(ProjectSheetDetails.Plan)),
        }.Select(f => (Labels.Normalize(f.Label), f.Field)),
    ];

    internal static ProjectPerformanceSheet? Read(Title title, IReadOnlyList<SourceLine> lines, ImportContext context)
    {
        var log = context.Log;
        string? name = null;
        var details = ProjectSheetDetails.None;
        var funding = new FundingReader { Unit = SheetUnit(lines) };
        IndicatorRows? indicators = null;
        OnePeriodIndicatorRows? onePeriod = null;
        bool inFunding = false;
        foreach (var line in lines)
        {
            var cells = line.NonEmpty();
            if (cells.Length == 0)
            {
                continue;
            }
            var first = cells[0];
            var label = line.FirstLabel();
            if (indicators is not null || onePeriod is not null)
            {
                if (label.StartsWith("负责人", StringComparison.Ordinal))
                {
                    break;
                }
                indicators?.Add(line);
                onePeriod?.Add(line);
                continue;
            }
            var labels = line.NonEmptyLabels();
            if (label == "项目名称")
            {
                name = ValueAfter(line, first.Index);
                continue;
            }
            if (label.StartsWith("主管部门", StringComparison.Ordinal))
            {
                var dept = ValueAfter(line, first.Index);
                if (dept is not null)
                {
                    var m = CodeDash().Match(dept);
                    details = m.Success
                        ? details with { DepartmentCode = m.Groups[1].Value, DepartmentName = m.Groups[2].Value.Trim() }
                        : details with { DepartmentName = dept };
                    context.MentionUnitName(details.DepartmentName!, line.Number, "project sheet 主管部门: " + (name ?? title.Text));
                }
                var unit = ValueAfterLabel(line, "实施单位");
                if (unit is not null)
                {
                    details = details with { ImplementingUnit = unit };
                    context.MentionUnitName(unit, line.Number, "project sheet 实施单位: " + (name ?? title.Text));
                }
                continue;
            }
            if (label == "项目属性")
            {
                details = details with { Attribute = ValueAfter(line, first.Index), Period = ValueAfterLabel(line, "项目期") };
                continue;
            }
            if (label.StartsWith("项目资金", StringComparison.Ordinal) || labels.Any(l => l.Contains("资金总额", StringComparison.Ordinal)))
            {
                inFunding = true;
                funding.Add(line);
                continue;
            }
            var field = TextField(label);
            if (field is not null)
            {
                inFunding = false;
                var text = string.Join(" ", cells.TextsFrom(1));
                details = field switch
                {
                    nameof(ProjectSheetDetails.Overview) => details with { Overview = text },
                    nameof(ProjectSheetDetails.Basis) => details with { Basis = text },
                    nameof(ProjectSheetDetails.Necessity) => details with { Necessity = text },
                    nameof(ProjectSheetDetails.Measures) => details with { Measures = text },
                    _ => details with { Plan = text },
                };
                continue;
            }
            if (label == "总体目标")
            {
                var goals = cells.TextsFrom(1);
                details = details with { LifetimeGoal = goals.ElementAtOrDefault(0), AnnualGoal = goals.ElementAtOrDefault(1) };
                continue;
            }
            if (label is "年度目标" or "年度总体目标" or "年度绩效目标")
            {
                details = details with { AnnualGoal = cells.TextsFrom(1).FirstOrDefault() };
                continue;
            }
            if (labels.IndexOf("一级指标") >= 0)
            {
                // Two periods side by side (二级指标 heads two columns: the seed's layout) or one period.
                if (IndicatorRows.IsTwoSided(line))
                {
                    indicators = new IndicatorRows(log, name ?? title.Text, line);
                }
                else
                {
                    onePeriod = new OnePeriodIndicatorRows(log, name ?? title.Text, line, context);
                }
                continue;
            }
            if (inFunding)
            {
                funding.Add(line);
            }
        }
        if (name is null)
        {
            log.Add(ImportRules.Sheet, Severity.Error,
                $"The project performance sheet at line {title.Line} has no 项目名称; the sheet is not imported.", title.Line);
            return null;
        }
        var lifetime = funding.Build(0, name, log, title.Line);
        var annual = funding.Build(1, name, log, title.Line);
        if (funding.OnePeriod && (details.AnnualGoal is null || details.AnnualGoal == details.LifetimeGoal))
        {
            // One period printed: its goal (printed in every column its cell is merged over) is the year's goal.
            details = details with { AnnualGoal = details.LifetimeGoal };
        }
        if (onePeriod is not null)
        {
            // One period of indicators: they are the year's (年度绩效指标), whatever the funds' label says.
            return new ProjectPerformanceSheet(name, lifetime, annual, details, [], onePeriod.Build(), title.Line);
        }
        return new ProjectPerformanceSheet(name, lifetime, annual, details,
            indicators?.Lifetime ?? [], indicators?.Annual ?? [], title.Line);
    }

    /// <summary>The unit of a sheet's funds: 万元 when a label before the indicators says so (项目资金（万元）, a lone
    /// （万元） under a label broken over two lines, 单位：万元), else 元 (the national template's).</summary>
    internal static MoneyUnit SheetUnit(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.NonEmptyLabels().IndexOf("一级指标") >= 0)
            {
                break;
            }
            foreach (var (_, text) in line.NonEmpty())
            {
                if (IsUnitLabel(text, "万元"))
                {
                    return MoneyUnit.Wan;
                }
            }
        }
        return MoneyUnit.Yuan;
    }

    /// <summary>True when a cell is a short label naming <paramref name="unit"/> (资金金额(万元), 单位：万元), not a figure
    /// or a sentence that mentions it.</summary>
    internal static bool IsUnitLabel(string text, string unit) =>
        text.Length <= 16 && text.Contains(unit, StringComparison.Ordinal) && !CellChars.AnyAsciiDigit(text);

    /// <summary>The <see cref="ProjectSheetDetails"/> field a normalised label names, or null.</summary>
    private static string? TextField(string label)
    {
        foreach (var (text, field) in TextFields)
        {
            if (label == text)
            {
                return field;
            }
        }
        return null;
    }

    /// <summary>The first non-empty cell after the label at <paramref name="index"/> that is not the label again (a label
    /// merged over several columns is printed in each: 项目名称 | 项目名称 | 审计业务经费).</summary>
    internal static string? ValueAfter(SourceLine line, int index)
    {
        var labelText = index >= 0 && index < line.Cells.Length ? line.Cells[index] : null;
        for (int i = index + 1; i < line.Cells.Length; i++)
        {
            if (line.Cells[i].Length > 0 && line.Cells[i] != labelText)
            {
                return line.Cells[i];
            }
        }
        return null;
    }

    private static string? ValueAfterLabel(SourceLine line, string label)
    {
        var cells = line.NonEmpty();
        int at = line.NonEmptyLabels().IndexOf(label);
        return at < 0 ? null : ValueAfter(line, cells[at].Index);
    }

    [GeneratedRegex(@"^(\d{3,9})\s*[-－—_]\s*(.+)$")]
    internal static partial Regex CodeDash();

    /// <summary>Collects 项目资金 figures: totals and levels for 实施期 (side 0) and 年度 (side 1).</summary>
    private sealed class FundingReader
    {
        private readonly Money?[] _totals = new Money?[2];
        private readonly bool[] _bySource = new bool[2];

        /// <summary>The unit the sheet prints its funds in.</summary>
        internal MoneyUnit Unit { get; init; } = MoneyUnit.Yuan;

        /// <summary>True when the sheet printed the funds of one period only (read as both).</summary>
        internal bool OnePeriod => _totals[0] is null != (_totals[1] is null);
        private readonly int?[] _totalLines = new int?[2];
        private readonly Dictionary<FundingLevel, Money>[] _levels = [[], []];
        private int _boundary = int.MaxValue;
        private readonly List<(SourceLine Line, int Index, string Reason)> _bad = [];

        // The labels of the line being read and how often each level occurs on it; reused from line to line.
        private readonly List<(int Cell, int Side, FundingLevel? Level, bool Source)> _labels = [];
        private readonly Dictionary<FundingLevel, int> _seen = [];

        internal void Add(SourceLine line)
        {
            var cells = line.NonEmpty();
            var normalized = line.NonEmptyLabels();
            var labels = _labels;
            var seen = _seen;
            labels.Clear();
            seen.Clear();
            for (int c = 0; c < cells.Length; c++)
            {
                var (index, text) = cells[c];
                var t = normalized[c];
                if (t.Contains("资金总额", StringComparison.Ordinal) && t.Contains("实施期", StringComparison.Ordinal))
                {
                    labels.Add((index, 0, null, false));
                }
                else if (t.Contains("资金总额", StringComparison.Ordinal))
                {
                    // 年度资金总额, 年度预算资金总额, or a bare 资金总额: the year's.
                    _boundary = Math.Min(_boundary, index);
                    labels.Add((index, 1, null, false));
                }
                else if (IsFiscalAppropriation(t))
                {
                    // 其中：财政拨款 … 其他资金: the funds broken down by source, not by level (中央/省级/市县).
                    labels.Add((index, 0, null, true));
                }
                else if (FundingLabels.TryParseFundingLevel(text, out var level))
                {
                    int count = seen.GetValueOrDefault(level);
                    seen[level] = count + 1;
                    labels.Add((index, count, level, false));
                }
            }
            for (int k = 0; k < labels.Count; k++)
            {
                var (cell, side, level, source) = labels[k];
                if ((level is { } lv && seen[lv] == 1) || source)
                {
                    side = cell >= _boundary ? 1 : 0;
                }
                side = Math.Min(side, 1);
                int end = k + 1 < labels.Count ? labels[k + 1].Cell : int.MaxValue;
                var value = FirstNumeric(cells, cell, end);
                Money amount = Money.Zero;
                if (value.Text is not null)
                {
                    if (!Amounts.TryRead(value.Text, Unit, out amount, out var reason))
                    {
                        _bad.Add((line, value.Index, reason));
                    }
                }
                else if (level is null)
                {
                    continue;
                }
                if (source)
                {
                    _bySource[side] = true;
                }
                else if (level is { } l)
                {
                    _levels[side][l] = amount;
                }
                else
                {
                    _totals[side] = amount;
                    _totalLines[side] = line.Number;
                }
            }
        }

        /// <summary>True for 财政拨款 (其中：财政拨款), the source label of a breakdown by source.</summary>
        private static bool IsFiscalAppropriation(string normalized)
        {
            var t = normalized.StartsWith("其中", StringComparison.Ordinal) ? normalized[2..].TrimStart(':', '：') : normalized;
            return t.StartsWith("财政拨款", StringComparison.Ordinal);
        }

        /// <summary>The first non-empty cell after index <paramref name="after"/> and before <paramref name="before"/>
        /// that looks like a number, or default.</summary>
        private static (int Index, string Text) FirstNumeric(NonEmptyCells cells, int after, int before)
        {
            foreach (var c in cells)
            {
                if (c.Index > after && c.Index < before && Amounts.LooksNumeric(c.Text))
                {
                    return c;
                }
            }
            return default;
        }

        internal ProjectFunding Build(int side, string project, ImportLog log, int titleLine)
        {
            if (side == 0)
            {
                foreach (var (line, index, reason) in _bad)
                {
                    log.BadCell(line, index, reason, null, null, null, project);
                }
            }
            if (_totals[side] is null && _totals[1 - side] is not null)
            {
                // One period printed (年度预算资金总额 alone, or 实施期资金总额 alone): it stands for both.
                side = 1 - side;
            }
            if (_bySource[side])
            {
                // A breakdown by source (财政拨款 / 其他资金) is not one by level: the model holds levels only.
                _levels[side].Clear();
            }
            if (_totals[side] is not { } total)
            {
                string what = side == 0 ? "实施期资金总额" : "年度资金总额";
                log.Add(ImportRules.Sheet, Severity.Error,
                    $"The performance sheet of {project} (line {titleLine}) has no readable {what}; it is imported as missing (zero).",
                    titleLine, project: project);
                total = Money.Zero;
            }
            return new ProjectFunding(total, _levels[side], _totalLines[side]);
        }

    }
}
