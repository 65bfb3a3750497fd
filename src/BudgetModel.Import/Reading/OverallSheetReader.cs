using System.Text.RegularExpressions;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

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
        CombinedIndicatorRows? combined = null;
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
            if (indicators is not null || columns is not null || combined is not null)
            {
                indicators?.Add(line);
                columns?.Add(line);
                combined?.Add(line);
                continue;
            }
            if (CombinedIndicatorRows.IsHeader(labels))
            {
                // 活动 | 绩效指标 | 指标性质 | 指标值 | 度量单位: the three levels in one cell.
                inBudget = false;
                combined = new CombinedIndicatorRows(log, unitName.Length > 0 ? unitName : title.Text, line);
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
        return new OverallPerformanceSheet(unitName, total ?? Money.Zero, bySource, byType, staff, columns?.Build() ?? combined?.Build() ?? indicators?.Lifetime ?? [], precision, title.Line);
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
