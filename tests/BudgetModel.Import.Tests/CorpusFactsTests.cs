using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The notes' statements of each corpus document (issue 12): the “三公” amounts, 政府采购 and its parts, vehicles and
/// equipment held and bought (totals; the kinds are summed by <c>BM-PROSE-PARTS</c>), and statements of absence, in
/// reading order. Each list was checked by hand against the document's text; a statement the reader misses is named
/// with its reason (mostly a paragraph the PDF layout splits over lines, which the sentence assembly will join).
/// </summary>
public class CorpusFactsTests
{
    private static readonly HashSet<FactTopic> Topics =
    [
        FactTopic.ThreePublicTotal, FactTopic.OverseasTravel, FactTopic.Reception, FactTopic.VehiclePurchaseAndOperation, FactTopic.VehiclePurchase,
        FactTopic.VehicleOperation, FactTopic.OverseasGroups, FactTopic.OverseasTravellers, FactTopic.ReceptionBatches, FactTopic.ReceptionVisitors,
        FactTopic.ProcurementTotal, FactTopic.ProcurementGoods, FactTopic.ProcurementWorks, FactTopic.ProcurementServices, FactTopic.ProcurementSmallFirms,
        FactTopic.Vehicles, FactTopic.PurchasedVehicles, FactTopic.Equipment, FactTopic.PurchasedEquipment,
    ];

    /// <summary>File and its statements: kind, topic (/fund, :name), value and unit.</summary>
    public static TheoryData<string, string[]> Statements() => new()
    {
        // Beijing (notes read with the tables), notes p.8: 四、“三公” 244.85万元 = （一）因公出国（境）费用。2026年预算数173.52万元 + （二）公务接待费。
        // 2026年预算数6万元 + （三）公务用车购置和运行维护费。2026年预算数65.33万元 (each item named only by the sentence before its amount,
        // which leads it), 65.33 = 购置费预算37.38 + 运行维护费预算27.95;
        // 政府采购预算总额4988.73万元 = 货物238.78 + 工程0 + 服务4749.95;
        // 共有车辆17台，单位价值100万元以上的设备2台（套）。…购置单位价值100万元以上的设备0台（套）.
        { "beijing-audit-2026-dept-budget-tables.pdf", ["Amount ThreePublicTotal 244.85万元", "Amount OverseasTravel 173.52万元", "Amount Reception 6万元", "Amount VehiclePurchaseAndOperation 65.33万元", "Amount VehiclePurchase 37.38万元", "Amount VehicleOperation 27.95万元", "Amount ProcurementTotal 4988.73万元", "Amount ProcurementGoods 238.78万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 4749.95万元", "Count Vehicles 17台", "Count Equipment:单位价值100万元以上的设备 2台（套）", "Count PurchasedEquipment:单位价值100万元以上的设备 0台（套）"] },
        // Changchun p.12–13: 2026年“三公经费”预算数为7.61万元 (2025年预算数为9.23万元 is last year's), 公务用车购置及运行费6.75万元, 公务接待费为0.86万元;
        // 预算内政府采购资金110.28万元; 固定资产账上共有机动车3辆. (Its 机关运行经费 list 公务接待费0.86万元… is no 三公 statement.)
        { "changchun-petitions-2026-dept-budget.pdf", ["Amount ThreePublicTotal 7.61万元", "Amount VehiclePurchaseAndOperation 6.75万元", "Amount Reception 0.86万元", "Amount ProcurementTotal 110.28万元", "Count Vehicles 3辆"] },
        // Chongqing p.4–5: “三公” 275.80 = 出国100.00 + 接待63.80 + 运行维护112.00 + 购置0; 政府采购预算总额712.49万元 = 货物486.50 + 工程0 +
        // 服务225.99; 其中一般公共预算拨款政府采购504.98万元 (that fund's procurement) = 货物480.50 + 工程0 + 服务24.48; 共有车辆16辆;
        // 2026年一般公共预算未安排购置车辆.
        { "chongqing-publicity-2026-dept-budget.pdf", ["Amount ThreePublicTotal 275.8万元", "Amount OverseasTravel 100万元", "Amount Reception 63.8万元", "Amount VehicleOperation 112万元", "Amount VehiclePurchase 0万元", "Amount ProcurementTotal 712.49万元", "Amount ProcurementGoods 486.5万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 225.99万元", "Amount ProcurementTotal/GeneralPublicBudget 504.98万元", "Amount ProcurementGoods/GeneralPublicBudget 480.5万元", "Amount ProcurementWorks/GeneralPublicBudget 0万元", "Amount ProcurementServices/GeneralPublicBudget 24.48万元", "Count Vehicles 16辆", "Absence PurchasedVehicles 0"] },
        // Fuzhou p.13–14: 没有使用政府性基金 / 国有资本经营预算拨款安排的支出; p. 22: under the headings （一）因公出国（境）经费 and （二）公务接待费,
        // 2026年预算安排0.00万元，与上年持平 (each amount the heading's item); （三）公务用车购置及运行费 2026年预算安排0.00万元，其中：运行费0.00万元，
        // 购置费0.00万元. Its 政府采购 and 国有资产 paragraphs follow a table and are not read as prose.
        { "fuzhou-police-civilian-staff-2026-unit-budget.pdf", ["Absence GovernmentFundBudget 0", "Absence StateCapitalBudget 0", "Amount OverseasTravel 0万元", "Amount Reception 0万元", "Amount VehicleOperation 0万元", "Amount VehiclePurchase 0万元"] },
        // Guangzhou: “三公”经费4.8万元 = 出国0 + 公务用车购置及运行维护费2.5 (购置0, 运行维护2.5) + 接待2.3; 政府采购安排625.65万元 = 货物20.95 +
        // 工程18 + 服务586.7; 车辆2辆，单价在100万元以上的设备1台.
        { "guangzhou-petitions-2026-dept-budget.pdf", ["Amount ThreePublicTotal 4.8万元", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 2.5万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 2.5万元", "Amount Reception 2.3万元", "Amount ProcurementTotal 625.65万元", "Amount ProcurementGoods 20.95万元", "Amount ProcurementWorks 18万元", "Amount ProcurementServices 586.7万元", "Count Vehicles 2辆", "Count Equipment:单价在100万元以上的设备 1台"] },
        // Hangzhou p.8–10: “三公” 24.02万元; 年初不编制因公出国（境）费用预算; 接待6.02; 公务用车购置及运行维护费18.00 = 购置0.00 (经批准购置的0辆公务用车)
        // + 运行维护18.00; 没有政府性基金 / 国有资本经营预算; 政府采购总额1,113.52 = 货物566.26 + 工程0.00 + 服务547.26;
        // 共有车辆5辆, 设备25台（套）; 安排购置车辆1辆 (特种专业技术用车), 设备0台（套）.
        { "hangzhou-meteorology-2026-dept-budget.pdf", ["Amount ThreePublicTotal 24.02万元", "Absence OverseasTravel 0", "Amount Reception 6.02万元", "Amount VehiclePurchaseAndOperation 18万元", "Count PurchasedVehicles 0辆", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 18万元", "Absence GovernmentFundBudget 0", "Absence StateCapitalBudget 0", "Amount ProcurementTotal 1113.52万元", "Amount ProcurementGoods 566.26万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 547.26万元", "Count Vehicles 5辆", "Count Equipment:单位价值100万元以上设备 25台（套）", "Count PurchasedVehicles 1辆", "Count PurchasedEquipment:单位价值100万元以上设备 0台（套）"] },
        // Shanghai ocean centre: “三公” 16.80 = 出国10.00 + 车辆6.30 (主要原因是2026年无新购公务用车; 购置0.00 + 运行6.30) + 接待0.50; 政府采购
        // 6,221.56 = 1.16 + 254.50 + 5,965.90;
        // 共有车辆3辆, 单价100万元（含）以上设备6台（套）; 购置车辆0辆, 设备0台（套）.
        { "shanghai-ocean-monitoring-centre-2026-unit-budget.pdf", ["Amount ThreePublicTotal 16.8万元", "Amount OverseasTravel 10万元", "Absence PurchasedVehicles 0", "Amount VehiclePurchaseAndOperation 6.3万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 6.3万元", "Amount Reception 0.5万元", "Amount ProcurementTotal 6221.56万元", "Amount ProcurementGoods 1.16万元", "Amount ProcurementWorks 254.5万元", "Amount ProcurementServices 5965.9万元", "Count Vehicles 3辆", "Count Equipment:单价100万元（含）以上设备 6台（套）", "Count PurchasedVehicles 0辆", "Count PurchasedEquipment:单价100万元（含）以上设备 0台（套）"] },
        // Putuo commerce (dept): “三公” 1.00 = 出国0 + 车辆0 (购置0 + 运行0) + 接待1.00; 政府采购38.20 = 7.80 + 0 + 30.40; 车辆0辆, 设备0台（套）; 购置车辆0辆, 设备0台（套）.
        { "shanghai-putuo-commerce-2025-dept-budget.pdf", ["Amount ThreePublicTotal 1万元", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 0万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 0万元", "Amount Reception 1万元", "Amount ProcurementTotal 38.2万元", "Amount ProcurementGoods 7.8万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 30.4万元", "Count Vehicles 0辆", "Count Equipment:单价100万元（含）以上设备 0台（套）", "Count PurchasedVehicles 0辆", "Count PurchasedEquipment:单价100万元（含）以上设备 0台（套）"] },
        // Putuo commerce (unit): the same statements as the department's.
        { "shanghai-putuo-commerce-2025-unit-budget.pdf", ["Amount ThreePublicTotal 1万元", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 0万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 0万元", "Amount Reception 1万元", "Amount ProcurementTotal 38.2万元", "Amount ProcurementGoods 7.8万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 30.4万元", "Count Vehicles 0辆", "Count Equipment:单价100万元（含）以上设备 0台（套）", "Count PurchasedVehicles 0辆", "Count PurchasedEquipment:单价100万元（含）以上设备 0台（套）"] },
        // Shenzhen p.8–9: 政府采购项目共有 | 1,100.30万元 (the sentence's first line, without punctuation, was taken for a heading; it is
        // joined to the line that continues it) = 货物类3.00 + 工程类0.00 + 服务类1,097.30; “三公” 5.58万元 = 1.因公出国（境）费用。2026年预算数
        // 0.00万元 + 2.公务接待费。…2.98万元 + 3.公务用车购置和运行维护费。…2.60万元 (each led by the sentence naming it), 2.60 = 购置费0.00 +
        // 运行维护费2.60; 共有车辆1辆, 单价100万元以上设备0台（套）; 计划购置车辆0辆, 设备0台（套）; 无政府性基金预算支出、国有资本经营预算支出.
        { "shenzhen-petitions-2026-dept-budget.pdf", ["Amount ProcurementTotal 1100.3万元", "Amount ProcurementGoods 3万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 1097.3万元", "Amount ThreePublicTotal 5.58万元", "Amount OverseasTravel 0万元", "Amount Reception 2.98万元", "Amount VehiclePurchaseAndOperation 2.6万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 2.6万元", "Count Vehicles 1辆", "Count Equipment:单价100万元以上设备 0台（套）", "Count PurchasedVehicles 0辆", "Count PurchasedEquipment:单价100万元以上设备 0台（套）", "Absence GovernmentFundBudget 0", "Absence StateCapitalBudget 0"] },
        // Suzhou p.29: …安排的“三公”经 | 费支出预算10万元 (the total; the sentence's first line, taken for a heading, is joined to the line
        // that continues it), 其中 出国0, 车辆0, 接待10 (占“三公”经费的0%, 0%, 100%), then item by item 出国0, 车辆0 (购置0, 运行维护0), 接待10;
        // 政府采购支出预算总额188.5万元 = 货物5.5 + 工程0 + 服务183; 共有车辆1辆, 设备0台（套）.
        { "suzhou-audit-2026-dept-budget.pdf", ["Amount ThreePublicTotal 10万元", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 0万元", "Amount Reception 10万元", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 0万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 0万元", "Amount Reception 10万元", "Amount ProcurementTotal 188.5万元", "Amount ProcurementGoods 5.5万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 183万元", "Count Vehicles 1辆", "Count Equipment:单价100万元（含）以上的设备 0台（套）"] },
        // Wuxi: “三公” 0万元 and every item 0; 政府采购0 = 0 + 0 + 0; 车辆0辆, 设备0台. 无锡 is the city, not 无: no absence read.
        { "wuxi-urban-management-2026-dept-budget.pdf", ["Amount ThreePublicTotal 0万元", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 0万元", "Amount Reception 0万元", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 0万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 0万元", "Amount Reception 0万元", "Amount ProcurementTotal 0万元", "Amount ProcurementGoods 0万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 0万元", "Count Vehicles 0辆", "Count Equipment:单价100万元（含）以上的设备 0台（套）"] },
        // Xi'an p.6–7: 无当年政府性基金 / 国有资本经营预算收支; “三公” 10.20 = 出国0.00 (均无因公出国（境）经费预算) + 接待2.00 + 运行维护8.20 + 购置0.00
        // (均无公务用车购置费预算); 共有车辆4辆, 单价20万元以上的设备14台（套）; 购置车辆0辆, 设备0台（套）; 政府采购402.00 = 0.00 + 402.00 + 0.00.
        { "xian-audit-2026-dept-budget.pdf", ["Absence GovernmentFundBudget 0", "Absence StateCapitalBudget 0", "Amount ThreePublicTotal 10.2万元", "Absence OverseasTravel 0", "Absence VehiclePurchase 0", "Amount OverseasTravel 0万元", "Amount Reception 2万元", "Amount VehicleOperation 8.2万元", "Amount VehiclePurchase 0万元", "Count Vehicles 4辆", "Count Equipment:单价20万元以上的设备 14台（套）", "Count PurchasedVehicles 0辆", "Count PurchasedEquipment:单价20万元以上的设备 0台（套）", "Amount ProcurementTotal 402万元", "Amount ProcurementGoods 0万元", "Amount ProcurementServices 402万元", "Amount ProcurementWorks 0万元"] },
        // Yantai p.20–21: “三公” 3.4万元 (本年未安排因公出国（境）费预算) = 出国0 (未安排因公出国事项) + 车辆0 (购置0, 运行维护0) + 接待3.4;
        // 政府采购5.8 = 3.8 + 0 + 2; 车辆0辆, 设备0台（件、套）; 未安排购置单位价值100万元以上大型设备.
        { "yantai-audit-2026-dept-budget.pdf", ["Amount ThreePublicTotal 3.4万元", "Absence OverseasTravel 0", "Absence OverseasTravel 0", "Amount OverseasTravel 0万元", "Amount VehiclePurchaseAndOperation 0万元", "Amount VehiclePurchase 0万元", "Amount VehicleOperation 0万元", "Amount Reception 3.4万元", "Amount ProcurementTotal 5.8万元", "Amount ProcurementGoods 3.8万元", "Amount ProcurementWorks 0万元", "Amount ProcurementServices 2万元", "Count Vehicles 0辆", "Count Equipment:单位价值100万元以上的设备 0台（件、套）", "Absence PurchasedEquipment 0"] },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_notes_statements_are_read(string file, string[] expected)
    {
        var facts = CorpusTests.Import(file).Disclosure.Facts
            .Where(f => f.Kind == FactKind.Absence || f.Kind is FactKind.Amount or FactKind.Count && Topics.Contains(f.Subject.Topic)
                && !(f.Subject.Topic is FactTopic.Vehicles or FactTopic.PurchasedVehicles && f.Subject.Name is not null))
            .Select(f => $"{f.Kind} {f.Subject.Topic}{(f.Subject.Source is { } s ? "/" + s : "")}{(f.Subject.Name is { } n ? ":" + n : "")} "
                + f.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + f.Unit);

        Assert.Equal(expected, facts);
    }

    /// <summary>The notes' rules find nothing in the documents, whose statements agree with their tables and each other
    /// (every sum above checked by hand). Yantai's 本年未安排因公出国（境）费预算 agrees with its “三公” table now that the
    /// table is read from its 2026 block (因公出国(境)经费 0; the 2025 block prints 8.50).</summary>
    [Theory]
    [InlineData("beijing-audit-2026-dept-budget-tables.pdf")]
    [InlineData("chongqing-publicity-2026-dept-budget.pdf")]
    [InlineData("fuzhou-police-civilian-staff-2026-unit-budget.pdf")]
    [InlineData("guangzhou-petitions-2026-dept-budget.pdf")]
    [InlineData("hangzhou-meteorology-2026-dept-budget.pdf")]
    [InlineData("shanghai-ocean-monitoring-centre-2026-unit-budget.pdf")]
    [InlineData("shanghai-putuo-commerce-2025-dept-budget.pdf")]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget.pdf")]
    [InlineData("shenzhen-petitions-2026-dept-budget.pdf")]
    [InlineData("suzhou-audit-2026-dept-budget.pdf")]
    [InlineData("wuxi-urban-management-2026-dept-budget.pdf")]
    [InlineData("xian-audit-2026-dept-budget.pdf")]
    [InlineData("yantai-audit-2026-dept-budget.pdf")]
    public void The_notes_rules_find_nothing_where_the_statements_agree(string file)
    {
        var report = DisclosureValidator.Validate(CorpusTests.Import(file).Disclosure);

        Assert.Empty(report.Findings.Where(f => f.RuleId.StartsWith("BM-NOTE-", StringComparison.Ordinal) || f.RuleId == "BM-PROSE-PARTS" && f.Severity == Severity.Error)
            .Select(f => f.ToString()));
    }

    /// <summary>Changchun p.19, 十一、国有资产占用情况: 固定资产总量为4295.98万元 = 房屋和构筑物3773.63 + 设备335.24 + 家具和用具172.11 +
    /// 无形资产15 (3773.63 + 335.24 + 172.11 + 15 = 4295.98: the parts agree), and two of the four shares are wrong in the document:
    /// 设备 335.24 / 4295.98 = 7.80%, printed 7.90%; 无形资产 15 / 4295.98 = 0.35%, printed 0.26% (the printed shares are made to sum
    /// to 100%: 87.84 + 7.90 + 4 + 0.26). 87.84% (3773.63 / 4295.98 = 87.84%) and 4% (172.11 / 4295.98 = 4.01%) agree.</summary>
    [Fact]
    public void Changchun_states_two_fixed_asset_shares_that_its_amounts_do_not_give()
    {
        var report = DisclosureValidator.Validate(CorpusTests.Import("changchun-petitions-2026-dept-budget.pdf").Disclosure);

        var notes = report.Findings.Where(f => f.RuleId.StartsWith("BM-NOTE-", StringComparison.Ordinal) || f.RuleId == "BM-PROSE-PARTS" && f.Severity == Severity.Error).ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, f => Assert.Equal(("BM-NOTE-SHARE", Severity.Error), (f.RuleId, f.Severity)));
        Assert.Equal([7.80m, 0.35m], notes.Select(f => f.Expected!.Value).Order().Reverse());
        Assert.Equal([7.90m, 0.26m], notes.Select(f => f.Actual!.Value).Order().Reverse());
    }
}
