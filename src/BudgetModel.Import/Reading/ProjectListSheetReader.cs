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
/// indicators of one project run through the levels once). Where the layout drew the table's rules, the project begins
/// at the first row of the name cell that holds the row found so (the row a rule across the name column opens), not at
/// the row its centred text or its first repeated 一级指标 happens to sit on. The headers are read by meaning: the name's 项目名称, 一级/二级
/// 项目名称 or 项目; the amount's 金额, 预算数 or …总额 (项目总额); the unit's 单位名称 or 二级预算单位名称. The same layout
/// found in the notes under no title (重点项目绩效目标情况如下：) is read through <see cref="IsListHeader"/>.
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
            int at = NameHeaderAt(labels);
            if (at >= 0 && at + 1 < labels.Length && IsColumnHeader(labels[at + 1]) && labels.Any(l => IsGoalHeader(l) || IsAmountHeader(l))
                && !lines[i].NonEmpty().Any(Amounts.LooksNumeric))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True for the header of a list of projects printed outside a titled sheet (重点项目绩效目标情况: 项目 |
    /// 预算数 | 绩效目标, 二级预算单位名称 | 一级项目名称 | 预算数（万元） | 绩效目标): a project name's column, an amount's and a
    /// 绩效目标 column, and no figure.</summary>
    internal static bool IsListHeader(SourceLine line)
    {
        if (line.NonEmptyCount < 3 || line.NonEmpty().Any(Amounts.LooksNumeric))
        {
            return false;
        }
        var labels = line.NonEmptyLabels();
        return NameHeaderAt(labels) >= 0 && labels.Any(IsAmountHeader) && labels.Any(l => l.Contains("绩效目标", StringComparison.Ordinal));
    }

    /// <summary>The position of the project name's header among a line's labels (项目名称, 一级项目名称, 二级项目名称, or a
    /// bare 项目 heading a column), or -1.</summary>
    private static int NameHeaderAt(NonEmptyLabels labels)
    {
        for (int k = 0; k < labels.Length; k++)
        {
            if (IsNameHeader(labels[k]))
            {
                return k;
            }
        }
        return -1;
    }

    private static bool IsNameHeader(string label) => label is "项目" or "项目名称" || label.EndsWith("项目名称", StringComparison.Ordinal);

    private static bool IsUnitHeader(string label) =>
        label is "预算单位" or "实施单位" || label.EndsWith("单位名称", StringComparison.Ordinal);

    /// <summary>True for a column's header: an amount, a goal, an indicator level, or a name, kind, code or unit.</summary>
    private static bool IsColumnHeader(string label) =>
        IsGoalHeader(label) || IsAmountHeader(label) || label == "一级指标"
        || label.EndsWith("名称", StringComparison.Ordinal) || label.EndsWith("类型", StringComparison.Ordinal)
        || label.EndsWith("代码", StringComparison.Ordinal) || label.EndsWith("编码", StringComparison.Ordinal) || label.EndsWith("单位", StringComparison.Ordinal);

    private static bool IsGoalHeader(string label) => label.Contains("绩效目标", StringComparison.Ordinal) || label is "年度目标" or "总体目标" or "目标";

    /// <summary>True for the header of a project's amount: 金额, 预算金额, 项目金额, 预算数 (预算数（单位：万元）), or a total
    /// (资金总额, 年度资金总额, 项目总额).</summary>
    private static bool IsAmountHeader(string label) =>
        label.StartsWith("金额", StringComparison.Ordinal) || label.Contains("总额", StringComparison.Ordinal)
        || label.StartsWith("预算金额", StringComparison.Ordinal) || label.StartsWith("项目金额", StringComparison.Ordinal)
        || label.StartsWith("预算数", StringComparison.Ordinal);

    internal static List<ProjectPerformanceSheet> Read(Title title, IReadOnlyList<SourceLine> lines, int headerIndex, ImportContext context)
    {
        var log = context.Log;
        var header = lines[headerIndex];
        int unitColumn = -1, nameColumn = -1, amountColumn = -1, goalColumn = -1, firstLevel = -1;
        foreach (var (index, _) in header.NonEmpty())
        {
            var label = Labels.Normalize(header.Cells[index]);
            if (IsUnitHeader(label) && unitColumn < 0)
            {
                unitColumn = index;
            }
            else if (IsNameHeader(label) && nameColumn < 0)
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
        // 重点项目 in the title (or the sentence introducing the list): the projects are a selection, not all.
        bool keyProjects = title.Text.Contains("重点项目", StringComparison.Ordinal);
        var projects = new List<Project>();
        Project? current = null;
        int shift = 0;
        for (int i = headerIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.NonEmptyCount == 0 || line.FirstLabel().StartsWith("负责人", StringComparison.Ordinal) || context.IsOutsideTables(line.Number))
            {
                // A line the layout puts outside the table (a merged cell's text printed again after a page break) is
                // not a row.
                continue;
            }
            var lead = line.NonEmpty()[0].Text;
            if (Titles.PartHeading().IsMatch(lead) || IsNote(lead))
            {
                // 第三部分 | 2026年部门预算情况说明: the next part of the document; 注：… / 备注：… under the table: not rows.
                break;
            }
            int offset = 0;
            if (firstLevel >= 0 && context.AlignedCells)
            {
                line = Realigned(line, firstLevel, ref shift, out offset);
            }
            // Whether the row's name cell goes on from the row above (no rule between them), in the cell the layout drew.
            bool? continues = nameColumn >= 0 ? context.ContinuesAbove(line.Number, nameColumn - offset) : null;
            string Cell(int column) => column >= 0 ? line[column] : string.Empty;
            var amountText = Cell(amountColumn);
            bool hasAmount = amountText.Length > 0 && Amounts.LooksNumeric(amountText);
            IndicatorCategory? category = firstLevel >= 0 && IndicatorLabels.TryParseCategory(IndicatorRows.Whole(Cell(firstLevel)), out var c) ? c : null;
            bool amountStarts = hasAmount && current?.AmountText is not null;
            bool starts = current is null
                || amountStarts
                || (category is { } cat && current.Categories.Count > 0 && current.Categories[^1] != cat && current.Categories.Contains(cat))
                || (firstLevel < 0 && Cell(nameColumn).Length > 0 && current.Name.Length > 0 && current.AmountText is not null);
            if (starts)
            {
                var next = new Project(line.Number);
                if (current is not null && !current.MoveMergedRows(next, continues) && amountStarts && firstLevel >= 0)
                {
                    current.MoveLeadingText(next);
                }
                current = next;
                projects.Add(current);
            }
            current!.Add(new Entry(line, Cell(nameColumn), Cell(goalColumn), category, continues));
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
        }
        // The unit printed once for the whole table (a merged cell): each project's when it prints none.
        var units = projects.Select(p => p.Unit).OfType<string>().Distinct().ToList();
        var sheets = new List<ProjectPerformanceSheet>();
        foreach (var p in projects)
        {
            var name = WithoutProjectCode(p.Name);
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
            var goal = p.Goal is { Length: > 0 } g ? g : null;
            var details = ProjectSheetDetails.None with
            {
                ImplementingUnit = unitName is null ? null : WithoutCode(unitName),
                AnnualGoal = goal,
                LifetimeGoal = goal,
                KeyProject = keyProjects,
            };
            if (unitName is not null)
            {
                context.MentionUnitName(WithoutCode(unitName), p.Line, "project performance table 单位名称: " + name);
            }
            var funding = new ProjectFunding(amount, new Dictionary<FundingLevel, Money>(), p.AmountLine?.Number);
            IReadOnlyList<SheetIndicator> indicators = [];
            if (firstLevel >= 0)
            {
                var rows = new OnePeriodIndicatorRows(log, name, header, context);
                foreach (var row in p.Entries.Select(e => e.Line))
                {
                    rows.Add(row);
                }
                indicators = rows.Build();
            }
            sheets.Add(new ProjectPerformanceSheet(name, funding, funding, details, [], indicators, p.Line));
        }
        return sheets;
    }

    /// <summary>A row of a table continued on a page whose grid lacks columns the header's page has (an empty margin
    /// column): the row's 一级指标 label sits <c>k</c> cells left of the header's, so the row is read <c>k</c> cells to the
    /// right; a row without a label is read as the row above it was. <paramref name="offset"/> is how many cells right
    /// the returned line's cells sit of the line's own (0 when it is returned as it is).</summary>
    private static SourceLine Realigned(SourceLine line, int firstLevel, ref int shift, out int offset)
    {
        offset = 0;
        foreach (var (index, text) in line.NonEmpty())
        {
            if (IndicatorLabels.TryParseCategory(IndicatorRows.Whole(text), out _))
            {
                shift = firstLevel - index;
                break;
            }
        }
        if (shift > 0)
        {
            offset = shift;
            return new SourceLine(line.Number, new string('\t', shift) + string.Join('\t', line.Cells));
        }
        if (shift < 0 && line.Cells.Take(-shift).All(c => c.Length == 0))
        {
            offset = shift;
            return new SourceLine(line.Number, string.Join('\t', line.Cells.Skip(-shift)));
        }
        return line;
    }

    /// <summary>True for a note under a table (注：无。, 备注：涉密项目按要求不予公开。).</summary>
    private static bool IsNote(string text) =>
        text.StartsWith("注:", StringComparison.Ordinal) || text.StartsWith("注：", StringComparison.Ordinal) || text.StartsWith("备注", StringComparison.Ordinal);

    /// <summary>A project's name without the project code printed before it (11000024T000002872209-审计质量管理经费 →
    /// 审计质量管理经费): a run of ASCII letters and digits, with at least six digits, then a dash.</summary>
    internal static string WithoutProjectCode(string name)
    {
        int i = 0, digits = 0;
        while (i < name.Length && char.IsAsciiLetterOrDigit(name[i]))
        {
            digits += char.IsAsciiDigit(name[i]) ? 1 : 0;
            i++;
        }
        return digits >= 6 && i + 1 < name.Length && name[i] is '-' or '－' or '—' ? name[(i + 1)..].Trim() : name;
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

    /// <summary>One row of a project: its line, the parts of the name and goal printed on it, and whether its name cell
    /// goes on from the row above (null when the layout does not say).</summary>
    private sealed record Entry(SourceLine Line, string Name, string Goal, IndicatorCategory? Category, bool? Continues);

    private sealed class Project(int line)
    {
        internal int Line { get; private set; } = line;

        internal List<Entry> Entries { get; } = [];

        internal string Name => string.Concat(Entries.Select(e => e.Name));

        internal string Goal => string.Concat(Entries.Select(e => e.Goal));

        internal List<IndicatorCategory> Categories { get; } = [];

        internal string? Unit { get; set; }

        internal string? AmountText { get; set; }

        internal SourceLine? AmountLine { get; set; }

        internal int AmountIndex { get; set; }

        internal void Add(Entry entry)
        {
            Entries.Add(entry);
            if (entry.Category is { } c)
            {
                Categories.Add(c);
            }
        }

        /// <summary>Gives <paramref name="next"/> (the project found to start on the row <paramref name="continues"/> is
        /// about) the rows at the end of this one that share its name cell: back from that row over the rows whose name cell
        /// goes on from the row above, to the row a rule opens the cell on (a name centred in a cell merged over rows of
        /// unequal height sits below the cell's first rows). False when the layout does not say where the cell starts (no
        /// drawn rules, or a walk that would reach this project's own amount row or first row): the caller reads the
        /// printed text instead (<see cref="MoveLeadingText"/>).</summary>
        internal bool MoveMergedRows(Project next, bool? continues)
        {
            if (continues is not { } goesOn)
            {
                return false;
            }
            if (!goesOn)
            {
                // A rule opens the name cell on the row itself: the next project starts there.
                return true;
            }
            int k = Entries.Count;
            while (k > 0 && Entries[k - 1].Continues == true)
            {
                k--;
            }
            // Entries[k - 1] is the cell's first row: a rule above it.
            if (k <= 1 || Entries[k - 1].Continues != false || (AmountLine is { } amount && amount.Number >= Entries[k - 1].Line.Number))
            {
                return false;
            }
            MoveFrom(k - 1, next);
            return true;
        }

        /// <summary>Gives <paramref name="next"/> (a project whose amount row follows) the rows at the end of this one that
        /// print name or goal text after a row that prints neither: the start of the next project's centred name and goal
        /// (11000024T0000028722 above 19-档案数字化… | 40.000000), not the end of this one's.</summary>
        internal void MoveLeadingText(Project next)
        {
            int k = Entries.Count;
            while (k > 0 && (Entries[k - 1].Name.Length > 0 || Entries[k - 1].Goal.Length > 0))
            {
                k--;
            }
            if (k == 0 || k == Entries.Count || !Entries.Take(k).Any(e => e.Name.Length > 0)
                || (AmountLine is { } amount && amount.Number >= Entries[k].Line.Number))
            {
                return;
            }
            MoveFrom(k, next);
        }

        /// <summary>Moves the entries from <paramref name="k"/> on to <paramref name="next"/>, which starts at the first.</summary>
        private void MoveFrom(int k, Project next)
        {
            next.Line = Entries[k].Line.Number;
            foreach (var entry in Entries.Skip(k))
            {
                next.Add(entry);
            }
            Entries.RemoveRange(k, Entries.Count - k);
            Categories.Clear();
            Categories.AddRange(Entries.Select(e => e.Category).OfType<IndicatorCategory>());
        }
    }
}
