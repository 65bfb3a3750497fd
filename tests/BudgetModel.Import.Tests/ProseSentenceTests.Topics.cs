using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Issue 12's kinds of statement (会议费 / 培训费, 委托业务费, 机关运行经费 wordings, 绩效目标 coverage, 固定资产, an item named by
/// its heading), on wordings written for these tests: each read into typed facts whose arithmetic the rules check.
/// </summary>
public partial class ProseSentenceTests
{
    private static string[] Facts(ImportResult result, params FactTopic[] topics) =>
        [.. result.Disclosure.Facts.Where(f => topics.Contains(f.Subject.Topic))
            .Select(f => $"{f.Kind} {f.Subject.Topic}{(f.Subject.Source is { } s ? "/" + s : "")}{(f.Subject.Name is { } n ? ":" + n : "")} "
                + f.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + f.Unit)];

    /// <summary>The errors of the prose and notes rules (the notes alone lack every table, which other rules report).</summary>
    private static string[] Errors(ImportResult result) =>
        [.. DisclosureValidator.Validate(result.Disclosure).Findings
            .Where(f => f.Severity == Severity.Error && (f.RuleId.StartsWith("BM-PROSE-", StringComparison.Ordinal) || f.RuleId.StartsWith("BM-NOTE-", StringComparison.Ordinal)))
            .Select(f => f.RuleId)];

    [Fact]
    public void Meetings_and_training_are_read_with_their_fund_and_change_and_no_change_wordings_are_a_change_of_zero()
    {
        const string notes =
            "九、会议费和培训费预算情况说明\n"
            + "本馆2026年度一般公共预算拨款安排的会议费预算支出6.50万元，比上年预算减少1.50万元，主要原因是会议精简。\n"
            + "本馆2026年度一般公共预算培训费预算支出3万元，较上年无增减。\n";

        Assert.Equal(
            ["Amount Meetings/GeneralPublicBudget 6.5万元", "ChangeAmount Meetings/GeneralPublicBudget -1.5万元",
             "Amount Training/GeneralPublicBudget 3万元", "ChangeAmount Training/GeneralPublicBudget 0万元"],
            Facts(Read(notes), FactTopic.Meetings, FactTopic.Training));
    }

    [Fact]
    public void A_list_of_costs_after_an_amount_names_no_meetings_and_about_the_same_is_no_change()
    {
        const string notes =
            "八、机关运行经费情况说明\n"
            + "2026年本馆机关运行经费预算12.00万元，与上年基本持平，主要用于办公费、会议费、培训费等。\n";
        var result = Read(notes);

        Assert.Empty(Facts(result, FactTopic.Meetings, FactTopic.Training));
        Assert.Equal(["Amount OperatingExpenses 12万元"], Facts(result, FactTopic.OperatingExpenses));
    }

    [Theory]
    // 5 / (45 + 5) = 10%: agrees.
    [InlineData("10%", false)]
    // 12% is not 5 / 50: BM-PROSE-CHANGE.
    [InlineData("12%", true)]
    public void Commissioned_services_are_read_and_their_change_checked_against_the_percent(string percent, bool error)
    {
        string notes = "四、委托业务费情况\n本馆2026年委托业务费财政拨款预算为45万元，比上年减少5万元，下降" + percent + "。\n";
        var result = Read(notes);

        Assert.Equal(
            ["Amount CommissionedServices/FiscalAppropriation 45万元", "ChangeAmount CommissionedServices/FiscalAppropriation -5万元",
             "ChangePercent CommissionedServices/FiscalAppropriation -" + percent],
            Facts(result, FactTopic.CommissionedServices));
        Assert.Equal(error, Errors(result).Contains("BM-PROSE-CHANGE"));
    }

    [Theory]
    // 2.50 / (100.50 − 2.50) = 2.551% → 2.55%: the figure after 比上年 is the change.
    [InlineData("2026年本馆机关运行经费安排100.50万元，比上年2.50万元，增加2.55%。", new[] { "Amount OperatingExpenses 100.5万元", "ChangeAmount OperatingExpenses 2.5万元", "ChangePercent OperatingExpenses 2.55%" })]
    // 98.00 / 2.50 is no 2.55%: the figure after 比上年 is not taken for a change.
    [InlineData("2026年本馆机关运行经费安排100.50万元，比上年98.00万元，增加2.55%。", new[] { "Amount OperatingExpenses 100.5万元", "ChangePercent OperatingExpenses 2.55%" })]
    // 运行经费 after the fund it is paid from.
    [InlineData("2026年一般公共预算财政拨款运行经费80万元，比2025年增加1万元；主要用于办公费、会议费等。", new[] { "Amount OperatingExpenses 80万元", "ChangeAmount OperatingExpenses 1万元" })]
    public void Operating_expenses_are_read_in_their_wordings_and_a_change_without_a_verb_only_when_the_percent_confirms_it(string sentence, string[] expected)
    {
        var result = Read("三、机关运行经费情况\n" + sentence + "\n");

        Assert.Equal(expected, Facts(result, FactTopic.OperatingExpenses));
        Assert.Empty(Facts(result, FactTopic.Meetings));
    }

    [Fact]
    public void Money_and_projects_under_performance_targets_are_read_by_fund_and_selection()
    {
        const string notes =
            "十、绩效目标设置情况\n"
            + "2026年本馆项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款120.00万元。\n"
            + "本馆绩效目标管理全覆盖，涉及当年一般公共预算拨款300.00万元，政府性基金预算拨款0.00万元。\n"
            + "2026年度，本馆编报绩效目标的项目共3个，涉及项目预算资金88.00万元。\n"
            + "本馆全面实施绩效目标管理，涉及一级预算项目5个，预算资金200万元，其中财政拨款20万元。\n"
            + "本馆向社会公开两个项目支出绩效目标，公开金额50万元。\n";
        var result = Read(notes);

        Assert.Equal(
            ["Amount PerformanceProjects/GeneralPublicBudget 120万元",
             "Amount OverallPerformanceFunds/GeneralPublicBudget 300万元", "Amount OverallPerformanceFunds/GovernmentFundBudget 0万元",
             "Count PerformanceProjects:编报绩效目标的项目 3个", "Amount PerformanceProjects:编报绩效目标的项目 88万元",
             "Count PerformanceProjects 5个", "Amount PerformanceProjects 200万元", "Amount PerformanceProjects/FiscalAppropriation 20万元",
             "Count DisclosedPerformanceProjects 2个", "Amount DisclosedPerformanceProjects 50万元"],
            Facts(result, FactTopic.PerformanceProjects, FactTopic.OverallPerformanceFunds, FactTopic.DisclosedPerformanceProjects));
        Assert.DoesNotContain(result.Disclosure.Mentions, m => m.Kind == MentionKind.UnreadFigures);
    }

    [Theory]
    // 80 + 20 = 100, 80 / 100 = 80%, 20 / 100 = 20%: no error.
    [InlineData("20.00", "20.00%", new string[0])]
    // 80 + 25 ≠ 100: the parts do not sum (BM-PROSE-PARTS), and 25 / 100 is not 20% (BM-NOTE-SHARE).
    [InlineData("25.00", "20.00%", new[] { "BM-PROSE-PARTS", "BM-NOTE-SHARE" })]
    public void Fixed_assets_are_read_with_their_kinds_and_shares_and_checked(string equipment, string share, string[] errors)
    {
        string notes =
            "十一、国有资产占用情况\n"
            + "本馆固定资产总量为100.00万元，房屋和构筑物80.00万元，占固定资产总额的80.00%；设备" + equipment + "万元，占固定资产总额的" + share + "。\n"
            + "本年度拟购置固定资产5万元，主要是购买打印机等办公设备。\n"
            + "2026年预算未安排购置单位价值100万元以上大型设备。\n";
        var result = Read(notes);

        Assert.Equal(
            ["Amount FixedAssets 100万元", "Amount FixedAssets:房屋和构筑物 80万元", "Share FixedAssets:房屋和构筑物 80%",
             "Amount FixedAssets:设备 " + decimal.Parse(equipment, System.Globalization.CultureInfo.InvariantCulture).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "万元",
             "Share FixedAssets:设备 20%", "Amount PurchasedFixedAssets 5万元"],
            Facts(result, FactTopic.FixedAssets, FactTopic.PurchasedFixedAssets));
        Assert.Equal(errors.Order(), Errors(result).Order());
        // 100万元以上 is the threshold of the equipment not bought (an absence), not an unread figure.
        Assert.Contains(result.Disclosure.Facts, f => f.Kind == FactKind.Absence && f.Subject.Topic == FactTopic.PurchasedEquipment);
        Assert.DoesNotContain(result.Disclosure.Mentions, m => m.Kind == MentionKind.UnreadFigures);
    }

    [Fact]
    public void An_amount_whose_words_name_nothing_takes_the_item_its_heading_names()
    {
        const string notes =
            "七、“三公”经费预算情况说明\n"
            + "（一）因公出国（境）经费\n"
            + "2026年预算安排0.00万元，与上年持平。\n"
            + "（二）公务接待费\n"
            + "2026年预算安排1.20万元，比上年减少0.30万元。\n";

        Assert.Equal(
            ["Amount OverseasTravel 0万元", "ChangeAmount OverseasTravel 0万元", "Amount Reception 1.2万元", "ChangeAmount Reception -0.3万元"],
            Facts(Read(notes), FactTopic.OverseasTravel, FactTopic.Reception));
    }

    [Theory]
    // 60.00 + 40.00 = 100.00: the list agrees with its total.
    [InlineData("100.00", new string[0])]
    // 60.00 + 40.00 ≠ 90.00: BM-PROSE-PARTS.
    [InlineData("90.00", new[] { "BM-PROSE-PARTS" })]
    public void A_list_of_projects_after_the_projects_total_is_read_as_projects_and_summed(string total, string[] errors)
    {
        string notes = "八、项目支出情况说明\n2026年本馆项目支出预算" + total + "万元，档案数字化加工经费60.00万元，档案库房维护费40.00万元。\n";
        var result = Read(notes);

        Assert.Equal(
            ["Amount ProjectExpenditure " + decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "万元",
             "Amount Project:档案数字化加工经费 60万元", "Amount Project:档案库房维护费 40万元"],
            Facts(result, FactTopic.ProjectExpenditure, FactTopic.Project));
        Assert.Equal(errors, Errors(result));
    }

    [Fact]
    public void A_list_in_wan_without_yuan_under_a_total_of_its_own_is_read_as_named_parts_and_summed()
    {
        const string notes = "六、年度预算安排\n2026年度项目总预算50.00万，其中支持展会举办30.00万，支持人员培训20.00万元，合计50.00万。\n";
        var result = Read(notes);

        Assert.Equal(
            ["Amount Other:项目总预算 50万元", "Amount Other:支持展会举办 30万元", "Amount Other:支持人员培训 20万元", "Amount Other:项目总预算 50万元"],
            Facts(result, FactTopic.Other, FactTopic.Project));
        Assert.Empty(Errors(result));
        Assert.DoesNotContain(result.Disclosure.Mentions, m => m.Kind == MentionKind.UnreadFigures);
    }
}
