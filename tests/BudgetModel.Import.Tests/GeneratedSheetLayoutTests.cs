using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The performance sheet layouts of the provinces, written here as text (cells separated by tabs, as a PDF's rows are
/// laid out): one period in 万元 with a breakdown by source, labels printed in every column a cell is merged over and
/// level labels centred in their rows; labels broken over two lines; several projects in one table, with and without
/// indicators. None is copied from a corpus document (the names, figures and wordings are made up).
/// </summary>
public class GeneratedSheetLayoutTests
{
    private static ImportResult Import(params string[] lines) =>
        DisclosureImporter.Import(string.Join('\n', ["2025年度示范市文化馆单位预算", "", .. lines]) + "\n");

    private static Indicator[] Indicators(ProjectPerformanceSheet sheet) => [.. sheet.AnnualIndicators.Select(i => i.Indicator)];

    /// <summary>One period (年度资金总额 alone, 万元), 项目名称 and the goal printed in each column they are merged over, a
    /// breakdown by source (财政拨款 / 其他资金), a weight column, and the 二级 labels centred in their rows (rows above a
    /// label = rows below, or one more): the rows above the first label are its own; of the two rows between 经济成本指标
    /// (two above it) and 数量指标, one is each's; the one row between 数量指标 (one above) and 质量指标 goes below.</summary>
    private static readonly string[] OnePeriodSheet =
    [
        "项目绩效目标表",
        "项目名称\t项目名称\t公共文化服务补助\t公共文化服务补助",
        "主管部门\t主管部门\t101_示范市文化旅游局\t实施单位\t示范市文化馆",
        "\t\t年度资金总额：\t48.50",
        "项目资金",
        "（万元）\t\t其中：财政拨款\t40.00",
        "\t\t其他资金\t8.50",
        "总体目标\t开展公共文化服务，丰富群众文化生活\t开展公共文化服务，丰富群众文化生活",
        "\t一级指标\t二级指标\t三级指标\t指标值\t权重",
        "\t\t\t项目总成本\t≤48.5万元\t5",
        "\t\t\t单场补助标准\t≤800元/人/天\t5",
        "绩效指标\t成本指标\t经济成本指标\t演出成本\t≤40万元\t5",
        "\t\t\t场租成本\t≤5万元\t5",
        "\t\t\t演出场次\t≥20场\t10",
        "绩效指标\t产出指标\t数量指标\t参演人次\t≥200人次\t10",
        "\t\t\t演出合格率\t≥95%\t10",
        "绩效指标\t产出指标\t质量指标\t设备完好率\t≥98%\t10",
        "绩效指标\t产出指标\t时效指标\t演出完成时间\t11月底前\t10",
        "绩效指标\t效益指标\t社会效益指标\t群众文化获得感\t显著提升\t20",
        "绩效指标\t满意度指标\t服务对象满意度指标\t观众满意度\t≥90百分比\t10",
    ];

    [Fact]
    public void A_one_period_sheet_in_wan_is_read_with_its_centred_labels()
    {
        var result = Import(OnePeriodSheet);
        var sheet = Assert.Single(result.Disclosure.ProjectSheets);
        Assert.Equal("公共文化服务补助", sheet.ProjectName);
        Assert.Equal(("101", "示范市文化旅游局", "示范市文化馆"), (sheet.Details.DepartmentCode, sheet.Details.DepartmentName, sheet.Details.ImplementingUnit));
        // One period: 48.50 万元 stands for both; the breakdown is by source, not by level, so no level is read.
        Assert.Equal(Money.FromWan(48.50m), sheet.AnnualFunding.Total);
        Assert.Equal(Money.FromWan(48.50m), sheet.LifetimeFunding.Total);
        Assert.Empty(sheet.AnnualFunding.ByLevel);
        Assert.Equal("开展公共文化服务，丰富群众文化生活", sheet.Details.AnnualGoal);
        Assert.Empty(sheet.LifetimeIndicators);
        var indicators = Indicators(sheet);
        Assert.Equal(
            [
                ("项目总成本", IndicatorSubcategory.EconomicCost, "≤48.5万元"),
                ("单场补助标准", IndicatorSubcategory.EconomicCost, "≤800元/人/天"),
                ("演出成本", IndicatorSubcategory.EconomicCost, "≤40万元"),
                ("场租成本", IndicatorSubcategory.EconomicCost, "≤5万元"),
                ("演出场次", IndicatorSubcategory.Quantity, "≥20场"),
                ("参演人次", IndicatorSubcategory.Quantity, "≥200人次"),
                ("演出合格率", IndicatorSubcategory.Quality, "≥95%"),
                ("设备完好率", IndicatorSubcategory.Quality, "≥98%"),
                ("演出完成时间", IndicatorSubcategory.Timeliness, "11月底前"),
                ("群众文化获得感", IndicatorSubcategory.SocialBenefit, "显著提升"),
                ("观众满意度", IndicatorSubcategory.ServiceRecipientSatisfaction, "≥90百分比"),
            ],
            indicators.Select(i => (i.Name, i.Subcategory, i.Value.Text)));
        // 成本指标 is the 一级 of 经济成本指标 (the 2022 template); 元/人/天 is a unit, 百分比 is %.
        Assert.All(indicators.Take(4), i => Assert.Equal(IndicatorCategory.Cost, i.Category));
        Assert.Equal("元/人/天", indicators[1].Value.Unit);
        Assert.Equal("%", indicators[10].Value.Unit);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("BM-IMPORT", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rules_read_a_total_cost_indicator_a_cost_first_level_and_a_deadline_as_printed()
    {
        var report = DisclosureValidator.Validate(Import(OnePeriodSheet).Disclosure);
        // 项目总成本 ≤48.5万元 is the whole of the period's cost (演出成本 ≤40万元 is part of it): not 88.5 万元 over 48.5.
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "BM-PERF-COST");
        // 经济成本指标 under 成本指标 belongs; 11月底前 is a deadline, not a malformed quantity.
        Assert.Empty(report.Findings.Where(f => f.RuleId is "BM-PERF-INDICATOR-LEVEL" or "BM-PERF-INDICATOR-VALUE").Select(f => f.Message));
        // There is no project table to match the sheet against: said once, as information.
        var match = Assert.Single(report.Findings, f => f.RuleId == "BM-PERF-MATCH");
        Assert.Equal(Severity.Info, match.Severity);
    }

    [Fact]
    public void A_cost_above_the_funds_is_still_found_when_no_indicator_states_the_total()
    {
        var lines = OnePeriodSheet.Where(l => !l.Contains("项目总成本", StringComparison.Ordinal)).Select(l => l.Replace("≤40万元", "≤60万元", StringComparison.Ordinal)).ToArray();
        var report = DisclosureValidator.Validate(Import(lines).Disclosure);
        // Without 项目总成本 the cost indicators add up: 演出成本 ≤60万元 + 场租成本 ≤5万元 = 650,000 元, more than the
        // 48.50 万元 of the sheet by 650,000 − 485,000 = 165,000 元 (the 元 rates are not money of the period).
        var cost = Assert.Single(report.Findings, f => f.RuleId == "BM-PERF-COST");
        Assert.Equal(Severity.Error, cost.Severity);
        Assert.Equal(165_000m, cost.Actual - cost.Expected);
    }

    [Fact]
    public void Labels_broken_over_two_lines_are_joined_and_a_special_fund_sheet_is_a_project_sheet()
    {
        var result = Import(
            "部门专项业务经费绩效目标表",
            "项目名称\t项目名称\t场馆运行维护\t场馆运行维护",
            "主管部门\t主管部门\t示范市文化旅游局\t示范市文化旅游局",
            "\t\t实施期资金总额：\t120.00",
            "资金金额(万元)\t\t其中：财政拨款\t120.00",
            "\t\t其他资金\t",
            "总体目标\t保障场馆全年正常运行",
            "\t一级指标\t二级指标\t三级指标\t指标值\t分值权重（90分）",
            "\t成本\t经济成\t维修单价（元/平方米）\t≤50\t10",
            "年度绩\t指标\t本指标\t保洁单价（元/平方米）\t≤30\t10",
            "效指标\t产出指\t数量指标\t维护场馆数\t3个\t20",
            "\t标\t时效指标\t故障修复时限\t≤24小时\t20",
            "\t满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\t10");
        var sheet = Assert.Single(result.Disclosure.ProjectSheets);
        Assert.Equal("场馆运行维护", sheet.ProjectName);
        // 实施期资金总额 alone: the one period printed, read as both.
        Assert.Equal(Money.FromWan(120m), sheet.LifetimeFunding.Total);
        Assert.Equal(Money.FromWan(120m), sheet.AnnualFunding.Total);
        Assert.Equal("保障场馆全年正常运行", sheet.Details.AnnualGoal);
        Assert.Equal(
            [
                (IndicatorCategory.Cost, IndicatorSubcategory.EconomicCost, "维修单价（元/平方米）", "≤50"),
                (IndicatorCategory.Cost, IndicatorSubcategory.EconomicCost, "保洁单价（元/平方米）", "≤30"),
                (IndicatorCategory.Output, IndicatorSubcategory.Quantity, "维护场馆数", "3个"),
                (IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "故障修复时限", "≤24小时"),
                (IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceRecipientSatisfaction, "读者满意度", "≥90%"),
            ],
            Indicators(sheet).Select(i => (i.Category, i.Subcategory, i.Name, i.Value.Text)));
        Assert.Empty(result.Disclosure.OtherTables);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("BM-IMPORT", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_projects_in_one_table_with_indicators_are_read_as_one_sheet_each()
    {
        var result = Import(
            "2025年项目支出绩效目标表",
            "单位：万元",
            "单位名称\t项目名称\t金额\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值",
            "101001示范市文化馆\t送戏下乡\t30.00\t完成送戏下乡\t产出指标\t数量指标\t演出场次\t≥40场",
            "\t\t\t演出\t效益指标\t社会效益指标\t受益群众\t≥2万人",
            "\t\t\t\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%",
            // The second project's name and amount are printed lower, on the middle of its rows; its first row is
            // known as its own because the levels start again (产出 after 满意度).
            "\t\t\t开展阅读\t产出指标\t数量指标\t培训人次\t≥300人次",
            "\t图书馆\t\t推广\t效益指标\t社会效益指标\t阅读推广覆盖面\t扩大",
            "\t资源建设\t12.50\t\t满意度指标\t服务对象满意度指标\t读者满意度\t≥95%");
        var sheets = result.Disclosure.ProjectSheets;
        Assert.Equal(["送戏下乡", "图书馆资源建设"], sheets.Select(s => s.ProjectName));
        Assert.Equal([Money.FromWan(30m), Money.FromWan(12.5m)], sheets.Select(s => s.AnnualFunding.Total));
        Assert.All(sheets, s => Assert.Equal(s.AnnualFunding.Total, s.LifetimeFunding.Total));
        // The unit is printed once for the table (a merged cell): it is every project's, without its code.
        Assert.All(sheets, s => Assert.Equal("示范市文化馆", s.Details.ImplementingUnit));
        Assert.Equal(["完成送戏下乡演出", "开展阅读推广"], sheets.Select(s => s.Details.AnnualGoal));
        Assert.Equal(["演出场次", "受益群众", "群众满意度"], Indicators(sheets[0]).Select(i => i.Name));
        Assert.Equal(["培训人次", "阅读推广覆盖面", "读者满意度"], Indicators(sheets[1]).Select(i => i.Name));
        Assert.Equal("≥2万人", Indicators(sheets[0])[1].Value.Text);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("BM-IMPORT", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_projects_in_one_table_without_indicators_are_read_as_one_sheet_each()
    {
        var result = Import(
            "表9 2025年项目支出绩效表",
            "部门名称：示范市文化旅游局\t单位:万元",
            "单位名称\t项目名称\t金额\t绩效目标",
            "示范市文化馆\t送戏下乡\t30.00\t完成送戏下乡演出40场",
            "示范市图书馆\t图书馆资源建设\t1,250.00\t新增馆藏图书2万册");
        var sheets = result.Disclosure.ProjectSheets;
        Assert.Equal(["送戏下乡", "图书馆资源建设"], sheets.Select(s => s.ProjectName));
        Assert.Equal([Money.FromWan(30m), Money.FromWan(1250m)], sheets.Select(s => s.AnnualFunding.Total));
        Assert.Equal(["示范市文化馆", "示范市图书馆"], sheets.Select(s => s.Details.ImplementingUnit));
        Assert.Equal("新增馆藏图书2万册", sheets[1].Details.AnnualGoal);
        Assert.All(sheets, s => Assert.Empty(s.AnnualIndicators));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("BM-IMPORT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_several_projects_with_a_row_without_a_name_reports_it()
    {
        var result = Import(
            "2025年项目支出绩效目标表",
            "单位：万元",
            "单位名称\t项目名称\t金额\t绩效目标",
            "示范市文化馆\t送戏下乡\t30.00\t完成送戏下乡演出40场",
            "示范市图书馆\t\t12.00\t新增馆藏图书2万册");
        Assert.Equal(["送戏下乡"], result.Disclosure.ProjectSheets.Select(s => s.ProjectName));
        var finding = Assert.Single(result.Diagnostics, d => d.RuleId == ImportRules.Sheet);
        Assert.Equal(Severity.Error, finding.Severity);
    }
}
