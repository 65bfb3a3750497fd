using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// 国有资产占有使用: vehicles held (共有车辆5辆, 公务用车编制1辆，实有1辆) and by kind (其中：执法执勤用车0辆 …), floor area,
/// equipment over a value (单位价值100万元以上设备25台（套）); and what this year's budget buys (预算安排购置车辆1辆，其中…;
/// 安排购置单价20万元以上的设备0台（套）). A sentence that speaks of buying (购置, 新购) gives purchases, any other gives
/// holdings; the kind of a vehicle is the words before its count that end in 用车.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>Reads a line of the assets explanation; false when the line is no such statement (left to the other
    /// readers).</summary>
    private static bool ReadAssets(string text, Context ctx, int line, List<ProseFact> facts)
    {
        // A sentence of its own about vehicles or equipment (共有车辆, 购置车辆, …设备) is read here whatever the paragraph's context.
        bool ownStatement = text.Contains("车辆", StringComparison.Ordinal) || text.Contains("设备", StringComparison.Ordinal);
        if (ctx is not (Context.Assets or Context.None) && !ownStatement || !AssetFigure().IsMatch(text))
        {
            return false;
        }
        foreach (var sentence in text.Split(['。']))
        {
            bool purchase = sentence.Contains("购置", StringComparison.Ordinal) || sentence.Contains("新购", StringComparison.Ordinal)
                || sentence.Contains("购买", StringComparison.Ordinal);
            foreach (var part in sentence.Split(['；', ';']))
            {
                ReadAssetPart(part, purchase, line, facts);
            }
        }
        return true;
    }

    private static void ReadAssetPart(string part, bool purchase, int line, List<ProseFact> facts)
    {
        int from = 0;
        foreach (Match m in AssetFigure().Matches(part))
        {
            var raw = part[from..m.Index];
            var label = Labels.Normalize(raw);
            from = m.Index + m.Length;
            int clauseStart = label.LastIndexOfAny(['，', ',', '、']);
            var clause = label[(clauseStart + 1)..];
            string unit = m.Groups["u"].Value;
            if (!TryNumber(m.Groups["n"].ValueSpan, out var value, out int decimals))
            {
                continue;
            }
            var excerpt = part[Math.Max(0, part.LastIndexOfAny(['，', ',', '、'], Math.Max(0, m.Index - 1)) + 1)..(m.Index + m.Length)].Trim();
            if (unit == "平方米")
            {
                if (!purchase && clause.Contains("面积", StringComparison.Ordinal))
                {
                    facts.Add(new ProseFact(FactKind.Quantity, new FactSubject(FactTopic.OfficeFloorArea), value, unit, decimals, line, excerpt));
                }
                continue;
            }
            if (AssetSubject(clause, label, raw, unit, purchase) is { } subject)
            {
                facts.Add(new ProseFact(FactKind.Count, subject, value, unit, decimals, line, excerpt));
            }
        }
    }

    /// <summary>What a count of the assets explanation counts, from the words of its clause (and, for equipment, the
    /// threshold named before it).</summary>
    private static FactSubject? AssetSubject(string clause, string label, string raw, string unit, bool purchase)
    {
        bool Has(string s) => clause.Contains(s, StringComparison.Ordinal);
        if (Has("设备") || (unit != "辆" && !Has("车")))
        {
            if (!Has("设备"))
            {
                return null;
            }
            var threshold = EquipmentThreshold().Match(raw);
            var name = threshold.Success ? string.Concat(threshold.Value.Where(c => !char.IsWhiteSpace(c))) : "设备";
            return new FactSubject(purchase ? FactTopic.PurchasedEquipment : FactTopic.Equipment, Name: name);
        }
        if (Has("编制"))
        {
            return purchase ? null : new FactSubject(FactTopic.AuthorizedVehicles);
        }
        var topic = purchase ? FactTopic.PurchasedVehicles : FactTopic.Vehicles;
        var kind = clause;
        int colon = kind.LastIndexOf(':');
        kind = colon >= 0 ? kind[(colon + 1)..] : kind;
        kind = kind.StartsWith("其中", StringComparison.Ordinal) ? kind[2..] : kind;
        if (kind.EndsWith("用车", StringComparison.Ordinal) && !Has("共有") && !Has("实有") && !Has("购置") && !Has("编制"))
        {
            return new FactSubject(topic, Name: kind);
        }
        // A total: 共有车辆5辆, 实有1辆, 安排购置车辆1辆, 经批准购置的0辆.
        return Has("车") || Has("实有") || Has("共有") || Has("购置") || label.EndsWith("购置的", StringComparison.Ordinal) ? new FactSubject(topic) : null;
    }

    /// <summary>A count of vehicles, of equipment (台（套）, 台（件、套）, 台, 套) or a floor area.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<n>\d[\d,]*(?:\.\d+)?)[\t ]?(?<u>辆|台[（(][^）)]{1,4}[）)]|台|套|平方米)")]
    private static partial Regex AssetFigure();

    /// <summary>The value over which equipment is counted: 单位价值100万元以上设备, 单价20万元以上的设备, 价值50万元（原值）以上的通用设备.</summary>
    [GeneratedRegex(@"(?:单位价值|单价|价值)[^，；。,;]*?设备")]
    private static partial Regex EquipmentThreshold();
}
