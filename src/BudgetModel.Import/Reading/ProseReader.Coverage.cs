using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// 绩效目标 coverage: how many projects and how much money are under performance targets. 项目支出均实行了绩效目标管理，涉及
/// 一般公共预算财政拨款…万元 is the projects' money of that fund; 绩效目标管理全覆盖，涉及当年一般公共预算拨款…万元，政府性基金预算
/// 拨款…万元 the money of each fund overall; 涉及一级预算项目6个，预算资金781.5万元，其中财政拨款4.5万元 the projects, their money and
/// its fiscal part; 编报绩效目标的项目共9个，涉及项目预算资金…万元 a selection of the projects (those that report targets,
/// <see cref="FactSubject.Name"/> says which); 公开四个二级项目支出绩效目标 a count in Chinese numerals.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>The subject of a figure of the performance paragraph that states what is covered by targets; null when
    /// the label is none of these (left to <see cref="PerformanceSubject"/>).</summary>
    private static FactSubject? CoverageSubject(string label, string unit, FactSubject? head, string segment)
    {
        var clause = label[(label.LastIndexOfAny([',', '，', ';', '；']) + 1)..];
        if (unit == "个")
        {
            if (SelectionOfProjects().Match(clause) is { Success: true } selection)
            {
                return new(FactTopic.PerformanceProjects, Name: selection.Groups["what"].Value);
            }
            // 全面实施绩效目标管理，涉及一级预算项目6个: the projects under targets.
            bool managed = segment.Contains("绩效目标管理", StringComparison.Ordinal) || segment.Contains("绩效管理", StringComparison.Ordinal);
            return managed && clause.StartsWith("涉及", StringComparison.Ordinal) && clause.Contains("项目", StringComparison.Ordinal)
                ? new(FactTopic.PerformanceProjects) : null;
        }
        if (unit is not ("万元" or "元" or "亿元") || SourceAtEnd(clause) is not { } fund)
        {
            return null;
        }
        if (head is null && clause.StartsWith("涉及", StringComparison.Ordinal))
        {
            // 涉及一般公共预算财政拨款…: the projects' money of the fund when the sentence is about projects, else the fund's.
            bool projects = segment.Contains("项目", StringComparison.Ordinal) && !segment.Contains("整体", StringComparison.Ordinal);
            return new(projects ? FactTopic.PerformanceProjects : FactTopic.OverallPerformanceFunds, Source: fund);
        }
        // 政府性基金预算拨款0.00万元 after 涉及当年一般公共预算拨款…; 其中财政拨款4.5万元 after the projects' money.
        return head is { Topic: FactTopic.PerformanceProjects or FactTopic.OverallPerformanceFunds or FactTopic.DisclosedPerformanceProjects, Name: null }
            ? head with { Source = fund }
            : null;
    }

    /// <summary>Counts of projects in Chinese numerals in a performance sentence (公开四个二级项目支出绩效目标): the projects
    /// whose targets are disclosed.</summary>
    private static void ReadCoverageCounts(string sentence, Context ctx, int line, List<ProseFact> facts)
    {
        if (ctx != Context.Performance)
        {
            return;
        }
        foreach (Match m in DisclosedCount().Matches(sentence))
        {
            if (ChineseCount(m.Groups["n"].ValueSpan) is { } n)
            {
                facts.Add(new ProseFact(FactKind.Count, new FactSubject(FactTopic.DisclosedPerformanceProjects), n, "个", 0, line, m.Value));
            }
        }
    }

    /// <summary>A count up to 99 in Chinese numerals (四, 十二, 二十, 两); null for anything else.</summary>
    private static int? ChineseCount(ReadOnlySpan<char> text)
    {
        static int Digit(char c) => "零一二三四五六七八九".IndexOf(c) is >= 0 and var d ? d : c == '两' ? 2 : -1;
        if (text.Length == 1)
        {
            return text[0] == '十' ? 10 : Digit(text[0]) is > 0 and var d ? d : null;
        }
        int ten = text.IndexOf('十');
        if (ten < 0 || ten > 1 || text.Length > 3)
        {
            return null;
        }
        int tens = ten == 0 ? 1 : Digit(text[0]);
        int ones = ten == text.Length - 1 ? 0 : Digit(text[ten + 1]);
        return tens > 0 && ones >= 0 && (ten != 0 || text.Length <= 2) ? tens * 10 + ones : null;
    }

    /// <summary>The projects that report targets (编报绩效目标的项目共9个, 申报绩效目标的项目): a selection of the projects.</summary>
    [GeneratedRegex(@"(?<what>(?:编报|报送|申报|填报)绩效目标的项目)(?:共|数|数量)?(?:为|是)?$")]
    private static partial Regex SelectionOfProjects();

    /// <summary>公开四个二级项目支出绩效目标, 公开3个项目的绩效目标 (the digits are read as figures elsewhere): a count in
    /// Chinese numerals of projects whose targets are disclosed.</summary>
    [GeneratedRegex(@"公开(?<n>[一二两三四五六七八九十]{1,3})个[^，。；,;]{0,10}?项目[^，。；,;]{0,6}?绩效目标")]
    private static partial Regex DisclosedCount();
}
