using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The readers of the notes' statements, on wordings of each kind of statement: the seed with its 三公 chart caption
/// (三公经费分布图) replaced by the paragraphs under test, so that each is read in a real document's flow.
/// </summary>
public partial class NoteStatementTests
{
    /// <summary>The seed with the paragraphs in place of its chart caption, and the facts read from them alone.</summary>
    private static (BudgetDisclosure Disclosure, ProseFact[] Facts) With(params string[] paragraphs)
    {
        const string anchor = "三公经费分布图";
        int at = Seed.Text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at >= 0);
        int first = Seed.Text.AsSpan(0, at).Count('\n') + 1;
        int last = first + 2 * (paragraphs.Length - 1);
        var d = DisclosureImporter.Import(Seed.Text.Replace(anchor, string.Join("\n\n", paragraphs), StringComparison.Ordinal)).Disclosure;
        return (d, [.. d.Facts.Where(f => f.Line >= first && f.Line <= last)]);
    }

    private static string[] Read((BudgetDisclosure, ProseFact[] Facts) read, params FactTopic[] topics) =>
        [.. read.Facts.Where(f => topics.Contains(f.Subject.Topic))
            .Select(f => $"{f.Kind} {f.Subject.Topic}{(f.Subject.Name is { } n ? ":" + n : "")} {f.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}{f.Unit}")];

    [Theory]
    [InlineData("2024年安排因公出国（境）团组2个、8人次，因公出国（境）费预算12.00万元。", 2, 8)]
    [InlineData("全年计划组织3个出国团组，共9人，因公出国（境）费15.00万元。", 3, 9)]
    public void Groups_and_people_sent_abroad_are_counted(string paragraph, int groups, int people)
    {
        var read = Read(With(paragraph), FactTopic.OverseasGroups, FactTopic.OverseasTravellers);

        Assert.Equal([$"Count OverseasGroups {groups}个", $"Count OverseasTravellers {people}人" + (paragraph.Contains("人次", StringComparison.Ordinal) ? "次" : "")], read);
    }

    [Fact]
    public void Reception_batches_and_visitors_are_counted()
    {
        var read = Read(With("公务接待费预算3.00万元，计划接待15批次、120人次。"), FactTopic.ReceptionBatches, FactTopic.ReceptionVisitors, FactTopic.Reception);

        // The counts of a line are read before its amounts.
        Assert.Equal(["Count ReceptionBatches 15批次", "Count ReceptionVisitors 120人次", "Amount Reception 3万元"], read);
    }

    [Fact]
    public void The_vehicle_subtotal_is_not_taken_for_one_of_its_parts()
    {
        var read = Read(With("公务用车购置及运行维护费2.50万元，其中：公务用车购置费0万元，公务用车运行维护费2.50万元。"),
            FactTopic.VehiclePurchaseAndOperation, FactTopic.VehiclePurchase, FactTopic.VehicleOperation);

        Assert.Equal(["Amount VehiclePurchaseAndOperation 2.5万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 2.5万元"], read);
    }

    [Fact]
    public void Statements_of_absence_are_read_by_what_they_name()
    {
        var (_, facts) = With(
            "本单位2024年没有使用政府性基金预算拨款安排的支出，与上年持平。",
            "本单位无国有资本经营预算支出、政府采购支出。",
            "主要原因是本年未安排因公出国（境）费用。",
            "2024年预算未安排购置车辆；未安排购置单价100万元以上设备。",
            "无锡市某局公务接待费比上年无增减变化。");

        var absences = facts.Where(f => f.Kind == FactKind.Absence).Select(f => f.Subject.Topic).ToArray();

        // 无锡 is a place and 无增减 no absence.
        Assert.Equal([FactTopic.GovernmentFundBudget, FactTopic.StateCapitalBudget, FactTopic.ProcurementTotal, FactTopic.OverseasTravel,
            FactTopic.PurchasedVehicles, FactTopic.PurchasedEquipment], absences);
        Assert.All(facts.Where(f => f.Kind == FactKind.Absence), f => Assert.Equal((0m, ""), (f.Value, f.Unit)));
    }

    [Fact]
    public void Purchases_are_told_from_holdings()
    {
        var read = Read(With("截至2023年12月31日，本单位共有车辆3辆，其中：执法执勤用车1辆、其他用车2辆；单位价值100万元以上设备4台（套）。2024年预算安排购置车辆1辆，其中：执法执勤用车1辆；安排购置单价50万元以上的设备0台（套）。"),
            FactTopic.Vehicles, FactTopic.PurchasedVehicles, FactTopic.Equipment, FactTopic.PurchasedEquipment);

        Assert.Equal(["Count Vehicles 3辆", "Count Vehicles:执法执勤用车 1辆", "Count Vehicles:其他用车 2辆", "Count Equipment:单位价值100万元以上设备 4台（套）",
            "Count PurchasedVehicles 1辆", "Count PurchasedVehicles:执法执勤用车 1辆", "Count PurchasedEquipment:单价50万元以上的设备 0台（套）"], read);
    }

    [Fact]
    public void The_share_reserved_for_small_firms_is_a_share_of_the_procurement_total_and_checked()
    {
        // 九、政府采购情况 of the seed: 总额234.04万元; 100.00 / 234.04 = 42.727% → 42.73%.
        const string stated = "其中：政府采购货物预算3.39万元、政府采购工程预算0万元、政府采购服务预算230.65万元。";
        Assert.Contains(stated, Seed.Text, StringComparison.Ordinal);
        var right = DisclosureImporter.Import(Seed.Text.Replace(stated, stated + "预留给中小企业的预算100.00万元，占政府采购预算总额的42.73%。", StringComparison.Ordinal)).Disclosure;
        var wrong = DisclosureImporter.Import(Seed.Text.Replace(stated, stated + "预留给中小企业的预算100.00万元，占政府采购预算总额的45.73%。", StringComparison.Ordinal)).Disclosure;

        var share = right.Facts.Single(f => f.Kind == FactKind.Share && f.Subject.Topic == FactTopic.ProcurementSmallFirms);
        Assert.Equal((42.73m, FactTopic.ProcurementTotal), (share.Value, share.Base!.Topic));
        Assert.DoesNotContain(Validation.DisclosureValidator.Validate(right).Findings, f => f.RuleId == "BM-NOTE-SHARE");
        var finding = Assert.Single(Validation.DisclosureValidator.Validate(wrong).Findings, f => f.RuleId == "BM-NOTE-SHARE");
        Assert.Equal((Validation.Severity.Error, 42.73m, 45.73m), (finding.Severity, finding.Expected, finding.Actual));
    }
    [Fact]
    public void An_item_named_only_by_the_sentence_before_its_amount_is_that_amounts_subject()
    {
        // A heading sentence names the item (（二）公务接待费。), the next states its amount without naming it.
        var read = Read(With("（二）公务接待费。2024年预算数0.20万元，主要用于上级部门来汾检查指导工作。"), FactTopic.Reception, FactTopic.ThreePublicTotal);

        Assert.Equal(["Amount Reception 0.2万元"], read);
    }

    [Fact]
    public void A_procurement_total_of_one_fund_is_read_with_its_parts_as_that_funds()
    {
        var (_, facts) = With("政府采购预算总额60.00万元：政府采购货物预算20.00万元、政府采购服务预算40.00万元；其中一般公共预算拨款政府采购45.00万元：政府采购货物预算5.00万元、政府采购服务预算40.00万元。");

        var fund = facts.Where(f => f.Subject.Source == Funding.FundSource.GeneralPublicBudget).Select(f => $"{f.Subject.Topic} {f.Value:0.##}").ToArray();
        Assert.Equal(["ProcurementTotal 45", "ProcurementGoods 5", "ProcurementServices 40"], fund);
        Assert.Equal(60.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.ProcurementTotal && f.Subject.Source is null).Value);
    }

    /// <summary>The seed's “三公” total is 2.70万元 in its table: 2万元 is the figure cut to whole 万元 (drift, a warning), 3万元 the
    /// figure rounded (within the bound: Info at most), 1万元 is off by more than one unit of the stated precision (an error).</summary>
    [Theory]
    [InlineData("2", Validation.Severity.Warning)]
    [InlineData("3", null)]
    [InlineData("1", Validation.Severity.Error)]
    public void A_figure_cut_to_its_stated_precision_is_drift_but_one_further_off_is_an_error(string stated, Validation.Severity? expected)
    {
        const string sentence = "财政拨款安排的“三公”经费预算2.70万元";
        Assert.Contains(sentence, Seed.Text, StringComparison.Ordinal);
        var disclosure = DisclosureImporter.Import(Seed.Text.Replace(sentence, $"财政拨款安排的“三公”经费预算{stated}万元", StringComparison.Ordinal)).Disclosure;

        var findings = Validation.DisclosureValidator.Validate(disclosure).Findings
            .Where(f => f.RuleId == "BM-PROSE-AMOUNT" && f.Severity != Validation.Severity.Info && f.Message.Contains("ThreePublicTotal", StringComparison.Ordinal))
            .Select(f => f.Severity).ToArray();

        Assert.Equal(expected is { } severity ? [severity] : [], findings);
    }

    /// <summary>A heading that names no subject, so that the paragraphs after it are read by their own words (not under the
    /// seed's “三公” heading, whose item an amount naming nothing would be taken for).</summary>
    private const string Neutral = "十、其他事项说明";

    [Fact]
    public void The_unit_funds_lines_and_the_carry_overs_are_read_by_their_names()
    {
        var read = Read(With(
            Neutral,
            "（6）事业单位经营收入0万元，与上年预算数相同。",
            "8.其他收入资金12.50万元。",
            "3.上年结转结余为6.00万元。",
            "年终结转结余0.00万元。",
            "2.对附属单位补助支出0万元。"),
            FactTopic.UnitFundsRevenue, FactTopic.CarryOverRevenue, FactTopic.YearEndCarryForward, FactTopic.OtherExpenditureLine);

        // 与上年预算数相同: no change. 其他收入资金 is the kind 其他收入 (资金 after the kind's name).
        Assert.Equal(["Amount UnitFundsRevenue:事业单位经营收入 0万元", "ChangeAmount UnitFundsRevenue:事业单位经营收入 0万元", "Amount UnitFundsRevenue:其他收入 12.5万元",
            "Amount CarryOverRevenue 6万元", "Amount YearEndCarryForward 0万元", "Amount OtherExpenditureLine:对附属单位补助支出 0万元"], read);
    }

    [Fact]
    public void One_figure_for_both_totals_is_read_as_each_of_them()
    {
        var read = Read(With(
            Neutral,
            "示例局2026年收支总预算1,200.00万元。",
            "与上年相比，财政拨款收、支总计各增加20.00万元，增长2.00%。",
            "2026年预算比2025年预算减少30.00万元，下降2.44%。"),
            FactTopic.TotalRevenue, FactTopic.TotalExpenditure, FactTopic.FiscalAppropriationTotal);

        Assert.Equal(["Amount TotalRevenue 1200万元", "Amount TotalExpenditure 1200万元", "ChangeAmount FiscalAppropriationTotal 20万元", "ChangePercent FiscalAppropriationTotal 2%",
            "ChangeAmount TotalRevenue -30万元", "ChangeAmount TotalExpenditure -30万元", "ChangePercent TotalRevenue -2.44%", "ChangePercent TotalExpenditure -2.44%"], read);
    }

    [Fact]
    public void The_expenditure_of_each_fund_is_read_by_the_fund_it_names()
    {
        var read = Read(With(
            Neutral,
            "2026年度一般公共预算拨款支出800.00万元，比上年增加40.00万元，增长5.26%，主要原因是人员增加。",
            "示例局2026年财政拨款预算支出900.00万元，占本年支出合计的90%。",
            "与上年相比，财政拨款支出减少10.00万元，下降1.10%。",
            "示例局2026年度一般公共预算财政拨款基本支出预算600.00万元，其中：",
            "示例局2026年政府性基金支出预算支出0万元。"),
            FactTopic.GeneralBudgetCurrentYear, FactTopic.FiscalAppropriationTotal, FactTopic.GeneralBudgetBasic, FactTopic.GovernmentFundBudget);

        Assert.Equal(["Amount GeneralBudgetCurrentYear 800万元", "ChangeAmount GeneralBudgetCurrentYear 40万元", "ChangePercent GeneralBudgetCurrentYear 5.26%",
            "Amount FiscalAppropriationTotal 900万元", "Share FiscalAppropriationTotal 90%", "ChangeAmount FiscalAppropriationTotal -10万元", "ChangePercent FiscalAppropriationTotal -1.1%",
            "Amount GeneralBudgetBasic 600万元", "Amount GovernmentFundBudget 0万元"], read);
    }

    [Fact]
    public void A_list_of_funds_under_a_revenue_total_is_read_as_their_revenue()
    {
        var read = Read(With(Neutral, "（一）收入预算：2026年年初预算数1,000.00万元，其中：一般公共预算拨款900.00万元，事业收入资金60.00万元，其他收入资金40.00万元。"),
            FactTopic.TotalRevenue, FactTopic.RevenueBySource, FactTopic.UnitFundsRevenue);

        Assert.Equal(["Amount TotalRevenue 1000万元", "Amount RevenueBySource 900万元", "Amount UnitFundsRevenue:事业收入 60万元", "Amount UnitFundsRevenue:其他收入 40万元"], read);
    }
}
