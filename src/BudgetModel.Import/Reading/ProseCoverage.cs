using System.Globalization;
using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// The coverage of the notes: a sentence of a paragraph that states a figure — an amount in 元 / 万元 / 亿元 or a
/// percent — from which no fact was read is kept as a <see cref="MentionKind.UnreadFigures"/> mention (its text and the
/// line of its first figure; a sentence is read when a fact was read from one of its figures, amounts, percents or
/// counts), which the validator reports once as Info (<c>BM-PROSE-UNREAD</c>): nothing that looks
/// like a figure is skipped silently, and how much of the notes is read can be measured.
/// </summary>
internal static partial class ProseCoverage
{
    /// <summary>The longest sentence text kept in a mention; a longer one is cut with …。</summary>
    private const int MaxText = 160;

    /// <summary>Keeps the sentences of <paramref name="paragraph"/> with figures from which none of the facts read from
    /// it (<paramref name="facts"/> from <paramref name="firstNew"/> on) was read: a sentence is read when a fact was
    /// made on the line of one of its figures with that figure's value.</summary>
    internal static void KeepUnread(ProseParagraph paragraph, List<ProseFact> facts, int firstNew, List<ProseMention> mentions)
    {
        var text = paragraph.Text;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.AsSpan(start).IndexOfAny('。', '！', '？');
            end = end < 0 ? text.Length : start + end + 1;
            int firstFigure = -1;
            bool read = false;
            foreach (Match m in Figure().Matches(text[start..end]))
            {
                int at = start + m.Index;
                if (text.AsSpan(at + m.Length).StartsWith("以上", StringComparison.Ordinal))
                {
                    continue; // A threshold (未安排购置单位价值100万元以上大型设备), not a figure of the budget.
                }
                firstFigure = firstFigure < 0 ? at : firstFigure;
                if (IsRead(paragraph, at, m, facts, firstNew))
                {
                    read = true;
                    break;
                }
            }
            if (firstFigure >= 0 && !read)
            {
                // A sentence of counts whose amount is a threshold (共有车辆1辆…单价100万元以上的设备0台（套）) is read by its counts.
                foreach (Match m in Count().Matches(text[start..end]))
                {
                    if (IsRead(paragraph, start + m.Index, m, facts, firstNew))
                    {
                        read = true;
                        break;
                    }
                }
            }
            if (firstFigure >= 0 && !read)
            {
                var sentence = text[start..end].Trim();
                if (sentence.Length > MaxText)
                {
                    sentence = string.Concat(sentence.AsSpan(0, MaxText), "…");
                }
                mentions.Add(new ProseMention(MentionKind.UnreadFigures, sentence, paragraph.LineAt(firstFigure), Context: paragraph.Heading));
            }
            start = end;
        }
    }

    /// <summary>True when a fact (from <paramref name="firstNew"/> on) was read on the line of the figure at
    /// <paramref name="at"/> with its value.</summary>
    private static bool IsRead(ProseParagraph paragraph, int at, Match m, List<ProseFact> facts, int firstNew)
    {
        if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        int line = paragraph.LineAt(at);
        for (int i = firstNew; i < facts.Count; i++)
        {
            if (facts[i].Line == line && Math.Abs(facts[i].Value) == value)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A count or a quantity (n: the number): 辆, 台（套）, 个, 人, 平方米 ….</summary>
    [GeneratedRegex(@"(?<![\d.])(?<n>\d[\d,]*(?:\.\d+)?)\s*(?:辆|台|套|个|人|名|批|平方米)")]
    private static partial Regex Count();

    /// <summary>A figure: an amount in 元 / 万元 / 亿元 or a percent (n: the number).</summary>
    [GeneratedRegex(@"(?<![\d.])(?<n>\d[\d,]*(?:\.\d+)?)\s*(?:万元|亿元|元|[%％])")]
    private static partial Regex Figure();
}
