using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>Layouts some provinces print (issue 11), written here as text with cells under their headers (what the PDF
/// reader gives), not copied from a corpus document.</summary>
public class ProvinceLayoutTests
{
    private static readonly ImportOptions Aligned = new() { ColumnsFromHeaders = true };

    [Fact]
    public void Procurement_rows_grouped_by_category_then_unit_then_item_check_as_subtotals()
    {
        // 合计 = 工程 + 服务 (12.00 + 30.50); each category prints the sum of the unit rows under it, each unit row the sum
        // of its items. 服务 is printed under 类 with an ordinal, as some provinces do.
        const string text = """
            2031年某某县统计局部门预算
            政府采购预算表
            部门：某某县统计局	单位：万元
            采购品目大类	项目名称	采购品目名称	采购方式	一般公共预算	政府性基金	合计
            合计				42.50		42.50
            工程类				12.00		12.00
            某某县统计局				12.00		12.00
            	办公楼维修	维修工程	公开招标	12.00		12.00
            二、服务				30.50		30.50
            某某县统计局				30.50		30.50
            	普查经费	调查服务	竞争性磋商	18.00		18.00
            	信息系统运维	运维服务	单一来源	12.50		12.50
            """;
        var result = DisclosureImporter.Import(text, Aligned);

        var table = Assert.IsType<NamedRowTable>(result.Disclosure[TableKind.GovernmentProcurement]);
        Assert.Equal(
            [("合计", RowRole.Total), ("工程类", RowRole.Summary), ("某某县统计局", RowRole.Total), ("办公楼维修", RowRole.Detail),
             ("二、服务", RowRole.Summary), ("某某县统计局", RowRole.Total), ("普查经费", RowRole.Detail), ("信息系统运维", RowRole.Detail)],
            table.Rows.OfType<NamedRow>().Select(r => (r.Name, r.Role)));
        var findings = DisclosureValidator.Validate(result.Disclosure).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("BM-T21", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_unit_row_under_a_category_is_still_found()
    {
        // 某某县统计局 prints 31.50 over items 18.00 + 12.50 = 30.50: one error, on that row.
        const string text = """
            2031年某某县统计局部门预算
            政府采购预算表
            部门：某某县统计局	单位：万元
            采购品目大类	项目名称	采购品目名称	一般公共预算	合计
            合计			31.50	31.50
            服务			31.50	31.50
            某某县统计局			31.50	31.50
            	普查经费	调查服务	18.00	18.00
            	信息系统运维	运维服务	12.50	12.50
            """;
        var findings = DisclosureValidator.Validate(DisclosureImporter.Import(text, Aligned).Disclosure).Findings
            .Where(f => f.RuleId == "BM-T21-UNITS").ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("某某县统计局", f.Location.Row));
    }

    [Fact]
    public void Procurement_amounts_by_category_only_are_details_of_the_unit()
    {
        // No unit rows under the categories: 货物, 工程, 服务 are the unit's details (5.00 + 0.00 + 7.25 = 12.25).
        const string text = """
            2031年某某县统计局部门预算
            政府采购预算表
            部门：某某县统计局	单位：万元
            项目	一般公共预算	合计
            某某县统计局	12.25	12.25
            货物	5.00	5.00
            工程	0.00	0.00
            服务	7.25	7.25
            """;
        var result = DisclosureImporter.Import(text, Aligned);

        var table = Assert.IsType<NamedRowTable>(result.Disclosure[TableKind.GovernmentProcurement]);
        Assert.Equal([RowRole.Total, RowRole.Detail, RowRole.Detail, RowRole.Detail], table.Rows.OfType<NamedRow>().Select(r => r.Role));
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.RuleId.StartsWith("BM-T21", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_cover_the_year_printed_alone_under_a_title_is_the_budget_year()
    {
        // A tables file without a cover: no title states a year, one prints it on the line under it.
        const string text = """
            表1 部门支出总表
            单位名称：某某县教育局	单位：万元
            科目编码	科目名称	合计	基本支出	项目支出
            合计		123.46	100.00	23.46
            2050101	行政运行	123.46	100.00	23.46
            表2 部门整体支出绩效目标表
            （2031年度）	（2031年度）	（2031年度）
            """;
        var d = DisclosureImporter.Import(text, Aligned).Disclosure;

        Assert.Equal(("某某县教育局", 2031), (d.Unit.Name, d.BudgetYear));
    }

    [Theory]
    [InlineData("2030年\t2031年")]
    [InlineData("2031年度说明")]
    public void A_line_under_a_title_that_is_more_than_a_year_gives_no_budget_year(string line)
    {
        var text = $"""
            表1 部门支出总表
            {line}
            单位名称：某某县教育局	单位：万元
            科目编码	科目名称	合计	基本支出	项目支出
            合计		123.46	100.00	23.46
            2050101	行政运行	123.46	100.00	23.46
            """;
        var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(text, Aligned));

        Assert.Equal(ImportFailure.NotADisclosure, e.Failure);
    }

    private static IReadOnlyList<Finding> Errors(ImportResult result) =>
        [.. DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.Severity == Severity.Error)];

    [Fact]
    public void Unit_funds_printed_as_their_parts_and_sources_named_with_zijin_read_as_unit_funds()
    {
        // 收支总表 prints 合计 first and every source with 资金; 收入总表 prints 事业收入 and 其他收入 in place of 单位资金.
        // 单位资金 = 20.00 + 5.00 = 25.00 in both; 合计 = 100.00 + 25.00 = 125.00.
        const string text = """
            2031年某某县统计局部门预算
            收支总表
            单位名称：某某县统计局	单位：万元
            收入	收入	支出	支出
            项目	预算数	项目	预算数
            合计	125.00	合计	125.00
            一、一般公共预算资金	100.00	一、一般公共服务支出	125.00
            二、事业收入资金	20.00
            三、其他收入资金	5.00
            收入总表
            单位名称：某某县统计局	单位：万元
            科目编码	科目名称	总计	一般公共预算拨款收入	事业收入	其他收入
            合计		125.00	100.00	20.00	5.00
            201	一般公共服务支出	125.00	100.00	20.00	5.00
            """;
        var result = DisclosureImporter.Import(text, Aligned);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var t2 = result.Disclosure.RevenueSummary!;
        Assert.Equal(Money.FromWan(25m), t2.TotalRow![TableColumn.UnitFunds]);
        var t1 = result.Disclosure.RevenueExpenditureSummary!;
        Assert.Equal(2, t1.RevenueLines.Count(r => r.Source == BudgetModel.Funding.FundSource.UnitFunds));
        Assert.DoesNotContain(Errors(result), f => f.RuleId is "BM-T2-ROW" or "BM-X-T1-T2-REVENUE" or "BM-T1-REVENUE");
    }

    [Fact]
    public void A_collection_without_carry_over_counts_it_in_each_source_line_of_the_first_table()
    {
        // 收支总表 prints no 上年结转: 一般公共预算 110.00 = 表四's 100.00 of this year + 10.00 carried over.
        const string text = """
            2031年某某县统计局部门预算
            收支总表
            单位名称：某某县统计局	单位：万元
            项目	预算数	项目	预算数
            一、一般公共预算资金	110.00	一、一般公共服务支出	110.00
            本年收入合计	110.00	本年支出合计	110.00
            财政拨款收支总表
            单位名称：某某县统计局	单位：万元
            收入	收入	支出	支出	支出
            项目	预算数	项目	合计	一般公共预算
            一、本年收入	100.00	一、本年支出	110.00	110.00
            （一）一般公共预算资金	100.00	（一）一般公共服务支出	110.00	110.00
            二、上年结转	10.00	二、结转下年
            （一）一般公共预算拨款	10.00
            收入总计	110.00	支出总计	110.00	110.00
            """;
        var errors = Errors(DisclosureImporter.Import(text, Aligned));

        Assert.DoesNotContain(errors, f => f.RuleId == "BM-X-T1-T4");
    }

    [Fact]
    public void Economic_sub_items_under_a_kuan_and_a_footnote_under_the_rows_are_not_findings()
    {
        // 30102 津贴补贴 8.00 = 3010201 5.00 + 3010202 3.00: the sub-items are the province's breakdown of the 款.
        const string text = """
            2031年某某县统计局部门预算
            一般公共预算基本支出表
            单位名称：某某县统计局	单位：万元
            科目编码	科目名称	合计	人员经费	公用经费
            合计		18.00	18.00
            301	工资福利支出	18.00	18.00
            30101	基本工资	10.00	10.00
            30102	津贴补贴	8.00	8.00
            3010201	规范性津补贴	5.00	5.00
            3010202	其他津补贴	3.00	3.00
            注：由于四舍五入，分项之和与合计可能略有差异。
            """;
        var result = DisclosureImporter.Import(text, Aligned);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var t6 = result.Disclosure.GeneralBudgetBasicExpenditure!;
        Assert.Equal(["301", "30101", "30102"], t6.EconomicRows.Select(r => r.DepartmentCode!.Value.Value));
        Assert.Null(t6.Header.EmptyNote);
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.RuleId == "BM-EMPTY-NOTE");
    }

    [Fact]
    public void A_three_public_table_with_vehicle_headers_stacked_reads_purchase_and_operation()
    {
        // The column numbering (** 1 2 3 …) under the header is not the table's row.
        const string text = """
            2031年某某县统计局部门预算
            “三公”经费支出表
            单位名称：某某县统计局	单位：万元
            		公务用车购置及运行维护费	公务用车购置及运行维护费	公务用车购置及运行维护费
            合计	因公出国（境）费	小计	公务用车购置费	公务用车运行维护费	公务接待费
            **	1	2	3	4	5
            30.00	5.00	20.00	8.00	12.00	5.00
            """;
        var t10 = DisclosureImporter.Import(text, Aligned).Disclosure.ThreePublicExpenses!;

        Assert.Equal(Money.FromWan(20m), t10.Summary(SummaryLine.Vehicles)![TableColumn.Total]);
        Assert.Equal(Money.FromWan(8m), t10.Summary(SummaryLine.VehiclePurchase)![TableColumn.Total]);
        Assert.Equal(Money.FromWan(12m), t10.Summary(SummaryLine.VehicleOperation)![TableColumn.Total]);
    }

    [Fact]
    public void A_heading_run_into_its_paragraph_marks_its_section_and_a_change_is_not_an_amount()
    {
        const string text = """
            2031年某某县统计局部门预算
            第三部分 情况说明
            （一）支出预算。2031年支出预算125.00万元，比2030年增加12.00万元，主要是基本支出增加7.00万元。
            （三）绩效目标设置情况。2031年项目支出均实行了绩效目标管理。
            """;
        var d = DisclosureImporter.Import(text, Aligned).Disclosure;

        Assert.Contains(DisclosureSection.Performance, d.Sections);
        Assert.DoesNotContain(d.Facts, f => f.Kind == FactKind.Amount && f.Subject.Topic == FactTopic.BasicExpenditure);
    }

    [Fact]
    public void A_shaanxi_style_collection_reads_its_headings_balances_and_project_columns()
    {
        // 一、部门预算 restates the totals; 上年实户资金余额 is 上年结转 (100.00 + 4.00 = 104.00); 支出总表 by unit has no 类
        // rows; 一般公共预算支出表 prints 人员经费, 公用经费 and 专项业务经费 (项目支出) without 基本支出: 基本支出表's 合计 =
        // 60.00 + 20.00.
        const string text = """
            2031年某某县统计局部门预算
            部门综合预算收支总表
            单位：万元
            收入	收入	支出	支出
            项目	预算数	支出功能分类科目（按大类）	预算数
            一、部门预算	100.00	一、部门预算	104.00
            1、一般公共预算拨款	100.00	1、一般公共服务支出	104.00
            本年收入合计	100.00	本年支出合计	104.00
            上年实户资金余额	4.00
            收入总计	104.00	支出总计	104.00
            部门综合预算支出总表
            单位：万元
            单位编码	单位名称	合计	一般公共预算拨款
            合计		100.00	100.00
            部门综合预算一般公共预算支出明细表（按支出功能分类科目）
            单位：万元
            功能科目编码	功能科目名称	合计	人员经费支出	公用经费支出	专项业务经费支出
            合计		100.00	60.00	20.00	20.00
            201	一般公共服务支出	100.00	60.00	20.00	20.00
            部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）
            单位：万元
            科目编码	科目名称	合计	人员经费	公用经费
            合计		80.00	60.00	20.00
            301	工资福利支出	60.00	60.00
            302	商品和服务支出	20.00		20.00
            """;
        var result = DisclosureImporter.Import(text, Aligned);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var t1 = result.Disclosure.RevenueExpenditureSummary!;
        Assert.Equal(Money.FromWan(4m), t1.Summary(SummaryLine.CarryOverRevenue)![TableColumn.Amount]);
        Assert.Equal(Money.FromWan(20m), result.Disclosure.GeneralBudgetExpenditure!.TotalRow![TableColumn.Project]);
        var errors = Errors(result);
        Assert.DoesNotContain(errors, f => f.RuleId is "BM-T1-REVENUE" or "BM-X-T1-T3-CLASS" or "BM-T5-ROW" or "BM-X-T5-T6-BASIC");
    }

    [Fact]
    public void A_qizhong_column_naming_no_measure_is_part_of_the_column_above_it()
    {
        // 一般公共预算拨款 80.00, of which 30.00 for 专项资金 projects; 合计 = 80.00 + 事业收入 20.00 = 100.00.
        const string text = """
            2031年某某县统计局部门预算
            收入总表
            单位名称：某某县统计局	单位：万元
            			一般公共预算拨款	一般公共预算拨款
            科目编码	科目名称	合计	小计	其中：专项资金列入部门预算的项目	事业收入
            合计		100.00	80.00	30.00	20.00
            201	一般公共服务支出	100.00	80.00	30.00	20.00
            """;
        var result = DisclosureImporter.Import(text, Aligned);

        var total = result.Disclosure.RevenueSummary!.TotalRow!;
        Assert.Equal((Money.FromWan(80m), Money.FromWan(20m)), (total[TableColumn.GeneralBudget], total[TableColumn.UnitFunds]));
        Assert.DoesNotContain(Errors(result), f => f.RuleId == "BM-T2-ROW");
    }

    [Fact]
    public void Revenue_lines_of_which_and_funds_named_拨款_are_read_by_meaning()
    {
        // 财政拨款 100.00 = 一般公共预算拨款 90.00 + 政府性基金拨款 10.00 (named 拨款, not 预算); the 其中 lines under
        // 一般公共预算拨款 (中央转移支付资金 20.00) and under 事业收入 (纳入财政专户管理的收费 4.00) are parts of the line above,
        // already in its figure: 本年收入合计 110.00 = 90.00 + 10.00 + 10.00.
        const string text = """
            2031年某某县统计局部门预算
            部门综合预算收支总表
            单位：万元
            收入	收入	支出	支出
            项目	预算数	支出功能分类科目（按大类）	预算数
            一、财政拨款	100.00	1、一般公共服务支出	100.00
            （1）一般公共预算拨款	90.00	2、城乡社区支出	10.00
            其中：中央转移支付资金	20.00
            （2）政府性基金拨款	10.00
            二、事业收入	10.00	3、社会保障和就业支出	10.00
            其中：纳入财政专户管理的收费	4.00
            本年收入合计	110.00	本年支出合计	120.00
            上年结转	10.00
            收入总计	120.00	支出总计	120.00
            """;
        var result = DisclosureImporter.Import(text, Aligned);
        var t1 = result.Disclosure.RevenueExpenditureSummary!;

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Name);
        Assert.Equal(Money.FromWan(10m), t1.RevenueLines.Single(r => r.Source == BudgetModel.Funding.FundSource.GovernmentFundBudget)[TableColumn.Amount]);
        Assert.DoesNotContain(t1.RevenueLines, r => r.Name.Contains("其中", StringComparison.Ordinal));
        Assert.DoesNotContain(Errors(result), f => f.RuleId == "BM-T1-REVENUE");
    }
}
