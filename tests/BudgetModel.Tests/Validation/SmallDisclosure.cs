using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// A small disclosure in the seed's shape whose every relation holds exactly (no rounding drift): five classes, the
/// 13 tables, four projects with their sheets, an overall sheet, prose facts and mentions. Tests change one part
/// and assert the rule that must fire. Amounts in 万元; the relations are written out in the comments.
/// </summary>
internal static class SmallDisclosure
{
    internal const string UnitName = "测试市工业和信息化局";

    /// <summary>The parts of the disclosure, to change before building.</summary>
    internal sealed class Parts
    {
        internal Dictionary<TableKind, BudgetTable> Tables { get; } = new()
        {
            [TableKind.RevenueExpenditureSummary] = T1(),
            [TableKind.RevenueSummary] = T2(),
            [TableKind.ExpenditureSummary] = T3(),
            [TableKind.FiscalAppropriationSummary] = T4(),
            [TableKind.GeneralBudgetExpenditure] = T5(),
            [TableKind.GeneralBudgetBasicExpenditure] = T6(),
            [TableKind.GovernmentFundRevenue] = T7(),
            [TableKind.GovernmentFundExpenditure] = T8(),
            [TableKind.StateCapitalOperation] = T9(),
            [TableKind.ThreePublicExpenses] = T10(),
            [TableKind.OperatingExpenses] = T11(),
            [TableKind.ProjectExpenditureCurrent] = T12(),
            [TableKind.ProjectExpenditureCarryOver] = T13(),
        };

        internal List<ProjectPerformanceSheet> Sheets { get; } =
        [
            Sheet("商贸事务项目", 100_000m),
            Sheet("职工安置费项目", 200_000m),
            Sheet("退休人员社会化管理补助资金", 50_000m),
            Sheet("产业发展专项资金", 300_000m),
        ];

        internal List<ProseFact> Facts { get; } = DefaultFacts();

        internal List<OtherTable> Others { get; } = [];

        internal List<ProseMention> Mentions { get; } =
        [
            new(MentionKind.UnitName, UnitName, 3, Context: "cover"),
            new(MentionKind.FunctionClass, "资源勘探工业信息等支出", 40, "215"),
            new(MentionKind.Year, "2023年", 41, Year: 2023, Context: "比2023年增加55.00万元"),
        ];

        internal HashSet<DisclosureSection> Sections { get; } = [.. Enum.GetValues<DisclosureSection>()];

        internal StaffFigures Staff { get; set; } = new(7, 1, 17, 18, 16, 2);

        internal OverallPerformanceSheet? Overall { get; set; } = new(
            "209001-" + UnitName,
            BudgetModel.Money.FromWan(155m),
            new Dictionary<FundSource, BudgetModel.Money>
            {
                [FundSource.GeneralPublicBudget] = BudgetModel.Money.FromWan(130m),
                [FundSource.GovernmentFundBudget] = BudgetModel.Money.FromWan(20m),
                [FundSource.StateCapitalOperationBudget] = BudgetModel.Money.FromWan(5m),
            },
            new Dictionary<ExpenditureType, BudgetModel.Money> { [ExpenditureType.Basic] = BudgetModel.Money.FromWan(90m), [ExpenditureType.Project] = BudgetModel.Money.FromWan(65m) },
            new StaffFigures(7, 1, 17, 18, 16, 2),
            [new SheetIndicator(new Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "项目数", IndicatorValue.Parse("4个")))],
            PublishedPrecision.WanTwoDecimals,
            900);

        internal BudgetDisclosure Build()
        {
            var builder = new DisclosureBuilder(UnitName, 2024)
                .WithUnit(u => u with { Code = "209001", Staff = Staff })
                .WithSections([.. Sections]);
            foreach (var kind in TableKinds.All)
            {
                if (Tables.TryGetValue(kind, out var table))
                {
                    builder.AddTable(table);
                }
            }
            Others.ForEach(t => builder.AddOtherTable(t));
            Sheets.ForEach(s => builder.AddProjectSheet(s));
            Facts.ForEach(f => builder.AddFact(f));
            Mentions.ForEach(m => builder.AddMention(m));
            if (Overall is { } overall)
            {
                builder.WithOverallSheet(overall);
            }
            return builder.Build();
        }

        /// <summary>Sets one cell (in 万元) of a table, found by row key and column.</summary>
        internal Parts Set(TableKind kind, string rowKey, TableColumn column, decimal wan)
        {
            var table = Tables[kind];
            int index = -1;
            for (int i = 0; i < table.Rows.Count; i++)
            {
                if (table.Rows[i].Key == rowKey)
                {
                    index = i;
                    break;
                }
            }
            Assert.True(index >= 0, $"{kind} has no row {rowKey}");
            Tables[kind] = table.WithCell(new CellLocation(kind, index, rowKey, column), BudgetModel.Money.FromWan(wan));
            return this;
        }
    }

    internal static BudgetDisclosure Build() => new Parts().Build();

    internal static TableHeader Header => TableHeader.Wan with { UnitName = UnitName };

    // 本年收入 125.00 = 一般公共预算 100.00 + 政府性基金 20.00 + 国有资本经营 5.00; 上年结转 30.00 (一般公共预算) → 155.00.
    internal static BudgetTable T1() => new TableBuilder(TableKind.RevenueExpenditureSummary, Header)
        .AtLine(10).Source(FundSource.GeneralPublicBudget, "一、一般公共预算", 100m)
        .AtLine(10).Function("201", "一、一般公共服务支出", 10m, 10m, 0m)
        .AtLine(11).Source(FundSource.GovernmentFundBudget, "二、政府性基金预算", 20m)
        .AtLine(11).Function("208", "八、社会保障和就业支出", 40m, 40m, 0m)
        .AtLine(12).Source(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", 5m)
        .AtLine(12).Function("212", "十二、城乡社区支出", 20m, 20m, 0m)
        .AtLine(13).Source(FundSource.FiscalSpecialAccount, "四、财政专户管理资金", 0m)
        .AtLine(13).Function("215", "十五、资源勘探工业信息等支出", 80m, 50m, 30m)
        .AtLine(14).Source(FundSource.UnitFunds, "五、单位资金", 0m)
        .AtLine(14).Function("223", "二十二、国有资本经营预算支出", 5m, 5m, 0m)
        .AtLine(15).Summary(SummaryLine.CurrentYearRevenue, "本年收入合计", 125m)
        .AtLine(15).Summary(SummaryLine.CurrentYearExpenditure, "本年支出合计", 155m, 125m, 30m)
        .AtLine(16).Summary(SummaryLine.CarryOverRevenue, "上年结转", 30m)
        .AtLine(16).Summary(SummaryLine.YearEndCarryForward, "年终结转", 0m, 0m, 0m)
        .AtLine(17).Summary(SummaryLine.RevenueGrandTotal, "收入总计", 155m)
        .AtLine(17).Summary(SummaryLine.ExpenditureGrandTotal, "支出总计", 155m, 125m, 30m)
        .Build();

    // 合计, 一般公共预算, 政府性基金, 国有资本经营, 财政专户, 单位资金, 上年结转.
    internal static BudgetTable T2() => new TableBuilder(TableKind.RevenueSummary, Header)
        .AtLine(20).Total(125m, 100m, 20m, 5m, 0m, 0m, 30m)
        .AtLine(21).Function("201", "一般公共服务支出", 10m, 10m, 0m, 0m, 0m, 0m, 0m)
        .AtLine(22).Function("20113", "商贸事务", 10m, 10m, 0m, 0m, 0m, 0m, 0m)
        .AtLine(23).Function("2011399", "其他商贸事务支出", 10m, 10m, 0m, 0m, 0m, 0m, 0m)
        .AtLine(24).Function("208", "社会保障和就业支出", 40m, 40m, 0m, 0m, 0m, 0m, 0m)
        .AtLine(25).Function("20805", "行政事业单位养老支出", 40m, 40m, 0m, 0m, 0m, 0m, 0m)
        .AtLine(26).Function("2080505", "机关事业单位基本养老保险缴费支出", 40m, 40m, 0m, 0m, 0m, 0m, 0m)
        .AtLine(27).Function("212", "城乡社区支出", 20m, 0m, 20m, 0m, 0m, 0m, 0m)
        .AtLine(28).Function("21208", "国有土地使用权出让收入安排的支出", 20m, 0m, 20m, 0m, 0m, 0m, 0m)
        .AtLine(29).Function("2120809", "支付破产或改制企业职工安置费", 20m, 0m, 20m, 0m, 0m, 0m, 0m)
        .AtLine(30).Function("215", "资源勘探工业信息等支出", 50m, 50m, 0m, 0m, 0m, 0m, 30m)
        .AtLine(31).Function("21505", "工业和信息产业监管", 50m, 50m, 0m, 0m, 0m, 0m, 30m)
        .AtLine(32).Function("2150501", "行政运行", 50m, 50m, 0m, 0m, 0m, 0m, 0m)
        .AtLine(33).Function("2150517", "产业发展", 0m, 0m, 0m, 0m, 0m, 0m, 30m)
        .AtLine(34).Function("223", "国有资本经营预算支出", 5m, 0m, 0m, 5m, 0m, 0m, 0m)
        .AtLine(35).Function("22301", "解决历史遗留问题及改革成本支出", 5m, 0m, 0m, 5m, 0m, 0m, 0m)
        .AtLine(36).Function("2230105", "国有企业退休人员社会化管理补助支出", 5m, 0m, 0m, 5m, 0m, 0m, 0m)
        .Build();

    // 合计 155.00 = 基本 90.00 + 项目 65.00.
    internal static BudgetTable T3(string name215 = "资源勘探工业信息等支出", bool with21505 = true)
    {
        var b = new TableBuilder(TableKind.ExpenditureSummary, Header)
            .AtLine(40).Total(155m, 90m, 65m)
            .AtLine(41).Function("201", "一般公共服务支出", 10m, 0m, 10m)
            .AtLine(42).Function("20113", "商贸事务", 10m, 0m, 10m)
            .AtLine(43).Function("2011399", "其他商贸事务支出", 10m, 0m, 10m)
            .AtLine(44).Function("208", "社会保障和就业支出", 40m, 40m, 0m)
            .AtLine(45).Function("20805", "行政事业单位养老支出", 40m, 40m, 0m)
            .AtLine(46).Function("2080505", "机关事业单位基本养老保险缴费支出", 40m, 40m, 0m)
            .AtLine(47).Function("212", "城乡社区支出", 20m, 0m, 20m)
            .AtLine(48).Function("21208", "国有土地使用权出让收入安排的支出", 20m, 0m, 20m)
            .AtLine(49).Function("2120809", "支付破产或改制企业职工安置费", 20m, 0m, 20m)
            .AtLine(50).Function("215", name215, 80m, 50m, 30m);
        if (with21505)
        {
            b.AtLine(51).Function("21505", "工业和信息产业监管", 80m, 50m, 30m);
        }
        return b
            .AtLine(52).Function("2150501", "行政运行", 50m, 50m, 0m)
            .AtLine(53).Function("2150517", "产业发展", 30m, 0m, 30m)
            .AtLine(54).Function("223", "国有资本经营预算支出", 5m, 0m, 5m)
            .AtLine(55).Function("22301", "解决历史遗留问题及改革成本支出", 5m, 0m, 5m)
            .AtLine(56).Function("2230105", "国有企业退休人员社会化管理补助支出", 5m, 0m, 5m)
            .Build();
    }

    // 小计, 一般公共预算, 政府性基金预算, 国有资本经营预算; 一般公共预算 130.00 = 100.00 this year + 30.00 carried over.
    internal static BudgetTable T4() => new TableBuilder(TableKind.FiscalAppropriationSummary, Header)
        .AtLine(60).Source(FundSource.GeneralPublicBudget, "一、一般公共预算", 100m)
        .AtLine(60).Function("201", "一、一般公共服务支出", 10m, 10m, 0m, 0m)
        .AtLine(61).Source(FundSource.GovernmentFundBudget, "二、政府性基金预算", 20m)
        .AtLine(61).Function("208", "八、社会保障和就业支出", 40m, 40m, 0m, 0m)
        .AtLine(62).Source(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", 5m)
        .AtLine(62).Function("212", "十二、城乡社区支出", 20m, 0m, 20m, 0m)
        .AtLine(63).Function("215", "十五、资源勘探工业信息等支出", 80m, 80m, 0m, 0m)
        .AtLine(64).Function("223", "二十二、国有资本经营预算支出", 5m, 0m, 0m, 5m)
        .AtLine(65).Summary(SummaryLine.CurrentYearRevenue, "本年收入合计", 125m)
        .AtLine(65).Summary(SummaryLine.CurrentYearExpenditure, "本年支出合计", 155m, 130m, 20m, 5m)
        .AtLine(66).Summary(SummaryLine.CarryOverRevenue, "上年财政拨款结转", 30m)
        .AtLine(66).Summary(SummaryLine.YearEndCarryForward, "年终结转", 0m, 0m, 0m, 0m)
        .AtLine(67).CarryOverSource(FundSource.GeneralPublicBudget, "一、一般公共预算", 30m)
        .AtLine(68).CarryOverSource(FundSource.GovernmentFundBudget, "二、政府性基金预算", 0m)
        .AtLine(69).Summary(SummaryLine.RevenueGrandTotal, "收入总计", 155m)
        .AtLine(69).Summary(SummaryLine.ExpenditureGrandTotal, "支出总计", 155m, 130m, 20m, 5m)
        .Build();

    // 一般公共预算 without carry-over: 100.00 = 基本 90.00 + 项目 10.00.
    internal static BudgetTable T5() => new TableBuilder(TableKind.GeneralBudgetExpenditure, Header)
        .AtLine(70).Total(100m, 90m, 10m)
        .AtLine(71).Function("201", "一般公共服务支出", 10m, 0m, 10m)
        .AtLine(72).Function("20113", "商贸事务", 10m, 0m, 10m)
        .AtLine(73).Function("2011399", "其他商贸事务支出", 10m, 0m, 10m)
        .AtLine(74).Function("208", "社会保障和就业支出", 40m, 40m, 0m)
        .AtLine(75).Function("20805", "行政事业单位养老支出", 40m, 40m, 0m)
        .AtLine(76).Function("2080505", "机关事业单位基本养老保险缴费支出", 40m, 40m, 0m)
        .AtLine(77).Function("215", "资源勘探工业信息等支出", 50m, 50m, 0m)
        .AtLine(78).Function("21505", "工业和信息产业监管", 50m, 50m, 0m)
        .AtLine(79).Function("2150501", "行政运行", 50m, 50m, 0m)
        .Build();

    // 合计 90.00 = 人员 80.00 + 公用 10.00.
    internal static BudgetTable T6() => new TableBuilder(TableKind.GeneralBudgetBasicExpenditure, Header)
        .AtLine(80).Total(90m, 80m, 10m)
        .AtLine(81).EconomicClass("301", "工资福利支出", 80m, 80m, 0m)
        .AtLine(82).EconomicItem("30101", "基本工资", "50101", "工资奖金津补贴", 50m, 50m, 0m)
        .AtLine(83).EconomicItem("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", 30m, 30m, 0m)
        .AtLine(84).EconomicClass("302", "商品和服务支出", 10m, 0m, 10m)
        .AtLine(85).EconomicItem("30201", "办公费", "50201", "办公经费", 7m, 0m, 7m)
        .AtLine(86).EconomicItem("30217", "公务接待费", "50206", "公务接待费", 1m, 0m, 1m)
        .AtLine(87).EconomicItem("30231", "公务用车运行维护费", "50208", "公务用车运行维护费", 2m, 0m, 2m)
        .Build();

    internal static BudgetTable T7() => new TableBuilder(TableKind.GovernmentFundRevenue, Header)
        .AtLine(90).Total(20m)
        .AtLine(91).Revenue("103", "非税收入", 20m)
        .AtLine(92).Revenue("10301", "政府性基金收入", 20m)
        .AtLine(93).Revenue("1030148", "国有土地使用权出让收入", 20m)
        .Build();

    internal static BudgetTable T8() => new TableBuilder(TableKind.GovernmentFundExpenditure, Header)
        .AtLine(95).Total(20m, 0m, 20m)
        .AtLine(96).Function("212", "城乡社区支出", 20m, 0m, 20m)
        .AtLine(97).Function("21208", "国有土地使用权出让收入安排的支出", 20m, 0m, 20m)
        .AtLine(98).Function("2120809", "支付破产或改制企业职工安置费", 20m, 0m, 20m)
        .Build();

    internal static BudgetTable T9() => new TableBuilder(TableKind.StateCapitalOperation, Header)
        .AtLine(100).Summary(SummaryLine.CurrentYearRevenue, "合计", 5m)
        .AtLine(100).Total(5m, 0m, 5m)
        .AtLine(101).Function("223", "国有资本经营预算支出", 5m, 0m, 5m)
        .AtLine(102).Function("22301", "解决历史遗留问题及改革成本支出", 5m, 0m, 5m)
        .AtLine(103).Function("2230105", "国有企业退休人员社会化管理补助支出", 5m, 0m, 5m)
        .Build();

    // 合计 3.00 = 出国 0 + 接待 1.00 + 公务用车 2.00 (= 购置 0 + 运行维护 2.00).
    internal static BudgetTable T10() => new TableBuilder(TableKind.ThreePublicExpenses, Header)
        .AtLine(105).Summary(SummaryLine.OverseasTravel, "因公出国（境）费", 0m, 0m, 0m, 0m)
        .AtLine(106).Summary(SummaryLine.Reception, "公务接待费", 1m, 1m, 0m, 0m)
        .AtLine(107).Summary(SummaryLine.Vehicles, "公务用车购置及运行费", 2m, 2m, 0m, 0m)
        .AtLine(108).Summary(SummaryLine.VehiclePurchase, "①公务用车购置费", 0m, 0m, 0m, 0m)
        .AtLine(109).Summary(SummaryLine.VehicleOperation, "②公务用车运行维护费", 2m, 2m, 0m, 0m)
        .AtLine(110).Total(3m, 3m, 0m, 0m)
        .Build();

    internal static BudgetTable T11() => new TableBuilder(TableKind.OperatingExpenses, Header)
        .AtLine(112).Unit("部门合计", 10m, 10m, 0m, 0m)
        .AtLine(113).Project(UnitName, 10m, 10m, 0m, 0m)
        .Build();

    // 35.00 = 表三 项目 65.00 − 表十三 30.00; 一般公共预算 10.00 = 表五 项目; 基金 20.00 = 表八; 国资 5.00 = 表九.
    internal static BudgetTable T12() => new TableBuilder(TableKind.ProjectExpenditureCurrent, Header)
        .AtLine(115).Unit(UnitName, 35m, 10m, 20m, 5m, 0m, 0m)
        .AtLine(116).Project("商贸事务项目", 10m, 10m, 0m, 0m, 0m, 0m)
        .AtLine(117).Project("职工安置费项目", 20m, 0m, 20m, 0m, 0m, 0m)
        .AtLine(118).Project("退休人员社会化管理补助资金", 5m, 0m, 0m, 5m, 0m, 0m)
        .Build();

    internal static BudgetTable T13() => new TableBuilder(TableKind.ProjectExpenditureCarryOver, Header)
        .WithColumns(TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital)
        .AtLine(120).Unit(UnitName, 30m, 30m, 0m, 0m)
        .AtLine(121).Project("产业发展专项资金", 30m, 30m, 0m, 0m)
        .Build();

    private static int _sheetLine = 200;

    internal static ProjectPerformanceSheet Sheet(string name, decimal yuan) =>
        new ProjectPerformanceSheetBuilder(name)
            .WithDetails(new ProjectSheetDetails("209", UnitName, UnitName, "一次性项目(1年结束)", "1年"))
            .Lifetime(yuan, (FundingLevel.MunicipalCounty, yuan))
            .Annual(yuan, (FundingLevel.MunicipalCounty, yuan))
            .Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "受益户数", "10户")
            .Indicator(IndicatorCategory.Output, IndicatorSubcategory.Cost, "项目成本", yuan.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "元")
            .Indicator(IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceRecipientSatisfaction, "群众满意度", "≥90%")
            .AtLine(Interlocked.Add(ref _sheetLine, 20))
            .Build();

    internal static ProseFact Wan(FactSubject subject, decimal value, int line = 30) =>
        new(FactKind.Amount, subject, value, "万元", value.Scale, line);

    private static List<ProseFact> DefaultFacts()
    {
        var total = new FactSubject(FactTopic.TotalRevenue);
        var general = new FactSubject(FactTopic.RevenueBySource, Source: FundSource.GeneralPublicBudget);
        var managed = new FactSubject(FactTopic.PerformanceProjects);
        var operating = new FactSubject(FactTopic.ProjectsByCategory, Category: ProjectCategory.Operating);
        var specific = new FactSubject(FactTopic.ProjectsByCategory, Category: ProjectCategory.SpecificPurpose);
        return
        [
            Wan(total, 155.00m, 30),
            new(FactKind.ChangeAmount, total, 55.00m, "万元", 2, 30) { ComparedYear = 2023 },
            new(FactKind.ChangePercent, total, 55.00m, "%", 2, 30) { ComparedYear = 2023 },
            Wan(general, 100.00m, 31),
            new(FactKind.Share, general, 64.52m, "%", 2, 31) { Base = total },       // 100 / 155 = 64.516…%
            Wan(new FactSubject(FactTopic.BasicExpenditure), 90.00m, 32),
            Wan(new FactSubject(FactTopic.PersonnelExpenses), 80.00m, 32),
            Wan(new FactSubject(FactTopic.ThreePublicTotal), 3.00m, 33),
            // The 三公 items of 表十 (0 + 1 + 2 = 3; 2 = 0 + 2), no travel abroad, receptions counted, no vehicle bought.
            Wan(new FactSubject(FactTopic.OverseasTravel), 0m, 33),
            new(FactKind.Absence, new FactSubject(FactTopic.OverseasTravel), 0m, "", 0, 33),
            Wan(new FactSubject(FactTopic.Reception), 1.00m, 33),
            new(FactKind.Count, new FactSubject(FactTopic.ReceptionBatches), 2, "批次", 0, 33),
            new(FactKind.Count, new FactSubject(FactTopic.ReceptionVisitors), 10, "人次", 0, 33),
            Wan(new FactSubject(FactTopic.VehiclePurchaseAndOperation), 2.00m, 33),
            Wan(new FactSubject(FactTopic.VehiclePurchase), 0m, 33),
            Wan(new FactSubject(FactTopic.VehicleOperation), 2.00m, 33),
            new(FactKind.Count, new FactSubject(FactTopic.PurchasedVehicles), 0, "辆", 0, 33),
            // Vehicles held: 3 = 1 + 2 by kind.
            new(FactKind.Count, new FactSubject(FactTopic.Vehicles), 3, "辆", 0, 38),
            new(FactKind.Count, new FactSubject(FactTopic.Vehicles, Name: "执法执勤用车"), 1, "辆", 0, 38),
            new(FactKind.Count, new FactSubject(FactTopic.Vehicles, Name: "其他用车"), 2, "辆", 0, 38),
            Wan(new FactSubject(FactTopic.OperatingExpenses), 10.00m, 33),
            Wan(new FactSubject(FactTopic.FiscalBySource, Source: FundSource.GeneralPublicBudget), 130.00m, 34),
            Wan(new FactSubject(FactTopic.GeneralBudgetByClass, Code: FunctionCode.Parse("215")), 50.00m, 34),
            Wan(new FactSubject(FactTopic.ProcurementTotal), 10.00m, 35),
            Wan(new FactSubject(FactTopic.ProcurementGoods), 3.00m, 35),
            Wan(new FactSubject(FactTopic.ProcurementWorks), 0m, 35),
            Wan(new FactSubject(FactTopic.ProcurementServices), 7.00m, 35),
            // 预留中小企业 4.00 of 10.00 = 40.00%; 一般公共预算 procurement 6.00 = 2.00 + 0 + 4.00.
            Wan(new FactSubject(FactTopic.ProcurementSmallFirms), 4.00m, 35),
            new(FactKind.Share, new FactSubject(FactTopic.ProcurementSmallFirms), 40.00m, "%", 2, 35) { Base = new FactSubject(FactTopic.ProcurementTotal) },
            Wan(new FactSubject(FactTopic.ProcurementTotal, Source: FundSource.GeneralPublicBudget), 6.00m, 39),
            Wan(new FactSubject(FactTopic.ProcurementGoods, Source: FundSource.GeneralPublicBudget), 2.00m, 39),
            Wan(new FactSubject(FactTopic.ProcurementWorks, Source: FundSource.GeneralPublicBudget), 0m, 39),
            Wan(new FactSubject(FactTopic.ProcurementServices, Source: FundSource.GeneralPublicBudget), 4.00m, 39),
            new(FactKind.Count, managed, 4, "个", 0, 36),
            Wan(managed, 65.00m, 36),
            new(FactKind.Count, operating, 1, "个", 0, 36),
            Wan(operating, 10.00m, 36),
            new(FactKind.Count, specific, 3, "个", 0, 36),
            Wan(specific, 55.00m, 36),
            Wan(new FactSubject(FactTopic.Project, Name: "商贸事务项目"), 10m, 37),
        ];
    }
}
