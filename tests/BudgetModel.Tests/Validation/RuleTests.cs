using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>Every rule: silent on a consistent disclosure, firing (with its severity) when one part is changed.</summary>
public class RuleTests
{
    private static readonly BudgetDisclosure Consistent = SmallDisclosure.Build();

    public static TheoryData<string> RuleIds() => [.. DisclosureRules.All.Select(r => r.Id)];

    [Fact]
    public void A_consistent_disclosure_has_no_finding_at_all()
    {
        var report = DisclosureValidator.Validate(Consistent);

        Assert.Empty(report.Findings.Select(f => f.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_silent_on_the_consistent_disclosure(string ruleId)
    {
        var report = DisclosureValidator.Validate(Consistent);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == ruleId);
    }

    private sealed record Case(string RuleId, Severity Severity, Action<SmallDisclosure.Parts> Change);

    private static ProjectPerformanceSheet With(string name, decimal yuan, Func<ProjectPerformanceSheetBuilder, ProjectPerformanceSheetBuilder> change) =>
        change(new ProjectPerformanceSheetBuilder(name)
            .WithDetails(new ProjectSheetDetails("209", SmallDisclosure.UnitName, SmallDisclosure.UnitName, "一次性项目(1年结束)", "1年"))
            .Lifetime(yuan, (FundingLevel.MunicipalCounty, yuan))
            .Annual(yuan, (FundingLevel.MunicipalCounty, yuan)))
        .Build();

    private static void ReplaceFact(SmallDisclosure.Parts p, Func<ProseFact, bool> which, Func<ProseFact, ProseFact> change)
    {
        int i = p.Facts.FindIndex(f => which(f));
        Assert.True(i >= 0);
        p.Facts[i] = change(p.Facts[i]);
    }

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Completeness
        ["missing required table"] = new("BM-REQUIRED-TABLE", Severity.Error, p => p.Tables.Remove(GeneralBudgetBasicExpenditure)),
        ["missing 情况说明"] = new("BM-REQUIRED-SECTION", Severity.Error, p => p.Sections.Remove(DisclosureSection.Explanation)),
        ["missing 名词解释"] = new("BM-REQUIRED-SECTION", Severity.Warning, p => p.Sections.Remove(DisclosureSection.Glossary)),
        ["empty note over figures"] = new("BM-EMPTY-NOTE", Severity.Error, p => p.Tables[OperatingExpenses] = new TableBuilder(OperatingExpenses, SmallDisclosure.Header with { EmptyNote = "本表为空表" })
            .Unit("部门合计", 10m, 10m, 0m, 0m).Project(SmallDisclosure.UnitName, 10m, 10m, 0m, 0m).Build()),
        ["empty table without note"] = new("BM-EMPTY-NOTE", Severity.Warning, p => p.Tables[GovernmentFundRevenue] = new TableBuilder(GovernmentFundRevenue, SmallDisclosure.Header).Total(0m).Build()),
        ["misspelt unit name in a header"] = new("BM-UNIT-NAME", Severity.Warning, p => p.Tables[ExpenditureSummary] = SmallDisclosure.T3() is var t
            ? new TableBuilder(ExpenditureSummary, SmallDisclosure.Header with { UnitName = "测试市工业和和信息化局" }).Add(t.Rows[0]).Build() : t),

        // Within tables
        ["T1 row"] = new("BM-T1-ROW", Severity.Error, p => p.Set(RevenueExpenditureSummary, "215", CurrentYear, 51m)),
        ["T1 revenue"] = new("BM-T1-REVENUE", Severity.Error, p => p.Set(RevenueExpenditureSummary, "CurrentYearRevenue", Amount, 126m)),
        ["T1 fiscal"] = new("BM-T1-FISCAL", Severity.Error, p => FiscalWholeTests.AddWhole(p, 126m, keepFunds: true)),
        ["T1 expenditure"] = new("BM-T1-EXPENDITURE", Severity.Error, p => p.Set(RevenueExpenditureSummary, "201", Total, 11m).Set(RevenueExpenditureSummary, "201", CurrentYear, 11m)),
        ["T1 balance"] = new("BM-T1-BALANCE", Severity.Error, p => p.Set(RevenueExpenditureSummary, "RevenueGrandTotal", Amount, 156m)),
        ["T2 row"] = new("BM-T2-ROW", Severity.Error, p => p.Set(RevenueSummary, "2080505", GeneralBudget, 41m)),
        ["T2 rollup"] = new("BM-T2-ROLLUP", Severity.Error, p => p.Set(RevenueSummary, "2080505", Total, 41m).Set(RevenueSummary, "2080505", GeneralBudget, 41m)),
        ["T3 row"] = new("BM-T3-ROW", Severity.Error, p => p.Set(ExpenditureSummary, "2150501", Basic, 51m)),
        ["T3 rollup"] = new("BM-T3-ROLLUP", Severity.Error, p => p.Set(ExpenditureSummary, "2150501", Basic, 51m).Set(ExpenditureSummary, "2150501", Total, 51m)),
        ["T4 row"] = new("BM-T4-ROW", Severity.Error, p => p.Set(FiscalAppropriationSummary, "215", GeneralBudget, 81m)),
        ["T4 revenue"] = new("BM-T4-REVENUE", Severity.Error, p => p.Set(FiscalAppropriationSummary, "CarryOver.GeneralPublicBudget", Amount, 31m)),
        ["T4 expenditure"] = new("BM-T4-EXPENDITURE", Severity.Error, p => p.Set(FiscalAppropriationSummary, "CurrentYearExpenditure", GovernmentFund, 21m)),
        ["T4 balance"] = new("BM-T4-BALANCE", Severity.Error, p => p.Set(FiscalAppropriationSummary, "RevenueGrandTotal", Amount, 156m)),
        ["T5 row"] = new("BM-T5-ROW", Severity.Error, p => p.Set(GeneralBudgetExpenditure, "2011399", Project, 11m)),
        ["T5 rollup"] = new("BM-T5-ROLLUP", Severity.Error, p => p.Set(GeneralBudgetExpenditure, "2011399", Project, 11m).Set(GeneralBudgetExpenditure, "2011399", Total, 11m)),
        ["T6 row"] = new("BM-T6-ROW", Severity.Error, p => p.Set(GeneralBudgetBasicExpenditure, "30201", Public, 8m)),
        ["T6 rollup"] = new("BM-T6-ROLLUP", Severity.Error, p => p.Set(GeneralBudgetBasicExpenditure, "30201", Public, 8m).Set(GeneralBudgetBasicExpenditure, "30201", Total, 8m)),
        ["T7 rollup"] = new("BM-T7-ROLLUP", Severity.Error, p => p.Set(GovernmentFundRevenue, "1030148", Amount, 21m)),
        ["T8 row"] = new("BM-T8-ROW", Severity.Error, p => p.Set(GovernmentFundExpenditure, "2120809", Project, 21m)),
        ["T8 rollup"] = new("BM-T8-ROLLUP", Severity.Error, p => p.Set(GovernmentFundExpenditure, "2120809", Project, 21m).Set(GovernmentFundExpenditure, "2120809", Total, 21m)),
        ["T9 row"] = new("BM-T9-ROW", Severity.Error, p => p.Set(StateCapitalOperation, "2230105", Project, 6m)),
        ["T9 rollup"] = new("BM-T9-ROLLUP", Severity.Error, p => p.Set(StateCapitalOperation, "2230105", Project, 6m).Set(StateCapitalOperation, "2230105", Total, 6m)),
        ["T9 balance"] = new("BM-T9-BALANCE", Severity.Error, p => p.Set(StateCapitalOperation, "CurrentYearRevenue", Amount, 6m)),
        ["T10 row"] = new("BM-T10-ROW", Severity.Error, p => p.Set(ThreePublicExpenses, "Reception", GeneralBudget, 1.5m)),
        ["T10 lines"] = new("BM-T10-LINES", Severity.Error, p => p.Set(ThreePublicExpenses, "VehicleOperation", GeneralBudget, 2.5m).Set(ThreePublicExpenses, "VehicleOperation", Total, 2.5m)),
        ["T11 row"] = new("BM-T11-ROW", Severity.Error, p => p.Set(OperatingExpenses, SmallDisclosure.UnitName, GeneralBudget, 11m)),
        ["T11 units"] = new("BM-T11-UNITS", Severity.Error, p => p.Set(OperatingExpenses, SmallDisclosure.UnitName, GeneralBudget, 11m).Set(OperatingExpenses, SmallDisclosure.UnitName, Total, 11m)),
        ["T12 row"] = new("BM-T12-ROW", Severity.Error, p => p.Set(ProjectExpenditureCurrent, "商贸事务项目", GeneralBudget, 11m)),
        ["T12 unit"] = new("BM-T12-UNIT", Severity.Error, p => p.Set(ProjectExpenditureCurrent, "商贸事务项目", GeneralBudget, 11m).Set(ProjectExpenditureCurrent, "商贸事务项目", Total, 11m)),
        ["T13 row"] = new("BM-T13-ROW", Severity.Error, p => p.Set(ProjectExpenditureCarryOver, "产业发展专项资金", GeneralBudget, 31m)),
        ["T13 unit"] = new("BM-T13-UNIT", Severity.Error, p => p.Set(ProjectExpenditureCarryOver, "产业发展专项资金", GeneralBudget, 31m).Set(ProjectExpenditureCarryOver, "产业发展专项资金", Total, 31m)),
        ["T13 unit row printed twice"] = new("BM-T13-UNIT", Severity.Warning, p => p.Tables[ProjectExpenditureCarryOver] = new TableBuilder(ProjectExpenditureCarryOver, SmallDisclosure.Header)
            .WithColumns(Total, GeneralBudget, GovernmentFund, StateCapital)
            .Unit(SmallDisclosure.UnitName, 30m, 30m, 0m, 0m).Unit(SmallDisclosure.UnitName, 30m, 30m, 0m, 0m).Project("产业发展专项资金", 30m, 30m, 0m, 0m).Build()),

        // The kinds other provinces publish (NewKinds): a part changed breaks the row; a part and the 合计 changed
        // together break the rollup; a 合计 changed breaks the cross-table relation.
        ["T14 row"] = new("BM-T14-ROW", Severity.Error, p => p.AddNewKinds().Set(BasicExpenditureSummary, "2150501", Public, 11m)),
        ["T14 rollup"] = new("BM-T14-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(BasicExpenditureSummary, "2150501", Public, 11m).Set(BasicExpenditureSummary, "2150501", Total, 51m)),
        ["T15 row"] = new("BM-T15-ROW", Severity.Error, p => p.AddNewKinds().Set(ProjectExpenditureSummary, "212", GovernmentFund, 21m)),
        ["T15 rollup"] = new("BM-T15-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(ProjectExpenditureSummary, "212", GovernmentFund, 21m).Set(ProjectExpenditureSummary, "212", Total, 21m)),
        ["T16 row"] = new("BM-T16-ROW", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetExpenditureByEconomic, "30201", Project, 11m)),
        ["T16 rollup"] = new("BM-T16-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetExpenditureByEconomic, "30201", Project, 11m).Set(GeneralBudgetExpenditureByEconomic, "30201", Total, 18m)),
        ["T17 row (by year)"] = new("BM-T17-ROW", Severity.Error, p => p.AddNewKinds().Tables[GeneralBudgetProjectByEconomic] = new TableBuilder(GeneralBudgetProjectByEconomic, SmallDisclosure.Header)
            .WithColumns(Total, CurrentYear, CarryOver).Total(10m, 8m, 1m).Build()),
        ["T17 rollup"] = new("BM-T17-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetProjectByEconomic, "30201", Total, 11m)),
        ["T18 row"] = new("BM-T18-ROW", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetBasicByFunction, "215", Personnel, 41m)),
        ["T18 rollup"] = new("BM-T18-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetBasicByFunction, "215", Personnel, 41m).Set(GeneralBudgetBasicByFunction, "215", Total, 51m)),
        ["T19 row"] = new("BM-T19-ROW", Severity.Error, p => p.AddNewKinds().Set(FiscalAppropriationExpenditureByFunction, "201", Project, 11m)),
        ["T19 rollup"] = new("BM-T19-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(FiscalAppropriationExpenditureByFunction, "201", Project, 11m).Set(FiscalAppropriationExpenditureByFunction, "201", Total, 11m)),
        ["T20 row"] = new("BM-T20-ROW", Severity.Error, p => p.AddNewKinds().Set(FiscalAppropriationBasicByEconomic, "302", Public, 11m)),
        ["T20 rollup"] = new("BM-T20-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(FiscalAppropriationBasicByEconomic, "302", Public, 11m).Set(FiscalAppropriationBasicByEconomic, "302", Total, 11m)),
        ["T21 row"] = new("BM-T21-ROW", Severity.Error, p => p.AddNewKinds().Set(GovernmentProcurement, "办公设备", Goods, 3m)),
        ["T21 units"] = new("BM-T21-UNITS", Severity.Error, p => p.AddNewKinds().Set(GovernmentProcurement, "办公设备", Goods, 3m).Set(GovernmentProcurement, "办公设备", Total, 3m)),
        ["T22 row"] = new("BM-T22-ROW", Severity.Error, p => p.AddNewKinds().Set(GovernmentPurchasedServices, "物业管理服务", GeneralBudget, 5m)),
        ["T22 units"] = new("BM-T22-UNITS", Severity.Error, p => p.AddNewKinds().Set(GovernmentPurchasedServices, "物业管理服务", GeneralBudget, 5m).Set(GovernmentPurchasedServices, "物业管理服务", Total, 5m)),
        ["T23 row"] = new("BM-T23-ROW", Severity.Error, p => p.AddNewKinds().Set(SpecialOperatingFunds, "商贸事务项目", GeneralBudget, 11m)),
        ["T23 units"] = new("BM-T23-UNITS", Severity.Error, p => p.AddNewKinds().Set(SpecialOperatingFunds, "商贸事务项目", GeneralBudget, 11m).Set(SpecialOperatingFunds, "商贸事务项目", Total, 11m)),
        ["T24 row"] = new("BM-T24-ROW", Severity.Error, p => p.AddNewKinds().Set(CarryOverExpenditure, "2150517", Project, 31m)),
        ["T24 rollup"] = new("BM-T24-ROLLUP", Severity.Error, p => p.AddNewKinds().Set(CarryOverExpenditure, "2150517", Project, 31m).Set(CarryOverExpenditure, "2150517", Total, 31m)),
        ["T25 row"] = new("BM-T25-ROW", Severity.Error, p => p.AddNewKinds().Set(BasicExpenditureByEconomic, "301", Personnel, 81m)),
        ["T25 rollup"] = new("BM-T25-ROLLUP", Severity.Error, p => p.AddNewKinds().Tables[BasicExpenditureByEconomic] = new TableBuilder(BasicExpenditureByEconomic, SmallDisclosure.Header)
            .Total(90m, 80m, 10m).EconomicClass("301", "工资福利支出", 80m, 80m, 0m).EconomicItem("30101", "基本工资", null, null, 79m, 79m, 0m)
            .EconomicClass("302", "商品和服务支出", 10m, 0m, 10m).Build()),
        ["T3-T14 basic"] = new("BM-X-T3-T14-BASIC", Severity.Error, p => p.AddNewKinds().Set(BasicExpenditureSummary, "Total", Total, 91m).Set(BasicExpenditureSummary, "Total", Personnel, 81m)),
        ["T3-T15 project"] = new("BM-X-T3-T15-PROJECT", Severity.Error, p => p.AddNewKinds().Set(ExpenditureSummary, "223", Project, 6m)),
        ["T3-T25 basic"] = new("BM-X-T3-T25-BASIC", Severity.Error, p => p.AddNewKinds().Set(BasicExpenditureByEconomic, "Total", Total, 91m)),
        ["T5-T16 total"] = new("BM-X-T5-T16-TOTAL", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetExpenditureByEconomic, "Total", Project, 11m)),
        ["T6-T16 basic"] = new("BM-X-T6-T16-BASIC", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetExpenditureByEconomic, "Total", Basic, 91m)),
        ["T5-T17 project"] = new("BM-X-T5-T17-PROJECT", Severity.Warning, p => p.AddNewKinds().Set(GeneralBudgetProjectByEconomic, "Total", Total, 12m)),
        ["T5-T18 basic"] = new("BM-X-T5-T18-BASIC", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetBasicByFunction, "208", Total, 41m)),
        ["T6-T18 basic"] = new("BM-X-T6-T18-BASIC", Severity.Error, p => p.AddNewKinds().Set(GeneralBudgetBasicByFunction, "Total", Public, 11m)),
        ["T4-T19"] = new("BM-X-T4-T19", Severity.Error, p => p.AddNewKinds().Set(FiscalAppropriationExpenditureByFunction, "212", Total, 21m)),
        ["T19-T20 basic"] = new("BM-X-T19-T20-BASIC", Severity.Error, p => p.AddNewKinds().Set(FiscalAppropriationBasicByEconomic, "Total", Total, 91m)),
        ["unknown table"] = new("BM-TABLE-UNRECOGNISED", Severity.Info, p => p.Others.Add(new OtherTable("2026年部门预算绩效目标汇总表", [new OtherTableRow(["项目", "金额"])], [new OtherTableRow(["商贸事务项目", "10.00"], 420)], "表14"))),
        ["merged 机关运行经费"] = new("BM-X-T6-T11", Severity.Error, p =>
        {
            p.Tables.Remove(OperatingExpenses);
            p.Tables[ThreePublicExpenses] = new TableBuilder(ThreePublicExpenses, SmallDisclosure.Header).Add(SmallDisclosure.T10().Rows[0]).Add(SmallDisclosure.T10().Rows[1])
                .Add(SmallDisclosure.T10().Rows[2]).Summary(SummaryLine.OperatingExpenses, "机关运行经费", 11m, 11m, 0m, 0m).Total(3m, 3m, 0m, 0m).Build();
        }),

        // Across tables
        ["T1-T2 revenue"] = new("BM-X-T1-T2-REVENUE", Severity.Error, p => p.Set(RevenueSummary, "Total", CarryOver, 31m)),
        ["T1-T2 class"] = new("BM-X-T1-T2-CLASS", Severity.Error, p => p.Set(RevenueSummary, "215", CarryOver, 31m)),
        ["T1-T3 class"] = new("BM-X-T1-T3-CLASS", Severity.Error, p => p.Set(ExpenditureSummary, "201", Total, 11m)),
        ["T1-T3 total"] = new("BM-X-T1-T3-TOTAL", Severity.Error, p => p.Set(ExpenditureSummary, "Total", Total, 156m)),
        ["T2-T3 row"] = new("BM-X-T2-T3-ROW", Severity.Error, p => p.Set(ExpenditureSummary, "2150517", Total, 31m)),
        ["T1-T4"] = new("BM-X-T1-T4", Severity.Error, p => p.Set(FiscalAppropriationSummary, "GovernmentFundBudget", Amount, 21m)),
        ["T4 class"] = new("BM-X-T4-CLASS", Severity.Error, p => p.Set(FiscalAppropriationSummary, "201", Total, 11m)),
        ["T4 funds"] = new("BM-X-T4-FUNDS", Severity.Error, p => p.Set(FiscalAppropriationSummary, "212", GovernmentFund, 21m)),
        ["T2-T5 row"] = new("BM-X-T2-T5-ROW", Severity.Error, p => p.Set(GeneralBudgetExpenditure, "2080505", Total, 41m)),
        ["T2-T8 row"] = new("BM-X-T2-T8-ROW", Severity.Error, p => p.Set(GovernmentFundExpenditure, "2120809", Total, 21m)),
        ["T1-T5 total"] = new("BM-X-T1-T5-TOTAL", Severity.Error, p => p.Set(GeneralBudgetExpenditure, "Total", Total, 101m)),
        ["T5-T6 basic"] = new("BM-X-T5-T6-BASIC", Severity.Error, p => p.Set(GeneralBudgetBasicExpenditure, "Total", Total, 91m)),
        ["T6-T10"] = new("BM-X-T6-T10", Severity.Error, p => p.Set(ThreePublicExpenses, "Reception", GeneralBudget, 1.5m)),
        ["T6-T11"] = new("BM-X-T6-T11", Severity.Error, p => p.Set(OperatingExpenses, "部门合计", Total, 11m)),
        ["T7-T8-T1"] = new("BM-X-T7-T8-T1", Severity.Error, p => p.Set(GovernmentFundRevenue, "Total", Amount, 21m)),
        ["T9-T1"] = new("BM-X-T9-T1", Severity.Error, p => p.Set(StateCapitalOperation, "Total", Total, 6m)),
        ["T12 funds"] = new("BM-X-T12-FUNDS", Severity.Error, p => p.Set(ProjectExpenditureCurrent, SmallDisclosure.UnitName, StateCapital, 6m)),
        ["T13-T1"] = new("BM-X-T13-T1", Severity.Error, p => p.Set(ProjectExpenditureCarryOver, SmallDisclosure.UnitName, Total, 31m)),

        // Codes
        ["name not the catalog's"] = new("BM-CODE-NAME", Severity.Warning, p => p.Tables[ExpenditureSummary] = SmallDisclosure.T3(name215: "工业和信息化支出")),
        ["name misspelt"] = new("BM-CODE-NAME-SPELLING", Severity.Warning, p => p.Tables[ExpenditureSummary] = SmallDisclosure.T3(name215: "资源勘探工业信息支出")),
        ["name of an earlier edition"] = new("BM-CODE-NAME-OUTDATED", Severity.Warning, p => p.Tables[ExpenditureSummary] = SmallDisclosure.T3(name215: "资源勘探信息等支出")),
        ["revenue side prints function codes"] = new("BM-CODE-UNKNOWN", Severity.Warning, p => p.Tables[StateCapitalOperation] = new TableBuilder(StateCapitalOperation, SmallDisclosure.Header)
            .Summary(SummaryLine.CurrentYearRevenue, "合计", 5m).Total(5m, 0m, 5m)
            .Revenue("223", "国有资本经营预算支出", 5m).Function("223", "国有资本经营预算支出", 5m, 0m, 5m).Build()),
        ["款 missing"] = new("BM-CODE-PARENT", Severity.Warning, p => p.Tables[ExpenditureSummary] = SmallDisclosure.T3(with21505: false)),
        ["code printed twice"] = new("BM-CODE-DUPLICATE", Severity.Warning, p => p.Tables[GovernmentFundExpenditure] = new TableBuilder(GovernmentFundExpenditure, SmallDisclosure.Header)
            .Total(20m, 0m, 20m).Function("212", "城乡社区支出", 20m, 0m, 20m).Function("212", "城乡社区支出", 20m, 0m, 20m).Build()),

        // Performance
        ["project without sheet"] = new("BM-PERF-MATCH", Severity.Error, p => p.Sheets.RemoveAt(0)),
        ["sheet without project"] = new("BM-PERF-MATCH", Severity.Error, p => p.Sheets.Add(SmallDisclosure.Sheet("无关的项目", 12_345m))),
        ["sheet under a similar name"] = new("BM-PERF-MATCH", Severity.Warning, p => p.Sheets[0] = SmallDisclosure.Sheet("商贸事物项目", 100_000m)),
        ["sheet amount differs"] = new("BM-PERF-AMOUNT", Severity.Error, p => p.Sheets[0] = SmallDisclosure.Sheet("商贸事务项目", 100_100m)),
        ["levels do not sum"] = new("BM-PERF-LEVELS", Severity.Error, p => p.Sheets[0] = With("商贸事务项目", 100_000m, b => b.Annual(100_000m, (FundingLevel.MunicipalCounty, 90_000m)))),
        ["one-year periods differ"] = new("BM-PERF-PERIOD", Severity.Warning, p => p.Sheets[0] = With("商贸事务项目", 100_000m, b => b.Lifetime(120_000m, (FundingLevel.MunicipalCounty, 120_000m)))),
        ["levels differ between periods"] = new("BM-PERF-PERIOD-LEVELS", Severity.Warning, p => p.Sheets[0] = With("商贸事务项目", 100_000m, b => b.Lifetime(100_000m, (FundingLevel.Central, 100_000m)))),
        ["二级 under the wrong 一级"] = new("BM-PERF-INDICATOR-LEVEL", Severity.Warning, p => p.Sheets[0] = With("商贸事务项目", 100_000m, b => b.Indicator(IndicatorCategory.Output, IndicatorSubcategory.SocialBenefit, "就业", "有效"))),
        ["三级 named after a level"] = new("BM-PERF-INDICATOR-NAME", Severity.Warning, p => p.Sheets[0] = With("商贸事务项目", 100_000m, b => b.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.SocialBenefit, "可持续影响指标", "树立政府形象"))),
        ["quantitative-looking text"] = new("BM-PERF-INDICATOR-VALUE", Severity.Warning, p => p.Sheets[0] = With("商贸事务项目", 100_000m, b => b.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, "完成率", "100%完成"))),
        ["cost beyond the funds"] = new("BM-PERF-COST", Severity.Error, p => p.Sheets[0] = With("商贸事务项目", 100_000m, b => b.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Cost, "费用", "10.5万元"))),
        ["overall sheet total"] = new("BM-PERF-OVERALL", Severity.Error, p => p.Overall = new OverallPerformanceSheet(SmallDisclosure.UnitName, BudgetModel.Money.FromWan(156m),
            new Dictionary<FundSource, BudgetModel.Money>(), new Dictionary<ExpenditureType, BudgetModel.Money>(), StaffFigures.None, [], PublishedPrecision.WanTwoDecimals)),
        ["staff figures"] = new("BM-PERF-STAFF", Severity.Error, p => p.Staff = p.Staff with { ActualStaff = 19 }),

        // Prose
        ["stated amount"] = new("BM-PROSE-AMOUNT", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Amount && f.Subject.Topic == FactTopic.TotalRevenue, f => f with { Value = 155.10m })),
        ["stated share"] = new("BM-PROSE-SHARE", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Share, f => f with { Value = 64.62m })),
        ["stated change"] = new("BM-PROSE-CHANGE", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.ChangePercent, f => f with { Value = 56.00m })),
        ["stated count"] = new("BM-PROSE-COUNT", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Count && f.Subject.Topic == FactTopic.PerformanceProjects, f => f with { Value = 5 })),
        ["procurement parts"] = new("BM-PROSE-PARTS", Severity.Error, p => ReplaceFact(p, f => f.Subject.Topic == FactTopic.ProcurementGoods, f => f with { Value = 4.00m })),
        ["category amounts"] = new("BM-PROSE-PARTS", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Amount && f.Subject.Category == ProjectCategory.SpecificPurpose, f => f with { Value = 55.50m })),
        ["stated project amount"] = new("BM-PROSE-PROJECT", Severity.Error, p => ReplaceFact(p, f => f.Subject.Topic == FactTopic.Project, f => f with { Value = 12m })),
        ["compared with the wrong year"] = new("BM-PROSE-YEAR", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.ChangeAmount, f => f with { ComparedYear = 2024 })),
        // “0万元” (no decimals) may stand for up to 0.50, so a sum that includes it is off only beyond ±0.515.
        ["三公 items do not sum"] = new("BM-PROSE-PARTS", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Amount && f.Subject.Topic == FactTopic.Reception, f => f with { Value = 2.60m })),
        ["vehicle parts do not sum"] = new("BM-PROSE-PARTS", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Amount && f.Subject.Topic == FactTopic.VehicleOperation, f => f with { Value = 3.00m })),
        ["vehicle kinds do not sum"] = new("BM-PROSE-PARTS", Severity.Error, p => ReplaceFact(p, f => f.Subject.Topic == FactTopic.Vehicles && f.Subject.Name == "其他用车", f => f with { Value = 3 })),
        ["procurement of one fund"] = new("BM-PROSE-PARTS", Severity.Error, p => ReplaceFact(p, f => f.Subject.Topic == FactTopic.ProcurementServices && f.Subject.Source is not null, f => f with { Value = 5.00m })),
        ["absent fund with a table amount"] = new("BM-NOTE-ABSENT", Severity.Error, p => p.Facts.Add(new ProseFact(FactKind.Absence, new FactSubject(FactTopic.GovernmentFundBudget), 0m, "", 0, 40))),
        ["absent travel with a stated amount"] = new("BM-NOTE-ABSENT", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Amount && f.Subject.Topic == FactTopic.OverseasTravel, f => f with { Value = 1.00m })),
        ["small-firm share"] = new("BM-NOTE-SHARE", Severity.Error, p => ReplaceFact(p, f => f.Kind == FactKind.Share && f.Subject.Topic == FactTopic.ProcurementSmallFirms, f => f with { Value = 45.00m })),
        ["fewer visitors than batches"] = new("BM-NOTE-COUNTS", Severity.Error, p => ReplaceFact(p, f => f.Subject.Topic == FactTopic.ReceptionVisitors, f => f with { Value = 1 })),
        ["batches without an amount"] = new("BM-NOTE-COUNTS", Severity.Error, p => p.Tables[ThreePublicExpenses] = new TableBuilder(ThreePublicExpenses, SmallDisclosure.Header)
            .Summary(SummaryLine.Reception, "公务接待费", 0m, 0m, 0m, 0m).Total(0m, 0m, 0m, 0m).Build()),
        ["no vehicle bought but a purchase amount"] = new("BM-NOTE-COUNTS", Severity.Error, p => p.Tables[ThreePublicExpenses] = new TableBuilder(ThreePublicExpenses, SmallDisclosure.Header)
            .Summary(SummaryLine.VehiclePurchase, "①公务用车购置费", 1m, 1m, 0m, 0m).Total(1m, 1m, 0m, 0m).Build()),
        ["class named with an old name"] = new("BM-PROSE-CLASS-NAME", Severity.Warning, p => p.Mentions[1] = new ProseMention(MentionKind.FunctionClass, "资源勘探电力信息等支出", 40, "215")),
        // 收入总计 155.00 stated with a change of 55.00: a year before of 90.00 gives 155.00 − 90.00 = 65.00, not 55.00.
        ["year before's figure against the change"] = new("BM-PROSE-PRIOR", Severity.Error, p => p.Facts.Add(new ProseFact(FactKind.PriorYearAmount, new FactSubject(FactTopic.TotalRevenue), 90.00m, "万元", 2, 30))),
        ["selection of projects beyond all"] = new("BM-PROSE-SELECTION", Severity.Error, p => p.Facts.Add(new ProseFact(FactKind.Count, new FactSubject(FactTopic.PerformanceProjects, Name: "编报绩效目标的项目"), 99m, "个", 0, 40))),
        ["meetings against the 三公 table's line"] = new("BM-PROSE-AMOUNT", Severity.Error, p =>
        {
            p.Tables[ThreePublicExpenses] = new TableBuilder(ThreePublicExpenses, SmallDisclosure.Header).Summary(SummaryLine.Meetings, "会议费", 1m, 1m, 0m, 0m).Total(1m, 1m, 0m, 0m).Build();
            p.Facts.Add(new ProseFact(FactKind.Amount, new FactSubject(FactTopic.Meetings), 2.00m, "万元", 2, 40));
        }),
        // 固定资产 10.00 stated with kinds 6.00 + 5.00 = 11.00.
        ["fixed asset kinds do not sum"] = new("BM-PROSE-PARTS", Severity.Error, p => p.Facts.AddRange(
            [new ProseFact(FactKind.Amount, new FactSubject(FactTopic.FixedAssets), 10.00m, "万元", 2, 40),
             new ProseFact(FactKind.Amount, new FactSubject(FactTopic.FixedAssets, Name: "房屋和构筑物"), 6.00m, "万元", 2, 40),
             new ProseFact(FactKind.Amount, new FactSubject(FactTopic.FixedAssets, Name: "设备"), 5.00m, "万元", 2, 40)])),
        ["a sentence with a figure not read"] = new("BM-PROSE-UNREAD", Severity.Info, p => p.Mentions.Add(new ProseMention(MentionKind.UnreadFigures, "本年会议费1.20万元。", 41))),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rule_fires_when_one_part_is_changed(string name)
    {
        var @case = Cases[name];
        var parts = new SmallDisclosure.Parts();
        @case.Change(parts);

        var report = DisclosureValidator.Validate(parts.Build());

        Assert.Contains(report.Findings, f => f.RuleId == @case.RuleId && f.Severity == @case.Severity);
    }

    [Fact]
    public void Every_rule_has_a_case_that_fires_it()
    {
        var uncovered = DisclosureRules.All.Select(r => r.Id).Except(Cases.Values.Select(c => c.RuleId)).ToArray();

        Assert.True(uncovered.Length == 0, "No case fires " + string.Join(", ", uncovered));
    }
}
