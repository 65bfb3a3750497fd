using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Tests.Serialization;

using Money = global::BudgetModel.Money;

/// <summary>A substantial disclosure taken from the seed (汾阳市工业和信息化局 2024): several table kinds, a sheet, the
/// overall sheet, facts, mentions and an import finding.</summary>
internal static class SeedDisclosure
{
    internal const string UnitName = "汾阳市工业和信息化局";

    internal static BudgetTable Table1() => new TableBuilder(TableKind.RevenueExpenditureSummary, TableHeader.Wan with { Title = "2024年预算收支总表", PrintedNumber = "预算公开表1", UnitName = UnitName, Line = 96 })
        .AtLine(103).Source(FundSource.GeneralPublicBudget, "一、一般公共预算", 924.56m)
        .Source(FundSource.GovernmentFundBudget, "二、政府性基金预算", 2295.12m)
        .Source(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", 90.00m)
        .Source(FundSource.FiscalSpecialAccount, "四、财政专户管理资金", 0m)
        .Function("201", "一、一般公共服务支出", 3.00m, 3.00m, 0m)
        .Function("215", "十五、资源勘探工业信息等支出", 4026.16m, 793.80m, 3232.37m)
        .Summary(SummaryLine.CurrentYearRevenue, "本年收入合计", 3309.68m)
        .Summary(SummaryLine.CarryOverRevenue, "上年结转", 3232.37m)
        .Summary(SummaryLine.RevenueGrandTotal, "收入总计", 6542.05m)
        .Summary(SummaryLine.CurrentYearExpenditure, "本年支出合计", 6542.05m, 3309.68m, 3232.37m)
        .Summary(SummaryLine.ExpenditureGrandTotal, "支出总计", 6542.05m, 3309.68m, 3232.37m)
        .Build();

    internal static BudgetTable Table3() => new TableBuilder(TableKind.ExpenditureSummary, TableHeader.Wan with { Title = "2024年预算支出总表" })
        .Total(6542.05m, 286.42m, 6255.63m)
        .Function("201", "一般公共服务支出", 3.00m, 0m, 3.00m)
        .Function("20113", "商贸事务", 3.00m, 0m, 3.00m)
        .Function("2011399", "其他商贸事务支出", 3.00m, 0m, 3.00m)
        .Function("215", "资源勘探工业信息等支出", 4026.16m, 195.11m, 3831.05m)
        .Function("21505", "工业和信息产业监管", 4014.86m, 193.81m, 3821.05m)
        .AtLine(240).Function("2150517", "产业发展", 3793.87m, 0m, 3793.87m)
        .Build();

    internal static BudgetTable Table4() => new TableBuilder(TableKind.FiscalAppropriationSummary)
        .Source(FundSource.GeneralPublicBudget, "一、一般公共预算", 924.56m)
        .Source(FundSource.GovernmentFundBudget, "二、政府性基金预算", 2295.12m)
        .CarryOverSource(FundSource.GeneralPublicBudget, "一、一般公共预算", 3232.37m)
        .Function("212", "十二、城乡社区支出", 2295.12m, 0m, 2295.12m, 0m)
        .Summary(SummaryLine.CurrentYearRevenue, "本年收入合计", 3309.68m)
        .Summary(SummaryLine.CurrentYearExpenditure, "本年支出合计", 6542.05m, 4156.93m, 2295.12m, 90.00m)
        .Build();

    internal static BudgetTable Table6() => new TableBuilder(TableKind.GeneralBudgetBasicExpenditure)
        .Total(286.42m, 258.15m, 28.27m)
        .EconomicClass("301", "工资福利支出", 241.01m, 241.01m, 0m)
        .EconomicItem("30101", "基本工资", "50101", "工资奖金津补贴", 90.63m, 90.63m, 0m)
        .EconomicItem(null, "公务接待费", null, "公务接待费", 0.20m, 0m, 0.20m)
        .EconomicClass(null, "对个人和家庭的补助", 17.14m, 17.14m, 0m)
        .Build();

    internal static BudgetTable Table7() => new TableBuilder(TableKind.GovernmentFundRevenue)
        .Total(2295.12m)
        .Revenue("103", "非税收入", 2295.12m)
        .Revenue("10301", "政府性基金收入", 2295.12m)
        .Revenue("1030148", "国有土地使用权出让收入", 2295.12m)
        .Build();

    internal static BudgetTable Table9() => new TableBuilder(TableKind.StateCapitalOperation, TableHeader.Wan with { PrintedNumber = "部门公开表9" })
        .Summary(SummaryLine.CurrentYearRevenue, "合计", 90.00m)
        .Revenue("223", "国有资本经营预算支出", 90.00m)
        .Total(90.00m, 0m, 90.00m)
        .Function("2230105", "国有企业退休人员社会化管理补助支出", 90.00m, 0m, 90.00m)
        .Build();

    /// <summary>Table 10, “三公”经费, exactly as the seed prints it.</summary>
    internal static BudgetTable Table10() => new TableBuilder(TableKind.ThreePublicExpenses, TableHeader.Wan with { Title = "2024年财政拨款安排“三公”经费支出预算表", PrintedNumber = "预算公开表10", UnitName = UnitName })
        .Summary(SummaryLine.OverseasTravel, "因公出国（境）费", 0m, 0m, 0m, 0m)
        .Summary(SummaryLine.Reception, "公务接待费", 0.20m, 0.20m, 0m, 0m)
        .Summary(SummaryLine.Vehicles, "公务用车购置及运行费", 2.50m, 2.50m, 0m, 0m)
        .Summary(SummaryLine.VehiclePurchase, "①公务用车购置费", 0m, 0m, 0m, 0m)
        .Summary(SummaryLine.VehicleOperation, "②公务用车运行维护费", 2.50m, 2.50m, 0m, 0m)
        .Total(2.70m, 2.70m, 0m, 0m)
        .Build();

    internal static BudgetTable Table12() => new TableBuilder(TableKind.ProjectExpenditureCurrent)
        .Unit(UnitName, 3023.26m, 638.14m, 2295.12m, 90.00m, 0m, 0m)
        .Project("“煤改电”设备质保金", 36.46m, 36.46m, 0m, 0m, 0m, 0m)
        .Project("业务经费", 8.85m, 8.85m, 0m, 0m, 0m, 0m)
        .Build();

    /// <summary>A table in 元 with two decimals (some provinces publish so).</summary>
    internal static BudgetTable Table11InYuan() => new TableBuilder(TableKind.OperatingExpenses, TableHeader.Yuan with { EmptyNote = null })
        .Unit("部门合计", 282644.85m, 282644.85m, 0m, 0m)
        .Project(UnitName, 282644.85m, 282644.85m, 0m, 0m)
        .Build();

    internal static ProjectPerformanceSheet CoalToElectricity() => new ProjectPerformanceSheetBuilder("“煤改电”设备质保金")
        .AtLine(430)
        .Lifetime(364575m, (FundingLevel.Central, 0m), (FundingLevel.Provincial, 0m), (FundingLevel.MunicipalCounty, 364575m), (FundingLevel.UnitSelfRaised, 0m))
        .Annual(364575m, (FundingLevel.Central, 0m), (FundingLevel.Provincial, 0m), (FundingLevel.MunicipalCounty, 364575m), (FundingLevel.UnitSelfRaised, 0m))
        .WithDetails(new ProjectSheetDetails(DepartmentCode: "209", DepartmentName: UnitName, ImplementingUnit: UnitName, Attribute: "一次性项目(1年结束)", Period: "1年", Basis: "吕政办发〔2018〕34号 汾工信发〔2023〕82号"))
        .Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "煤改电户数", "350户")
        .Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, "设备运行", "良好")
        .Indicator(IndicatorCategory.Output, IndicatorSubcategory.Cost, "“煤改电”设备质保金", "364575元")
        .Indicator(IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceRecipientSatisfaction, "用户满意度", "≥90%")
        .Build();

    internal static ProjectPerformanceSheet SpecialtyTowns() => new ProjectPerformanceSheetBuilder("全省培育特色专业镇发展资金汾财建一指字(2023)13号")
        .Lifetime(32323654.1m, (FundingLevel.Provincial, 32323654.1m))
        .Annual(0m)
        .LifetimeIndicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "汾酒2030项目投资资金", "91亿")
        .LifetimeIndicator(IndicatorCategory.Output, IndicatorSubcategory.Cost, "培育杏花村汾酒专业镇资", "32323654.10元")
        .Build();

    internal static OverallPerformanceSheet Overall() => new(
        "209001-" + UnitName,
        Money.FromWan(6542.05m),
        new Dictionary<FundSource, Money> { [FundSource.GeneralPublicBudget] = Money.FromWan(924.56m), [FundSource.CarryOver] = Money.FromWan(3232.37m), [FundSource.GovernmentFundBudget] = Money.FromWan(2295.12m) },
        new Dictionary<ExpenditureType, Money> { [ExpenditureType.Project] = Money.FromWan(6255.63m), [ExpenditureType.Basic] = Money.FromWan(286.42m) },
        new StaffFigures(InternalDepartments: 7, AuthorizedStaff: 17, ActualStaff: 18),
        [new SheetIndicator(new Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.SocialBenefit, "服务企业", IndicatorValue.Parse("有效提升")), 1201)],
        PublishedPrecision.WanTwoDecimals,
        1190);

    internal static BudgetDisclosure Build() => new DisclosureBuilder(UnitName, 2024)
        .WithUnit(u => u with { Code = "209001", Duties = "监测分析工业经济运行态势", Staff = new StaffFigures(InternalDepartments: 7, AuthorizedStaff: 17, ActualStaff: 18) })
        .WithSections(DisclosureSection.Overview, DisclosureSection.Explanation, DisclosureSection.Glossary)
        .AddTable(Table1())
        .AddTable(Table3())
        .AddTable(Table4())
        .AddTable(Table6())
        .AddTable(Table7())
        .AddTable(Table9())
        .AddTable(Table10())
        .AddTable(Table11InYuan())
        .AddTable(Table12())
        .AddProjectSheet(CoalToElectricity())
        .AddProjectSheet(SpecialtyTowns())
        .WithOverallSheet(Overall())
        .AddFact(new ProseFact(FactKind.Amount, new FactSubject(FactTopic.TotalRevenue), 6542.05m, "万元", 2, 310, "预算收入总计6,542.05万元"))
        .AddFact(new ProseFact(FactKind.Share, new FactSubject(FactTopic.RevenueBySource, Source: FundSource.GeneralPublicBudget), 14.13m, "%", 2) { Base = new FactSubject(FactTopic.TotalRevenue) })
        .AddFact(new ProseFact(FactKind.ChangeAmount, new FactSubject(FactTopic.ThreePublicTotal), -0.40m, "万元", 2) { ComparedYear = 2023 })
        .AddFact(new ProseFact(FactKind.Amount, new FactSubject(FactTopic.GeneralBudgetByClass, Code: global::BudgetModel.Classification.FunctionCode.Parse("208")), 52.84m, "万元", 2))
        .AddFact(new ProseFact(FactKind.Amount, new FactSubject(FactTopic.ProjectsByCategory, Category: ProjectCategory.SpecificPurpose, Name: "特定目标类"), 6225.45m, "万元", 2))
        .AddMention(new ProseMention(MentionKind.UnitName, UnitName, 1, Context: "cover"))
        .AddMention(new ProseMention(MentionKind.Year, "比2023年", 330, Year: 2023))
        .AddImportFinding(new Finding("BM-IMPORT-CELL", Severity.Warning, FindingKind.Import, "Cell cut short by the extraction.", new FindingLocation(TableKind.ExpenditureSummary, "2150517", "2150517", Column: TableColumn.Total)
        {
            Lines = [240],
            Cells = [new CellLocation(TableKind.ExpenditureSummary, 6, "2150517", TableColumn.Total)],
        })
        {
            Expected = 3793.87m,
            Actual = 3793.86m,
            Unit = "万元",
            Bound = PublishedPrecision.WanTwoDecimals.HalfUnit,
        })
        .Build();
}
