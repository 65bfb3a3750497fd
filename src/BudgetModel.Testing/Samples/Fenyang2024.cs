using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using static BudgetModel.Performance.IndicatorSubcategory;

namespace BudgetModel.Testing.Samples;

/// <summary>
/// 汾阳市工业和信息化局 2024年度单位预算公开 (Fenyang Industry and Information Technology Bureau, 2024 unit budget),
/// built by hand with the public builders: the unit, all 13 tables as printed, the 21 project performance sheets, the
/// overall sheet, the figures and names the prose states, each with its line in the published text
/// (<c>BudgetModel.Import.SampleDisclosures.FenyangIndustryBureau2024</c>).
/// </summary>
/// <remarks>
/// <para>
/// The sample records what the document says, not what it should have said: genuine mistakes are kept (业务经费's
/// 实施期 94,500 元 against 年度 88,500 元, the second 特定目标类项目 amount 6,255.45万元, the misspelt
/// 汾阳市工业和和信息化局, codes 223/22301/2230105 on the revenue side of table 9, project names that differ between
/// table 12 and the sheets), and so is rounding drift. It is the reference the importer's output is compared with
/// cell by cell, and the acceptance case of the validator.
/// </para>
/// <para>
/// Where the PDF extraction shifted or cut cells, the sample holds what a careful human reads, and a
/// <c>// seed:</c> comment says what was odd. Table amounts are in 万元 with two decimals, sheet amounts in 元; an
/// empty cell is <c>0m</c>. Rows are in print order: where a line prints two sides (revenue beside expenditure), the
/// left-hand row comes first.
/// </para>
/// </remarks>
public static class Fenyang2024
{
    /// <summary>The unit's name as printed on the cover and in every table header: 汾阳市工业和信息化局.</summary>
    public const string UnitName = "汾阳市工业和信息化局";

    /// <summary>The budget year: 2024.</summary>
    public const int BudgetYear = 2024;

    /// <summary>The unit code printed on the overall performance sheet: 209001.</summary>
    public const string UnitCode = "209001";

    /// <summary>主管部门代码 on the project sheets: 209.</summary>
    private const string DepartmentCode = "209";

    /// <summary>
    /// Builds the disclosure. Every call builds a new, immutable instance.
    /// </summary>
    public static BudgetDisclosure Build()
    {
        var builder = new DisclosureBuilder(UnitName, BudgetYear)
            .WithUnit(u => u with
            {
                Code = UnitCode,
                Level = DisclosureLevel.Unit,
                Duties = Duties,
                Staff = new StaffFigures(InternalDepartments: 7, AuthorizedStaff: 17, ActualStaff: 18), // line 52
            })
            .WithSections(
                DisclosureSection.Overview,
                DisclosureSection.Tables,
                DisclosureSection.Explanation,
                DisclosureSection.Procurement,
                DisclosureSection.Assets,
                DisclosureSection.Performance,
                DisclosureSection.Glossary,
                DisclosureSection.ThreePublicExplanation)
            .AddTable(RevenueExpenditureSummary())
            .AddTable(RevenueSummary())
            .AddTable(ExpenditureSummary())
            .AddTable(FiscalAppropriationSummary())
            .AddTable(GeneralBudgetExpenditure())
            .AddTable(GeneralBudgetBasicExpenditure())
            .AddTable(GovernmentFundRevenue())
            .AddTable(GovernmentFundExpenditure())
            .AddTable(StateCapitalOperation())
            .AddTable(ThreePublicExpenses())
            .AddTable(OperatingExpenses())
            .AddTable(ProjectExpenditureCurrent())
            .AddTable(ProjectExpenditureCarryOver())
            .WithOverallSheet(OverallSheet());

        var sheets = ProjectSheets();
        foreach (var sheet in sheets)
        {
            builder.AddProjectSheet(sheet);
        }

        foreach (var fact in Facts())
        {
            builder.AddFact(fact);
        }

        foreach (var mention in Mentions(sheets))
        {
            builder.AddMention(mention);
        }

        return builder.Build();
    }

    // line 48: 一、本单位职责
    private const string Duties =
        "汾阳市工业和信息化局主要职责为监测分析工业经济运行态势，进行预测预警，组织推进工业领域现代物流发展工作；"
        + "负责企业技术改造类固定资产投资项目（不含煤炭类项目）的核准、备案；负责培育发展全市战略性新兴产业，"
        + "承担全市新材料、原材料、装备制造、化学工业、消费品和电子信息等行业管理和产业促进工作；"
        + "负责工业和信息化领域经济技术对外交流及合作工作；负责研究提出全市中小企业和城镇集体企业发展规划；"
        + "根据市人民政府授权，监管市属企业（不含金融类企业）的国有资产，加强国有资产的管理工作，"
        + "承担监督所监管企业国有资产保值增值的责任，负责对所监管企业负责人进行任免，指导国有企业的法律顾问工作；"
        + "完成市委、市政府交办的其他任务。";

    // ---------------------------------------------------------------------------------------------------------------
    // The 13 tables (第二部分), all in 万元 with two decimals, 单位名称 汾阳市工业和信息化局 two lines under the title.
    // ---------------------------------------------------------------------------------------------------------------

    private static TableHeader Header(int line, string title, string? printedNumber = null) =>
        new(PublishedPrecision.WanTwoDecimals, title, printedNumber, UnitName, Line: line);

    /// <summary>预算公开表1 2024年预算收支总表: revenue by source beside expenditure by function class. The
    /// expenditure lines print names only; their codes are the catalog's classes in order.</summary>
    private static BudgetTable RevenueExpenditureSummary() =>
        new TableBuilder(TableKind.RevenueExpenditureSummary, Header(58, "2024年预算收支总表", "预算公开表1"))
            .AtLine(66).Source(FundSource.GeneralPublicBudget, "一、一般公共预算", 924.56m)
            .AtLine(66).Function("201", "一、一般公共服务支出", 3.00m, 3.00m, 0m)
            .AtLine(67).Source(FundSource.GovernmentFundBudget, "二、政府性基金预算", 2295.12m)
            .AtLine(67).Function("202", "二、外交支出", 0m, 0m, 0m)
            .AtLine(68).Source(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", 90.00m)
            .AtLine(68).Function("203", "三、国防支出", 0m, 0m, 0m)
            .AtLine(69).Source(FundSource.FiscalSpecialAccount, "四、财政专户管理资金", 0m)
            .AtLine(69).Function("204", "四、公共安全支出", 0m, 0m, 0m)
            .AtLine(70).Source(FundSource.UnitFunds, "五、单位资金", 0m)
            .AtLine(70).Function("205", "五、教育支出", 0m, 0m, 0m)
            .AtLine(71).Function("206", "六、科学技术支出", 0m, 0m, 0m)
            .AtLine(72).Function("207", "七、文化旅游体育与传媒支出", 0m, 0m, 0m)
            .AtLine(73).Function("208", "八、社会保障和就业支出", 52.84m, 52.84m, 0m)
            .AtLine(74).Function("209", "九、社会保险基金支出", 0m, 0m, 0m)
            .AtLine(75).Function("210", "十、卫生健康支出", 14.13m, 14.13m, 0m)
            .AtLine(76).Function("211", "十一、节能环保支出", 36.46m, 36.46m, 0m)
            .AtLine(77).Function("212", "十二、城乡社区支出", 2295.12m, 2295.12m, 0m)
            .AtLine(78).Function("213", "十三、农林水支出", 0m, 0m, 0m)
            .AtLine(79).Function("214", "十四、交通运输支出", 0m, 0m, 0m)
            .AtLine(80).Function("215", "十五、资源勘探工业信息等支出", 4026.16m, 793.80m, 3232.37m)
            .AtLine(81).Function("216", "十六、商业服务业等支出", 0m, 0m, 0m)
            .AtLine(82).Function("217", "十七、金融支出", 0m, 0m, 0m)
            .AtLine(83).Function("219", "十八、援助其他地区支出", 0m, 0m, 0m)
            .AtLine(84).Function("220", "十九、自然资源海洋气象等支出", 0m, 0m, 0m)
            .AtLine(85).Function("221", "二十、住房保障支出", 24.34m, 24.34m, 0m)
            .AtLine(86).Function("222", "二十一、粮油物资储备支出", 0m, 0m, 0m)
            .AtLine(87).Function("223", "二十二、国有资本经营预算支出", 90.00m, 90.00m, 0m)
            .AtLine(88).Function("224", "二十三、灾害防治及应急管理支出", 0m, 0m, 0m)
            .AtLine(89).Function("227", "二十四、预备费", 0m, 0m, 0m)
            .AtLine(90).Function("229", "二十五、其他支出", 0m, 0m, 0m)
            .AtLine(91).Function("230", "二十六、转移性支出", 0m, 0m, 0m)
            .AtLine(92).Function("231", "二十七、债务还本支出", 0m, 0m, 0m)
            .AtLine(94).Function("232", "二十八、债务付息支出", 0m, 0m, 0m)
            .AtLine(95).Function("233", "二十九、债务发行费用支出", 0m, 0m, 0m)
            .AtLine(96).Function("234", "三十、抗疫特别国债安排的支出", 0m, 0m, 0m)
            .AtLine(97).Summary(SummaryLine.CurrentYearRevenue, "本年收入合计", 3309.68m)
            .AtLine(97).Summary(SummaryLine.CurrentYearExpenditure, "本年支出合计", 6542.05m, 3309.68m, 3232.37m)
            .AtLine(98).Summary(SummaryLine.CarryOverRevenue, "上年结转", 3232.37m)
            .AtLine(98).Summary(SummaryLine.YearEndCarryForward, "年终结转", 0m, 0m, 0m)
            .AtLine(99).Summary(SummaryLine.RevenueGrandTotal, "收入总计", 6542.05m)
            .AtLine(99).Summary(SummaryLine.ExpenditureGrandTotal, "支出总计", 6542.05m, 3309.68m, 3232.37m)
            .Build();

    /// <summary>2024年预算收入总表: revenue by function code and source; 合计 is this year's revenue, 上年结转 beside it.</summary>
    private static BudgetTable RevenueSummary() =>
        // seed: the header prints 单位资金 over the last amount column and 上年结转 one column to its left; the amounts
        // (3232.37 on 合计, 215, 21505, 2150517) are the carry-over of table 1, so 单位资金 is empty and 上年结转 holds them.
        new TableBuilder(TableKind.RevenueSummary, Header(101, "2024年预算收入总表"))
            .AtLine(109).Total(3309.68m, 924.56m, 2295.12m, 90.00m, 0m, 0m, 3232.37m)
            .AtLine(110).Function("201", "一般公共服务支出", 3.00m, 3.00m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(111).Function("20113", "商贸事务", 3.00m, 3.00m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(112).Function("2011399", "其他商贸事务支出", 3.00m, 3.00m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(113).Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(114).Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(115).Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(116).Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(117).Function("2080506", "机关事业单位职业年金缴费支出", 11.90m, 11.90m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(118).Function("210", "卫生健康支出", 14.13m, 14.13m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(119).Function("21011", "行政事业单位医疗", 14.13m, 14.13m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(120).Function("2101101", "行政单位医疗", 9.67m, 9.67m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(121).Function("2101103", "公务员医疗补助", 4.46m, 4.46m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(122).Function("211", "节能环保支出", 36.46m, 36.46m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(123).Function("21103", "污染防治", 36.46m, 36.46m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(124).Function("2110301", "大气", 36.46m, 36.46m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(125).Function("212", "城乡社区支出", 2295.12m, 0m, 2295.12m, 0m, 0m, 0m, 0m)
            .AtLine(126).Function("21208", "国有土地使用权出让收入安排的支出", 2295.12m, 0m, 2295.12m, 0m, 0m, 0m, 0m)
            .AtLine(127).Function("2120809", "支付破产或改制企业职工安置费", 2295.12m, 0m, 2295.12m, 0m, 0m, 0m, 0m)
            .AtLine(128).Function("215", "资源勘探工业信息等支出", 793.80m, 793.80m, 0m, 0m, 0m, 0m, 3232.37m)
            .AtLine(129).Function("21502", "制造业", 1.30m, 1.30m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(130).Function("2150201", "行政运行", 1.30m, 1.30m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(131).Function("21505", "工业和信息产业监管", 782.50m, 782.50m, 0m, 0m, 0m, 0m, 3232.37m)
            .AtLine(133).Function("2150501", "行政运行", 193.81m, 193.81m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(134).Function("2150502", "一般行政管理事务", 27.18m, 27.18m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(135).Function("2150517", "产业发展", 561.51m, 561.51m, 0m, 0m, 0m, 0m, 3232.37m)
            .AtLine(136).Function("21507", "国有资产监管", 10.00m, 10.00m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(137).Function("2150799", "其他国有资产监管支出", 10.00m, 10.00m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(138).Function("221", "住房保障支出", 24.34m, 24.34m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(139).Function("22102", "住房改革支出", 24.34m, 24.34m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(140).Function("2210201", "住房公积金", 24.34m, 24.34m, 0m, 0m, 0m, 0m, 0m)
            .AtLine(141).Function("223", "国有资本经营预算支出", 90.00m, 0m, 0m, 90.00m, 0m, 0m, 0m)
            .AtLine(142).Function("22301", "解决历史遗留问题及改革成本支出", 90.00m, 0m, 0m, 90.00m, 0m, 0m, 0m)
            .AtLine(143).Function("2230105", "国有企业退休人员社会化管理补助支出", 90.00m, 0m, 0m, 90.00m, 0m, 0m, 0m)
            .Build();

    /// <summary>2024年预算支出总表: expenditure by function code, 基本支出 and 项目支出.</summary>
    private static BudgetTable ExpenditureSummary() =>
        new TableBuilder(TableKind.ExpenditureSummary, Header(145, "2024年预算支出总表"))
            .AtLine(153).Total(6542.05m, 286.42m, 6255.63m)
            .AtLine(154).Function("201", "一般公共服务支出", 3.00m, 0m, 3.00m)
            .AtLine(155).Function("20113", "商贸事务", 3.00m, 0m, 3.00m)
            .AtLine(156).Function("2011399", "其他商贸事务支出", 3.00m, 0m, 3.00m)
            .AtLine(157).Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m)
            .AtLine(158).Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m)
            .AtLine(159).Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m)
            .AtLine(160).Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m)
            .AtLine(161).Function("2080506", "机关事业单位职业年金缴费支出", 11.90m, 11.90m, 0m)
            .AtLine(162).Function("210", "卫生健康支出", 14.13m, 14.13m, 0m)
            .AtLine(163).Function("21011", "行政事业单位医疗", 14.13m, 14.13m, 0m)
            .AtLine(164).Function("2101101", "行政单位医疗", 9.67m, 9.67m, 0m)
            .AtLine(165).Function("2101103", "公务员医疗补助", 4.46m, 4.46m, 0m)
            .AtLine(166).Function("211", "节能环保支出", 36.46m, 0m, 36.46m)
            .AtLine(167).Function("21103", "污染防治", 36.46m, 0m, 36.46m)
            .AtLine(168).Function("2110301", "大气", 36.46m, 0m, 36.46m)
            .AtLine(169).Function("212", "城乡社区支出", 2295.12m, 0m, 2295.12m)
            .AtLine(170).Function("21208", "国有土地使用权出让收入安排的支出", 2295.12m, 0m, 2295.12m)
            .AtLine(171).Function("2120809", "支付破产或改制企业职工安置费", 2295.12m, 0m, 2295.12m)
            .AtLine(172).Function("215", "资源勘探工业信息等支出", 4026.16m, 195.11m, 3831.05m)
            .AtLine(173).Function("21502", "制造业", 1.30m, 1.30m, 0m)
            .AtLine(174).Function("2150201", "行政运行", 1.30m, 1.30m, 0m)
            .AtLine(175).Function("21505", "工业和信息产业监管", 4014.86m, 193.81m, 3821.05m)
            .AtLine(176).Function("2150501", "行政运行", 193.81m, 193.81m, 0m)
            .AtLine(177).Function("2150502", "一般行政管理事务", 27.18m, 0m, 27.18m)
            .AtLine(178).Function("2150517", "产业发展", 3793.87m, 0m, 3793.87m)
            .AtLine(179).Function("21507", "国有资产监管", 10.00m, 0m, 10.00m)
            .AtLine(180).Function("2150799", "其他国有资产监管支出", 10.00m, 0m, 10.00m)
            .AtLine(181).Function("221", "住房保障支出", 24.34m, 24.34m, 0m)
            .AtLine(182).Function("22102", "住房改革支出", 24.34m, 24.34m, 0m)
            .AtLine(183).Function("2210201", "住房公积金", 24.34m, 24.34m, 0m)
            .AtLine(184).Function("223", "国有资本经营预算支出", 90.00m, 0m, 90.00m)
            .AtLine(185).Function("22301", "解决历史遗留问题及改革成本支出", 90.00m, 0m, 90.00m)
            .AtLine(186).Function("2230105", "国有企业退休人员社会化管理补助支出", 90.00m, 0m, 90.00m)
            .Build();

    /// <summary>2024年财政拨款收支总表: 财政拨款 revenue by source, 上年财政拨款结转 by source, expenditure by class and fund.</summary>
    private static BudgetTable FiscalAppropriationSummary() =>
        new TableBuilder(TableKind.FiscalAppropriationSummary, Header(188, "2024年财政拨款收支总表"))
            .AtLine(197).Source(FundSource.GeneralPublicBudget, "一、一般公共预算", 924.56m)
            .AtLine(197).Function("201", "一、一般公共服务支出", 3.00m, 3.00m, 0m, 0m)
            .AtLine(198).Source(FundSource.GovernmentFundBudget, "二、政府性基金预算", 2295.12m)
            .AtLine(198).Function("202", "二、外交支出", 0m, 0m, 0m, 0m)
            .AtLine(199).Source(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", 90.00m)
            .AtLine(199).Function("203", "三、国防支出", 0m, 0m, 0m, 0m)
            .AtLine(200).Function("204", "四、公共安全支出", 0m, 0m, 0m, 0m)
            .AtLine(201).Function("205", "五、教育支出", 0m, 0m, 0m, 0m)
            .AtLine(202).Function("206", "六、科学技术支出", 0m, 0m, 0m, 0m)
            .AtLine(203).Function("207", "七、文化旅游体育与传媒支出", 0m, 0m, 0m, 0m)
            .AtLine(204).Function("208", "八、社会保障和就业支出", 52.84m, 52.84m, 0m, 0m)
            .AtLine(205).Function("209", "九、社会保险基金支出", 0m, 0m, 0m, 0m)
            .AtLine(206).Function("210", "十、卫生健康支出", 14.13m, 14.13m, 0m, 0m)
            .AtLine(207).Function("211", "十一、节能环保支出", 36.46m, 36.46m, 0m, 0m)
            .AtLine(208).Function("212", "十二、城乡社区支出", 2295.12m, 0m, 2295.12m, 0m)
            .AtLine(209).Function("213", "十三、农林水支出", 0m, 0m, 0m, 0m)
            .AtLine(210).Function("214", "十四、交通运输支出", 0m, 0m, 0m, 0m)
            .AtLine(211).Function("215", "十五、资源勘探工业信息等支出", 4026.16m, 4026.16m, 0m, 0m)
            .AtLine(212).Function("216", "十六、商业服务业等支出", 0m, 0m, 0m, 0m)
            .AtLine(213).Function("217", "十七、金融支出", 0m, 0m, 0m, 0m)
            .AtLine(214).Function("219", "十八、援助其他地区支出", 0m, 0m, 0m, 0m)
            .AtLine(215).Function("220", "十九、自然资源海洋气象等支出", 0m, 0m, 0m, 0m)
            .AtLine(216).Function("221", "二十、住房保障支出", 24.34m, 24.34m, 0m, 0m)
            .AtLine(217).Function("222", "二十一、粮油物资储备支出", 0m, 0m, 0m, 0m)
            .AtLine(218).Function("223", "二十二、国有资本经营预算支出", 90.00m, 0m, 0m, 90.00m)
            .AtLine(219).Function("224", "二十三、灾害防治及应急管理支出", 0m, 0m, 0m, 0m)
            .AtLine(220).Function("227", "二十四、预备费", 0m, 0m, 0m, 0m)
            .AtLine(221).Function("229", "二十五、其他支出", 0m, 0m, 0m, 0m)
            .AtLine(222).Function("230", "二十六、转移性支出", 0m, 0m, 0m, 0m)
            .AtLine(223).Function("231", "二十七、债务还本支出", 0m, 0m, 0m, 0m)
            .AtLine(224).Function("232", "二十八、债务付息支出", 0m, 0m, 0m, 0m)
            .AtLine(226).Function("233", "二十九、债务发行费用支出", 0m, 0m, 0m, 0m)
            .AtLine(227).Function("234", "三十、抗疫特别国债安排的支出", 0m, 0m, 0m, 0m)
            .AtLine(228).Summary(SummaryLine.CurrentYearRevenue, "本年收入合计", 3309.68m)
            .AtLine(228).Summary(SummaryLine.CurrentYearExpenditure, "本年支出合计", 6542.05m, 4156.93m, 2295.12m, 90.00m)
            .AtLine(229).Summary(SummaryLine.CarryOverRevenue, "上年财政拨款结转", 3232.37m)
            .AtLine(229).Summary(SummaryLine.YearEndCarryForward, "年终结转", 0m, 0m, 0m, 0m)
            .AtLine(230).CarryOverSource(FundSource.GeneralPublicBudget, "一、一般公共预算", 3232.37m)
            .AtLine(231).CarryOverSource(FundSource.GovernmentFundBudget, "二、政府性基金预算", 0m)
            .AtLine(232).CarryOverSource(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", 0m)
            .AtLine(233).Summary(SummaryLine.RevenueGrandTotal, "收入总计", 6542.05m)
            .AtLine(233).Summary(SummaryLine.ExpenditureGrandTotal, "支出总计", 6542.05m, 4156.93m, 2295.12m, 90.00m)
            .Build();

    /// <summary>2024年一般公共预算支出预算表（不含上年结转）: classes without general-budget money print empty rows.</summary>
    private static BudgetTable GeneralBudgetExpenditure() =>
        new TableBuilder(TableKind.GeneralBudgetExpenditure, Header(235, "2024年一般公共预算支出预算表（不含上年结转）"))
            .AtLine(243).Total(924.56m, 286.42m, 638.14m)
            .AtLine(244).Function("201", "一般公共服务支出", 3.00m, 0m, 3.00m)
            .AtLine(245).Function("20113", "商贸事务", 3.00m, 0m, 3.00m)
            .AtLine(246).Function("2011399", "其他商贸事务支出", 3.00m, 0m, 3.00m)
            .AtLine(247).Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m)
            .AtLine(248).Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m)
            .AtLine(249).Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m)
            .AtLine(250).Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m)
            .AtLine(251).Function("2080506", "机关事业单位职业年金缴费支出", 11.90m, 11.90m, 0m)
            .AtLine(252).Function("210", "卫生健康支出", 14.13m, 14.13m, 0m)
            .AtLine(253).Function("21011", "行政事业单位医疗", 14.13m, 14.13m, 0m)
            .AtLine(254).Function("2101101", "行政单位医疗", 9.67m, 9.67m, 0m)
            .AtLine(255).Function("2101103", "公务员医疗补助", 4.46m, 4.46m, 0m)
            .AtLine(256).Function("211", "节能环保支出", 36.46m, 0m, 36.46m)
            .AtLine(257).Function("21103", "污染防治", 36.46m, 0m, 36.46m)
            .AtLine(258).Function("2110301", "大气", 36.46m, 0m, 36.46m)
            .AtLine(259).Function("212", "城乡社区支出", 0m, 0m, 0m)
            .AtLine(260).Function("21208", "国有土地使用权出让收入安排的支出", 0m, 0m, 0m)
            .AtLine(261).Function("2120809", "支付破产或改制企业职工安置费", 0m, 0m, 0m)
            .AtLine(262).Function("215", "资源勘探工业信息等支出", 793.80m, 195.11m, 598.69m)
            .AtLine(263).Function("21502", "制造业", 1.30m, 1.30m, 0m)
            .AtLine(264).Function("2150201", "行政运行", 1.30m, 1.30m, 0m)
            .AtLine(265).Function("21505", "工业和信息产业监管", 782.50m, 193.81m, 588.69m)
            .AtLine(266).Function("2150501", "行政运行", 193.81m, 193.81m, 0m)
            .AtLine(267).Function("2150502", "一般行政管理事务", 27.18m, 0m, 27.18m)
            .AtLine(268).Function("2150517", "产业发展", 561.51m, 0m, 561.51m)
            .AtLine(269).Function("21507", "国有资产监管", 10.00m, 0m, 10.00m)
            .AtLine(270).Function("2150799", "其他国有资产监管支出", 10.00m, 0m, 10.00m)
            .AtLine(271).Function("221", "住房保障支出", 24.34m, 24.34m, 0m)
            .AtLine(272).Function("22102", "住房改革支出", 24.34m, 24.34m, 0m)
            .AtLine(273).Function("2210201", "住房公积金", 24.34m, 24.34m, 0m)
            .AtLine(274).Function("223", "国有资本经营预算支出", 0m, 0m, 0m)
            .AtLine(275).Function("22301", "解决历史遗留问题及改革成本支出", 0m, 0m, 0m)
            .AtLine(276).Function("2230105", "国有企业退休人员社会化管理补助支出", 0m, 0m, 0m)
            .Build();

    /// <summary>2024年一般公共预算安排基本支出分经济科目表（不含上年结转）: the table prints names only, the 部门 name and
    /// beside it the 政府 name; the codes are the catalog's.</summary>
    private static BudgetTable GeneralBudgetBasicExpenditure() =>
        new TableBuilder(TableKind.GeneralBudgetBasicExpenditure, Header(278, "2024年一般公共预算安排基本支出分经济科目表（不含上年结转）"))
            .AtLine(286).Total(286.42m, 258.15m, 28.27m)
            .AtLine(287).EconomicClass("301", "工资福利支出", 241.01m, 241.01m, 0m)
            .AtLine(288).EconomicItem("30101", "基本工资", "50101", "工资奖金津补贴", 90.63m, 90.63m, 0m)
            .AtLine(289).EconomicItem("30102", "津贴补贴", "50101", "工资奖金津补贴", 51.23m, 51.23m, 0m)
            .AtLine(290).EconomicItem("30103", "奖金", "50101", "工资奖金津补贴", 15.84m, 15.84m, 0m)
            .AtLine(291).EconomicItem("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", 23.80m, 23.80m, 0m)
            .AtLine(292).EconomicItem("30109", "职业年金缴费", "50102", "社会保障缴费", 11.90m, 11.90m, 0m)
            .AtLine(293).EconomicItem("30110", "职工基本医疗保险缴费", "50102", "社会保障缴费", 9.67m, 9.67m, 0m)
            .AtLine(294).EconomicItem("30111", "公务员医疗补助缴费", "50102", "社会保障缴费", 4.46m, 4.46m, 0m)
            .AtLine(295).EconomicItem("30112", "其他社会保障缴费", "50102", "社会保障缴费", 2.31m, 2.31m, 0m)
            .AtLine(296).EconomicItem("30113", "住房公积金", "50103", "住房公积金", 24.34m, 24.34m, 0m)
            .AtLine(297).EconomicItem("30199", "其他工资福利支出", "50199", "其他工资福利支出", 6.84m, 6.84m, 0m)
            .AtLine(298).EconomicClass("302", "商品和服务支出", 28.27m, 0m, 28.27m)
            .AtLine(299).EconomicItem("30201", "办公费", "50201", "办公经费", 1.08m, 0m, 1.08m)
            .AtLine(300).EconomicItem("30202", "印刷费", "50201", "办公经费", 0.50m, 0m, 0.50m)
            .AtLine(301).EconomicItem("30207", "邮电费", "50201", "办公经费", 0.30m, 0m, 0.30m)
            .AtLine(302).EconomicItem("30211", "差旅费", "50201", "办公经费", 0.80m, 0m, 0.80m)
            .AtLine(303).EconomicItem("30216", "培训费", "50203", "培训费", 1.40m, 0m, 1.40m)
            .AtLine(304).EconomicItem("30217", "公务接待费", "50206", "公务接待费", 0.20m, 0m, 0.20m)
            .AtLine(305).EconomicItem("30228", "工会经费", "50201", "办公经费", 2.81m, 0m, 2.81m)
            .AtLine(306).EconomicItem("30229", "福利费", "50201", "办公经费", 4.91m, 0m, 4.91m)
            .AtLine(307).EconomicItem("30231", "公务用车运行维护费", "50208", "公务用车运行维护费", 2.50m, 0m, 2.50m)
            .AtLine(308).EconomicItem("30239", "其他交通费用", "50201", "办公经费", 13.77m, 0m, 13.77m)
            .AtLine(309).EconomicClass("303", "对个人和家庭的补助", 17.14m, 17.14m, 0m)
            .AtLine(310).EconomicItem("30302", "退休费", "50905", "离退休费", 17.14m, 17.14m, 0m)
            .Build();

    /// <summary>2024年政府性基金预算收入表（不含上年结转）: one amount per revenue code.</summary>
    private static BudgetTable GovernmentFundRevenue() =>
        new TableBuilder(TableKind.GovernmentFundRevenue, Header(312, "2024年政府性基金预算收入表（不含上年结转）"))
            .AtLine(320).Total(2295.12m)
            .AtLine(321).Revenue("103", "非税收入", 2295.12m)
            .AtLine(322).Revenue("10301", "政府性基金收入", 2295.12m)
            .AtLine(323).Revenue("1030148", "国有土地使用权出让收入", 2295.12m)
            .Build();

    /// <summary>2024年政府性基金预算支出表（不含上年结转）.</summary>
    private static BudgetTable GovernmentFundExpenditure() =>
        new TableBuilder(TableKind.GovernmentFundExpenditure, Header(325, "2024年政府性基金预算支出表（不含上年结转）"))
            .AtLine(332).Total(2295.12m, 0m, 2295.12m)
            .AtLine(333).Function("212", "城乡社区支出", 2295.12m, 0m, 2295.12m)
            .AtLine(334).Function("21208", "国有土地使用权出让收入安排的支出", 2295.12m, 0m, 2295.12m)
            .AtLine(335).Function("2120809", "支付破产或改制企业职工安置费", 2295.12m, 0m, 2295.12m)
            .Build();

    /// <summary>部门公开表9 2024年国有资本经营预算收支预算表（不含上年结转）: revenue by code beside expenditure by code.</summary>
    private static BudgetTable StateCapitalOperation() =>
        new TableBuilder(TableKind.StateCapitalOperation, Header(339, "2024年国有资本经营预算收支预算表（不含上年结转）", "部门公开表9"))
            .AtLine(348).Summary(SummaryLine.CurrentYearRevenue, "合计", 90.00m)
            .AtLine(348).Total(90.00m, 0m, 90.00m)
            // seed: the revenue side prints expenditure codes and names (223 国有资本经营预算支出 …), not 收入分类 codes;
            // they are kept as printed, for the validator to flag.
            .AtLine(349).Revenue("223", "国有资本经营预算支出", 90.00m)
            .AtLine(349).Function("223", "国有资本经营预算支出", 90.00m, 0m, 90.00m)
            .AtLine(350).Revenue("22301", "解决历史遗留问题及改革成本支出", 90.00m)
            .AtLine(350).Function("22301", "解决历史遗留问题及改革成本支出", 90.00m, 0m, 90.00m)
            .AtLine(351).Revenue("2230105", "国有企业退休人员社会化管理补助支出", 90.00m)
            .AtLine(351).Function("2230105", "国有企业退休人员社会化管理补助支出", 90.00m, 0m, 90.00m)
            .Build();

    /// <summary>预算公开表10 2024年财政拨款安排“三公”经费支出预算表: 合计 is printed last.</summary>
    private static BudgetTable ThreePublicExpenses() =>
        new TableBuilder(TableKind.ThreePublicExpenses, Header(355, "2024年财政拨款安排“三公”经费支出预算表", "预算公开表10"))
            .AtLine(363).Summary(SummaryLine.OverseasTravel, "因公出国（境）费", 0m, 0m, 0m, 0m)
            .AtLine(364).Summary(SummaryLine.Reception, "公务接待费", 0.20m, 0.20m, 0m, 0m)
            .AtLine(365).Summary(SummaryLine.Vehicles, "公务用车购置及运行费", 2.50m, 2.50m, 0m, 0m)
            .AtLine(366).Summary(SummaryLine.VehiclePurchase, "①公务用车购置费", 0m, 0m, 0m, 0m)
            .AtLine(367).Summary(SummaryLine.VehicleOperation, "②公务用车运行维护费", 2.50m, 2.50m, 0m, 0m)
            .AtLine(368).Total(2.70m, 2.70m, 0m, 0m)
            .Build();

    /// <summary>2024年财政拨款安排机关运行经费预算表: 部门合计, then the one unit as its detail row.</summary>
    private static BudgetTable OperatingExpenses() =>
        new TableBuilder(TableKind.OperatingExpenses, Header(370, "2024年财政拨款安排机关运行经费预算表"))
            .AtLine(378).Unit("部门合计", 28.27m, 28.27m, 0m, 0m)
            .AtLine(379).Project(UnitName, 28.27m, 28.27m, 0m, 0m)
            .Build();

    /// <summary>2024年项目支出预算表（本年预算）: the unit row, then 20 projects. Line 389 numbers the columns 1 … 7.</summary>
    private static BudgetTable ProjectExpenditureCurrent() =>
        new TableBuilder(TableKind.ProjectExpenditureCurrent, Header(381, "2024年项目支出预算表（本年预算）"))
            .AtLine(390).Unit(UnitName, 3023.26m, 638.14m, 2295.12m, 90.00m, 0m, 0m)
            .AtLine(391).Project("省级数字经济发展专项资金(市县)", 64.90m, 64.90m, 0m, 0m, 0m, 0m)
            .AtLine(392).Project("解决汾阳市包装彩印园饮用水管道等工程所需资金", 142.42m, 142.42m, 0m, 0m, 0m, 0m)
            .AtLine(393).Project("解决原中煤龙泉焦化公司旧址购买保安服务所需费用", 17.70m, 17.70m, 0m, 0m, 0m, 0m)
            .AtLine(394).Project("解决汾阳市饮食服务公司留守人员欠发工资", 10.00m, 10.00m, 0m, 0m, 0m, 0m)
            .AtLine(395).Project("2024年国有企业退休职工养老金单位部分及滞纳金", 1704.40m, 0m, 1704.40m, 0m, 0m, 0m)
            .AtLine(396).Project("汾阳市包装彩印产业园前期建设资金", 58.99m, 58.99m, 0m, 0m, 0m, 0m)
            .AtLine(397).Project("国有企业资产整合重组费用", 230.65m, 230.65m, 0m, 0m, 0m, 0m)
            .AtLine(398).Project("爆破工程评估和专项监理费用", 3.64m, 3.64m, 0m, 0m, 0m, 0m)
            .AtLine(399).Project("国有企业2017年、2018年退休职工垫交养老金单位部分及滞纳金", 590.72m, 0m, 590.72m, 0m, 0m, 0m)
            .AtLine(400).Project("解决山西东辉新能有限公司4.3米焦炉关停技术服务费用", 28.21m, 28.21m, 0m, 0m, 0m, 0m)
            .AtLine(401).Project("“煤改电”设备质保金", 36.46m, 36.46m, 0m, 0m, 0m, 0m)
            .AtLine(402).Project("解决第七届86358电影短片周特色专业镇专题评比活动经费", 15.00m, 15.00m, 0m, 0m, 0m, 0m)
            .AtLine(403).Project("提前下达2024年国有企业退休人员社会化管理补助资金", 90.00m, 0m, 0m, 90.00m, 0m, 0m)
            .AtLine(404).Project("2024年临时工工资", 9.50m, 9.50m, 0m, 0m, 0m, 0m)
            .AtLine(405).Project("遗属补助", 2.28m, 2.28m, 0m, 0m, 0m, 0m)
            .AtLine(406).Project("2024年第一书记下乡补助", 3.25m, 3.25m, 0m, 0m, 0m, 0m)
            .AtLine(407).Project("2024年驻村专项工作经费", 0.75m, 0.75m, 0m, 0m, 0m, 0m)
            .AtLine(408).Project("饮食服务公司2024年办公经费", 3.00m, 3.00m, 0m, 0m, 0m, 0m)
            .AtLine(409).Project("业务经费—政府采购", 2.55m, 2.55m, 0m, 0m, 0m, 0m)
            .AtLine(410).Project("业务经费", 8.85m, 8.85m, 0m, 0m, 0m, 0m)
            .Build();

    /// <summary>2024年项目支出预算表（上年结转）: four amount columns only; the unit row is printed twice.</summary>
    private static BudgetTable ProjectExpenditureCarryOver() =>
        new TableBuilder(TableKind.ProjectExpenditureCarryOver, Header(412, "2024年项目支出预算表（上年结转）"))
            .WithColumns(TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital)
            .AtLine(421).Unit(UnitName, 3232.37m, 3232.37m, 0m, 0m)
            // seed: the unit row is printed a second time; kept as printed.
            .AtLine(422).Unit(UnitName, 3232.37m, 3232.37m, 0m, 0m)
            .AtLine(423).Project("全省培育特色专业镇发展资金汾财建一指字(2023)13号", 3232.37m, 3232.37m, 0m, 0m)
            .Build();

    // ---------------------------------------------------------------------------------------------------------------
    // 项目支出绩效目标表 (lines 503 to 1188), amounts in 元. The line of a sheet is its title's; the line of its funds
    // is that of 实施期资金总额 / 年度资金总额. Empty indicator rows (a 二级 label with no 三级) are not indicators.
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>主管部门 209-汾阳市工业和信息化局, 实施单位 the bureau, 一次性项目(1年结束), 项目期 1年.</summary>
    private static readonly ProjectSheetDetails OneOffProject =
        new(DepartmentCode, UnitName, UnitName, Attribute: "一次性项目(1年结束)", Period: "1年");

    /// <summary>As <see cref="OneOffProject"/>, but 经常性项目(长期开展), 项目期 99年.</summary>
    private static readonly ProjectSheetDetails RecurringProject =
        OneOffProject with { Attribute = "经常性项目(长期开展)", Period = "99年" };

    private static ProjectPerformanceSheet[] ProjectSheets() =>
    [
        CoalToElectricityWarranty(),
        SpecialtyTownFund(),
        FirstSecretarySubsidy(),
        StateEnterpriseRetireePensions2024(),
        TemporaryStaffWages(),
        VillageWorkFunds(),
        DemolitionAssessment(),
        PackagingParkPreparation(),
        StateEnterpriseRetireePensions2017And2018(),
        StateAssetRestructuring(),
        ShortFilmWeekAwards(),
        PackagingParkWaterPipes(),
        CateringCompanyWageArrears(),
        DonghuiCokeOvenShutdown(),
        CokingSiteSecurity(),
        ProvincialDigitalEconomyFund(),
        StateEnterpriseRetireeManagementSubsidy(),
        BusinessExpenses(),
        BusinessExpensesProcurement(),
        SurvivorSubsidy(),
        CateringCompanyOfficeExpenses(),
    ];

    /// <summary>“煤改电”设备质保金 (line 503).</summary>
    private static ProjectPerformanceSheet CoalToElectricityWarranty()
    {
        var indicators = new SheetIndicators()
            .Output(524, Quantity, "煤改电户数", "350户")
            .Output(525, Quality, "设备运行", "良好")
            .Output(526, Timeliness, "支付质保金期限", "5年")
            .Output(527, Cost, "“煤改电”设备质保金", "364575元", annualName: "“煤改电”设备")
            // seed: the 年度 side prints name and value in one cell, 减少重污染天气,有效改善.
            .Benefit(530, EcologicalBenefit, "减少重污染天气,改善空", "有效改善", annualName: "减少重污染天气,")
            .Benefit(531, Sustainability, "改善区域环境", "持续改善")
            .Satisfaction(532, "用户满意度", "≥90%");

        return new ProjectPerformanceSheetBuilder("“煤改电”设备质保金")
            .AtLine(503)
            .WithDetails(OneOffProject with
            {
                Overview = "2018年我局牵头对鼓楼南社区350户居民进行冬季取暖“煤改电”改造,按照合同取暖设备运行五年后付质保金。目前支付质保金期限已到,经我局向鼓楼南社区、太和桥街道办事处、能源局发函征询设备运行及售后服务意见,均反馈设备运行、售后服务较好。特申请拨付广东华天成能源科技股份有限公司“煤改电”设备",
                Basis = "吕政办发〔2018〕34号 汾工信发〔2023〕82号 2023资金第989号",
                Necessity = "为加快推进全市清洁取暖改造工作,持续改善区域环境空气质量,2018年我局牵头对鼓楼南社区350户居民进行冬季取暖“煤改电”改造,按照合同取暖设备运行五年后付质保金。",
                Measures = "吕政办发〔2018〕34号 汾工信发〔2023〕82号",
                Plan = "目前支付质保金期限已到,经我局向鼓楼南社区、太和桥街道办事处、能源局发函征询设备运行及售后服务意见,均反馈设备运行、售后服务较好。特申请拨付广东华天成能源科技股份有限公司“煤改电”设备质保金364575元。",
                LifetimeGoal = "目前支付质保金期限已到,经我局向鼓楼南社区、太和桥街道办事处、能源局发函征询设备运行及售后服务意见,均反馈设备运行、售后服务较好。特申请拨付广东华天成能源科技股份有限公司“煤改电”设备质保金364575元。",
                AnnualGoal = "目前支付质保金期限已到,经我局向鼓楼南社区、太和桥街道办事处、能源局发函征询设备运行及售后服务意见,均反馈设备运行、售后服务较好。特申请拨付广东华天成能源科技股份有限公司“煤改电”设备",
            })
            .Lifetime(Funds(510, 364575m, municipal: 364575m))
            .Annual(Funds(510, 364575m, municipal: 364575m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>全省培育特色专业镇发展资金汾财建一指字(2023)13号 (line 535).</summary>
    private static ProjectPerformanceSheet SpecialtyTownFund()
    {
        var indicators = new SheetIndicators()
            // seed: the 年度 side prints the 二级 labels only, no 三级 indicator; the project has no money this year.
            .LifetimeOnly(556, IndicatorCategory.Output, Quantity, "汾酒2030项目投资资金", "91亿")
            .LifetimeOnly(557, IndicatorCategory.Output, Quality, "产能提升", "100%")
            .LifetimeOnly(558, IndicatorCategory.Output, Timeliness, "拨付及时性", "及时")
            .LifetimeOnly(559, IndicatorCategory.Output, Cost, "培育杏花村汾酒专业镇资", "32323654.10元")
            .LifetimeOnly(560, IndicatorCategory.Benefit, EconomicBenefit, "增加税收", "≥20%")
            .LifetimeOnly(561, IndicatorCategory.Benefit, SocialBenefit, "增加就业率", "≥20%")
            .LifetimeOnly(564, IndicatorCategory.Satisfaction, ServiceRecipientSatisfaction, "企业满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("全省培育特色专业镇发展资金汾财建一指字(2023)13号")
            .AtLine(535)
            .WithDetails(OneOffProject with
            {
                Overview = "为推进我市汾酒专业镇高质量发展,扩产能、增链条、促文旅融合、打造品牌,推进“酒+包材”等项目,根据省政府批示,预拨特色镇发展资金5000万元,2023年绩效指标596591元,指标调整为49103409元,支付16779754.9元,结余32323654.1元",
                Basis = "晋政办发【2022】81号 山西省人民政府办公厅关于印发山西省支持专业镇高质量发展若干政策的通知",
                Necessity = "为推动我市白酒产业做大做强,促进市场主体倍增,带动就业富民,全方位推动我市经济高质量发展。",
                Measures = "加强首批培育特色专业镇发展资金使用管理办法",
                Plan = "支持“汾酒2030技改”等促进专业镇发展的有关项目",
                LifetimeGoal = "支持“汾酒2030技改”等促进专业镇发展的有关项目",
                // 年度目标 is printed empty.
            })
            .Lifetime(Funds(542, 32323654.1m, provincial: 32323654.1m))
            .Annual(Funds(542, 0m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>2024年第一书记下乡补助 (line 567).</summary>
    private static ProjectPerformanceSheet FirstSecretarySubsidy()
    {
        var indicators = new SheetIndicators()
            .Output(588, Quantity, "第一书记全年出勤天数", "250天")
            .Output(589, Quality, "根据考核出勤天数发放率", "100%", annualName: "根据考核出勤天数")
            .Output(590, Timeliness, "补助发放的及时性", "及时")
            .Output(591, Cost, "农村第一书记年补助", "32500元")
            .Benefit(593, SocialBenefit, "积极推进乡村建设", "推进")
            .Satisfaction(596, "农村第一书记满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("2024年第一书记下乡补助")
            .AtLine(567)
            .WithDetails(OneOffProject with
            {
                Overview = "第一书记派驻到临县指定村的生活补助250*130=32500元",
                Basis = "汾组通字(2021)36号",
                Necessity = "为加强对派驻临县农村第一书记工作的保障,进一步体现组织关心关爱,提高驻村第一书记干事创业积极性,持续发挥表率作用和骨干作用",
                Measures = "驻村工作队员管理规定,加强对提高农村第一书记工作的指导协调和督促检查",
                Plan = "确保农村第一书记的补助及时足额发放",
                LifetimeGoal = "确保农村第一书记的补助及时足额发放",
                AnnualGoal = "确保农村第一书记的补助及时足额发放",
            })
            .Lifetime(Funds(574, 32500m, municipal: 32500m))
            .Annual(Funds(574, 32500m, municipal: 32500m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>2024年国有企业退休职工养老金单位部分及滞纳金 (line 599).</summary>
    private static ProjectPerformanceSheet StateEnterpriseRetireePensions2024()
    {
        var indicators = new SheetIndicators()
            .Output(620, Quantity, "涉及国有企业数", "7户")
            .Output(621, Quality, "申报人数发放率", "100%")
            .Output(622, Timeliness, "拨付及时性", "及时")
            .Output(623, Cost, "2024年国有企业退休职工", "1704.4万元", annualName: "2024年国有企业")
            .Benefit(625, SocialBenefit, "国企改革进程", "有效推动")
            .Benefit(627, Sustainability, "维护职工稳定", "≥90%")
            .Satisfaction(628, "职工满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("2024年国有企业退休职工养老金单位部分及滞纳金")
            .AtLine(599)
            .WithDetails(OneOffProject with
            {
                Overview = "2024年国有企业汾阳市焦化厂、汾阳市色织厂、汾阳市帘子布厂、汾阳市进出口公司、汾阳市饮食服务公司、山西省第四纺织机械厂、山西省众鑫运业有限公司共有到龄退休职工56名,养老金单位部分和滞纳金预计1704.4万元",
                Basis = "《汾阳市人民政府常务会议纪要》(第39次) 汾阳市人民政府呈批单2023第183号",
                Necessity = "根据《汾阳市人民政府常务会议纪要》(第39次)第五条关于解决停产国有企业退休职工养老统筹集体部分事宜第二款,从2022年开始,当年退休职工移交集体部分当年解决,为停产企业下岗职工解决生活困难",
                Measures = "收取审核职工养老金缴费单据,核对养老金缴费数额等资料,保证养老保险单位部分及滞纳金发放无差错",
                Plan = "收到财政补助资金后,及时发放",
                LifetimeGoal = "收到财政补助资金后,及时发放",
                AnnualGoal = "收到财政补助资金后,及时发放",
            })
            .Lifetime(Funds(606, 17044000m, municipal: 17044000m))
            .Annual(Funds(606, 17044000m, municipal: 17044000m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>2024年临时工工资 (line 631).</summary>
    private static ProjectPerformanceSheet TemporaryStaffWages()
    {
        var indicators = new SheetIndicators()
            .Output(652, Quantity, "临时工人数", "4人")
            .Output(653, Quality, "经费保障率", "100%")
            .Output(654, Timeliness, "工资发放是否及时", "及时")
            .Output(655, Cost, "临时工资金额", "95040元")
            .Benefit(657, SocialBenefit, "带动工作积极性", "提高97%")
            .Satisfaction(660, "临时工满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("2024年临时工工资")
            .AtLine(631)
            .WithDetails(OneOffProject with
            {
                Overview = "因单位工作需要临时聘4名工作人员(司机1人、办公室2人、财务室1人)每人每月1980元,合计95040元",
                Basis = "根据历年预算安排",
                Necessity = "弥补单位工作人员不足,维持工作正常",
                Measures = "严格执行岗位职责,遵守单位规章制度",
                Plan = "保障我局临时工作人员按时领取工资",
                LifetimeGoal = "保障我局临时工作人员按时领取工资",
                AnnualGoal = "单位临时工作人员的工资福利支出共4人, 1980*4*12=95040",
            })
            .Lifetime(Funds(638, 95040m, municipal: 95040m))
            .Annual(Funds(638, 95040m, municipal: 95040m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>2024年驻村专项工作经费 (line 663).</summary>
    private static ProjectPerformanceSheet VillageWorkFunds()
    {
        var indicators = new SheetIndicators()
            .Output(684, Quantity, "驻村人数", "1人")
            .Output(685, Quality, "发放完成率", "100%")
            .Output(686, Timeliness, "发放及时性", "及时")
            .Output(687, Cost, "工作经费", "7500元")
            .Benefit(689, SocialBenefit, "提升驻村工作效率", "有效提升")
            .Satisfaction(692, "驻村工作人员满意度", ">95%", annualName: "驻村工作人员满");

        return new ProjectPerformanceSheetBuilder("2024年驻村专项工作经费")
            .AtLine(663)
            .WithDetails(OneOffProject with
            {
                Overview = "驻村专项工作经费",
                Basis = "汾组请字(2023)7号",
                Necessity = "为进一步健全常态化驻村工作机制,有效加强帮扶力量管理,全面提升驻村工作质效,更好管理驻村帮扶干部。",
                Measures = "财政拨款后,及时发放工作经费,提升驻村工作质效。",
                Plan = "财政拨款后,及时发放工作经费。",
                LifetimeGoal = "财政拨款后,及时发放工作经费。",
                AnnualGoal = "财政拨款后,及时发放工作经费。",
            })
            .Lifetime(Funds(670, 7500m, municipal: 7500m))
            .Annual(Funds(670, 7500m, municipal: 7500m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>爆破工程评估和专项监理费用 (line 695).</summary>
    private static ProjectPerformanceSheet DemolitionAssessment()
    {
        var indicators = new SheetIndicators()
            .Output(716, Quantity, "烟囱数量", "4根")
            .Output(717, Quality, "施工安全率", "100%")
            .Output(718, Timeliness, "爆破完成时间", "3天")
            .Output(719, Cost, "爆破评估和工程监理费用", "36400元", annualName: "爆破评估和工程")
            .Benefit(721, SocialBenefit, "减少安全事故", "减少")
            .Satisfaction(724, "单位满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("爆破工程评估和专项监理费用")
            .AtLine(695)
            .WithDetails(OneOffProject with
            {
                Overview = "根据5月12日汾阳市政府常务会议会议精神,由我局牵头开展汾阳市包装彩印产业园项目。项目建设地址为原汾阳市中煤龙泉焦化有限责任公司旧址,占地约500亩。因建设需要拟将旧址4根70米高烟囱进行爆破拆除,委托具有相应等级资质的单位进行爆破评估和工程监理。经费费用2.64万元。",
                Basis = "汾财建一指字【2023】147号",
                Necessity = "为进一步加强杏花村汾酒专业镇建设,以链长制推动专业镇发展,以实施链长制为抓手,在白滨强链上下功夫,强化上游产业配套供应。",
                Measures = "专款专用",
                Plan = "将旧址4根70米高烟囱进行爆破拆除,委托具有相应等级资质的单位进行爆破评估和工程监理",
                LifetimeGoal = "将旧址4根70米高烟囱进行爆破拆除,委托具有相应等级资质的单位进行爆破评估和工程监理",
                AnnualGoal = "将旧址4根70米高烟囱进行爆破拆除,委托具有相应等级资质的单位进行爆破评估和工程监理",
            })
            // seed: the 实施期 label 市县(区)财政资 wraps, and its 金 takes the place of 单位自筹 on line 706, which so
            // prints no 实施期 单位自筹: that level is absent from the 实施期 funds.
            .Lifetime(Funds(702, 36400m, municipal: 36400m, selfRaised: null))
            .Annual(Funds(702, 36400m, municipal: 36400m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>汾阳市包装彩印产业园前期建设资金 (line 727).</summary>
    private static ProjectPerformanceSheet PackagingParkPreparation()
    {
        var indicators = new SheetIndicators()
            .Output(748, Quantity, "70米高烟囱数量", "4根")
            .Output(749, Quality, "爆破清运达标率", "100%")
            .Output(750, Timeliness, "爆破清运时效性", "及时有效")
            .Output(751, Cost, "产业园前期建设费用", "589880元", annualName: "产业园前期建设")
            .Benefit(752, EconomicBenefit, "有效推进杏花村专业镇建", "有效推进", annualName: "有效推进杏花村")
            .Satisfaction(756, "企业满意度", "≥98%");

        return new ProjectPerformanceSheetBuilder("汾阳市包装彩印产业园前期建设资金")
            .AtLine(727)
            .WithDetails(OneOffProject with
            {
                Overview = "为加强杏花村汾酒专业镇建设,以链长制推动专业镇发展,以实施链长制为抓手,在白清强链上下功夫,强化上游产业配套供应,开展汾阳市包装彩印产业园项目,因建设需要,现需将旧址4根70米高烟囱进行爆破拆除,并对产生的垃圾进行清运。预算编报拆除费用和垃圾清运费用指标为597516.58元,中标价中",
                Basis = "汾工信发(2023)32号汾财建一指字(2023)89号",
                Necessity = "为加强杏花村汾酒专业镇建设,以链长制推动专业镇发展,以实施链长制为抓手,在白清强链上下功夫,强化上游产业配套供应,开展汾阳市包装彩印产业园项目。",
                Measures = "确保专款专用",
                Plan = "项目验收完工后,按时拨付,确保专款专用。",
                LifetimeGoal = "项目验收完工后,按时拨付,确保专款专用。",
                AnnualGoal = "项目验收完工后,按时拨付,确保专款专用。",
            })
            .Lifetime(Funds(734, 589880m, municipal: 589880m))
            .Annual(Funds(734, 589880m, municipal: 589880m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>国有企业2017年、2018年退休职工移交养老金单位部分及滞纳金 (line 759).</summary>
    private static ProjectPerformanceSheet StateEnterpriseRetireePensions2017And2018()
    {
        var indicators = new SheetIndicators()
            .Output(780, Quantity, "2017、2018年退休职工人数", "95人", annualName: "2017、2018年退休")
            .Output(781, Quality, "申报人数发放率", "100%")
            .Output(782, Timeliness, "拨付及时性", "及时")
            .Output(783, Cost, "2017、2018年退休职工工", "590.72万元", annualName: "2017、2018年退")
            .Benefit(785, SocialBenefit, "国企改革进程", "有效推进")
            .Satisfaction(788, "职工满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("国有企业2017年、2018年退休职工移交养老金单位部分及滞纳金")
            .AtLine(759)
            .WithDetails(OneOffProject with
            {
                // seed: 主管部门 and 实施单位 are misspelt 汾阳市工业和和信息化局 on this sheet; kept as printed.
                DepartmentName = "汾阳市工业和和信息化局",
                ImplementingUnit = "汾阳市工业和和信息化局",
                Overview = "为了解决停产国有企业职工困难,稳定职工队伍,根据《汾阳市人民政府常务会议纪要》(第39次)第五条关于解决停产国有企业退休职工养老统筹集体部分事宜第二款,2024年解决2017-2018年退休职工移交集体养老金统筹。0国有企业汾阳市电子厂、汾阳晋进出口公司、汾阳晋焦化厂、汾阳晋纺织厂、汾阳",
                Basis = "汾国资发〔2024〕2号 《汾阳市人民政府常务会议纪要》(第39次)",
                Necessity = "根据《汾阳市人民政府常务会议纪要》(第39次)第五条关于解决停产国有企业退休职工养老统筹集体部分事宜第二款,从2022年开始,当年退休职工移交集体部分当年解决,为停产企业下岗职工解决生活困难",
                Measures = "汾国资发〔2024〕2号",
                Plan = "收到财政补助资金后,及时发放",
                LifetimeGoal = "收到财政补助资金后,及时发放",
                AnnualGoal = "收到财政补助资金后,及时发放",
            })
            .Lifetime(Funds(766, 5907200m, municipal: 5907200m))
            .Annual(Funds(766, 5907200m, municipal: 5907200m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>国有企业资产整合重组费用 (line 791).</summary>
    private static ProjectPerformanceSheet StateAssetRestructuring()
    {
        var indicators = new SheetIndicators()
            .Output(812, Quantity, "国有企业数", "<40户")
            .Output(813, Quality, "对国有企业整合重组完成", "100%", annualName: "对国有企业整合")
            .Output(814, Timeliness, "及时完成国有企业整合重", "及时", annualName: "及时完成国有企")
            // seed: lines 815 to 817 are shifted: 成本指标 stands in the 一级 column on the left and the names one column
            // right on the 年度 side; both sides read 成本指标 / name / value.
            .Output(815, Cost, "法律服务费", "57.4万元")
            .Output(816, Cost, "策划首评费用", "101.15万元")
            .Output(817, Cost, "清产核资审计费", "72.1万元")
            .Benefit(819, SocialBenefit, "有效完成国有企业整合重", "有效", annualName: "有效完成国有企")
            // seed: the 满意度 line is shifted one column left.
            .Satisfaction(822, "国有企业满意度", "≥98%");

        return new ProjectPerformanceSheetBuilder("国有企业资产整合重组费用")
            .AtLine(791)
            .WithDetails(OneOffProject with
            {
                Overview = "为实行国有资本有序进退和资产统一集中管理,根据市政府的安排,组建成立了国有资本投资运营有限责任公司,作为汾阳市国有资本投资和运营平台,对国资、住建、粮食、交通、文旅等主管单位所属国有企业,通过市场化手段进行整合重组。整合重组工作涉及的企业数量多、专业性强,为保证工作的效率以及合法性,",
                Basis = "根据人民政府会议纪要 汾财建一(2023)23号",
                Necessity = "以国有资本投资运营有限责任公司为平台,通过市场化手段对国资、住建、粮食、交通、文旅等主管单位所属国有企业进行整合重组,需选聘相关专业中介机构介入此项工作。",
                Measures = "汾财建一(2023)23号",
                Plan = "由中标单位参与各企业整合重组工作,按照合同规定完成各项任务,通过政府采购平台招标中介机构,确定中标单位和具体金额。",
                LifetimeGoal = "由中标单位参与各企业整合重组工作,按照合同规定完成各项任务,通过政府采购平台招标中介机构,确定中标单位和具体金额。",
                AnnualGoal = "由中标单位参与各企业整合重组工作,按照合同规定完成各项任务,通过政府采购平台招标中介机构,确定中标单位和具体金额。",
            })
            .Lifetime(Funds(798, 2306500m, municipal: 2306500m))
            .Annual(Funds(798, 2306500m, municipal: 2306500m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>解决第七届86358电影短片周特色专业镇专题评比活动经费 (line 825).</summary>
    private static ProjectPerformanceSheet ShortFilmWeekAwards()
    {
        var indicators = new SheetIndicators()
            .Output(846, Quantity, "参评作品数", "108部")
            .Output(847, Quantity, "授奖单位个数", "7个")
            .Output(848, Quality, "短片契合率", "≥98%")
            // seed: line 849 is shifted right; it reads 时效指标 / 举办时间 / 6天 on the left, and the 年度 side keeps
            // only its 时效指标 label (name and value are lost), so the indicator is the 实施期 one alone.
            .LifetimeOnly(849, IndicatorCategory.Output, Timeliness, "举办时间", "6天")
            // seed: lines 850 and 855 are shifted one column left.
            .Output(850, Cost, "活动补助经费", "15万元")
            .Benefit(852, SocialBenefit, "提升专业镇知名度和美誉", "有效提升", annualName: "提升专业镇知名")
            .Satisfaction(855, "单位满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("解决第七届86358电影短片周特色专业镇专题评比活动经费")
            .AtLine(825)
            .WithDetails(OneOffProject with
            {
                Overview = "2023年8月份,我市依托贾家庄第七届86358电影短片周组委会举办了由省工信厅支持,吕梁市工信局、汾阳市政府协办的全省特色专业镇主题短片的评选活动。从参评的108部作品中,共评出一等奖1名、二等奖2名、三等奖4名,分别给予1万元、5000元、3000元奖励。并于8月28日组织了颁奖活动,活动总体预算20",
                Basis = "山西省工信厅函“关于做好第七届86358电影短片周专业镇发展主题短片征集活动的通知” 汾工信发(2023)85号 2023年资金第1056号",
                Necessity = "为进一步宣传推广好我省专业镇的建设成效,提升专业镇知名度和美誉度,以小切口展现大视野,以小故事展现大情怀。86358贾家庄短片周组委会定于8月24日-28日在汾阳市举办第七届86358电影短片周专业镇发展主题评比评选活动。",
                Measures = "汾工信发(2023)85号",
                Plan = "短片周活动于2023年8月24日-8月28日在吕梁市汾阳市贾家庄村举办。旨在为进一步提升电影短片周的影响力、传播力,推动我市文化事业、文化产业和乡村旅游的生动融合。旨在为进一步提升专业镇的知名度和美誉度,助推山西省转型发展、高质量发展注入新动力、提供新支撑。",
                LifetimeGoal = "短片周活动于2023年8月24日-8月28日在吕梁市汾阳市贾家庄村举办。旨在为进一步提升电影短片周的影响力、传播力,推动我市文化事业、文化产业和乡村旅游的生动融合。旨在为进一步提升专业镇的知名度和美誉度,助推山西省转型发展、高质量发展注入新动力、提供新支撑。",
                AnnualGoal = "短片周活动于2023年8月24日-8月28日在吕梁市汾阳市贾家庄村举办。旨在为进一步提升电影短片周的影响力、传播力,推动我市文化事业、文化产业和乡村旅游的生动融合。旨在为进一步提升专业镇的知名度和美誉度,助推山西省转型发展、高质量发展注入新动力、提供新支撑。",
            })
            .Lifetime(Funds(832, 150000m, municipal: 150000m))
            .Annual(Funds(832, 150000m, municipal: 150000m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>解决汾阳市包装彩印园饮水管道等工程所需资金 (line 858).</summary>
    private static ProjectPerformanceSheet PackagingParkWaterPipes()
    {
        var indicators = new SheetIndicators()
            .Output(879, Quantity, "铺设管道", "2388米")
            // seed: lines 880 and 881 are shifted one column right.
            .Output(880, Quality, "质量达标率", "100%")
            .Output(881, Timeliness, "完成任务及时率", "100%")
            // seed: line 882 prints each name twice, lines 883 to 885 are shifted right, and lines 886 and 887 print
            // name and value three times from the 一级 column on; each line is one 成本指标 for both periods.
            .Output(882, Cost, "堆园土石方量工程", "28.264485万元")
            .Output(883, Cost, "饮水管道工程", "24.583869万元")
            .Output(884, Cost, "清倒土石工程", "47.170052万元")
            .Output(885, Cost, "测绘技术服务", "6万元")
            .Output(886, Cost, "可研报告服务", "13.77万元")
            .Output(887, Cost, "拆除工程", "22.635326万元")
            .Benefit(888, EconomicBenefit, "拉动投资", "提高1亿元")
            // seed: the 满意度 line is shifted one column left.
            .Satisfaction(892, "单位满意度", "≥98%");

        return new ProjectPerformanceSheetBuilder("解决汾阳市包装彩印园饮水管道等工程所需资金")
            .AtLine(858)
            .WithDetails(OneOffProject with
            {
                Overview = "由我局牵头实施的汾阳市包装彩印园项目,建设地址为原汾阳市中煤龙泉焦化有限公司旧址,目前已进行了项目可研、饮水管道工程、部分土地平整等前期工作,所需费用为142.423732万元。",
                Basis = "汾工信发(2024)2号",
                Necessity = "由我局牵头实施的汾阳市包装彩印园项目,为推进包材园区建设顺利实施,需要做好前期工作并开展通水及土地平整等工程。",
                Measures = "汾工信发(2024)2号",
                Plan = "做好包材园区可研,为园区通水并平整土地,为之后包材园区顺利建设及招商提供基础。",
                LifetimeGoal = "做好包材园区可研,为园区通水并平整土地,为之后包材园区顺利建设及招商提供基础。",
                AnnualGoal = "做好包材园区可研,为园区通水并平整土地,为之后包材园区顺利建设及招商提供基础。",
            })
            .Lifetime(Funds(865, 1424237.32m, municipal: 1424237.32m))
            .Annual(Funds(865, 1424237.32m, municipal: 1424237.32m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>解决汾阳市饮食服务公司留守人员欠发工资 (line 895).</summary>
    private static ProjectPerformanceSheet CateringCompanyWageArrears()
    {
        var indicators = new SheetIndicators()
            .Output(916, Quantity, "发放人数", "18人")
            .Output(917, Quality, "留守人员发放率", "100%")
            .Output(918, Timeliness, "发放时效", "按时发放")
            .Output(919, Cost, "发放总金额", "10万元")
            // seed: the 三级 cell of this 社会效益 indicator reads 可持续影响指标; kept as printed.
            .Benefit(921, SocialBenefit, "可持续影响指标", "树立政府形象")
            .Satisfaction(924, "留守人员满意度", "≥97%");

        return new ProjectPerformanceSheetBuilder("解决汾阳市饮食服务公司留守人员欠发工资")
            .AtLine(895)
            .WithDetails(OneOffProject with
            {
                Overview = "汾阳市饮食服务公司于2006年实行企业改制,资产处置收入1170万元上交市财政,改制中途,由于诸多原因改制中断未完成,留守人员工资一直挂账至今。鉴于公司无任何收入,特申请市财政拨款10万元,用于清偿解决留守人员工资。",
                Basis = "汾国资发(2024)1号",
                Necessity = "从维稳的大局出发,解决企业职工实际困难",
                Measures = "汾国资发(2024)1号",
                Plan = "按欠款人数和欠发工资数额同比例发放部分欠款",
                LifetimeGoal = "按欠款人数和欠发工资数额同比例发放部分欠款",
                AnnualGoal = "按欠款人数和欠发工资数额同比例发放部分欠款",
            })
            .Lifetime(Funds(902, 100000m, municipal: 100000m))
            .Annual(Funds(902, 100000m, municipal: 100000m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>解决山西东辉新材料有限公司4.3米焦炉关停技术服务费用 (line 927).</summary>
    private static ProjectPerformanceSheet DonghuiCokeOvenShutdown()
    {
        var indicators = new SheetIndicators()
            .Output(948, Quantity, "停炭化室焦炉高度", "4.3米", annualName: "停炭化室焦炉高")
            .Output(949, Quality, "技术服务合格率", "100%")
            .Output(950, Timeliness, "技术服务完成时间", "及时", annualName: "技术服务完成时")
            .Output(951, Cost, "技术服务费用", "28.205万元")
            .Benefit(953, SocialBenefit, "环境指标得到改善", "明显改善", annualName: "环境指标得到改")
            .Satisfaction(956, "单位满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("解决山西东辉新材料有限公司4.3米焦炉关停技术服务费用")
            .AtLine(927)
            .WithDetails(OneOffProject with
            {
                Overview = "根据汾阳市关停炭化室高度4.3米焦炉领导小组办公室《关于印发〈汾阳市焦化行业关停4.3米焦炉工作方案〉的通知》(汾关焦办发〔2023〕1号)文件精神,我单位负责聘请第三方技术服务公司指导所涉山西东辉新材料有限公司4.3米焦炉关停工作,并确保如期、安全关停,高标准达到关停要求。经局党组会议比对研究",
                Basis = "汾工信发〔2023〕59号",
                Necessity = "为确保如期、安全关停,高标准达到关停要求,经局党组会议比对研究,确定山西特斯科煤化工技术服务有限公司全程提供此次4.3米焦炉关停技术服务工作。",
                Measures = "汾工信发〔2023〕59号",
                Plan = "确保如期、安全关停,高标准达到关停要求",
                LifetimeGoal = "确保如期、安全关停,高标准达到关停要求",
                AnnualGoal = "确保如期、安全关停,高标准达到关停要求",
            })
            .Lifetime(Funds(934, 282050m, municipal: 282050m))
            .Annual(Funds(934, 282050m, municipal: 282050m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>解决原中煤龙泉焦化公司旧址购买保安服务所需费用 (line 959).</summary>
    private static ProjectPerformanceSheet CokingSiteSecurity()
    {
        var indicators = new SheetIndicators()
            .Output(980, Quantity, "保安人数", "5人")
            .Output(981, Quality, "出勤率", "100%")
            .Output(982, Timeliness, "服务期限", "1年")
            .Output(983, Cost, "保安服务费", "17.7万元")
            .Benefit(984, EconomicBenefit, "带动就业", "5人")
            .Benefit(987, Sustainability, "创造安全稳定环境", "有效提高")
            .Satisfaction(988, "单位满意度", "≥98%");

        return new ProjectPerformanceSheetBuilder("解决原中煤龙泉焦化公司旧址购买保安服务所需费用")
            .AtLine(959)
            .WithDetails(RecurringProject with
            {
                Overview = "我局以政府购买服务的方式聘请专业保安服务公司承担该园大门出入管理和重点部位的巡逻服务任务,服务期限为一年,服务人员5人,服务所需费用为17.7万元",
                Basis = "汾工信发(2024)1号",
                Necessity = "推进包材园区项目建设,为确保厂区安全,对大门出入管理和重点部位的巡逻。",
                Measures = "汾工信发(2024)1号",
                Plan = "聘请服务人员5人,服务期限一年,确保厂区内安全稳定。",
                LifetimeGoal = "聘请服务人员5人,服务期限一年,确保厂区内安全稳定。",
                AnnualGoal = "聘请服务人员5人,服务期限一年,确保厂区内安全稳定。",
            })
            .Lifetime(Funds(966, 177000m, municipal: 177000m))
            .Annual(Funds(966, 177000m, municipal: 177000m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>省级数字经济发展专项资金(市县) (line 991).</summary>
    private static ProjectPerformanceSheet ProvincialDigitalEconomyFund()
    {
        var indicators = new SheetIndicators()
            .Output(1012, Quantity, "平台新增车辆数", ">17000辆")
            .Output(1013, Quantity, "平台新增司机数", ">25000人")
            .Output(1014, Quality, "车辆信息合规", "≥99%")
            .Output(1015, Quality, "运单数据合格率", "≥96%")
            .Output(1016, Timeliness, "运费结算周期", "<1天")
            // seed: lines 1017 and 1022 are shifted one column left.
            .Output(1017, Cost, "“货运达”智慧物流平台", "64.9万元", annualName: "“货运达”智慧")
            .Benefit(1018, EconomicBenefit, "主营业务收入增长率", ">50%", annualName: "主营业务收入增")
            .Benefit(1019, SocialBenefit, "提高运输效率", "≥20%")
            .Satisfaction(1022, "服务企业满意度", "≥97%");

        return new ProjectPerformanceSheetBuilder("省级数字经济发展专项资金(市县)")
            .AtLine(991)
            .WithDetails(OneOffProject with
            {
                Overview = "山西峰凡科技物流股份有限公司自主研发“货运达智慧物流平台”,该平台以“互联网+大数据+智慧物流”为核心路径,集信息流、物流、资金流、票据流和证据流于一体,为货主企业、物流公司、司机提供完整的供应链管理、物流运输、物流和仓单制等。平台取得11个软件著作权。平台为2.7万司机建立了",
                Basis = "晋财建(2023)253号文件 山西省财政厅关于提前下达2024年省级数字经济发展专项资金的通知",
                Necessity = "山西峰凡科技物流股份有限公司深耕物流运输行业多年,深刻认识到了大宗商品运输长期存在的成本高、行业信息化水平低、行业监管缺失、增值服务不全面等问题,为帮助以煤炭、焦炭、氧化铝等大宗商品运输为主的货主企业解决以上问题,公司研发了“货运达智慧物流平台”",
                Measures = "峰凡平台管理制度、研发人员绩效考核制度",
                Plan = "1、物流平台新增车辆25000辆,新增司机17000名;2、物流平台业务收入增加2亿元;3、用户使用满意度达97%以上。",
                LifetimeGoal = "1、物流平台新增车辆25000辆,新增司机17000名;2、物流平台业务收入增加2亿元;3、用户使用满意度达97%以上。",
                AnnualGoal = "1、物流平台新增车辆25000辆,新增司机17000名;2、物流平台业务收入增加2亿元;3、用户使用满意度达97%以上。",
            })
            .Lifetime(Funds(998, 649000m, provincial: 649000m))
            .Annual(Funds(998, 649000m, provincial: 649000m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>提前下达2024年国有企业退休人员社会化管理补助资金 (line 1025).</summary>
    private static ProjectPerformanceSheet StateEnterpriseRetireeManagementSubsidy()
    {
        var indicators = new SheetIndicators()
            .Output(1046, Quantity, "国有企业已退休人员管理", "100%", annualName: "国有企业已退休")
            .Output(1047, Quantity, "国有企业新办理退休人员", "100%", annualName: "国有企业新办理")
            .Output(1048, Quantity, "国有企业退休人员", "3495人", annualName: "国有企业退休人")
            .Output(1049, Quality, "原中央下放企业不承担移", "100%", annualName: "原中央下放企业")
            .Output(1050, Timeliness, "补助发放及时性", "及时")
            // seed: lines 1051 and 1056 are shifted one column left.
            .Output(1051, Cost, "总成本", "90万元")
            .Benefit(1052, EconomicBenefit, "国有企业不承担移交后的", "100%", annualName: "国有企业不承担")
            .Benefit(1053, SocialBenefit, "带动退休人员社会化管理", "有效带动", annualName: "带动退休人员社")
            .Satisfaction(1056, "移交企业的综合满意度", "≥95%", annualName: "移交企业的综合");

        return new ProjectPerformanceSheetBuilder("提前下达2024年国有企业退休人员社会化管理补助资金")
            .AtLine(1025)
            .WithDetails(OneOffProject with
            {
                Overview = "山西省政府安排,国有企业退休人员(央企、国企)从2020年开始,人事管理、党组织关系移交到退休人员所在地或居住地乡镇、农村(街道、社区)管理,2023年底,汾阳市共接收国有企业退休人员3495人,根据上级有关文件精神,移交接收单位社会化管理补助资金。",
                Basis = "吕财资(2023)52号",
                Necessity = "为了给国有企业瘦身健体,减轻企业负担,推动企业退休人员社会化管理工作",
                Measures = "我市成立了国有企业退休人员社会化管理领导小组,由专人负责此项工作,每个乡镇确定一名分管领导",
                Plan = "及时将上级财政补助资金拨付到各接收单位。",
                LifetimeGoal = "及时将上级财政补助资金拨付到各接收单位。",
                AnnualGoal = "及时将上级财政补助资金拨付到各接收单位。",
            })
            // seed: 实施期 puts the 900,000 元 under 中央, 年度 under 省级; kept as printed.
            .Lifetime(Funds(1032, 900000m, central: 900000m))
            .Annual(Funds(1032, 900000m, provincial: 900000m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>业务经费 (line 1059).</summary>
    private static ProjectPerformanceSheet BusinessExpenses()
    {
        var indicators = new SheetIndicators()
            .Output(1080, Quantity, "下乡人次", "≥100人")
            .Output(1081, Quality, "办公耗材质量合格率", "100%", annualName: "办公耗材质量合")
            .Output(1082, Timeliness, "办公耗材、设备购置及时", "及时", annualName: "办公耗材、设备")
            .Output(1083, Cost, "业务经费", "94500元")
            .Benefit(1085, SocialBenefit, "保障单位日常正常运转", "保障", annualName: "保障单位日常正")
            .Satisfaction(1088, "职工满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("业务经费")
            .AtLine(1059)
            .WithDetails(OneOffProject with
            {
                Overview = "参照往年情况,办公费25100元,差旅费33000元,印刷费7000元,邮电费1000元,劳务费20000元,A4复印纸35箱8400元,计94500元",
                Basis = "根据实际需要",
                Necessity = "单位的基本公用经费不能够满足单位的正常运转,特申请该项经费",
                Measures = "《单位支出制度》、《采购制度》",
                Plan = "保障单位的正常运转",
                LifetimeGoal = "保障单位的正常运转",
                AnnualGoal = "保障单位的正常运转",
            })
            // seed: 实施期 94,500 元 against 年度 88,500 元 (table 12 prints 8.85 万元); kept as printed.
            .Lifetime(Funds(1066, 94500m, municipal: 94500m))
            .Annual(Funds(1066, 88500m, municipal: 88500m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>业务经费--政府采购 (line 1091).</summary>
    private static ProjectPerformanceSheet BusinessExpensesProcurement()
    {
        var indicators = new SheetIndicators()
            .Output(1112, Quantity, "打印机", "3台")
            .Output(1113, Quantity, "空调", "3台")
            .Output(1114, Quantity, "统信操作系统", "6套")
            // seed: lines 1115 to 1117 are shifted one column left. Line 1116 prints no 二级 on either side, so
            // 产品供货及时性 stays under 质量指标 (the merged cell above); on line 1117 only the 年度 side prints 成本指标.
            .Output(1115, Quality, "产品合格率", "100%")
            .Output(1116, Quality, "产品供货及时性", "及时")
            .Output(1117, Cost, "采购金额", "25500元")
            .Benefit(1119, SocialBenefit, "保障单位日常正常运转", "保障", annualName: "保障单位日常正")
            // seed: the 满意度 line is shifted one column left.
            .Satisfaction(1122, "职工满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("业务经费--政府采购")
            .AtLine(1091)
            .WithDetails(OneOffProject with
            {
                Overview = "根据单位实际情况,需要更换3台空调10500元,打印机3台9000元,统信操作系统6套8000元,共计25500元",
                Basis = "根据实际工作需要",
                Necessity = "保障工作正常运转",
                Measures = "政府采购制度和流程",
                Plan = "保障单位的正常运转",
                LifetimeGoal = "保障单位的正常运转",
                AnnualGoal = "保障单位的正常运转",
            })
            .Lifetime(Funds(1098, 25500m, municipal: 25500m))
            .Annual(Funds(1098, 25500m, municipal: 25500m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>遗属补助 (line 1125).</summary>
    private static ProjectPerformanceSheet SurvivorSubsidy()
    {
        var indicators = new SheetIndicators()
            .Output(1146, Quantity, "遗属补助人数", "2人")
            .Output(1147, Quality, "经费保障率", "100%")
            .Output(1148, Timeliness, "遗属补助发放是否及时", "及时")
            .Output(1149, Cost, "遗属补助金额", "22752元")
            .Benefit(1153, Sustainability, "补助是否按规定标准发放", "是")
            .Satisfaction(1154, "遗属补助人员满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("遗属补助")
            .AtLine(1125)
            .WithDetails(OneOffProject with
            {
                Overview = "我单位领取遗属补助人员为:侯玉英每月1235元,补2023年每月增资95元,全年合计(1235+95)*12=15960元;李桂香每月544元,补2023年2-12月每月增资24元,全年合计544+(544+24)*11=6792元。",
                Basis = "根据预算安排,遗属补助列入其他运转类项目",
                Necessity = "保障遗属人员按时领取补助",
                Measures = "根据预算安排,遗属补助列入其他运转类项目",
                Plan = "保障遗属人员按时领取补助",
                LifetimeGoal = "保障遗属人员按时领取补助",
                AnnualGoal = "保障遗属人员按时领取补助",
            })
            .Lifetime(Funds(1132, 22752m, municipal: 22752m))
            .Annual(Funds(1132, 22752m, municipal: 22752m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>饮食服务公司2024年办公经费 (line 1157).</summary>
    private static ProjectPerformanceSheet CateringCompanyOfficeExpenses()
    {
        var indicators = new SheetIndicators()
            .Output(1178, Quantity, "留守人员数", "5人")
            .Output(1179, Quality, "办公用品使用率", "100%")
            .Output(1180, Timeliness, "补助发放及时性", "及时")
            .Output(1181, Cost, "留守人员补助", "20000元")
            // seed: line 1182 reads 办公费 / (empty) / 10000元 on each side, from the 一级 column on: a second 成本指标.
            .Output(1182, Cost, "办公费", "10000元")
            .Benefit(1184, SocialBenefit, "保障单位日常正常运转", "有效保障", annualName: "保障单位日常正")
            // seed: the 满意度 line is shifted one column left.
            .Satisfaction(1187, "企业满意度", "≥95%");

        return new ProjectPerformanceSheetBuilder("饮食服务公司2024年办公经费")
            .AtLine(1157)
            .WithDetails(OneOffProject with
            {
                Overview = "参照往年情况:办公费2000元,电费2000,取暖煤改电费3000元,其他3000元,留守人员生活补助20000元,共计30000元。",
                Basis = "根据上年预算",
                Necessity = "饮食服务公司改制未完成,因其单位的特殊性,特申请该项经费,保证单位的正常运转",
                Measures = "《单位支出制度》",
                Plan = "保障单位正常运转,合理开支运转经费",
                LifetimeGoal = "保障单位正常运转,合理开支运转经费",
                AnnualGoal = "保障单位正常运转,合理开支运转经费",
            })
            .Lifetime(Funds(1164, 30000m, municipal: 30000m))
            .Annual(Funds(1164, 30000m, municipal: 30000m))
            .AddIndicators(indicators.Lifetime, indicators.Annual)
            .Build();
    }

    /// <summary>
    /// A sheet's funds over one period, in 元: the total and the four levels the sheets print (中央, 省级,
    /// 市县(区), 单位自筹; a printed 0 is zero). 其他资金 is printed empty on every sheet, so it is absent.
    /// </summary>
    private static ProjectFunding Funds(int line, decimal total, decimal central = 0m, decimal provincial = 0m, decimal municipal = 0m, decimal? selfRaised = 0m)
    {
        var levels = new Dictionary<FundingLevel, Money>
        {
            [FundingLevel.Central] = Money.FromYuan(central),
            [FundingLevel.Provincial] = Money.FromYuan(provincial),
            [FundingLevel.MunicipalCounty] = Money.FromYuan(municipal),
        };
        if (selfRaised is { } self)
        {
            levels[FundingLevel.UnitSelfRaised] = Money.FromYuan(self);
        }
        return new ProjectFunding(Money.FromYuan(total), levels, line);
    }

    private static SheetIndicator Indicator(int line, IndicatorCategory category, IndicatorSubcategory subcategory, string name, string value) =>
        new(new Indicator(category, subcategory, name, IndicatorValue.Parse(value)), line);

    /// <summary>The indicators of a sheet for both periods. Most printed lines carry an 实施期 indicator on the left and
    /// the same 年度 indicator on the right, often with its name cut short: <c>annualName</c> / <c>annualValue</c>
    /// give the right-hand side where it differs.</summary>
    private sealed class SheetIndicators
    {
        public List<SheetIndicator> Lifetime { get; } = [];

        public List<SheetIndicator> Annual { get; } = [];

        public SheetIndicators Output(int line, IndicatorSubcategory subcategory, string name, string value, string? annualName = null, string? annualValue = null) =>
            Both(line, IndicatorCategory.Output, subcategory, name, value, annualName, annualValue);

        public SheetIndicators Benefit(int line, IndicatorSubcategory subcategory, string name, string value, string? annualName = null, string? annualValue = null) =>
            Both(line, IndicatorCategory.Benefit, subcategory, name, value, annualName, annualValue);

        public SheetIndicators Satisfaction(int line, string name, string value, string? annualName = null) =>
            Both(line, IndicatorCategory.Satisfaction, ServiceRecipientSatisfaction, name, value, annualName, null);

        public SheetIndicators LifetimeOnly(int line, IndicatorCategory category, IndicatorSubcategory subcategory, string name, string value)
        {
            Lifetime.Add(Indicator(line, category, subcategory, name, value));
            return this;
        }

        private SheetIndicators Both(int line, IndicatorCategory category, IndicatorSubcategory subcategory, string name, string value, string? annualName, string? annualValue)
        {
            Lifetime.Add(Indicator(line, category, subcategory, name, value));
            Annual.Add(Indicator(line, category, subcategory, annualName ?? name, annualValue ?? value));
            return this;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 整体支出绩效目标申报表 (line 1190), amounts in 万元.
    // ---------------------------------------------------------------------------------------------------------------

    private static OverallPerformanceSheet OverallSheet()
    {
        SheetIndicator[] indicators =
        [
            Indicator(1214, IndicatorCategory.Output, Quantity, "项目数", "21个"),
            Indicator(1215, IndicatorCategory.Output, Quality, "项目完成率", "≥80%"),
            Indicator(1216, IndicatorCategory.Output, Timeliness, "项目实施期限", "1年"),
            Indicator(1217, IndicatorCategory.Output, Cost, "基本支出", "286.42万元"),
            // seed: line 1218 is shifted one column left (项目支出 / empty / 6255.63万元): a second 成本指标.
            Indicator(1218, IndicatorCategory.Output, Cost, "项目支出", "6255.63万元"),
            Indicator(1220, IndicatorCategory.Benefit, SocialBenefit, "提升经济发展和服务水平", "提升"),
            // seed: the 满意度 line is shifted one column left.
            Indicator(1223, IndicatorCategory.Satisfaction, ServiceRecipientSatisfaction, "服务对象满意度", "≥90%"),
        ];

        // Lines 1202 to 1208: 按资金来源划分 and 按资金方向划分 (资金总额(万元)).
        var bySource = new Dictionary<FundSource, Money>
        {
            [FundSource.GeneralPublicBudget] = Money.FromWan(4156.93m),
            [FundSource.GovernmentFundBudget] = Money.FromWan(2295.12m),
            [FundSource.StateCapitalOperationBudget] = Money.FromWan(90m), // printed "90"
            [FundSource.SocialInsuranceFundBudget] = Money.FromWan(0.00m),
            [FundSource.FiscalSpecialAccount] = Money.FromWan(0.00m), // 专户管理资金
            [FundSource.UnitFunds] = Money.FromWan(0.00m), // seed: line 1208 is shifted one column left
        };
        var byType = new Dictionary<ExpenditureType, Money>
        {
            [ExpenditureType.Basic] = Money.FromWan(286.42m),
            [ExpenditureType.Project] = Money.FromWan(6255.63m),
        };

        // Lines 1195 to 1198. seed: 其他人员数 2 (line 1198) is shifted, label first, the number two columns right.
        var staff = new StaffFigures(
            InternalDepartments: 7,
            SubordinateUnits: 1,
            AuthorizedStaff: 17,
            ActualStaff: 18,
            ActualOnEstablishment: 16,
            ActualOther: 2);

        return new OverallPerformanceSheet(
            "209001-汾阳市工业和信息化局",
            Money.FromWan(6542.05m),
            bySource,
            byType,
            staff,
            indicators,
            PublishedPrecision.WanTwoDecimals,
            line: 1190);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 第三部分 情况说明: the figures the prose states. Values are written as printed (6,542.05万元 is 6542.05m, 1704.4万元 is
    // 1704.4m), so a fact's Decimals is the scale of its value; decreases (减少, 下降) are negative.
    // ---------------------------------------------------------------------------------------------------------------

    private static IEnumerable<ProseFact> Facts() =>
    [
        .. RevenueAndExpenditureChanges(),
        .. RevenueExplanation(),
        .. ExpenditureExplanation(),
        .. FiscalAppropriationExplanation(),
        .. GeneralBudgetExplanation(),
        .. ThreePublicAndOperatingExpenses(),
        .. Procurement(),
        .. PerformanceManagement(),
        .. Assets(),
    ];

    private static FactSubject About(FactTopic topic) => new(topic);

    private static FactSubject About(FactTopic topic, FundSource source) => new(topic, Source: source);

    private static FactSubject AboutClass(FactTopic topic, string code, string name) => new(topic, Code: FunctionCode.Parse(code), Name: name);

    private static FactSubject AboutCategory(FactTopic topic, ProjectCategory category) => new(topic, Category: category);

    private static FactSubject AboutProject(string name) => new(FactTopic.Project, Name: name);

    private static ProseFact Wan(int line, FactSubject subject, decimal value, string excerpt) =>
        new(FactKind.Amount, subject, value, "万元", value.Scale, line, excerpt);

    private static ProseFact Share(int line, FactSubject subject, decimal percent, FactSubject of, string excerpt) =>
        new(FactKind.Share, subject, percent, "%", percent.Scale, line, excerpt) { Base = of };

    private static ProseFact ChangeWan(int line, FactSubject subject, decimal value, string excerpt, int? comparedYear = null) =>
        new(FactKind.ChangeAmount, subject, value, "万元", value.Scale, line, excerpt) { ComparedYear = comparedYear };

    private static ProseFact ChangePercent(int line, FactSubject subject, decimal percent, string excerpt, int? comparedYear = null) =>
        new(FactKind.ChangePercent, subject, percent, "%", percent.Scale, line, excerpt) { ComparedYear = comparedYear };

    private static ProseFact Count(int line, FactSubject subject, int count, string unit, string excerpt) =>
        new(FactKind.Count, subject, count, unit, 0, line, excerpt);

    /// <summary>一、单位预算收支数据变动情况及原因: line 430 (revenue) and line 432 (expenditure, same reasons).</summary>
    private static IEnumerable<ProseFact> RevenueAndExpenditureChanges() =>
    [
        Wan(430, About(FactTopic.TotalRevenue), 6542.05m, "预算收入总计6,542.05万元"),
        Wan(430, About(FactTopic.CurrentYearRevenue), 3309.68m, "本年收入3,309.68万元"),
        Wan(430, About(FactTopic.CarryOverRevenue), 3232.37m, "上年结转3,232.37万元"),
        ChangeWan(430, About(FactTopic.TotalRevenue), 6131.69m, "比上年增加6131.69万元"),
        ChangePercent(430, About(FactTopic.TotalRevenue), 1494.22m, "增长1494.22%"),
        .. ReasonsForChange(430, FactTopic.CarryOverRevenue),
        Wan(432, About(FactTopic.TotalExpenditure), 6542.05m, "本年单位预算支出总计6,542.05万元"),
        Wan(432, About(FactTopic.CurrentYearExpenditure), 3309.68m, "本年预算安排3,309.68万元"),
        Wan(432, About(FactTopic.CarryOverExpenditure), 3232.37m, "上年结转3,232.37万元"),
        ChangeWan(432, About(FactTopic.TotalExpenditure), 6131.69m, "比上年增加6131.69万元"),
        ChangePercent(432, About(FactTopic.TotalExpenditure), 1494.22m, "增长1494.22%"),
        .. ReasonsForChange(432, FactTopic.CarryOverExpenditure),
    ];

    /// <summary>The reasons the prose gives for the change, printed twice: project amounts by the names the prose uses
    /// (饮水管道, 垫交, 新能, 提前下达2024年省级… differ from table 12 or the sheets).</summary>
    private static IEnumerable<ProseFact> ReasonsForChange(int line, FactTopic carryOver) =>
    [
        Wan(line, AboutProject("全省培育特色专业镇发展资金"), 5000m, "上年新增项目全省培育特色专业镇发展资金5000万元"),
        Wan(line, new FactSubject(carryOver, Name: "全省培育特色专业镇发展资金"), 3232.37m, "年末结转3232.37万元"),
        Wan(line, AboutProject("2024年国有企业退休职工养老金单位部分及滞纳金"), 1704.4m, "2024年国有企业退休职工养老金单位部分及滞纳金1704.4万元"),
        Wan(line, AboutProject("国有企业2017年、2018年退休职工垫交养老金单位部分及滞纳金"), 590.72m, "国有企业2017年、2018年退休职工垫交养老金单位部分及滞纳金590.72万元"),
        Wan(line, AboutProject("国有企业资产整合重组费用"), 230.65m, "国有企业资产整合重组费用230.65万元"),
        Wan(line, AboutProject("汾阳市包装彩印产业园前期建设资金"), 58.99m, "汾阳市包装彩印产业园前期建设资金58.99万元"),
        Wan(line, AboutProject("解决汾阳市包装彩印园饮水管道等工程所需资金"), 142.42m, "解决汾阳市包装彩印园饮水管道等工程所需资金142.42万元"),
        Wan(line, AboutProject("提前下达2024年省级数字经济发展专项资金"), 64.9m, "提前下达2024年省级数字经济发展专项资金64.9万元"),
        Wan(line, AboutProject("“煤改电”设备质保金"), 36.46m, "“煤改电”设备质保金36.46万元"),
        Wan(line, AboutProject("解决原中煤龙泉焦化公司旧址购买保安服务所需费用"), 17.7m, "解决原中煤龙泉焦化公司旧址购买保安服务所需费用17.7万元"),
        Wan(line, AboutProject("解决山西东辉新能有限公司4.3米焦炉关停技术服务费用"), 28.21m, "解决山西东辉新能有限公司4.3米焦炉关停技术服务费用28.21万元"),
        Wan(line, AboutProject("解决第七届86358电影短片周特色专业镇专题评比活动经费"), 15m, "解决第七届86358电影短片周特色专业镇专题评比活动经费15万元"),
        Wan(line, AboutProject("解决汾阳市饮食服务公司留守人员欠发工资"), 10m, "解决汾阳市饮食服务公司留守人员欠发工资10万元"),
    ];

    /// <summary>二、收入预算情况说明 (line 436): shares of 收入总计.</summary>
    private static IEnumerable<ProseFact> RevenueExplanation()
    {
        var total = About(FactTopic.TotalRevenue);
        var general = About(FactTopic.RevenueBySource, FundSource.GeneralPublicBudget);
        var fund = About(FactTopic.RevenueBySource, FundSource.GovernmentFundBudget);
        var capital = About(FactTopic.RevenueBySource, FundSource.StateCapitalOperationBudget);
        var account = About(FactTopic.RevenueBySource, FundSource.FiscalSpecialAccount);
        var unitFunds = About(FactTopic.RevenueBySource, FundSource.UnitFunds);
        var carryOver = About(FactTopic.CarryOverRevenue);
        return
        [
            Wan(436, total, 6542.05m, "预算收入6,542.05万元"),
            Wan(436, general, 924.56m, "一般公共预算拨款收入924.56万元"),
            Share(436, general, 14.13m, total, "一般公共预算拨款收入924.56万元，占14.13%"),
            Wan(436, fund, 2295.12m, "政府性基金预算拨款收入2,295.12万元"),
            Share(436, fund, 35.08m, total, "政府性基金预算拨款收入2,295.12万元，占35.08%"),
            Wan(436, capital, 90.00m, "国有资本经营预算拨款收入90.00万元"),
            Share(436, capital, 1.38m, total, "国有资本经营预算拨款收入90.00万元，占1.38%"),
            Wan(436, account, 0m, "财政专户管理资金收入0万元"),
            Share(436, account, 0m, total, "财政专户管理资金收入0万元，占0%"),
            Wan(436, unitFunds, 0m, "单位资金0万元"),
            Share(436, unitFunds, 0m, total, "单位资金0万元，占0%"),
            Wan(436, carryOver, 3232.37m, "上年结转3,232.37万元"),
            Share(436, carryOver, 49.41m, total, "上年结转3,232.37万元，占49.41%"),
        ];
    }

    /// <summary>三、支出预算情况说明 (line 444): shares of 支出总计.</summary>
    private static IEnumerable<ProseFact> ExpenditureExplanation()
    {
        var total = About(FactTopic.TotalExpenditure);
        return
        [
            Wan(444, total, 6542.05m, "支出预算6542.05万元"),
            Wan(444, About(FactTopic.BasicExpenditure), 286.42m, "基本支出286.42万元"),
            Share(444, About(FactTopic.BasicExpenditure), 4.38m, total, "基本支出286.42万元，占4.38%"),
            Wan(444, About(FactTopic.ProjectExpenditure), 6255.63m, "项目支出6255.63万元"),
            Share(444, About(FactTopic.ProjectExpenditure), 95.62m, total, "项目支出6255.63万元，占95.62%"),
        ];
    }

    /// <summary>四、财政拨款收支预算总体情况说明 (line 448).</summary>
    private static IEnumerable<ProseFact> FiscalAppropriationExplanation()
    {
        const FactTopic byClass = FactTopic.FiscalExpenditureByClass;
        return
        [
            Wan(448, About(FactTopic.FiscalAppropriationTotal), 6542.05m, "财政拨款收支总预算6,542.05万元"),
            Wan(448, About(FactTopic.FiscalBySource, FundSource.GeneralPublicBudget), 4156.93m, "一般公共预算拨款4,156.93万元"),
            Wan(448, About(FactTopic.FiscalBySource, FundSource.GovernmentFundBudget), 2295.12m, "政府性基金预算拨款2,295.12万元"),
            Wan(448, About(FactTopic.FiscalBySource, FundSource.StateCapitalOperationBudget), 90.00m, "国有资本经营预算拨款90.00万元"),
            Wan(448, About(FactTopic.FiscalCurrentYear), 3309.68m, "当年拨款收入3,309.68万元"),
            Wan(448, About(FactTopic.FiscalCarryOver), 3232.37m, "上年结转收入3,232.37万元"),
            Wan(448, AboutClass(byClass, "201", "一般公共服务支出"), 3.00m, "一般公共服务支出3.00万元"),
            Wan(448, AboutClass(byClass, "208", "社会保障和就业支出"), 52.84m, "社会保障和就业支出52.84万元"),
            Wan(448, AboutClass(byClass, "210", "卫生健康支出"), 14.13m, "卫生健康支出14.13万元"),
            Wan(448, AboutClass(byClass, "211", "节能环保支出"), 36.46m, "节能环保支出36.46万元"),
            Wan(448, AboutClass(byClass, "212", "城乡社区支出"), 2295.12m, "城乡社区支出2,295.12万元"),
            Wan(448, AboutClass(byClass, "215", "资源勘探工业信息等支出"), 4026.16m, "资源勘探工业信息等支出4,026.16万元"),
            Wan(448, AboutClass(byClass, "221", "住房保障支出"), 24.34m, "住房保障支出24.34万元"),
            Wan(448, AboutClass(byClass, "223", "国有资本经营预算支出"), 90.00m, "国有资本经营预算支出90.00万元"),
        ];
    }

    /// <summary>五、一般公共预算支出情况说明 (lines 455, 459: shares of 一般公共预算当年支出) and 六、基本支出 (467 to 471).</summary>
    private static IEnumerable<ProseFact> GeneralBudgetExplanation()
    {
        var total = About(FactTopic.GeneralBudgetCurrentYear);
        return
        [
            Wan(455, total, 924.56m, "一般公共预算当年支出924.56万元"),
            ChangeWan(455, total, 604.20m, "比上年增加604.20万元"),
            ChangePercent(455, total, 188.6m, "增长188.6%"),
            Wan(459, total, 924.56m, "一般公共预算当年支出924.56万元"),
            .. GeneralBudgetClass("201", "一般公共服务支出", 3.00m, 0.32m, "一般公共服务支出3.00万元", "占0.32%"),
            .. GeneralBudgetClass("208", "社会保障和就业支出", 52.84m, 5.72m, "社会保障和就业支出52.84万元", "占5.72%"),
            .. GeneralBudgetClass("210", "卫生健康支出", 14.13m, 1.53m, "卫生健康支出14.13万元", "占1.53%"),
            .. GeneralBudgetClass("211", "节能环保支出", 36.46m, 3.94m, "节能环保支出36.46万元", "占3.94%"),
            .. GeneralBudgetClass("215", "资源勘探工业信息等支出", 793.80m, 85.86m, "资源勘探工业信息等支出793.80万元", "占85.86%"),
            .. GeneralBudgetClass("221", "住房保障支出", 24.34m, 2.63m, "住房保障支出24.34万元", "占2.63%"),
            Wan(467, About(FactTopic.BasicExpenditure), 286.42m, "一般公共预算安排基本支出286.42万元"),
            Wan(469, About(FactTopic.PersonnelExpenses), 258.15m, "人员经费258.15万元"),
            Wan(471, About(FactTopic.PublicExpenses), 28.27m, "公用经费28.27万元"),
        ];

        static IEnumerable<ProseFact> GeneralBudgetClass(string code, string name, decimal wan, decimal percent, string amountText, string shareText)
        {
            var subject = AboutClass(FactTopic.GeneralBudgetByClass, code, name);
            return
            [
                Wan(459, subject, wan, amountText),
                Share(459, subject, percent, About(FactTopic.GeneralBudgetCurrentYear), amountText + "，" + shareText),
            ];
        }
    }

    /// <summary>七、“三公”经费 (lines 475, 477) and 八、机关运行经费 (line 485). “与上年预算数相同” is a change of zero.</summary>
    private static IEnumerable<ProseFact> ThreePublicAndOperatingExpenses() =>
    [
        Wan(475, About(FactTopic.ThreePublicTotal), 2.70m, "“三公”经费预算2.70万元"),
        ChangeWan(475, About(FactTopic.ThreePublicTotal), -0.40m, "比2023年减少0.40万元", comparedYear: 2023),
        Wan(477, About(FactTopic.OverseasTravel), 0m, "因公出国（境）费0万元"),
        ChangeWan(477, About(FactTopic.OverseasTravel), 0m, "因公出国（境）费0万元，与上年预算数相同"),
        Wan(477, About(FactTopic.Reception), 0.20m, "公务接待费0.20万元"),
        ChangeWan(477, About(FactTopic.Reception), -0.40m, "公务接待费0.20万元，与上年相比预算数减少0.40万元"),
        Wan(477, About(FactTopic.VehicleOperation), 2.50m, "公务用车运行维护费2.50万元"),
        ChangeWan(477, About(FactTopic.VehicleOperation), 0m, "公务用车运行维护费2.50万元，与上年预算数相同"),
        Wan(477, About(FactTopic.VehiclePurchase), 0m, "公务用车购置费0万元"),
        ChangeWan(477, About(FactTopic.VehiclePurchase), 0m, "公务用车购置费0万元，与上年预算数相同"),
        Wan(485, About(FactTopic.OperatingExpenses), 28.27m, "机关运行经费财政拨款预算28.27万元"),
        ChangeWan(485, About(FactTopic.OperatingExpenses), -2.05m, "比2023年预算减少2.05万元", comparedYear: 2023),
        ChangePercent(485, About(FactTopic.OperatingExpenses), -6.76m, "下降6.76%", comparedYear: 2023),
        Count(485, new FactSubject(FactTopic.Other, Name: "2023年退休人员"), 2, "人", "2023年退休2人"),
    ];

    /// <summary>九、政府采购情况 (line 489).</summary>
    private static IEnumerable<ProseFact> Procurement() =>
    [
        Wan(489, About(FactTopic.ProcurementTotal), 234.04m, "政府采购预算总额234.04万元"),
        Wan(489, About(FactTopic.ProcurementGoods), 3.39m, "政府采购货物预算3.39万元"),
        Wan(489, About(FactTopic.ProcurementWorks), 0m, "政府采购工程预算0万元"),
        Wan(489, About(FactTopic.ProcurementServices), 230.65m, "政府采购服务预算230.65万元"),
    ];

    /// <summary>十、绩效管理情况 (lines 495, 499): the projects under performance management, then those disclosed.</summary>
    private static IEnumerable<ProseFact> PerformanceManagement()
    {
        var managed = About(FactTopic.PerformanceProjects);
        var disclosed = About(FactTopic.DisclosedPerformanceProjects);
        var operating = AboutCategory(FactTopic.ProjectsByCategory, ProjectCategory.Operating);
        var specific = AboutCategory(FactTopic.ProjectsByCategory, ProjectCategory.SpecificPurpose);
        return
        [
            Wan(495, About(FactTopic.OverallPerformanceFunds), 6542.05m, "涉及资金6542.05万元"),
            Count(499, managed, 21, "个", "纳入绩效目标管理的二级项目21个"),
            Wan(499, managed, 6255.63m, "共计金额6,255.63万元"),
            Count(499, operating, 7, "个", "其他运转类项目7个"),
            Wan(499, operating, 30.18m, "其他运转类项目7个，涉及金额30.18万元"),
            Count(499, specific, 14, "个", "特定目标类项目14个"),
            Wan(499, specific, 6225.45m, "特定目标类项目14个，涉及金额6,225.45万元"),
            Count(499, disclosed, 21, "个", "公开项目绩效目标21个"),
            Wan(499, disclosed, 6255.63m, "涉及项目金额6,255.63万元"),
            Share(499, disclosed, 100m, About(FactTopic.ProjectExpenditure), "占部门（单位）项目支出总额的100%"),
            Count(499, operating, 7, "个", "其他运转类项目7个"),
            Wan(499, operating, 30.18m, "其他运转类项目7个，涉及项目金额30.18万元"),
            Count(499, specific, 14, "个", "特定目标类项目14个"),
            // seed: a genuine mistake: the same 14 projects were 6,225.45万元 a sentence earlier.
            Wan(499, specific, 6255.45m, "特定目标类项目14个，涉及项目金额6,255.45万元"),
        ];
    }

    /// <summary>十一、国有资产占有使用情况 (lines 1229 to 1237), as at 2023年12月31日.</summary>
    private static IEnumerable<ProseFact> Assets() =>
    [
        Count(1229, About(FactTopic.AuthorizedVehicles), 1, "辆", "公务用车编制1辆"),
        Count(1229, About(FactTopic.Vehicles), 1, "辆", "实有1辆"),
        .. new (string Kind, int Count)[]
        {
            ("领导用车", 0), ("机要通信用车", 0), ("应急保障用车", 0), ("执法执勤用车", 0),
            ("特种专业技术用车", 0), ("事业单位业务用车", 0), ("其他公务用车", 1),
        }.Select(v => Count(1229, new FactSubject(FactTopic.Vehicles, Name: v.Kind), v.Count, "辆", v.Kind + v.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "辆")),
        new ProseFact(FactKind.Quantity, About(FactTopic.OfficeFloorArea), 275.36m, "平方米", 2, 1233, "办公用房建筑总面积275.36平方米"),
        Count(1237, new FactSubject(FactTopic.Equipment, Name: "价值50万元（原值）以上的通用设备"), 0, "台（套）", "价值50万元（原值）以上的通用设备0台（套）"),
        Count(1237, new FactSubject(FactTopic.Equipment, Name: "价值100万元（原值）以上的通用设备"), 0, "台（套）", "价值100万元（原值）以上的通用设备0台（套）"),
    ];

    // ---------------------------------------------------------------------------------------------------------------
    // Mentions: the unit's name wherever it stands, and the years the prose states.
    // ---------------------------------------------------------------------------------------------------------------

    private static IEnumerable<ProseMention> Mentions(IEnumerable<ProjectPerformanceSheet> sheets)
    {
        yield return Name(3, "cover");
        yield return Name(48, "overview: 本单位职责");
        yield return Name(52, "overview: 机构设置情况");

        (int Line, string Title)[] tables =
        [
            (60, "2024年预算收支总表"),
            (103, "2024年预算收入总表"),
            (147, "2024年预算支出总表"),
            (190, "2024年财政拨款收支总表"),
            (237, "2024年一般公共预算支出预算表（不含上年结转）"),
            (280, "2024年一般公共预算安排基本支出分经济科目表（不含上年结转）"),
            (314, "2024年政府性基金预算收入表（不含上年结转）"),
            (327, "2024年政府性基金预算支出表（不含上年结转）"),
            (341, "2024年国有资本经营预算收支预算表（不含上年结转）"),
            (357, "2024年财政拨款安排“三公”经费支出预算表"),
            (372, "2024年财政拨款安排机关运行经费预算表"),
            (383, "2024年项目支出预算表（本年预算）"),
            (414, "2024年项目支出预算表（上年结转）"),
        ];
        foreach (var (line, title) in tables)
        {
            yield return Name(line, "table header 单位名称: " + title);
        }

        foreach (int line in (int[])[430, 436, 444, 448, 455, 459, 467, 475, 489, 499, 1229, 1233])
        {
            yield return Name(line, "prose");
        }
        yield return Name(1237, "prose"); // named twice on line 1237
        yield return Name(1237, "prose");
        yield return Name(1253, "signature");

        // The 主管部门及代码 row is the fifth line after each sheet's title: 209-汾阳市工业和信息化局, misspelt once.
        foreach (var sheet in sheets)
        {
            yield return new ProseMention(MentionKind.UnitName, sheet.Details.DepartmentName!, sheet.Line + 5, sheet.Details.DepartmentCode, Context: "project sheet 主管部门: " + sheet.ProjectName);
        }
        yield return new ProseMention(MentionKind.UnitName, UnitName, 1194, UnitCode, Context: "overall sheet 部门名称");

        yield return Year(430, "2024年度", 2024, "2024年度汾阳市工业和信息化局预算收入总计");
        yield return Year(436, "2024年度", 2024, "2024年度汾阳市工业和信息化局预算收入");
        yield return Year(444, "2024年度", 2024, "2024年度汾阳市工业和信息化局支出预算");
        yield return Year(448, "2024年度", 2024, "2024年度汾阳市工业和信息化局财政拨款收支总预算");
        yield return Year(455, "2024年度", 2024, "2024年度汾阳市工业和信息化局一般公共预算当年支出");
        yield return Year(459, "2024年度", 2024, "2024年度汾阳市工业和信息化局一般公共预算当年支出");
        yield return Year(467, "2024年度", 2024, "2024年度汾阳市工业和信息化局一般公共预算安排基本支出");
        yield return Year(475, "2024年", 2024, "2024年汾阳市工业和信息化局财政拨款安排的“三公”经费预算");
        yield return Year(475, "2023年", 2023, "比2023年减少0.40万元");
        yield return Year(485, "2023年", 2023, "比2023年预算减少2.05万元");
        yield return Year(485, "2023年", 2023, "2023年退休2人");
        yield return Year(489, "2024年", 2024, "2024年汾阳市工业和信息化局政府采购预算总额");
        yield return Year(495, "2024年", 2024, "2024年编报单位整体绩效目标");
        yield return Year(499, "2024年", 2024, "2024年汾阳市工业和信息化局纳入绩效目标管理的二级项目");
        yield return Year(1229, "2023年12月31日", 2023, "截至2023年12月31日");
        yield return Year(1233, "2023年12月31日", 2023, "截至2023年12月31日");
        yield return Year(1237, "2023年12月31日", 2023, "截至2023年12月31日");
        yield return Year(1251, "2024年", 2024, "2024年本单位无政府性购买服务");
        yield return Year(1254, "2024年5月15日", 2024, "2024年5月15日");

        static ProseMention Name(int line, string context) => new(MentionKind.UnitName, UnitName, line, Context: context);

        static ProseMention Year(int line, string text, int year, string context) => new(MentionKind.Year, text, line, Year: year, Context: context);
    }
}
