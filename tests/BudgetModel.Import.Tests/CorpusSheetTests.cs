using BudgetModel.Disclosure;
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
}
