using BudgetModel.Funding;
using BudgetModel.Performance;
using static BudgetModel.Import.Tests.SeedImport;

namespace BudgetModel.Import.Tests;

/// <summary>The 21 project performance sheets and the overall sheet of the seed. Expected values copied from the seed.</summary>
public class SeedSheetTests
{
    private static ProjectPerformanceSheet Sheet(string name) => Doc.ProjectSheets.Single(s => s.ProjectName == name);

    [Fact]
    public void Every_project_sheet_is_read_in_print_order()
    {
        Assert.Equal(21, Doc.ProjectSheets.Count);
        Assert.Equal("“煤改电”设备质保金", Doc.ProjectSheets[0].ProjectName);
        Assert.Equal(499 + 4, Doc.ProjectSheets[0].Line);
        Assert.Equal("饮食服务公司2024年办公经费", Doc.ProjectSheets[^1].ProjectName);
        Assert.All(Doc.ProjectSheets, s =>
        {
            Assert.Equal("209", s.Details.DepartmentCode);
            Assert.NotNull(s.Details.Overview);
            Assert.NotEmpty(s.LifetimeIndicators);
        });
    }

    // project, 实施期 total, 年度 total (元), line of the 项目资金 row, level, 实施期 level amount, 年度 level amount.
    [Theory]
    [InlineData("“煤改电”设备质保金", "364575", "364575", 510, FundingLevel.MunicipalCounty, "364575", "364575")]
    [InlineData("全省培育特色专业镇发展资金汾财建一指字(2023)13号", "32323654.1", "0", 542, FundingLevel.Provincial, "32323654.1", "0")]
    [InlineData("解决汾阳市包装彩印园饮水管道等工程所需资金", "1424237.32", "1424237.32", 865, FundingLevel.MunicipalCounty, "1424237.32", "1424237.32")]
    [InlineData("业务经费", "94500", "88500", 1066, FundingLevel.MunicipalCounty, "94500", "88500")]
    [InlineData("提前下达2024年国有企业退休人员社会化管理补助资金", "900000", "900000", 1032, FundingLevel.Central, "900000", "0")]
    [InlineData("提前下达2024年国有企业退休人员社会化管理补助资金", "900000", "900000", 1032, FundingLevel.Provincial, "0", "900000")]
    [InlineData("省级数字经济发展专项资金(市县)", "649000", "649000", 998, FundingLevel.Provincial, "649000", "649000")]
    [InlineData("国有企业资产整合重组费用", "2306500", "2306500", 798, FundingLevel.MunicipalCounty, "2306500", "2306500")]
    [InlineData("解决原中煤龙泉焦化公司旧址购买保安服务所需费用", "177000", "177000", 966, FundingLevel.MunicipalCounty, "177000", "177000")]
    public void Funding_is_read_for_both_periods_in_both_layouts(string project, string lifetime, string annual, int line, FundingLevel level, string lifetimeLevel, string annualLevel)
    {
        var s = Sheet(project);
        Assert.Equal(Yuan(lifetime), s.LifetimeFunding.Total);
        Assert.Equal(Yuan(annual), s.AnnualFunding.Total);
        Assert.Equal(line, s.LifetimeFunding.Line);
        Assert.Equal(line, s.AnnualFunding.Line);
        Assert.Equal(Yuan(lifetimeLevel), s.LifetimeFunding[level]);
        Assert.Equal(Yuan(annualLevel), s.AnnualFunding[level]);
    }

    [Fact]
    public void A_level_label_broken_over_two_cells_or_two_lines_is_still_read()
    {
        // Line 969: 市县(区)财政资 金 (one label in two cells' worth of text).
        Assert.Equal(Yuan("177000"), Sheet("解决原中煤龙泉焦化公司旧址购买保安服务所需费用").LifetimeFunding[FundingLevel.MunicipalCounty]);
        // Lines 705-706: 市县(区)财政资 / 金 over two lines; the 年度 单位自筹 on line 706 is read as 年度.
        var blasting = Sheet("爆破工程评估和专项监理费用");
        Assert.Equal(Yuan("36400"), blasting.LifetimeFunding[FundingLevel.MunicipalCounty]);
        Assert.Equal(Yuan("36400"), blasting.AnnualFunding[FundingLevel.MunicipalCounty]);
        Assert.True(blasting.AnnualFunding.ByLevel.ContainsKey(FundingLevel.UnitSelfRaised));
        Assert.False(blasting.LifetimeFunding.ByLevel.ContainsKey(FundingLevel.UnitSelfRaised));
    }

    // project, 实施期 count, 年度 count (counted by hand in the seed).
    [Theory]
    [InlineData("“煤改电”设备质保金", 7, 7)]
    [InlineData("全省培育特色专业镇发展资金汾财建一指字(2023)13号", 7, 0)]
    [InlineData("2024年第一书记下乡补助", 6, 6)]
    [InlineData("国有企业资产整合重组费用", 8, 8)]
    [InlineData("解决汾阳市包装彩印园饮水管道等工程所需资金", 11, 11)]
    [InlineData("省级数字经济发展专项资金(市县)", 9, 9)]
    [InlineData("饮食服务公司2024年办公经费", 7, 7)]
    [InlineData("业务经费--政府采购", 8, 8)]
    public void Indicators_are_counted_per_period(string project, int lifetime, int annual)
    {
        var s = Sheet(project);
        Assert.Equal(lifetime, s.LifetimeIndicators.Count);
        Assert.Equal(annual, s.AnnualIndicators.Count);
    }

    [Fact]
    public void Indicator_values_levels_and_lines_are_read_from_shifted_rows()
    {
        var coal = Sheet("“煤改电”设备质保金");
        var households = coal.LifetimeIndicators[0];
        Assert.Equal(new Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "煤改电户数", households.Indicator.Value), households.Indicator);
        Assert.Equal("350户", households.Indicator.Value.Text);
        Assert.Equal(524, households.Line);
        Assert.Equal("364575元", coal.AnnualIndicators.Single(i => i.Indicator.Subcategory == IndicatorSubcategory.Cost).Indicator.Value.Text);
        // Line 530: the 年度 side prints name and value in one cell; the value the 实施期 side prints is split off.
        var ecological = coal.AnnualIndicators.Single(i => i.Line == 530).Indicator;
        Assert.Equal(("减少重污染天气,", "有效改善"), (ecological.Name, ecological.Value.Text));
        // Line 1117: the 实施期 side lost its 成本指标 label; the 年度 side's label applies.
        Assert.Equal(IndicatorSubcategory.Cost, Sheet("业务经费--政府采购").LifetimeIndicators.Single(i => i.Line == 1117).Indicator.Subcategory);

        // Line 1017: 成本指标 printed in the 一级 column stays a 二级 under 产出.
        var digital = Sheet("省级数字经济发展专项资金(市县)");
        var cost = digital.LifetimeIndicators.Single(i => i.Line == 1017).Indicator;
        Assert.Equal((IndicatorCategory.Output, IndicatorSubcategory.Cost, "“货运达”智慧物流平台", "64.9万元"), (cost.Category, cost.Subcategory, cost.Name, cost.Value.Text));
        // Line 1013: a continuation row without labels keeps 数量指标 from the row above.
        Assert.Equal(IndicatorSubcategory.Quantity, digital.AnnualIndicators.Single(i => i.Line == 1013).Indicator.Subcategory);
        // Line 1022: shifted left by one cell, 服务对象满意度指 cut short.
        var satisfaction = digital.AnnualIndicators.Single(i => i.Line == 1022).Indicator;
        Assert.Equal((IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceRecipientSatisfaction, "≥97%"), (satisfaction.Category, satisfaction.Subcategory, satisfaction.Value.Text));

        // Line 921: 可持续影响指标 printed as the 三级 name under 社会效益指标.
        var wages = Sheet("解决汾阳市饮食服务公司留守人员欠发工资");
        var social = wages.LifetimeIndicators.Single(i => i.Line == 921).Indicator;
        Assert.Equal((IndicatorSubcategory.SocialBenefit, "可持续影响指标", "树立政府形象"), (social.Subcategory, social.Name, social.Value.Text));

        // Lines 883-885: three cost items under one 成本指标, name printed twice on line 882.
        var water = Sheet("解决汾阳市包装彩印园饮水管道等工程所需资金");
        Assert.Equal(["堆园土石方量工程", "饮水管道工程", "清倒土石工程", "测绘技术服务", "可研报告服务", "拆除工程"],
            water.LifetimeIndicators.Where(i => i.Indicator.Subcategory == IndicatorSubcategory.Cost).Select(i => i.Indicator.Name));
        Assert.Equal("28.264485万元", water.LifetimeIndicators.Single(i => i.Line == 882).Indicator.Value.Text);
    }

    [Fact]
    public void Details_are_read_with_the_misspelt_department_name_as_printed()
    {
        var s = Sheet("国有企业2017年、2018年退休职工移交养老金单位部分及滞纳金");
        Assert.Equal("汾阳市工业和和信息化局", s.Details.DepartmentName);
        Assert.Equal("汾阳市工业和和信息化局", s.Details.ImplementingUnit);
        Assert.Equal("一次性项目(1年结束)", s.Details.Attribute);
        Assert.Equal("1年", s.Details.Period);
        Assert.Equal("汾国资发〔2024〕2号 《汾阳市人民政府常务会议纪要》(第39次)", s.Details.Basis);
        Assert.Equal("收到财政补助资金后,及时发放", s.Details.LifetimeGoal);
        Assert.Contains(Doc.Mentions, m => m.Kind == BudgetModel.Disclosure.MentionKind.UnitName && m.Text == "汾阳市工业和和信息化局" && m.Line == 764);
    }

    [Fact]
    public void The_overall_sheet_is_read()
    {
        var o = Doc.OverallSheet!;
        Assert.Equal(1190, o.Line);
        Assert.Equal("209001-汾阳市工业和信息化局", o.UnitName);
        Assert.Equal("209001", Doc.Unit.Code);
        Assert.Equal(Wan("6542.05"), o.Total);
        Assert.Equal(Wan("4156.93"), o.BySource[FundSource.GeneralPublicBudget]);
        Assert.Equal(Wan("2295.12"), o.BySource[FundSource.GovernmentFundBudget]);
        Assert.Equal(Wan("90"), o.BySource[FundSource.StateCapitalOperationBudget]);
        Assert.Equal(Wan("286.42"), o.ByType[ExpenditureType.Basic]);
        Assert.Equal(Wan("6255.63"), o.ByType[ExpenditureType.Project]);
        Assert.Equal(new StaffFigures(7, 1, 17, 18, 16, 2), o.Staff);
        Assert.Equal(7, o.Indicators.Count);
        Assert.Equal(("项目数", "21个", 1214), (o.Indicators[0].Indicator.Name, o.Indicators[0].Indicator.Value.Text, o.Indicators[0].Line));
        Assert.Equal(("项目支出", "6255.63万元", IndicatorSubcategory.Cost), (o.Indicators[4].Indicator.Name, o.Indicators[4].Indicator.Value.Text, o.Indicators[4].Indicator.Subcategory));
    }
}
