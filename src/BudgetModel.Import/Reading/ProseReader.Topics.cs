using System.Text.RegularExpressions;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Sentences whose first words name their subject: 会议费 / 培训费 (…一般公共预算拨款安排的会议费预算支出10万元，比上年预算减少7万元),
/// 委托业务费 (一般公共预算安排委托业务费478.2万元，比上年增加49.27万元), 机关运行经费 however the fund is put
/// (一般公共预算财政拨款运行经费910.53万元; 机关运行经费安排210.32万元) and the unit's 固定资产 (固定资产总量为4295.98万元，房屋和构筑物
/// 3773.63万元，占固定资产总额的87.84%…; 拟购置固定资产12.1万元). The changes they state are read as any other sentence's.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>The context a sentence's own first words set (the words before its first figure, from the last comma on):
    /// null when they name none of these subjects. A list of costs (主要用于办公费、会议费…) comes after a figure, so it
    /// never names the subject; a first clause naming the “三公” or both 会议费 and 培训费 is left to the other readers.</summary>
    private static Context? TopicContextOf(string sentence)
    {
        // The subject of an amount: a count or a share first (固定资产账上共有机动车3辆) is another statement.
        var first = FigurePattern().Match(sentence);
        if (!first.Success || first.Groups["u"].Value is not ("万元" or "元" or "亿元") || FirstLabel(sentence) is not { } label)
        {
            return null;
        }
        var clause = label[(label.LastIndexOfAny([',', '，', ';', '；', ':', '：']) + 1)..];
        bool Has(string s) => clause.Contains(s, StringComparison.Ordinal);
        if (Has("三公") || Has("、"))
        {
            return null;
        }
        if (Has("会议费") != Has("培训费"))
        {
            return Context.Meetings;
        }
        if (Has("委托业务费"))
        {
            return Context.Commissioned;
        }
        if (OperatingLabel().IsMatch(clause) && !Has("车"))
        {
            return Context.Operating;
        }
        if (Has("固定资产"))
        {
            return Context.FixedAssets;
        }
        return null;
    }

    /// <summary>The subject of an amount in a sentence about 会议费 / 培训费, 委托业务费 or 固定资产 (see
    /// <see cref="TopicContextOf"/>); null for a figure that is no amount or names none.</summary>
    private static FactSubject? TopicSubject(string label, string unit, Context ctx, FactSubject? head)
    {
        if (unit is not ("万元" or "元" or "亿元"))
        {
            return null;
        }
        bool Has(string s) => label.Contains(s, StringComparison.Ordinal);
        switch (ctx)
        {
            case Context.Meetings:
                return Has("会议费") && !Has("培训费") ? new(FactTopic.Meetings, Source: FundNamed(label))
                    : Has("培训费") && !Has("会议费") ? new(FactTopic.Training, Source: FundNamed(label))
                    : null;
            case Context.Commissioned:
                return Has("委托业务费") ? new(FactTopic.CommissionedServices, Source: FundNamed(label)) : null;
            case Context.FixedAssets:
                var clause = label[(label.LastIndexOfAny([',', '，', ';', '；', ':', '：']) + 1)..];
                clause = clause.StartsWith("其中", StringComparison.Ordinal) ? clause[2..] : clause;
                if (clause.Contains("购置", StringComparison.Ordinal) || clause.Contains("新购", StringComparison.Ordinal))
                {
                    return clause.Contains("固定资产", StringComparison.Ordinal) ? new(FactTopic.PurchasedFixedAssets) : null;
                }
                if (clause.Contains("固定资产", StringComparison.Ordinal))
                {
                    return head is null ? new(FactTopic.FixedAssets) : null;
                }
                // A kind of the assets after the total (房屋和构筑物3773.63万元, 设备335.24万元): its words, as printed.
                var kind = clause.TrimEnd('为', '是', ':').Trim();
                return kind.Length is > 0 and <= 12 && !char.IsDigit(kind[0]) ? new(FactTopic.FixedAssets, Name: kind) : null;
            default:
                return null;
        }
    }

    /// <summary>The fund a label limits its amount to: 一般公共预算 (拨款) or 财政拨款 (财拨); null when it names none.</summary>
    private static FundSource? FundNamed(string label) =>
        label.Contains("一般公共预算", StringComparison.Ordinal) ? FundSource.GeneralPublicBudget
        : label.Contains("财政拨款", StringComparison.Ordinal) || label.Contains("财拨", StringComparison.Ordinal) ? FundSource.FiscalAppropriation
        : null;

    /// <summary>True when a clause says the amount did not change on the year before (与上年预算数相同, 与上年持平,
    /// 较上年无增减, 与上年相比无变化): a change of 0. 基本持平 (about the same) is no such statement.</summary>
    private static bool IsNoChange(string clause) =>
        clause.Contains("上年", StringComparison.Ordinal)
        && (clause.Contains("相同", StringComparison.Ordinal) || clause.Contains("无增减", StringComparison.Ordinal) || clause.Contains("无变化", StringComparison.Ordinal)
            || (clause.Contains("持平", StringComparison.Ordinal) && !clause.Contains("基本持平", StringComparison.Ordinal) && !clause.Contains("大体持平", StringComparison.Ordinal)));

    /// <summary>True when a percent with a change verb confirms that a comparison without one (比上年1.43万元，增加0.68%)
    /// states the change: |change| / (current ∓ |change|) rounds to the percent at its stated places, the sign the verb's.
    /// Read as the year before's figure instead, the percent would be (current − prior) / prior, which the same test
    /// tells apart.</summary>
    private static bool ConfirmsChange(decimal current, decimal change, int sign, decimal percent, int decimals)
    {
        decimal prior = current - sign * change;
        if (prior <= 0)
        {
            return false;
        }
        decimal computed = change / prior * 100m;
        decimal half = 0.5m;
        for (int i = 0; i < decimals; i++)
        {
            half /= 10m;
        }
        return Math.Abs(computed - percent) <= half;
    }

    /// <summary>机关运行经费, or 运行经费 after the fund it is paid from (一般公共预算财政拨款运行经费).</summary>
    [GeneratedRegex(@"机关运行经费|(?:拨款|预算)运行经费")]
    private static partial Regex OperatingLabel();
}
