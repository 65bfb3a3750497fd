using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// A list of projects with their amounts after the projects' total: 项目支出预算474.56万元，2026信访接待中心运行费116万元，…;
/// 项目总预算1410.00万，其中支持引进品牌集聚340.00万，…，合计1410.00万 (万 without 元 is 万元 here). The total is 项目支出
/// (<see cref="FactTopic.ProjectExpenditure"/>) when the words say 项目支出, else a total of its own (<see cref="FactTopic.Other"/>
/// named by its words); each named amount is a <see cref="FactTopic.Project"/> of 项目支出, a named part (<see cref="FactTopic.Other"/>)
/// of a total of its own, which need not be a project of the tables; 合计 restates the total. The parts are summed to the total
/// by <c>BM-PROSE-PARTS</c>, each project compared with the project tables by <c>BM-PROSE-PROJECT</c>.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>Reads the sentence starting at <paramref name="start"/> of the paragraph as a list of projects when it is
    /// one: its first amount's words end with the projects' total (项目支出预算, 项目总预算, 项目预算), it names two amounts
    /// more, and it compares nothing (比, 较, 占, 增, 减). False when it is no such list (left to the other readers).</summary>
    private static bool ReadProjectList(string sentence, int start, ProseParagraph paragraph, List<ProseFact> facts)
    {
        var matches = ListAmount().Matches(sentence);
        if (matches.Count < 3 || sentence.AsSpan().IndexOfAny("比较占增减%") >= 0)
        {
            return false;
        }
        var first = Labels.Normalize(sentence[..matches[0].Index]).TrimEnd('为', '是', ':').TrimEnd();
        var lead = first[(first.LastIndexOfAny([',', '，', ';', '；', ':']) + 1)..];
        bool projectExpenditure = lead.EndsWith("项目支出预算", StringComparison.Ordinal) || lead.EndsWith("项目支出", StringComparison.Ordinal);
        if (!projectExpenditure && !lead.EndsWith("项目总预算", StringComparison.Ordinal) && !lead.EndsWith("项目预算", StringComparison.Ordinal))
        {
            return false;
        }
        var names = new List<string>(matches.Count - 1);
        for (int i = 1; i < matches.Count; i++)
        {
            var label = ListName(sentence[(matches[i - 1].Index + matches[i - 1].Length)..matches[i].Index]);
            if (label.Length is < 2 or > 40)
            {
                return false; // Not a list of names.
            }
            names.Add(label);
        }
        var total = projectExpenditure ? new FactSubject(FactTopic.ProjectExpenditure) : new FactSubject(FactTopic.Other, Name: StripYear(lead));
        for (int i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (!TryNumber(m.Groups["n"].ValueSpan, out var value, out int decimals))
            {
                continue;
            }
            // The items of 项目支出 are the budget's projects; those of a total of its own (项目总预算) are its parts, named.
            var subject = i == 0 || names[i - 1] is "合计" or "共计" or "总计" ? total
                : new FactSubject(projectExpenditure ? FactTopic.Project : FactTopic.Other, Name: names[i - 1]);
            string unit = m.Groups["u"].Value == "元" ? "元" : "万元";
            facts.Add(new ProseFact(FactKind.Amount, subject, value, unit, decimals, paragraph.LineAt(start + m.Index), sentence.Substring(m.Index, m.Length)));
        }
        return true;
    }

    /// <summary>The name before an amount of a list: the words after the last separator, without 其中 / 包括 and an ordinal.</summary>
    private static string ListName(string between)
    {
        var name = Labels.Normalize(between).Trim(',', '，', '、', ';', '；', ':', ' ');
        foreach (var prefix in (string[])["其中:", "其中", "具体包括:", "包括:", "包括", "分别为", "分别是"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }
        name = Labels.StripOrdinal(name).TrimEnd('为', '是', ':').Trim();
        return name;
    }

    /// <summary>The words of a total without the year that begins them (2025年度项目总预算 → 项目总预算).</summary>
    private static string StripYear(string label)
    {
        var m = LeadingYear().Match(label);
        return m.Success ? label[m.Length..] : label;
    }

    /// <summary>An amount of a list: in 万元, in 万 (万 without 元, not 万人 / 万次), or in 元.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<n>\d[\d,]*(?:\.\d+)?)(?<u>万元|万(?![人个次件份])|元)")]
    private static partial Regex ListAmount();

    [GeneratedRegex(@"^(?:19|20)\d{2}年度?")]
    private static partial Regex LeadingYear();
}
