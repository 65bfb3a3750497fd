using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads a performance table of several projects (项目支出绩效目标表 as one table: 单位名称 | 项目名称 | 金额 or 年度资金总额 |
/// 绩效目标 or 年度绩效目标, then maybe 一级指标 | 二级指标 | 三级指标 | 指标值 …) into one sheet per project. The year's
/// amount is the only period printed: it stands for both. A project's name, amount and goal cells are merged over its
/// indicator rows and may be printed on any of them, broken over several lines; a project's rows end where the next
/// begins: a row with a second amount, or an indicator row whose 一级指标 the project has had before another (the
/// indicators of one project run through the levels once).
/// </summary>
internal static class ProjectListSheetReader
{
    /// <summary>The index of the header line (项目名称 as a column over an amount or a goal column), or -1 for a sheet
    /// of one project (项目名称 | its name …: the cell after 项目名称 is a value, not another column's header).</summary>
    internal static int HeaderIndex(IReadOnlyList<SourceLine> lines)
    {
        for (int i = 0; i < lines.Count && i < 8; i++)
        {
            var labels = lines[i].NonEmptyLabels();
            int at = labels.IndexOf("项目名称");
            if (at >= 0 && at + 1 < labels.Length && IsColumnHeader(labels[at + 1]) && labels.Any(l => IsGoalHeader(l) || IsAmountHeader(l))
                && !lines[i].NonEmpty().Any(Amounts.LooksNumeric))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True for a column's header: an amount, a goal, an indicator level, or a name, kind, code or unit.</summary>
    private static bool IsColumnHeader(string label) =>
        IsGoalHeader(label) || IsAmountHeader(label) || label == "一级指标"
        || label.EndsWith("名称", StringComparison.Ordinal) || label.EndsWith("类型", StringComparison.Ordinal)
        || label.EndsWith("代码", StringComparison.Ordinal) || label.EndsWith("编码", StringComparison.Ordinal) || label.EndsWith("单位", StringComparison.Ordinal);

    private static bool IsGoalHeader(string label) => label.Contains("绩效目标", StringComparison.Ordinal) || label is "年度目标" or "总体目标" or "目标";

    private static bool IsAmountHeader(string label) =>
        label.StartsWith("金额", StringComparison.Ordinal) || label.Contains("资金总额", StringComparison.Ordinal)
        || label.StartsWith("预算金额", StringComparison.Ordinal) || label.StartsWith("项目金额", StringComparison.Ordinal);

    internal static List<ProjectPerformanceSheet> Read(Title title, IReadOnlyList<SourceLine> lines, int headerIndex, ImportContext context)
    {
        var log = context.Log;
        var header = lines[headerIndex];
        int unitColumn = -1, nameColumn = -1, amountColumn = -1, goalColumn = -1, firstLevel = -1;
        foreach (var (index, _) in header.NonEmpty())
        {
            var label = Labels.Normalize(header.Cells[index]);
            if (label is "单位名称" or "预算单位" or "实施单位" && unitColumn < 0)
            {
                unitColumn = index;
            }
            else if (label == "项目名称" && nameColumn < 0)
            {
                nameColumn = index;
            }
            else if (IsAmountHeader(label) && amountColumn < 0)
            {
                amountColumn = index;
            }
            else if (IsGoalHeader(label) && goalColumn < 0)
            {
                goalColumn = index;
            }
            else if (label == "一级指标" && firstLevel < 0)
            {
                firstLevel = index;
            }
        }
        // The amount's unit: the header's (年度资金总额(万元)) or a unit line above it (单位：万元); else 元.
        var unit = MoneyUnit.Yuan;
        for (int i = 0; i <= headerIndex; i++)
        {
            if (lines[i].NonEmpty().Any(t => ProjectSheetReader.IsUnitLabel(t, "万元")))
            {
                unit = MoneyUnit.Wan;
            }
        }
        var projects = new List<Project>();
        Project? current = null;
        for (int i = headerIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.NonEmptyCount == 0 || line.FirstLabel().StartsWith("负责人", StringComparison.Ordinal))
            {
                continue;
            }
            if (Titles.PartHeading().IsMatch(line.NonEmpty()[0].Text))
            {
                // 第三部分 | 2026年部门预算情况说明: the next part of the document, not a row.
                break;
            }
            string Cell(int column) => column >= 0 ? line[column] : string.Empty;
            var amountText = Cell(amountColumn);
            bool hasAmount = amountText.Length > 0 && Amounts.LooksNumeric(amountText);
            IndicatorCategory? category = firstLevel >= 0 && IndicatorLabels.TryParseCategory(IndicatorRows.Whole(Cell(firstLevel)), out var c) ? c : null;
            bool starts = current is null
                || (hasAmount && current.AmountText is not null)
                || (category is { } cat && current.Categories.Count > 0 && current.Categories[^1] != cat && current.Categories.Contains(cat))
                || (firstLevel < 0 && Cell(nameColumn).Length > 0 && current.Name.Length > 0 && current.AmountText is not null);
            if (starts)
            {
                current = new Project(line.Number);
                projects.Add(current);
            }
            current!.Name.Append(Cell(nameColumn));
            current.Goal.Append(Cell(goalColumn));
            if (Cell(unitColumn) is { Length: > 0 } u)
            {
                current.Unit ??= u;
            }
            if (hasAmount)
            {
                current.AmountText = amountText;
                current.AmountLine = line;
                current.AmountIndex = amountColumn;
            }
            if (category is { } seen)
            {
                current.Categories.Add(seen);
            }
            if (firstLevel >= 0)
            {
                current.Rows.Add(line);
            }
        }
        // The unit printed once for the whole table (a merged cell): each project's when it prints none.
        var units = projects.Select(p => p.Unit).OfType<string>().Distinct().ToList();
        var sheets = new List<ProjectPerformanceSheet>();
        foreach (var p in projects)
        {
            var name = p.Name.ToString();
            if (name.Length == 0)
            {
                log.Add(ImportRules.Sheet, Severity.Error,
                    $"Line {p.Line}: a project of the performance table at line {title.Line} has no 项目名称; it is not imported.", p.Line);
                continue;
            }
            var amount = Money.Zero;
            if (p.AmountText is null)
            {
                log.Add(ImportRules.Sheet, Severity.Error,
                    $"The performance sheet of {name} (line {p.Line}) has no readable amount; it is imported as missing (zero).", p.Line, project: name);
            }
            else if (!Amounts.TryRead(p.AmountText, unit, out amount, out var reason))
            {
                log.BadCell(p.AmountLine!, p.AmountIndex, reason, null, null, null, name);
            }
            var unitName = p.Unit ?? (units.Count == 1 ? units[0] : null);
            var goal = p.Goal.Length > 0 ? p.Goal.ToString() : null;
            var details = ProjectSheetDetails.None with { ImplementingUnit = unitName is null ? null : WithoutCode(unitName), AnnualGoal = goal, LifetimeGoal = goal };
            if (unitName is not null)
            {
                context.MentionUnitName(WithoutCode(unitName), p.Line, "project performance table 单位名称: " + name);
            }
            var funding = new ProjectFunding(amount, new Dictionary<FundingLevel, Money>(), p.AmountLine?.Number);
            IReadOnlyList<SheetIndicator> indicators = [];
            if (firstLevel >= 0)
            {
                var rows = new OnePeriodIndicatorRows(log, name, header, context);
                foreach (var row in p.Rows)
                {
                    rows.Add(row);
                }
                indicators = rows.Build();
            }
            sheets.Add(new ProjectPerformanceSheet(name, funding, funding, details, [], indicators, p.Line));
        }
        return sheets;
    }

    /// <summary>A unit name without the code printed before it (105001长春市信访局 → 长春市信访局).</summary>
    private static string WithoutCode(string unit)
    {
        int i = 0;
        while (i < unit.Length && char.IsAsciiDigit(unit[i]))
        {
            i++;
        }
        return i >= 3 && i < unit.Length ? unit[i..].TrimStart('-', '_', ' ') : unit;
    }

    private sealed class Project(int line)
    {
        internal int Line { get; } = line;

        internal System.Text.StringBuilder Name { get; } = new();

        internal System.Text.StringBuilder Goal { get; } = new();

        internal string? Unit { get; set; }

        internal string? AmountText { get; set; }

        internal SourceLine? AmountLine { get; set; }

        internal int AmountIndex { get; set; }

        internal List<IndicatorCategory> Categories { get; } = [];

        internal List<SourceLine> Rows { get; } = [];
    }
}
