using BudgetModel.Disclosure;

namespace BudgetModel.Tests.Validation;

/// <summary>Tables of the kinds other provinces publish (14 to 25), consistent with <see cref="SmallDisclosure"/>'s
/// tables 1 to 13, to add to its parts.</summary>
internal static class NewKinds
{
    private static TableHeader Header => SmallDisclosure.Header;

    internal static SmallDisclosure.Parts AddNewKinds(this SmallDisclosure.Parts p)
    {
        foreach (var table in All())
        {
            p.Tables[table.Kind] = table;
        }
        return p;
    }

    internal static IEnumerable<BudgetTable> All() =>
        [T14(), T15(), T16(), T17(), T18(), T19(), T20(), T21(), T22(), T23(), T24(), T25()];

    // 基本支出总表: 表三's 基本支出 90.00 = 人员 80.00 + 公用 10.00, by function.
    internal static BudgetTable T14() => new TableBuilder(TableKind.BasicExpenditureSummary, Header)
        .AtLine(300).Total(90m, 80m, 10m)
        .AtLine(301).Function("208", "社会保障和就业支出", 40m, 40m, 0m)
        .AtLine(302).Function("20805", "行政事业单位养老支出", 40m, 40m, 0m)
        .AtLine(303).Function("2080505", "机关事业单位基本养老保险缴费支出", 40m, 40m, 0m)
        .AtLine(304).Function("215", "资源勘探工业信息等支出", 50m, 40m, 10m)
        .AtLine(305).Function("21505", "工业和信息产业监管", 50m, 40m, 10m)
        .AtLine(306).Function("2150501", "行政运行", 50m, 40m, 10m)
        .Build();

    // 项目支出总表: 表三's 项目支出 65.00 by fund (一般公共预算 40.00 with the carry-over, 基金 20.00, 国资 5.00).
    internal static BudgetTable T15() => new TableBuilder(TableKind.ProjectExpenditureSummary, Header)
        .AtLine(310).Total(65m, 40m, 20m, 5m, 0m, 0m)
        .AtLine(311).Function("201", "一般公共服务支出", 10m, 10m, 0m, 0m, 0m, 0m)
        .AtLine(312).Function("212", "城乡社区支出", 20m, 0m, 20m, 0m, 0m, 0m)
        .AtLine(313).Function("215", "资源勘探工业信息等支出", 30m, 30m, 0m, 0m, 0m, 0m)
        .AtLine(314).Function("223", "国有资本经营预算支出", 5m, 0m, 0m, 5m, 0m, 0m)
        .Build();

    // 一般公共预算 by economic class: 100.00 = 基本 90.00 + 项目 10.00.
    internal static BudgetTable T16() => new TableBuilder(TableKind.GeneralBudgetExpenditureByEconomic, Header)
        .AtLine(320).Total(100m, 90m, 10m)
        .AtLine(321).EconomicClass("301", "工资福利支出", 80m, 80m, 0m)
        .AtLine(322).EconomicItem("30101", "基本工资", null, null, 50m, 50m, 0m)
        .AtLine(323).EconomicItem("30108", "机关事业单位基本养老保险缴费", null, null, 30m, 30m, 0m)
        .AtLine(324).EconomicClass("302", "商品和服务支出", 20m, 10m, 10m)
        .AtLine(325).EconomicItem("30201", "办公费", null, null, 17m, 7m, 10m)
        .AtLine(326).EconomicItem("30217", "公务接待费", null, null, 1m, 1m, 0m)
        .AtLine(327).EconomicItem("30231", "公务用车运行维护费", null, null, 2m, 2m, 0m)
        .Build();

    internal static BudgetTable T17() => new TableBuilder(TableKind.GeneralBudgetProjectByEconomic, Header)
        .AtLine(330).Total(10m)
        .AtLine(331).EconomicClass("302", "商品和服务支出", 10m)
        .AtLine(332).EconomicItem("30201", "办公费", null, null, 10m)
        .Build();

    internal static BudgetTable T18() => new TableBuilder(TableKind.GeneralBudgetBasicByFunction, Header)
        .AtLine(340).Total(90m, 80m, 10m)
        .AtLine(341).Function("208", "社会保障和就业支出", 40m, 40m, 0m)
        .AtLine(342).Function("215", "资源勘探工业信息等支出", 50m, 40m, 10m)
        .Build();

    // 财政拨款 by function = 表四's expenditure side: 155.00 = 基本 90.00 + 项目 65.00.
    internal static BudgetTable T19() => new TableBuilder(TableKind.FiscalAppropriationExpenditureByFunction, Header)
        .AtLine(350).Total(155m, 90m, 65m)
        .AtLine(351).Function("201", "一般公共服务支出", 10m, 0m, 10m)
        .AtLine(352).Function("208", "社会保障和就业支出", 40m, 40m, 0m)
        .AtLine(353).Function("212", "城乡社区支出", 20m, 0m, 20m)
        .AtLine(354).Function("215", "资源勘探工业信息等支出", 80m, 50m, 30m)
        .AtLine(355).Function("223", "国有资本经营预算支出", 5m, 0m, 5m)
        .Build();

    internal static BudgetTable T20() => new TableBuilder(TableKind.FiscalAppropriationBasicByEconomic, Header)
        .AtLine(360).Total(90m, 80m, 10m)
        .AtLine(361).EconomicClass("301", "工资福利支出", 80m, 80m, 0m)
        .AtLine(362).EconomicClass("302", "商品和服务支出", 10m, 0m, 10m)
        .Build();

    internal static BudgetTable T21() => new TableBuilder(TableKind.GovernmentProcurement, Header)
        .AtLine(370).Unit("合计", 6m, 2m, 0m, 4m)
        .AtLine(371).Project("办公设备", 2m, 2m, 0m, 0m)
        .AtLine(372).Project("物业管理服务", 4m, 0m, 0m, 4m)
        .Build();

    internal static BudgetTable T22() => new TableBuilder(TableKind.GovernmentPurchasedServices, Header)
        .AtLine(380).Unit("合计", 4m, 4m, 0m, 0m)
        .AtLine(381).Project("物业管理服务", 4m, 4m, 0m, 0m)
        .Build();

    internal static BudgetTable T23() => new TableBuilder(TableKind.SpecialOperatingFunds, Header)
        .AtLine(390).Unit("合计", 10m, 10m, 0m, 0m, 0m, 0m)
        .AtLine(391).Project("商贸事务项目", 10m, 10m, 0m, 0m, 0m, 0m)
        .Build();

    internal static BudgetTable T24() => new TableBuilder(TableKind.CarryOverExpenditure, Header)
        .AtLine(400).Total(30m, 0m, 30m)
        .AtLine(401).Function("215", "资源勘探工业信息等支出", 30m, 0m, 30m)
        .AtLine(402).Function("21505", "工业和信息产业监管", 30m, 0m, 30m)
        .AtLine(403).Function("2150517", "产业发展", 30m, 0m, 30m)
        .Build();

    internal static BudgetTable T25() => new TableBuilder(TableKind.BasicExpenditureByEconomic, Header)
        .AtLine(410).Total(90m, 80m, 10m)
        .AtLine(411).EconomicClass("301", "工资福利支出", 80m, 80m, 0m)
        .AtLine(412).EconomicClass("302", "商品和服务支出", 10m, 0m, 10m)
        .Build();
}
