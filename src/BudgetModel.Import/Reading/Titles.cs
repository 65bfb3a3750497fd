using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>What a title line introduces.</summary>
internal enum TitleKind
{
    /// <summary>A standard table.</summary>
    Table,

    /// <summary>项目支出绩效目标表.</summary>
    ProjectSheet,

    /// <summary>整体支出绩效目标表.</summary>
    OverallSheet,

    /// <summary>Looks like a table title but matches no kind.</summary>
    Unknown,
}

/// <summary>A recognised title line.</summary>
internal sealed record Title(TitleKind Kind, TableKind? Table, string Text, string? PrintedNumber, int Line);

/// <summary>
/// Recognises table and sheet titles by what they say (keyword rules, docs/domain.md §4), whatever number precedes them:
/// 表一2024年预算收支总表, 预算公开表1 on the line before, 部门公开表9, or none.
/// </summary>
internal static partial class Titles
{
    /// <summary>A line that is only a printed table number: 预算公开表1, 部门公开表9, 表十三, 附表2.</summary>
    internal static bool IsPrintedNumber(SourceLine line, out string number)
    {
        number = string.Empty;
        var cell = line.SingleCell;
        if (cell is null)
        {
            return false;
        }
        var m = NumberOnly().Match(cell);
        if (m.Success)
        {
            number = cell;
        }
        return m.Success;
    }

    /// <summary>A line of the table of contents (dot leaders, a page number).</summary>
    internal static bool IsTableOfContents(SourceLine line)
    {
        // One pass for the three leaders: a run of four or more ., two or more …, or three or more ·.
        var text = line.TextSpan;
        int at;
        while ((at = text.IndexOfAny('.', '…', '·')) >= 0)
        {
            char c = text[at];
            int run = 1;
            while (at + run < text.Length && text[at + run] == c)
            {
                run++;
            }
            if (run >= (c == '.' ? 4 : c == '…' ? 2 : 3))
            {
                return true;
            }
            text = text[(at + run)..];
        }
        return false;
    }

    /// <summary>A part heading: 第二部分 2024年单位预算报表, also printed in two cells (第三部分 | 2026年部门预算公开表) — a
    /// cell that is only the part's number followed by its name (not a page number).</summary>
    internal static bool IsPartHeading(SourceLine line)
    {
        if (line.SingleCell is { } c)
        {
            return PartHeading().IsMatch(c);
        }
        var cells = line.NonEmpty();
        return cells.Length == 2 && PartNumberOnly().IsMatch(cells[0].Text) && !Amounts.LooksNumeric(cells[1].Text);
    }

    /// <summary>Recognises a title line, or returns null.</summary>
    internal static Title? Recognise(SourceLine line, string? pendingNumber)
    {
        var cell = line.SingleCell;
        if (cell is null || cell.Length > 80 || cell.Length < 4 || IsTableOfContents(line) || cell[0] is '（' or '(' or '注')
        {
            return null;
        }
        if (cell.Contains('。') || cell.Contains('，') || cell.Contains('；') || PartHeading().IsMatch(cell)
            || cell.StartsWith("详见", StringComparison.Ordinal) || cell.StartsWith("参见", StringComparison.Ordinal) || cell.StartsWith("见附", StringComparison.Ordinal))
        {
            // A sentence, or a reference to a table (详见单位的项目绩效目标表), not its title.
            return null;
        }
        if (!TitleShape().IsMatch(cell))
        {
            return null;
        }
        string? number = pendingNumber;
        string text = cell;
        var prefix = NumberPrefix().Match(cell);
        if (prefix.Success)
        {
            number = prefix.Groups["num"].Value;
            text = cell[prefix.Length..].Trim();
        }
        var t = Labels.Normalize(text);
        if (t.Contains("绩效目标", StringComparison.Ordinal) || t.Contains("项目支出绩效表", StringComparison.Ordinal))
        {
            if (t.Contains("项目支出", StringComparison.Ordinal) || t.Contains("项目绩效", StringComparison.Ordinal) || t.Contains("项目预算绩效", StringComparison.Ordinal)
                || t.Contains("专项业务经费绩效", StringComparison.Ordinal))
            {
                return new Title(TitleKind.ProjectSheet, null, text, number, line.Number);
            }
            if (t.Contains("整体", StringComparison.Ordinal))
            {
                return new Title(TitleKind.OverallSheet, null, text, number, line.Number);
            }
            return new Title(TitleKind.Unknown, null, text, number, line.Number);
        }
        var kind = Classify(t);
        return new Title(kind is null ? TitleKind.Unknown : TitleKind.Table, kind, text, number, line.Number);
    }

    /// <summary>The keyword rules, in order (the specific before the general).</summary>
    internal static TableKind? Classify(string t)
    {
        bool Has(string s) => t.Contains(s, StringComparison.Ordinal);
        bool byFunction = Has("功能");
        bool byEconomic = Has("经济");
        if (Has("三公"))
        {
            return TableKind.ThreePublicExpenses;
        }
        if (Has("机关运行经费"))
        {
            return TableKind.OperatingExpenses;
        }
        if (Has("政府采购"))
        {
            return TableKind.GovernmentProcurement;
        }
        if (Has("政府购买服务"))
        {
            return TableKind.GovernmentPurchasedServices;
        }
        if (Has("专项业务经费"))
        {
            return TableKind.SpecialOperatingFunds;
        }
        if (Has("上年结转") && Has("资金") && Has("支出表") && !Has("项目支出"))
        {
            return TableKind.CarryOverExpenditure;
        }
        if (Has("项目支出") && (Has("预算表") || Has("明细表") || Has("情况表") || t.EndsWith("项目支出表", StringComparison.Ordinal)) && !Has("一般公共预算") && !Has("基金预算支出") && !byEconomic && !Has("总表") && !Has("其他支出"))
        {
            return Has("上年结转") && !Has("不含上年结转") ? TableKind.ProjectExpenditureCarryOver : TableKind.ProjectExpenditureCurrent;
        }
        if (Has("国有资本经营"))
        {
            return TableKind.StateCapitalOperation;
        }
        if (Has("政府性基金"))
        {
            if (Has("支出") || Has("收支"))
            {
                return TableKind.GovernmentFundExpenditure;
            }
            return Has("收入") ? TableKind.GovernmentFundRevenue : null;
        }
        if (Has("财政拨款收支"))
        {
            return TableKind.FiscalAppropriationSummary;
        }
        if (Has("财政拨款") && Has("支出表") && !Has("收"))
        {
            return Has("基本支出") ? TableKind.FiscalAppropriationBasicByEconomic : TableKind.FiscalAppropriationExpenditureByFunction;
        }
        if (Has("一般公共预算"))
        {
            if (Has("基本支出"))
            {
                // By economic classification unless the title says by function.
                return byFunction ? TableKind.GeneralBudgetBasicByFunction : TableKind.GeneralBudgetBasicExpenditure;
            }
            if (Has("项目支出"))
            {
                return byEconomic ? TableKind.GeneralBudgetProjectByEconomic : null;
            }
            // By function unless the title says by economic classification.
            return !Has("支出") ? null : byEconomic ? TableKind.GeneralBudgetExpenditureByEconomic : TableKind.GeneralBudgetExpenditure;
        }
        if (Has("基本支出") && (Has("总表") || Has("预算表") || Has("情况表") || Has("明细表")))
        {
            return byEconomic ? TableKind.BasicExpenditureByEconomic : TableKind.BasicExpenditureSummary;
        }
        if (Has("项目支出") && (Has("总表") || Has("其他支出")))
        {
            return TableKind.ProjectExpenditureSummary;
        }
        if (Has("收支总表") || Has("收支预算总表") || Has("财务收支") || Has("收支总体情况"))
        {
            return TableKind.RevenueExpenditureSummary;
        }
        if (Has("收入总表") || Has("收入预算总表") || Has("收入总体情况"))
        {
            return TableKind.RevenueSummary;
        }
        if (Has("支出总表") || Has("支出预算总表") || Has("支出总体情况"))
        {
            return TableKind.ExpenditureSummary;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:(?:预算公开表|部门公开表|单位公开表|部门预算公开表|单位预算公开表|公开表|附表|表|预算表|报表)\s*[0-9一二三四五六七八九十]+|(?:公开|预算|部门|单位|附)\s*[0-9]{1,2}\s*表)$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^(?<num>(?:预算公开表|部门公开表|单位公开表|公开表|附表|表|预算表)\s*(?:[一二三四五六七八九十]+|[0-9]{1,2}(?=(?:19|20)[0-9]{2}年)|[0-9]{1,2}(?![0-9]))|(?:公开|预算|部门|单位)\s*[0-9]{1,2}\s*表)\s*[：:.、．]?(?=\s*[0-9（(“\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex NumberPrefix();

    // A title ends in 表, maybe with what it is by (（按支出功能分类科目）) and its number (（预算表5）) in brackets after it.
    [GeneratedRegex(@"(?:表|申报表)(?:\s*[（(][^）)]{1,30}[）)]){0,2}\s*$")]
    private static partial Regex TitleShape();

    /// <summary>The start of a part heading: 第一部分 … 第十部分.</summary>
    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    internal static partial Regex PartHeading();

    /// <summary>A cell that is only a part's number: 第三部分.</summary>
    [GeneratedRegex(@"^\s*第[一二三四五六七八九十]+部分\s*$")]
    private static partial Regex PartNumberOnly();
}
