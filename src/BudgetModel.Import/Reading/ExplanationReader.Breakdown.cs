using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// A breakdown of the expenditure budget into named parts: 预算4,684.30万元，包括在职人员经费2,422.61万元、公用经费357.43万元、
/// 对个人和家庭的补助支出192.55万元、增人增资99.41万元、项目支出1,612.29万元. The total is 支出总计 when the words before it
/// name the budget and nothing narrower; each part is read with the topic its name has (公用经费, 项目支出 …) or, failing
/// one, as <see cref="FactTopic.Other"/> with its name — 在职人员经费 is not 人员经费 — and carries the total as its
/// <see cref="ProseFact.Base"/>, so that <c>BM-PROSE-PARTS</c> sums them. The numbered items that explain the parts
/// afterwards ((一)在职人员经费2,422.61万元，主要是…) are read as the same subjects.
/// </summary>
internal sealed partial class ExplanationReader
{
    /// <summary>The parts of the last breakdown read, by name; cleared at the next heading.</summary>
    private readonly Dictionary<string, FactSubject> _parts = new(StringComparer.Ordinal);

    /// <summary>Reads the breakdowns of <paramref name="paragraph"/> and the items that restate a part of the last one,
    /// after the other readers: a part another reader read as an amount (from <paramref name="firstNew"/> on) is marked as
    /// a part; a breakdown with a figure read otherwise is left to that reader.</summary>
    internal void ReadBreakdown(ProseParagraph paragraph, List<ProseFact> facts, int firstNew)
    {
        var text = paragraph.Text;
        foreach (Match m in Breakdown().Matches(text))
        {
            var items = Part().Matches(m.Groups["list"].Value);
            int listAt = m.Groups["list"].Index;
            if (items.Count < 2 || Part().Replace(m.Groups["list"].Value, string.Empty).Trim('、', '，', ',', '；', ';', ' ').Length > 0
                || !IsBudgetTotal(Labels.Normalize(m.Groups["label"].Value)))
            {
                continue;
            }
            var total = Amount().Match(m.Value, m.Groups["n"].Index - m.Index);
            if (IsStated(facts, firstNew, paragraph.LineAt(m.Index + total.Index), total) && !StatesTotal(facts, firstNew, paragraph.LineAt(m.Index + total.Index), total))
            {
                continue;
            }
            // A part another reader read already (项目支出1,612.29万元 as a statement of its own) is marked as a part and moved
            // after the total; a figure read as anything but an amount leaves the breakdown to that reader.
            var read = new int[items.Count];
            for (int k = 0; k < items.Count; k++)
            {
                var amount = Amount().Match(items[k].Value, items[k].Groups["n"].Index - items[k].Index);
                read[k] = StatedAt(facts, firstNew, paragraph.LineAt(listAt + items[k].Index + amount.Index), amount);
            }
            if (read.Any(k => k >= 0 && (facts[k].Kind != FactKind.Amount || facts[k].Base is not null)))
            {
                continue;
            }
            var totalSubject = new FactSubject(FactTopic.TotalExpenditure);
            if (!StatesTotal(facts, firstNew, paragraph.LineAt(m.Index + total.Index), total))
            {
                ReadFigures(paragraph, totalSubject, m.Index, total, m.Groups["list"].Index, facts);
            }
            _parts.Clear();
            var earlier = read.Where(k => k >= 0).Select(k => facts[k]).ToList();
            for (int k = 0; k < items.Count; k++)
            {
                var item = items[k];
                var name = item.Groups["name"].Value;
                if (read[k] >= 0)
                {
                    var other = earlier[read.Take(k).Count(r => r >= 0)];
                    facts.Remove(other);
                    facts.Add(other with { Base = totalSubject });
                    _parts[EconomicKey(name)] = other.Subject;
                    continue;
                }
                var subject = UseTopic(name) is { } topic ? new FactSubject(topic) : new FactSubject(FactTopic.Other, Name: name);
                _parts[EconomicKey(name)] = subject;
                var amount = Amount().Match(item.Value, item.Groups["n"].Index - item.Index);
                if (TryNumber(amount.Groups["n"].Value, out var value, out int decimals))
                {
                    facts.Add(new ProseFact(FactKind.Amount, subject, value, amount.Groups["u"].Value, decimals, paragraph.LineAt(listAt + item.Index + amount.Index), item.Value.Trim())
                    { Base = totalSubject });
                }
            }
            return;
        }
        // (一)在职人员经费2,422.61万元，主要是…: a part of the last breakdown explained on its own.
        // The name is compared as economic names are (对个人和家庭补助支出 restates 对个人和家庭的补助支出).
        if (_parts.Count > 0 && ProseAssembler.StartsItem(text) && Part().Match(text) is { Success: true } part
            && IsOrdinalOnly(text[..part.Index]) && _parts.TryGetValue(EconomicKey(part.Groups["name"].Value), out var known))
        {
            int at = part.Index;
            var amount = Amount().Match(part.Value, part.Groups["n"].Index - part.Index);
            if (!IsStated(facts, firstNew, paragraph.LineAt(at + amount.Index), amount))
            {
                int end = text.IndexOf('。', at);
                ReadFigures(paragraph, known, at, amount, end < 0 ? text.Length : end + 1, facts);
            }
        }
    }

    /// <summary>The index of a fact from <paramref name="firstNew"/> on read on <paramref name="line"/> with the value of
    /// <paramref name="amount"/>, or −1.</summary>
    private static int StatedAt(List<ProseFact> facts, int firstNew, int line, Match amount)
    {
        if (TryNumber(amount.Groups["n"].Value, out var value, out _))
        {
            for (int i = firstNew; i < facts.Count; i++)
            {
                if (facts[i].Line == line && Math.Abs(facts[i].Value) == value)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>True when the text before an item's name is only its ordinal ((一), 1., 四、): no word of its own.</summary>
    private static bool IsOrdinalOnly(string prefix) =>
        prefix.Length <= 8 && !prefix.Any(c => c is >= '\u4e00' and <= '\u9fff' && !"一二三四五六七八九十".Contains(c, StringComparison.Ordinal));

    /// <summary>True when a fact read from <paramref name="firstNew"/> on states the total expenditure with that amount on that line.</summary>
    private static bool StatesTotal(List<ProseFact> facts, int firstNew, int line, Match amount) =>
        TryNumber(amount.Groups["n"].Value, out var value, out _)
        && facts.Skip(firstNew).Any(f => f.Line == line && f.Value == value && f.Subject.Topic == FactTopic.TotalExpenditure && f.Kind == FactKind.Amount);

    /// <summary>True when the words before a total name the whole budget (深圳市信访局预算, 本部门支出预算, 2026年预算支出)
    /// and nothing narrower (收入, a fund, 基本, 项目, “三公” …).</summary>
    private static bool IsBudgetTotal(string label)
    {
        var t = label.TrimEnd('为', '是', ':', '：', ' ');
        if (!(t.EndsWith("预算", StringComparison.Ordinal) || t.EndsWith("预算支出", StringComparison.Ordinal) || t.EndsWith("支出预算", StringComparison.Ordinal)))
        {
            return false;
        }
        foreach (var narrower in (string[])["收入", "一般公共", "基金", "资本", "财政", "拨款", "基本", "项目", "三公", "经费", "采购", "结转", "会议", "培训"])
        {
            if (t.Contains(narrower, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A total (n, u) after its words (label, within its clause), then 包括 / 其中 and the list of its parts.</summary>
    [GeneratedRegex(@"(?<label>[^，,。；;：:\d]{2,30}?)" + @"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>万元|亿元|元)" + @"[，,]?\s*(?:包括|其中)[：:]?(?<list>[^。；;]+)")]
    private static partial Regex Breakdown();

    /// <summary>One named part with its amount: 在职人员经费2,422.61万元.</summary>
    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2,20})\s*(?:为)?\s*" + AmountText)]
    private static partial Regex Part();
}
