using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// The “三公” explanation: each amount by what its label names (因公出国（境）费, 公务接待费, 公务用车购置及运行（维护）费 and its
/// two parts, the total), and the counts it gives (出国团组 and 人次, 接待批次 and 人次, vehicles bought).
/// </summary>
internal static partial class ProseReader
{
    /// <summary>The 三公 item an amount's label names; null for a figure that is no amount (a count is read by
    /// <see cref="ReadCounts"/>). 公务用车购置及运行（维护）费 names both parts, so it is the subtotal, not either part; a
    /// label about buying or running that names no vehicle (机关运行经费) is none of them.</summary>
    private static FactSubject? ThreePublicSubject(string label, string unit)
    {
        if (unit is not ("万元" or "元" or "亿元"))
        {
            return null;
        }
        bool Has(string s) => label.Contains(s, StringComparison.Ordinal);
        if (Has("出国") || Has("出境")) return new(FactTopic.OverseasTravel);
        if (Has("接待")) return new(FactTopic.Reception);
        bool vehicle = Has("车");
        bool purchase = vehicle && Has("购");
        bool operation = vehicle && (Has("运行") || Has("运维"));
        if (purchase && operation) return new(FactTopic.VehiclePurchaseAndOperation);
        if (operation) return new(FactTopic.VehicleOperation);
        if (purchase) return new(FactTopic.VehiclePurchase);
        if (Has("三公")) return new(FactTopic.ThreePublicTotal);
        return null;
    }

    /// <summary>
    /// Counts of the 三公 explanation, clause by clause: 团组 (安排因公出国（境）团组2个 / 2个团组), 人次 or 人 (of the
    /// groups or of the receptions, by the item the sentence is about), 批次 (接待…3批次), and vehicles bought in a 三公
    /// sentence (拟购置公务用车2辆). A count is read only in a sentence that names its item (出国/出访/出境 or 接待).
    /// </summary>
    private static void ReadCounts(string text, Context ctx, int line, List<ProseFact> facts)
    {
        if (ctx != Context.ThreePublic && !text.Contains("团组", StringComparison.Ordinal) && !text.Contains("批次", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var sentence in text.Split(['。', '；', ';']))
        {
            // The item the clauses are about: the last one named so far in the sentence.
            bool? overseas = null;
            foreach (var clause in sentence.Split(['，', ',']))
            {
                overseas = ItemOf(clause) ?? overseas;
                foreach (Match m in CountPattern().Matches(clause))
                {
                    string unit = m.Groups["u"].Success ? m.Groups["u"].Value : "个团组";
                    bool groupCount = unit.EndsWith("团组", StringComparison.Ordinal);
                    string before = clause[..m.Index];
                    if (CellChars.WholeNumber(m.Groups["n"].ValueSpan) is not { } n)
                    {
                        continue;
                    }
                    var item = ItemOf(before) ?? overseas;
                    FactTopic? topic = unit switch
                    {
                        _ when groupCount => FactTopic.OverseasGroups,
                        "批次" or "批" => item == false ? FactTopic.ReceptionBatches : null,
                        "人次" or "人" when PeopleOfItem(clause) => item switch
                        {
                            true => FactTopic.OverseasTravellers,
                            false => FactTopic.ReceptionVisitors,
                            null => null,
                        },
                        "辆" when before.Contains("购", StringComparison.Ordinal) => FactTopic.PurchasedVehicles,
                        _ => null,
                    };
                    if (topic is FactTopic.OverseasGroups && item != true)
                    {
                        continue;
                    }
                    if (topic is { } t)
                    {
                        facts.Add(new ProseFact(FactKind.Count, new FactSubject(t), n, groupCount ? "个" : unit, 0, line, clause.Trim()));
                    }
                }
            }
        }
    }

    /// <summary>True when a clause is about travel abroad, false when about receptions, null when it names neither.</summary>
    private static bool? ItemOf(string clause)
    {
        int abroad = Math.Max(clause.LastIndexOf("出国", StringComparison.Ordinal), Math.Max(clause.LastIndexOf("出访", StringComparison.Ordinal), clause.LastIndexOf("出境", StringComparison.Ordinal)));
        int reception = clause.LastIndexOf("接待", StringComparison.Ordinal);
        if (abroad < 0 && reception < 0)
        {
            return null;
        }
        return abroad > reception;
    }

    /// <summary>A head count (人次, 人) belongs to the groups or the receptions only in a clause that speaks of them.</summary>
    private static bool PeopleOfItem(string clause) =>
        clause.Contains("团组", StringComparison.Ordinal) || clause.Contains("出国", StringComparison.Ordinal) || clause.Contains("出访", StringComparison.Ordinal)
        || clause.Contains("出境", StringComparison.Ordinal) || clause.Contains("接待", StringComparison.Ordinal) || clause.Contains("批次", StringComparison.Ordinal)
        || clause.Contains("共", StringComparison.Ordinal);

    /// <summary>A whole count and its word: 2个团组, 3个出国团组, 团组2个 (the number before 个 after 团组), 3批次, 15人次,
    /// 6人, 2辆.</summary>
    [GeneratedRegex(@"(?<![\d.])(?:团组(?<n>\d+)个|(?<n>\d+)(?<u>个(?:出国|出访|出境|因公出国[（(]境[）)])?团组|批次|批|人次|人|辆))(?![\d.])")]
    private static partial Regex CountPattern();
}
