using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Statements that something does not exist or is not budgeted: a word of absence (无, 没有, 未安排, 不安排, 未编制, 不编制)
/// followed, within its clause, by what is absent — 政府性基金 / 国有资本经营 (预算), “三公”经费, 因公出国（境）,
/// 公务接待, 公务用车购置费, buying vehicles (购置车辆, 新购公务用车) or equipment (购置…设备), 政府采购. Each becomes an
/// <see cref="FactKind.Absence"/> fact (value 0, no unit); the rules check it against the tables and the other facts.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>The topics <see cref="AbsentThing"/>'s groups stand for, in group order (g0, g1 …).</summary>
    private static readonly FactTopic[] AbsentTopics =
    [
        FactTopic.GovernmentFundBudget, FactTopic.StateCapitalBudget, FactTopic.ThreePublicTotal, FactTopic.OverseasTravel,
        FactTopic.Reception, FactTopic.VehiclePurchase, FactTopic.PurchasedVehicles, FactTopic.PurchasedEquipment, FactTopic.ProcurementTotal,
    ];

    /// <summary>Reads every statement of absence in a line.</summary>
    private static void ReadAbsences(string text, int line, List<ProseFact> facts)
    {
        foreach (Match m in AbsenceWord().Matches(text))
        {
            // What is absent: the rest of the clause after the word (a list joined by 、, 和 or 及 stays in it).
            int start = m.Index + m.Length;
            int end = text.IndexOfAny(['，', ',', '。', '；', ';', '：', ':'], start);
            var what = text[start..(end < 0 ? text.Length : end)];
            if (what.StartsWith("增减", StringComparison.Ordinal) || what.StartsWith("变化", StringComparison.Ordinal))
            {
                continue; // 无增减, 无变化: no change, not an absence.
            }
            int sentenceStart = text.LastIndexOfAny(['。', '；', ';', '，', ','], Math.Max(0, m.Index - 1)) + 1;
            var excerpt = text[sentenceStart..(end < 0 ? text.Length : end)].Trim();
            var seen = new HashSet<FactTopic>();
            foreach (Match thing in AbsentThing().Matches(what))
            {
                for (int g = 0; g < AbsentTopics.Length; g++)
                {
                    var topic = AbsentTopics[g];
                    if (thing.Groups["g" + g.ToString(System.Globalization.CultureInfo.InvariantCulture)].Success && seen.Add(topic)
                        && !(topic == FactTopic.OverseasTravel && seen.Contains(FactTopic.ThreePublicTotal)))
                    {
                        facts.Add(new ProseFact(FactKind.Absence, new FactSubject(topic), 0m, string.Empty, 0, line, excerpt));
                    }
                }
            }
        }
    }

    /// <summary>What a statement of absence names, one group per topic of <see cref="AbsentTopics"/>: 政府性基金,
    /// 国有资本经营, 三公, 因公出国（境）, 公务接待, 公务用车购置费, buying vehicles, buying equipment, 政府采购.</summary>
    [GeneratedRegex(@"(?<g0>政府性基金)|(?<g1>国有资本经营)|(?<g2>三公)|(?<g3>因公出国|出国[（(]境[）)])|(?<g4>公务接待)|(?<g5>(?:公务用车|车辆)购置费)|(?<g7>购置[^，,；;。]{0,20}设备)|(?<g6>(?:购置|新购|购买)(?:公务用?)?车)|(?<g8>政府采购)")]
    private static partial Regex AbsentThing();

    /// <summary>A word that says something is not there: 无, 没有, 未安排, 不安排, 未编制, 不编制, 未列支. 无 that begins
    /// another word (无论, 无须, 无需) or a place name (无锡, 无为, 无棣, 无极) says nothing is absent.</summary>
    [GeneratedRegex("没有|未安排|不安排|未编制|不编制|未列支|(?<![并毫])无(?![论须需锡为棣极])")]
    private static partial Regex AbsenceWord();
}
