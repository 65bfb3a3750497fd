using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The performance sheets (绩效目标表) of the corpus documents that print them in their provinces' layouts: each project's
/// sheet is read (name, funds, goal, indicators with their levels and values) with no import finding about it, and the
/// performance rules that fire are the ones worked out by hand from the PDF (commented at each).
/// </summary>
public class CorpusSheetTests
{
    private static ImportResult Import(string file) => CorpusTests.Import(file);

    private static Indicator[] Annual(ProjectPerformanceSheet sheet) => [.. sheet.AnnualIndicators.Select(i => i.Indicator)];

    /// <summary>The import findings about a sheet (its project named, or the sheet and indicator rules).</summary>
    private static List<string> SheetImportFindings(ImportResult result) =>
        [.. result.Diagnostics.Where(d => d.Location.Project is not null || d.RuleId is ImportRules.Sheet or ImportRules.Indicator or ImportRules.Shift)
            .Select(d => d.ToString())];

    private static List<(string Rule, Severity Severity)> PerformanceFindings(ImportResult result) =>
        [.. DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.RuleId.StartsWith("BM-PERF", StringComparison.Ordinal))
            .Select(f => (f.RuleId, f.Severity))];

    /// <summary>Yantai (山东): six 政策和项目预算绩效目标表, one period (年度预算资金总额 in 万元, broken down into 财政拨款 and
    /// 其他资金), 项目名称 and 总体目标 printed in every column they are merged over, 成本指标 as a 一级 over 经济成本, and the
    /// 一级 / 二级 labels centred in their rows.</summary>
    [Fact]
    public void Yantai_prints_one_sheet_per_project_with_one_period_in_wan()
    {
        var result = Import("yantai-audit-2026-dept-budget.pdf");
        var sheets = result.Disclosure.ProjectSheets;
        Assert.Equal(["审计业务经费", "烟台市智慧审计平台等保测评服务", "审计业务经费", "原审计署烟台基地退休人员补助经费", "审计业务经费", "审计专项经费"],
            sheets.Select(s => s.ProjectName));
        Assert.Equal([31m, 4.5m, 539m, 170m, 18m, 19m], sheets.Select(s => s.AnnualFunding.Total.Wan));
        Assert.All(sheets, s => Assert.Equal(s.AnnualFunding.Total, s.LifetimeFunding.Total));
        Assert.Equal([10, 7, 14, 11, 11, 10], sheets.Select(s => s.AnnualIndicators.Count));
        Assert.Equal([30, 31, 32, 33, 34, 35], sheets.Select(s => result.Source!.Locate(s.Line!.Value).Page));
        Assert.Equal(["烟台市审计局", "烟台市审计局", "烟台市审计局本级", "烟台市审计局本级", "烟台市审计局长岛海洋生态文明综合试验区分局", "烟台市审计局长岛海洋生态文明综合试验区分局"],
            sheets.Select(s => s.Details.ImplementingUnit));
        Assert.Equal(("231", "烟台市审计局"), (sheets[0].Details.DepartmentCode, sheets[0].Details.DepartmentName));
        Assert.Equal("完成烟台市智慧审计平台等保测评", sheets[1].Details.AnnualGoal);

        var first = Annual(sheets[0]);
        // 项目总成本 is printed on the row above 成本指标 | 经济成本 (centred over both rows); 审计（专项审计调查）单位个数 on
        // the row above 数量指标.
        Assert.Equal((IndicatorCategory.Cost, IndicatorSubcategory.EconomicCost, "项目总成本", "≤31万元"), (first[0].Category, first[0].Subcategory, first[0].Name, first[0].Value.Text));
        Assert.Equal((IndicatorSubcategory.Quantity, "审计（专项审计调查）单位个数", "≥1个"), (first[2].Subcategory, first[2].Name, first[2].Value.Text));
        Assert.Equal((IndicatorSubcategory.ServiceRecipientSatisfaction, "被审计单位满意度", "≥95%"), (first[^1].Subcategory, first[^1].Name, first[^1].Value.Text));
        var retirees = Annual(sheets[3]);
        Assert.Equal(("人均福利标准", IndicatorSubcategory.EconomicCost, "元/人/年"), (retirees[2].Name, retirees[2].Subcategory, retirees[2].Value.Unit));
        Assert.Equal(("保障离退休干部人数", IndicatorSubcategory.Quantity, "=21人"), (retirees[3].Name, retirees[3].Subcategory, retirees[3].Value.Text));

        Assert.Empty(SheetImportFindings(result));
        // The one rule that fires: 测评服务费用 ≤4.5万 (p. 31) gives 万 without what it counts (万元 is the unit of money),
        // so the value is not a comparator, a number and a known unit. 项目总成本 (≤170万元 on p. 33) is the whole of the
        // cost, not added to 养老金发放金额 ≤170万元; the 二级 经济成本 belongs under the 一级 成本指标; the sheets match
        // table 12's projects by name and amount (31.00, 4.50, 539.00, 170.00, 18.00, 19.00 万元).
        Assert.Equal([("BM-PERF-INDICATOR-VALUE", Severity.Warning)], PerformanceFindings(result));
    }

    /// <summary>Changchun (吉林): the 项目支出绩效目标表 is one table of four projects (单位名称 | 项目名称 | 年度资金总额(万元) |
    /// 年度绩效目标 | 一级指标 …), each project's name, amount and goal centred on its rows and broken over lines.</summary>
    [Fact]
    public void Changchun_prints_its_four_projects_in_one_table()
    {
        var result = Import("changchun-petitions-2026-dept-budget.pdf");
        var sheets = result.Disclosure.ProjectSheets;
        Assert.Equal(["2026年信访专项经费", "2026年信访接待中心运行费", "2026年驻京经费", "信访局临聘人员经费"], sheets.Select(s => s.ProjectName));
        Assert.Equal([30m, 116m, 312m, 16.56m], sheets.Select(s => s.AnnualFunding.Total.Wan));
        Assert.All(sheets, s =>
        {
            Assert.Equal("长春市信访局", s.Details.ImplementingUnit);
            Assert.Equal(16, result.Source!.Locate(s.Line!.Value).Page);
            // 产出 / 成本 / 效益 / 满意度: one indicator each.
            Assert.Equal([IndicatorCategory.Output, IndicatorCategory.Cost, IndicatorCategory.Benefit, IndicatorCategory.Satisfaction],
                Annual(s).Select(i => i.Category));
        });
        // The 指标解释 column and the 权重 column are not the value.
        Assert.Equal(("专家评审", ">=2次"), (Annual(sheets[0])[0].Name, Annual(sheets[0])[0].Value.Text));
        Assert.Equal(("办公用房租赁成本", "<=250万元"), (Annual(sheets[2])[1].Name, Annual(sheets[2])[1].Value.Text));
        Assert.Equal("%", Annual(sheets[3])[0].Value.Unit);
        Assert.StartsWith("资金到账后，按月发放工资", sheets[3].Details.AnnualGoal, StringComparison.Ordinal);
        Assert.Empty(SheetImportFindings(result));
        // Table 12 (项目支出表, p. 14) prints 项目名称 over 类型 | 一级项目 | 二级项目 | 项目单位: its 类型 row 部门特定目标类项目
        // and its 一级项目 row 综合管理 (474.56 万元 each, = 30 + 116 + 312 + 16.56, the four 二级项目 below them) are
        // group rows kept with their amounts, not projects; the four 二级项目 are the projects the sheets are matched with.
        var t12 = result.Disclosure.ProjectExpenditureCurrent!;
        Assert.Equal(["2026信访专项经费", "2026信访接待中心运行费", "2026驻京经费", "信访局临聘人员经费"], t12.DetailRows.Select(r => r.Name));
        Assert.Equal([("部门特定目标类项目", 474.56m), ("综合管理", 474.56m)],
            t12.Rows.OfType<NamedRow>().Where(r => r.Role == RowRole.Summary).Select(r => (r.Name, r.Total.Wan)));
        Assert.Equal(
            [
                // Table 12 names three projects without 年 (2026信访专项经费, 2026信访接待中心运行费, 2026驻京经费) where the
                // sheets say 2026年…: genuine differences of wording, amounts agreeing.
                ("BM-PERF-MATCH", Severity.Warning),
                ("BM-PERF-MATCH", Severity.Warning),
                ("BM-PERF-MATCH", Severity.Warning),
            ],
            PerformanceFindings(result));
    }

    /// <summary>Hangzhou (浙江): 表11 项目支出绩效表 lists each project's unit, name, amount (万元) and goal on one row,
    /// without indicators.</summary>
    [Fact]
    public void Hangzhou_lists_its_projects_with_their_goals()
    {
        var result = Import("hangzhou-meteorology-2026-dept-budget.pdf");
        var sheets = result.Disclosure.ProjectSheets;
        Assert.Equal(["气象业务建设", "气象设施维护及科普", "专业系统维护及科普"], sheets.Select(s => s.ProjectName));
        // The amounts of 表11, the same as 表10 项目支出预算表 prints for the three projects (1,097.02, 887.90, 146.69).
        Assert.Equal([1097.02m, 887.90m, 146.69m], sheets.Select(s => s.AnnualFunding.Total.Wan));
        Assert.Equal(["杭州市气象局", "杭州市气象局", "杭州市气象服务中心（杭州市预警信息发布中心）"], sheets.Select(s => s.Details.ImplementingUnit));
        Assert.All(sheets, s => Assert.Empty(s.AnnualIndicators));
        Assert.StartsWith("通过气象监测能力项目等提升杭州气象监测预报能力", sheets[0].Details.AnnualGoal, StringComparison.Ordinal);
        Assert.All(sheets, s => Assert.Equal(25, result.Source!.Locate(s.Line!.Value).Page));
        // The list of titles on p. 14 names 表11 with nothing under it: not a sheet, no finding.
        Assert.Empty(SheetImportFindings(result));
        // No performance rule fires. 表10 项目支出预算表 (p. 24) prints 单位名称 | 项目名称, a numbering line under the
        // placeholders ** | ** (not a row), 合计 2,131.61 and three projects, the third's unit (杭州市气象服务中心（杭州市预警
        // 信息发布中心）) broken over two lines beside it: read as 合计 and the three projects 1,097.02 + 887.90 + 146.69 =
        // 2,131.61, each with its sheet of the same name and amount on p. 25.
        var t12 = result.Disclosure.ProjectExpenditureCurrent!;
        Assert.Equal(sheets.Select(s => s.ProjectName), t12.DetailRows.Select(r => r.Name));
        Assert.Equal(2131.61m, Assert.Single(t12.UnitRows).Total.Wan);
        Assert.Empty(PerformanceFindings(result));
    }

    /// <summary>Xi'an (陕西): four 部门专项业务经费绩效目标表 (实施期资金总额 alone, in 万元; 一级 and 二级 labels centred and
    /// broken over two lines; a 分值权重 column; a sheet running over a page break) and the 部门整体支出绩效目标表.</summary>
    [Fact]
    public void Xian_prints_its_special_fund_sheets_and_the_overall_sheet()
    {
        var result = Import("xian-audit-2026-dept-budget.pdf");
        var d = result.Disclosure;
        Assert.Equal(["审计事务", "购买中介机构审计服务", "审计培训", "审计专项补助经费"], d.ProjectSheets.Select(s => s.ProjectName));
        Assert.Equal([285.87m, 350m, 15m, 198.18m], d.ProjectSheets.Select(s => s.LifetimeFunding.Total.Wan));
        Assert.All(d.ProjectSheets, s => Assert.Equal(s.LifetimeFunding.Total, s.AnnualFunding.Total));
        Assert.Equal([10, 14, 12, 9], d.ProjectSheets.Select(s => s.AnnualIndicators.Count));
        Assert.Equal([36, 37, 39, 41], d.ProjectSheets.Select(s => result.Source!.Locate(s.Line!.Value).Page));
        // 成本 / 指标 and 经济成本 / 指标 on two lines: one label over both rows. The weight (8) is not the value.
        var audit = Annual(d.ProjectSheets[0]);
        Assert.Equal((IndicatorCategory.Cost, IndicatorSubcategory.EconomicCost, "区县外勤经费标准（元/人/天）", "130"),
            (audit[1].Category, audit[1].Subcategory, audit[1].Name, audit[1].Value.Text));
        Assert.Equal((IndicatorSubcategory.Quantity, "提交审计报告和信息（篇）", "≥150"), (audit[2].Subcategory, audit[2].Name, audit[2].Value.Text));
        // 购买中介机构审计服务 runs over pp. 37–38: the row after the page break (带动就业与人才培养) is read.
        Assert.Equal(("带动就业与人才培养", IndicatorSubcategory.SocialBenefit, "≥50人"),
            (Annual(d.ProjectSheets[1])[^2].Name, Annual(d.ProjectSheets[1])[^2].Subcategory, Annual(d.ProjectSheets[1])[^2].Value.Text));
        Assert.DoesNotContain(d.OtherTables, t => t.Title.Contains("专项业务经费绩效", StringComparison.Ordinal));

        var overall = d.OverallSheet!;
        Assert.Equal("西安市审计局", overall.UnitName);
        // 金额合计 of the year's tasks: 4203.47 万元.
        Assert.Equal(Money.FromWan(4203.47m), overall.Total);
        Assert.Equal(22, overall.Indicators.Count);
        Assert.Equal(("造价员（元/人/天）", IndicatorSubcategory.EconomicCost, "≤550"),
            (overall.Indicators[7].Indicator.Name, overall.Indicators[7].Indicator.Subcategory, overall.Indicators[7].Indicator.Value.Text));
        Assert.Equal(("审计项目完成时限", IndicatorSubcategory.Timeliness, "12月31日前"),
            (overall.Indicators[17].Indicator.Name, overall.Indicators[17].Indicator.Subcategory, overall.Indicators[17].Indicator.Value.Text));
        Assert.Empty(SheetImportFindings(result));
        Assert.Equal(
            [
                // 参与审计项目时限 "3个月内" (p. 37) states a bound in words (内, within) rather than as ≤3个月.
                ("BM-PERF-INDICATOR-VALUE", Severity.Warning),
                // Xi'an lists its projects in 专项业务经费支出表, not in a table 12 or 13: nothing to match the sheets with.
                ("BM-PERF-MATCH", Severity.Info),
                // 金额合计 4203.47 万元 against table 1's 收入总计 as read (4203.472358): within the rounding of 万元 to 2 places.
                ("BM-PERF-OVERALL", Severity.Info),
            ],
            PerformanceFindings(result));
    }

    /// <summary>Beijing (预算表12, pp. 12–19): one table of seventeen projects (项目名称 | 项目总额, 其中：财政资金 | 其他资金 |
    /// 绩效目标 | 一级 二级 三级指标 | 绩效指标性质 | 本年绩效指标值 | 绩效度量单位), each project's code and name, amount and goal
    /// centred on its rows; the table continues on pages whose grid has no empty margin column. 预算13表 (p. 20) states the
    /// year's funds as headers over one line of figures.</summary>
    [Fact]
    public void Beijing_prints_seventeen_projects_in_one_table_and_the_funds_of_its_overall_sheet_under_headers()
    {
        var result = Import("beijing-audit-2026-dept-budget-tables.pdf");
        var d = result.Disclosure;
        var sheets = d.ProjectSheets;
        // The names without the project code printed before them (11000022T0000004602 / 16-《北京审计》杂志办刊经费, one
        // cell broken over two lines: code 11000022T000000460216, name 《北京审计》杂志办刊经费); 项目总额 is a column, not a name.
        Assert.Equal(
            [
                "《北京审计》杂志办刊经费", "机动经费（北京市审计局）", "审计质量管理经费", "档案数字化、OFD转换及整理",
                "绩效考评及预算执行检查和内控风险评估等经费", "审计计划管理经费", "互联网及专网接入服务", "信息化设备购置",
                "高级审计师职称评审费及特约审计员经费", "项目及手续费等支出", "内部审计指导监督经费", "公务用车更新经费",
                "会计档案数字化归档及容灾保障服务", "财政行政与农业、投资审计项目", "社保、企业与电子数据审计项目", "经济责任与城管审计项目",
                "审计及审计调查数据信息",
            ],
            sheets.Select(s => s.ProjectName));
        // 项目总额 in 万元 to six places, as printed (项目及手续费等支出: 50.117193, all of it 其他资金).
        Assert.Equal(
            [17.398m, 10m, 18.428m, 40m, 56.46m, 3.1m, 21.9204m, 227.9301m, 3m, 50.117193m, 61.8m, 37.38m, 8m, 580.988277m, 571.856343m, 678.21388m, 81.6m],
            sheets.Select(s => s.AnnualFunding.Total.Wan));
        Assert.All(sheets, s => Assert.Equal(s.AnnualFunding.Total, s.LifetimeFunding.Total));
        Assert.Equal([12, 12, 13], sheets.Take(3).Select(s => result.Source!.Locate(s.Line!.Value).Page));
        Assert.StartsWith("主要用于《北京审计》杂志印刷刊发", sheets[0].Details.AnnualGoal, StringComparison.Ordinal);
        // Each project's rows are those of its name cell: the rows under a rule that crosses the 项目名称 column, down to the
        // next such rule. p. 12: 7 and 6 rows; the rule under 印刷刊物成本 crosses the name column, so 成本控制率 ＝100% opens
        // 机动经费's cell (its name, at y 140, is centred on the rows from 成本控制率 at y 202 down to y 74, not on those
        // from y 172). p. 17: 公务用车 5, from 使用单位满意度 (its name, at y 418–408, is centred on the rows from y 436 to
        // y 386), 会计档案 7. p. 19: 审计及审计调查数据信息 6, the table's last rows, from 审计人员
        // 满意度情况 at the top of the page (its name, at y 440–420, is centred on the six rows from y 500 to y 358).
        Assert.Equal([7, 6], sheets.Take(2).Select(s => s.AnnualIndicators.Count));
        Assert.Equal(("成本控制率", IndicatorCategory.Cost, "＝100%"), (Annual(sheets[1])[0].Name, Annual(sheets[1])[0].Category, Annual(sheets[1])[0].Value.Text));
        // pp. 13–14: 档案数字化 9 rows, all on p. 13 (its name, y 176–158, centred there); the rows at the top of p. 14
        // (全局财政财务收支专项检查, 绩效目标审核项目数量 …) are 绩效考评及预算执行检查和内控风险评估等经费's 17, its name centred
        // on them (a rule opens its cell at the top of the page, and the next rule across the name column is 审计计划管理's).
        Assert.Equal([9, 17], sheets.Skip(3).Take(2).Select(s => s.AnnualIndicators.Count));
        Assert.Equal("全局财政财务收支专项检查", Annual(sheets[4])[0].Name);
        Assert.Equal([5, 7], sheets.Skip(11).Take(2).Select(s => s.AnnualIndicators.Count));
        Assert.Equal("使用单位满意度", Annual(sheets[11])[0].Name);
        Assert.Equal(6, sheets[^1].AnnualIndicators.Count);
        Assert.Equal("审计人员满意度情况", Annual(sheets[^1])[0].Name);
        // p. 16: the rule under 审计项目成本控制数 ≤35.117193 crosses the name column: the three 成本指标 rows after it open
        // 内部审计指导监督经费's cell, under the same 一级 and above its name and goal, centred lower down on rows of unequal
        // heights. Each project's cost then stays within its amount: 35.117193 ≤ 50.117193; 0.8 + 28 + 13.2 = 42 ≤ 61.8.
        Assert.Equal(["≤35.117193万元"], Annual(sheets[9]).Where(i => i.Category == IndicatorCategory.Cost).Select(i => i.Value.Text));
        Assert.Equal(
            [("核查社会审计机构出具的审计报告专家费", "≤0.8万元"), ("内部审计质量检查费用", "≤28万元"), ("研修班预算控制数", "≤13.2万元")],
            Annual(sheets[10]).Where(i => i.Category == IndicatorCategory.Cost).Select(i => (i.Name, i.Value.Text)));
        Assert.Equal(("核查社会审计机构出具的审计报告专家费", 16), (Annual(sheets[10])[0].Name, result.Source!.Locate(sheets[10].Line!.Value).Page));
        // 指标性质 | 指标值 | 度量单位 joined: ＝ | 900 | 册 → ＝900册; 定性 | 优 → 优; ≤ | 12.798 | 万元 → ≤12.798万元.
        var first = Annual(sheets[0]);
        Assert.Equal(
            [
                ("促进设计理论知识、技术方法、经验成果等方面的交流", IndicatorSubcategory.SocialBenefit, "优"),
                ("印刷刊物质量与国家行业标准规定要求的相符性", IndicatorSubcategory.Quality, "＝100%"),
                ("每期印刷数量", IndicatorSubcategory.Quantity, "＝900册"),
            ],
            first.Take(3).Select(i => (i.Name, i.Subcategory, i.Value.Text)));
        Assert.Equal(("印刷刊物成本", IndicatorCategory.Cost, "≤12.798万元"), (first[6].Name, first[6].Category, first[6].Value.Text));
        // 会计档案数字化 (p. 17) starts on the page after a page break: its rows are read one cell to the right.
        Assert.Equal(("扫描完成年度", IndicatorSubcategory.Quantity, "＝1年"), (Annual(sheets[12])[0].Name, Annual(sheets[12])[0].Subcategory, Annual(sheets[12])[0].Value.Text));

        // 预算13表: 总体资金情况（万元） | 预算支出总额 32,852.053832 | 财政拨款 合计 32,801.936639, 基本支出 25,218.537585,
        // 项目支出 7,583.399054 | 其他资金 合计 50.117193, 项目支出 50.117193. 项目支出 is both sources': 7,633.516247.
        var overall = d.OverallSheet!;
        Assert.Equal("北京市审计局", overall.UnitName);
        Assert.Equal(32852.053832m, overall.Total.Wan);
        Assert.Equal(32801.936639m, overall.BySource[FundSource.FiscalAppropriation].Wan);
        Assert.Equal(25218.537585m, overall.ByType[ExpenditureType.Basic].Wan);
        Assert.Equal(7633.516247m, overall.ByType[ExpenditureType.Project].Wan);
        // Its indicators by 活动 (审计业务: 15 rows on p. 20, 审计管理: 17 on p. 21), the three levels in one cell.
        Assert.Equal(32, overall.Indicators.Count);
        var audit = overall.Indicators[0].Indicator;
        Assert.Equal((IndicatorCategory.Output, IndicatorSubcategory.Quantity, "出具数据分析报告", "＝4份"), (audit.Category, audit.Subcategory, audit.Name, audit.Value.Text));
        var meals = overall.Indicators[13].Indicator;
        Assert.Equal((IndicatorSubcategory.EconomicCost, "市内公务餐费控制标准", "≤50元"), (meals.Subcategory, meals.Name, meals.Value.Text));
        // Each indicator keeps the 活动 printed on its row (the column headed 活动): 审计业务 on all 15 rows of p. 20, 审计管理 on
        // all 17 of p. 21; the activity goes through the JSON form and back.
        Assert.Equal([("审计业务", 15), ("审计管理", 17)], overall.Indicators.GroupBy(i => i.Activity).Select(g => (g.Key, g.Count())));
        var back = Serialization.DisclosureJson.Read(Serialization.DisclosureJson.Write(d)).OverallSheet!;
        Assert.Equal(overall.Indicators.Select(i => i.Activity), back.Indicators.Select(i => i.Activity));
        Assert.All(sheets, s => Assert.All(s.AnnualIndicators, i => Assert.Null(i.Activity)));
        Assert.Empty(SheetImportFindings(result));
        Assert.Equal(
            [
                // No BM-PERF-COST: every project's cost indicators stay within its amount (p. 16 above).
                // No BM-PERF-INDICATOR-VALUE: the units of ＝ | 4 | 期/年 (p. 12), ＝ | 50 | 万个 (p. 13), ＝ | 110 | MB and
                // ＝ | 2 | MB (p. 15) and ≥ | 1 | TB (p. 20, the overall sheet) are known units.
                // Beijing prints no project table (表十二 / 表十三) to match the sheets against.
                ("BM-PERF-MATCH", Severity.Info),
                // No BM-PERF-OVERALL: 32,852.053832 = 表一 收入总计 32,852.053832; 32,801.936639 = 表四 支出总计; 25,218.537585 and
                // 7,633.516247 = 表三 合计's 基本支出 and 项目支出.
            ],
            PerformanceFindings(result));
    }

    /// <summary>Guangzhou (广东): the notes list the 重点项目 with their amount and goal (项目 | 预算数（单位：万元） | 绩效目标),
    /// under no sheet title and without indicators.</summary>
    [Fact]
    public void Guangzhou_lists_its_key_project_in_the_notes()
    {
        var result = Import("guangzhou-petitions-2026-dept-budget.pdf");
        var sheet = Assert.Single(result.Disclosure.ProjectSheets);
        // p. 23: 云客服服务外包项目 | 252.28 | 组建专业的客服服务团队…; 注：无。 under it is not a project.
        Assert.Equal(("云客服服务外包项目", 252.28m), (sheet.ProjectName, sheet.AnnualFunding.Total.Wan));
        Assert.StartsWith("组建专业的客服服务团队", sheet.Details.AnnualGoal, StringComparison.Ordinal);
        Assert.EndsWith("为政府科学决策和城市治理提供服务。", sheet.Details.AnnualGoal, StringComparison.Ordinal);
        Assert.True(sheet.Details.KeyProject);
        Assert.Empty(sheet.AnnualIndicators);
        Assert.Equal(23, result.Source!.Locate(sheet.Line!.Value).Page);
        Assert.Empty(SheetImportFindings(result));
        // 表十二 (p. 19) prints 云客服服务外包项目 252.28 as well: matched by name and amount. Its eight other projects (物业管理费
        // 99.00 … 2026-2027年信息化运维项目 24.61) are not key projects: one Info, not eight missing sheets.
        Assert.Equal([("BM-PERF-MATCH", Severity.Info)], PerformanceFindings(result));
    }

    /// <summary>Shenzhen (深圳): 第七部分 重点项目预算绩效情况说明 lists six projects (二级预算单位名称 | 一级项目名称 | 预算数（万元）
    /// | 绩效目标), a goal running on over a page break alone in its column.</summary>
    [Fact]
    public void Shenzhen_lists_its_six_key_projects_in_the_notes()
    {
        var result = Import("shenzhen-petitions-2026-dept-budget.pdf");
        var sheets = result.Disclosure.ProjectSheets;
        Assert.Equal(["社工服务项目", "信访大厅运行", "信访专项", "预算准备金", "政务信息化项目（系统业务运营服务）", "综合管理"], sheets.Select(s => s.ProjectName));
        // 498.82 + 603.84 + 486.39 + 4.90 + 0.44 + 17.91 = 1,612.30; the prose (p. 10) says 6 projects, 1,612.29 万元.
        Assert.Equal([498.82m, 603.84m, 486.39m, 4.90m, 0.44m, 17.91m], sheets.Select(s => s.AnnualFunding.Total.Wan));
        Assert.All(sheets, s =>
        {
            Assert.Equal("深圳市信访局", s.Details.ImplementingUnit);
            Assert.True(s.Details.KeyProject);
            Assert.Empty(s.AnnualIndicators);
        });
        // 信访大厅运行's goal runs from p. 10 onto p. 11 (缝衔接，全面构建…) and ends 维护社会和谐稳定。
        Assert.StartsWith("1.通过预算投入，聘请符合资质的保安团队", sheets[1].Details.AnnualGoal, StringComparison.Ordinal);
        Assert.Contains("推动“普法”与信访无缝衔接", sheets[1].Details.AnnualGoal, StringComparison.Ordinal);
        Assert.EndsWith("维护社会和谐稳定。", sheets[1].Details.AnnualGoal, StringComparison.Ordinal);
        Assert.Empty(SheetImportFindings(result));
        Assert.Empty(PerformanceFindings(result));
    }

    /// <summary>The documents that print no performance sheet: none is read, and no sheet finding is made up. Fuzhou states
    /// 本单位无项目支出绩效目标表 under its title 1.项目支出绩效目标表 (p. 20); Putuo's 七、绩效目标 says 详见单位的项目绩效目标表
    /// (published elsewhere); Chongqing, Suzhou, Wuxi and the ocean monitoring centre state the targets' totals in prose
    /// (…个项目纳入绩效目标管理，涉及财政性资金…) with no table of projects.</summary>
    [Theory]
    [InlineData("fuzhou-police-civilian-staff-2026-unit-budget.pdf")]
    [InlineData("shanghai-putuo-commerce-2025-dept-budget.pdf")]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget.pdf")]
    [InlineData("chongqing-publicity-2026-dept-budget.pdf")]
    [InlineData("suzhou-audit-2026-dept-budget.pdf")]
    [InlineData("wuxi-urban-management-2026-dept-budget.pdf")]
    [InlineData("shanghai-ocean-monitoring-centre-2026-unit-budget.pdf")]
    public void A_document_without_sheets_reads_none(string file)
    {
        var result = Import(file);
        Assert.Empty(result.Disclosure.ProjectSheets);
        Assert.Empty(SheetImportFindings(result));
    }
}
