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

/// <summary>Reads the 整体支出绩效目标表: unit, staff, the year's funds by source and by direction, the indicators.</summary>
internal static partial class OverallSheetReader
{
    internal static OverallPerformanceSheet Read(Title title, IReadOnlyList<SourceLine> lines, ImportContext context, out string? unitCode)
    {
        var log = context.Log;
        unitCode = null;
        string unitName = string.Empty;
        int? departments = null, subordinate = null, authorized = null, actual = null, onEstablishment = null, other = null;
        var bySource = new Dictionary<FundSource, Money>();
        var byType = new Dictionary<Funding.ExpenditureType, Money>();
        Money? total = null;
        var precision = PublishedPrecision.WanTwoDecimals;
        IndicatorRows? indicators = null;
        OnePeriodIndicatorRows? columns = null;
        bool inBudget = false;
        var budgetHeaders = new List<SourceLine>();
        foreach (var line in lines)
        {
            var cells = line.NonEmpty();
            if (cells.Length == 0)
            {
                continue;
            }
            var labels = line.NonEmptyLabels();
            if (!inBudget && total is null && labels.Any(l => l.Contains("资金情况", StringComparison.Ordinal)))
            {
                // 总体资金情况（万元）: the year's funds, their headers (预算支出总额 | 财政拨款 合计 基本支出 项目支出 …) over
                // a line of figures.
                inBudget = true;
                if (cells.Any(t => t.Contains("(元)", StringComparison.Ordinal) || t.Contains("（元）", StringComparison.Ordinal)))
                {
                    precision = PublishedPrecision.YuanTwoDecimals;
                }
            }
            if (indicators is not null || columns is not null)
            {
                indicators?.Add(line);
                columns?.Add(line);
                continue;
            }
            if (labels.IndexOf("一级指标") >= 0)
            {
                inBudget = false;
                // From a PDF the cells sit under their header cells: read by column (a weight column, labels
                // centred or broken over lines); a text's cells may be shifted: read as a sequence.
                if (context.AlignedCells)
                {
                    columns = new OnePeriodIndicatorRows(log, unitName.Length > 0 ? unitName : title.Text, line, context);
                }
                else
                {
                    indicators = new IndicatorRows(log, unitName.Length > 0 ? unitName : title.Text, line);
                }
                continue;
            }
            if (!inBudget && total is null && labels[0].EndsWith("合计", StringComparison.Ordinal) && labels[0].Length <= 6)
            {
                // A list of the year's tasks with their money ends with its 合计 (金额合计): the sheet's total.
                foreach (var (index, text) in cells)
                {
                    if (index > cells[0].Index && Amounts.LooksNumeric(text))
                    {
                        if (Amounts.TryRead(text, precision.Unit, out var sum, out var reason))
                        {
                            total = sum;
                        }
                        else
                        {
                            log.BadCell(line, index, reason, null, labels[0], null);
                        }
                        break;
                    }
                }
            }
            for (int k = 0; k < cells.Length; k++)
            {
                var label = labels[k];
                var next = k + 1 < cells.Length ? cells[k + 1].Text : null;
                switch (label)
                {
                    case "部门名称" or "单位名称" or "部门(单位)名称" when next is not null && next != cells[k].Text:
                        var m = ProjectSheetReader.CodeDash().Match(next);
                        unitName = next;
                        unitCode = m.Success ? m.Groups[1].Value : null;
                        context.MentionUnitName(m.Success ? m.Groups[2].Value.Trim() : next, line.Number, "overall performance sheet");
                        break;
                    case "内设职能部门数" or "内设机构数": departments = Count(next); break;
                    case "所属预算单位数": subordinate = Count(next); break;
                    case "核定的人员编制数" or "编制人数": authorized = Count(next); break;
                    case "实际在职人员总数": actual = Count(next); break;
                    case "其中:在编人员数" or "在编人员数": onEstablishment = Count(next); break;
                    case "其他人员数": other = Count(next); break;
                    case "年度预算情况":
                        inBudget = true;
                        if (cells.Any(t => t.Contains("(元)", StringComparison.Ordinal) || t.Contains("（元）", StringComparison.Ordinal)))
                        {
                            precision = PublishedPrecision.YuanTwoDecimals;
                        }
                        break;
                }
            }
            bool figures = cells.Any(Amounts.LooksNumeric);
            if (!figures)
            {
                // A header line (a group's header, 财政拨款 | 其他资金, may be printed above the block's label).
                budgetHeaders.Add(line);
            }
            else if (inBudget && IsFiguresOnly(cells))
            {
                ReadBudgetColumns(line, cells, budgetHeaders, precision.Unit, bySource, byType, ref total, log);
                inBudget = false;
            }
            else if (inBudget)
            {
                ReadBudgetPairs(line, cells, labels, precision.Unit, bySource, byType, ref total, log);
            }
            if (figures)
            {
                budgetHeaders.Clear();
            }
            if (cells.Any(t => t.StartsWith("年度重点任务", StringComparison.Ordinal) || t.StartsWith("年度绩效目标", StringComparison.Ordinal)))
            {
                inBudget = false;
            }
        }
        if (total is null)
        {
            log.Add(ImportRules.Sheet, Severity.Warning, $"The overall performance sheet at line {title.Line} has no readable 合计 of its funds.", title.Line);
        }
        var staff = new StaffFigures(departments, subordinate, authorized, actual, onEstablishment, other);
        return new OverallPerformanceSheet(unitName, total ?? Money.Zero, bySource, byType, staff, columns?.Build() ?? indicators?.Lifetime ?? [], precision, title.Line);
    }

    /// <summary>True for a line of figures under headers: every cell a figure, but for the block's label at the left.</summary>
    private static bool IsFiguresOnly(NonEmptyCells cells)
    {
        int figures = 0;
        for (int k = 0; k < cells.Length; k++)
        {
            if (Amounts.LooksNumeric(cells[k].Text))
            {
                figures++;
            }
            else if (figures > 0)
            {
                return false;
            }
        }
        return figures >= 2;
    }

    /// <summary>
    /// Reads a line of figures under the headers above it (总体资金情况: 预算支出总额 | 财政拨款 (合计 基本支出 项目支出) |
    /// 其他资金 (…)), each figure by the header over its column and the group header over that: a total (…总额, or 合计
    /// under no group) is the sheet's 合计; a group's 合计 is its source's (财政拨款); 基本支出 / 项目支出 add up over the
    /// groups (the year's funds by direction, whatever their source).
    /// </summary>
    private static void ReadBudgetColumns(SourceLine line, NonEmptyCells cells, List<SourceLine> headers, MoneyUnit unit,
        Dictionary<FundSource, Money> bySource, Dictionary<Funding.ExpenditureType, Money> byType, ref Money? total, ImportLog log)
    {
        foreach (var (index, text) in cells)
        {
            if (!Amounts.LooksNumeric(text))
            {
                continue;
            }
            int h = headers.FindLastIndex(l => l[index].Length > 0);
            if (h < 0)
            {
                continue;
            }
            var label = Labels.Normalize(headers[h][index]);
            int g = h > 0 ? headers.FindLastIndex(h - 1, h, l => l[index].Length > 0) : -1;
            var group = g >= 0 ? headers[g][index] : null;
            if (!Amounts.TryRead(text, unit, out var amount, out var reason))
            {
                log.BadCell(line, index, reason, null, label, null);
                continue;
            }
            if (label.EndsWith("总额", StringComparison.Ordinal) || (label == "合计" && group is null))
            {
                total ??= amount;
            }
            else if (label == "合计" && FundingLabels.TryParseFundSource(group, out var source))
            {
                bySource[source] = amount;
            }
            else if (FundingLabels.TryParseExpenditureType(label, out var type))
            {
                byType[type] = byType.GetValueOrDefault(type) + amount;
            }
            else if (FundingLabels.TryParseFundSource(label, out var own))
            {
                bySource[own] = amount;
            }
        }
    }

    private static void ReadBudgetPairs(SourceLine line, NonEmptyCells cells, NonEmptyLabels labels, MoneyUnit unit,
        Dictionary<FundSource, Money> bySource, Dictionary<Funding.ExpenditureType, Money> byType, ref Money? total, ImportLog log)
    {
        for (int k = 0; k + 1 < cells.Length; k++)
        {
            var label = labels[k];
            var valueCell = cells[k + 1];
            if (!Amounts.LooksNumeric(valueCell.Text) || Amounts.LooksNumeric(cells[k].Text))
            {
                continue;
            }
            if (!Amounts.TryRead(valueCell.Text, unit, out var amount, out var reason))
            {
                log.BadCell(line, valueCell.Index, reason, null, label, null);
                continue;
            }
            if (label == "合计")
            {
                total ??= amount;
            }
            else if (FundingLabels.TryParseExpenditureType(cells[k].Text, out var type))
            {
                byType[type] = amount;
            }
            else if (FundingLabels.TryParseFundSource(cells[k].Text, out var source))
            {
                bySource[source] = amount;
            }
        }
    }

    private static int? Count(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var m = LeadingInteger().Match(text);
        return m.Success && int.TryParse(m.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"^\d{1,6}")]
    private static partial Regex LeadingInteger();
}
