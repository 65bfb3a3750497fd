using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Layouts and wordings of the Changchun, Yantai, Shenzhen and Hangzhou kinds (issue 11), on hand-built text and
/// generated PDFs with an invented unit and figures, not a corpus document's text: a part heading printed in two cells,
/// 公务用车购置及运行费 in the prose, the budget year before 比, a 基本支出 table headed by the economic classification.
/// </summary>
[Trait("Category", "GeneratedLayout")]
public class CityLayoutTests
{
    private const string Unit = "某某市测试服务局";

    private static ImportResult ImportPdf(params LayoutBlock[] body)
    {
        return GeneratedDocument.Import(GeneratedDocument.Cover(Unit)
            .Concat(body.Select(b => b is TableBlock t ? t with { UnitName = "部门（单位）：" + Unit, UnitLabel = "单位：万元" } : b)));
    }

    private static TableColumnLayout Name(double width = 150) => new(width, CellAlign.Left);

    private static TableColumnLayout Code => new(40, CellAlign.Left);

    private static TableColumnLayout Amount => new(62, CellAlign.Right);

    [Fact]
    public void A_part_heading_printed_in_two_cells_opens_its_part()
    {
        // 第三部分 | 2026年部门预算情况说明: the part's number and its name in two cells of one line.
        const string text = Unit + "\n2026年部门预算公开\n第一部分\t部门概况\n一、主要职能\n负责本市测试服务工作，承办上级交办的其他事项。\n"
            + "第三部分\t2026年部门预算情况说明\n2026年预算收入100.00万元，预算支出100.00万元，全部为当年预算。\n";

        var d = DisclosureImporter.Import(text).Disclosure;

        // The headings that name the parts are only the two-cell lines: 部门概况 and 情况说明 are read from them.
        Assert.Contains(DisclosureSection.Overview, d.Sections);
        Assert.Contains(DisclosureSection.Explanation, d.Sections);
    }

    [Fact]
    public void 公务用车购置及运行费_in_the_prose_restates_the_vehicles_line_of_the_三公_table()
    {
        var threePublic = new TableBlock("2026年一般公共预算“三公”经费支出表",
            [Name(160), Amount, Amount, Amount, Amount, Amount],
            [[new("“三公”经费合计", 1, 2), new("因公出国（境）费", 1, 2), new("公务用车购置及运行费", 3), new("公务接待费", 1, 2)],
             [new("小计"), new("公务用车购置费"), new("公务用车运行维护费")]],
            [["9.00", "1.00", "7.00", "2.00", "5.00", "1.00"]]);
        var result = ImportPdf(new Heading("一、“三公”经费情况说明"), new Paragraph("“三公”经费9.00万元，公务用车购置及运行费7.00万元。"), threePublic);
        var d = result.Disclosure;

        var vehicles = Assert.Single(d.Facts, f => f.Subject.Topic == FactTopic.VehiclePurchaseAndOperation);
        Assert.Equal(7.00m, vehicles.Value);
        Assert.DoesNotContain(d.Facts, f => f.Subject.Topic == FactTopic.VehiclePurchase);
        // 7.00 = the table's 公务用车购置及运行费 (2.00 购置 + 5.00 运行维护): no prose finding.
        Assert.DoesNotContain(DisclosureValidator.Validate(d).Findings, f => f.RuleId.StartsWith("BM-PROSE", StringComparison.Ordinal) && f.Severity == Severity.Error);
    }

    [Theory]
    // Short sub-headings under the stacked heading (Shanghai prints 小计 | 购置费 | 运行费): each is its own column, not the
    // heading's 小计 again.
    [InlineData("购置费", "运行费")]
    [InlineData("购置费", "运行维护费")]
    public void The_columns_under_公务用车购置及运行费_are_its_parts(string purchase, string operation)
    {
        var threePublic = new TableBlock("2026年一般公共预算“三公”经费支出表",
            [Name(160), Amount, Amount, Amount, Amount, Amount],
            [[new("“三公”经费合计", 1, 2), new("因公出国（境）费", 1, 2), new("公务用车购置及运行费", 3), new("公务接待费", 1, 2)],
             [new("小计"), new(purchase), new(operation)]],
            [["9.00", "1.00", "7.00", "2.00", "5.00", "1.00"]]);
        var t10 = ImportPdf(new Heading("一、“三公”经费情况说明"), new Paragraph("“三公”经费9.00万元。"), threePublic).Disclosure.ThreePublicExpenses!;

        Assert.Equal(Money.FromWan(7.00m), t10.Vehicles!.Total);
        Assert.Equal(Money.FromWan(2.00m), t10.VehiclePurchase!.Total);
        Assert.Equal(Money.FromWan(5.00m), t10.VehicleOperation!.Total);
        Assert.Equal(Money.FromWan(1.00m), t10.Reception!.Total);
    }

    [Fact]
    public void 公务用车购置及运行费_in_the_prose_that_the_table_does_not_print_is_found()
    {
        var threePublic = new TableBlock("2026年一般公共预算“三公”经费支出表",
            [Name(160), Amount, Amount, Amount, Amount, Amount],
            [[new("“三公”经费合计", 1, 2), new("因公出国（境）费", 1, 2), new("公务用车购置及运行费", 3), new("公务接待费", 1, 2)],
             [new("小计"), new("公务用车购置费"), new("公务用车运行维护费")]],
            [["9.00", "1.00", "7.00", "2.00", "5.00", "1.00"]]);
        // The prose says 6.00 where the table prints 7.00.
        var d = ImportPdf(new Heading("一、“三公”经费情况说明"), new Paragraph("“三公”经费9.00万元，公务用车购置及运行费6.00万元。"), threePublic).Disclosure;

        var finding = Assert.Single(DisclosureValidator.Validate(d).Findings, f => f.RuleId == "BM-PROSE-AMOUNT" && f.Severity == Severity.Error);
        Assert.Equal(-1.00m, finding.Difference);
    }

    [Theory]
    // The budget year is the subject before 比: compared with 2025, the year before — no finding.
    [InlineData("2026年预算比2025年预算增加10.00万元，增长11.11%。", 0)]
    // Compared with 2026, the budget year itself: one finding.
    [InlineData("2026年预算比2026年预算增加10.00万元，增长11.11%。", 1)]
    // Compared with 2024, two years before: one finding.
    [InlineData("本年预算比2024年预算增加10.00万元，增长11.11%。", 1)]
    public void A_change_is_compared_with_the_year_before_the_budget_year(string sentence, int findings)
    {
        string text = Unit + "\n2026年部门预算公开\n第三部分\t2026年部门预算情况说明\n一、收支总表情况说明\n2026年预算收入100.00万元。" + sentence + "\n";

        var d = DisclosureImporter.Import(text).Disclosure;

        Assert.Equal(findings, DisclosureValidator.Validate(d).Findings.Count(f => f.RuleId == "BM-PROSE-YEAR"));
    }

    [Fact]
    public void A_basic_expenditure_table_headed_by_the_economic_classification_is_the_table_by_economic_class()
    {
        // 基本支出预算情况表 (the title says no classification), its columns headed 部门预算支出经济分类科目 and
        // 政府预算支出经济分类科目: the rows are economic classes (301 工资福利支出), not functions.
        var basic = new TableBlock("基本支出预算情况表",
            [Code, Code, Name(110), Code, Code, Name(110), Amount, Amount],
            [[new("部门预算支出经济分类科目", 3), new("政府预算支出经济分类科目", 3), new("合计", 1, 2), new("一般公共预算", 1, 2)],
             [new("类"), new("款"), new("科目名称"), new("类"), new("款"), new("科目名称")]],
            [["", "", "合计", "", "", "", "100.00", "100.00"],
             ["301", "", "工资福利支出", "501", "", "机关工资福利支出", "80.00", "80.00"],
             ["301", "01", "基本工资", "501", "01", "工资奖金津补贴", "50.00", "50.00"],
             ["301", "02", "津贴补贴", "501", "01", "工资奖金津补贴", "30.00", "30.00"],
             ["302", "", "商品和服务支出", "502", "", "机关商品和服务支出", "20.00", "20.00"],
             ["302", "01", "办公费", "502", "01", "办公经费", "20.00", "20.00"]]);

        var result = ImportPdf(basic);
        var d = result.Disclosure;

        Assert.Equal([TableKind.BasicExpenditureByEconomic], d.Tables.Select(t => t.Kind));
        var economic = Assert.IsType<EconomicTable>(d[TableKind.BasicExpenditureByEconomic]);
        Assert.Equal(["301", "30101", "30102", "302", "30201"], economic.Rows.OfType<EconomicRow>().Select(r => r.DepartmentCode?.Value));
        Assert.Equal(Money.FromWan(100m), economic.TotalRow!.Total);
        Assert.DoesNotContain(DisclosureValidator.Validate(d).Findings, f => f.RuleId == "BM-CODE-UNKNOWN");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_三公_table_printing_the_year_before_beside_the_budget_year_is_read_from_the_budget_years_block(bool budgetYearFirst)
    {
        // 2025年预算数 | 2026年预算数 side by side, each over 合计, 因公出国（境）经费, 公务用车购置及运行维护费 (小计, 购置, 运行维护)
        // and 公务接待费; the 2026 block (the budget year's) is 5.00 = 0 + 3.00 (1.00 + 2.00) + 2.00, the 2025 block 12.00.
        string[] lastYear = ["12.00", "8.00", "1.00", "0.00", "1.00", "3.00"];
        string[] budgetYear = ["5.00", "0.00", "3.00", "1.00", "2.00", "2.00"];
        HeaderCell Year(string year) => new(year + "年预算数", 6);
        IEnumerable<HeaderCell> Lines() =>
            [new("合计", 1, 2), new("因公出国（境）经费", 1, 2), new("公务用车购置及运行维护费", 3), new("公务接待费", 1, 2)];
        IEnumerable<HeaderCell> Vehicles() => [new("小计"), new("公务用车购置经费"), new("公务用车运行维护费")];
        var table = new TableBlock("一般公共预算“三公”经费支出情况表",
            [.. Enumerable.Repeat(new TableColumnLayout(58, CellAlign.Right), 12)],
            [budgetYearFirst ? [Year("2026"), Year("2025")] : [Year("2025"), Year("2026")],
             [.. Lines(), .. Lines()],
             [.. Vehicles(), .. Vehicles()]],
            [budgetYearFirst ? [.. budgetYear, .. lastYear] : [.. lastYear, .. budgetYear]])
        { Landscape = true, FontSize = 7 };

        var result = ImportPdf(table);
        var t10 = result.Disclosure.ThreePublicExpenses!;

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Money.FromWan(5m), t10.TotalRow!.Total);
        Assert.Equal(Money.Zero, t10.OverseasTravel!.Total);
        Assert.Equal(Money.FromWan(3m), t10.Vehicles!.Total);
        Assert.Equal(Money.FromWan(2m), t10.Reception!.Total);
    }

    [Fact]
    public void A_一般公共预算_table_by_economic_class_with_its_基本支出_column_is_the_required_basic_expenditure_table()
    {
        // 一般公共预算支出表（按经济分类）: 支出总计 | 基本支出 | 项目支出 shows 一般公共预算基本支出 by economic class; without
        // its 基本支出 column (支出总计 only) it does not.
        TableBlock ByEconomic(bool basic) => new("一般公共预算支出表（按经济分类）",
            basic ? [Code, Name(140), Amount, Amount, Amount] : [Code, Name(140), Amount],
            [basic ? [new("科目编码"), new("科目名称"), new("支出总计"), new("基本支出"), new("项目支出")] : [new("科目编码"), new("科目名称"), new("支出总计")]],
            basic
                ? [["", "合计", "30.00", "20.00", "10.00"], ["301", "工资福利支出", "20.00", "20.00", "0.00"], ["30101", "基本工资", "20.00", "20.00", "0.00"],
                   ["302", "商品和服务支出", "10.00", "0.00", "10.00"], ["30201", "办公费", "10.00", "0.00", "10.00"]]
                : [["", "合计", "30.00"], ["301", "工资福利支出", "20.00"], ["30101", "基本工资", "20.00"], ["302", "商品和服务支出", "10.00"], ["30201", "办公费", "10.00"]]);
        bool Missing(bool basic) => DisclosureValidator.Validate(ImportPdf(ByEconomic(basic)).Disclosure).Findings
            .Any(f => f.RuleId == "BM-REQUIRED-TABLE" && f.Location.Table == TableKind.GeneralBudgetBasicExpenditure);

        Assert.False(Missing(basic: true));
        Assert.True(Missing(basic: false));
    }

    [Fact]
    public void A_procurement_table_by_function_printing_each_code_part_on_its_own_row_sums_its_items_only()
    {
        // 201 | | 一般公共服务支出 over | 08 | 审计事务 over | | 04 审计业务 and | | 05 审计管理: the class and the section
        // are subtotals of the two items (6.00 + 4.00 = 10.00 = 合计), not rows of their own.
        var procurement = new TableBlock("政府采购预算表",
            [Code, Code, Code, Name(140), Amount, Amount, Amount],
            [[new("科目编码", 3), new("科目名称", 1, 2), new("合计", 1, 2), new("财政拨款", 1, 2), new("单位资金", 1, 2)],
             [new("类"), new("款"), new("项")]],
            [["", "", "", "合计", "10.00", "", "10.00"],
             ["201", "", "", "一般公共服务支出", "10.00", "", "10.00"],
             ["", "08", "", "审计事务", "10.00", "", "10.00"],
             ["", "", "04", "审计业务", "6.00", "", "6.00"],
             ["", "", "05", "审计管理", "4.00", "", "4.00"]]);

        var result = ImportPdf(procurement);
        var t21 = Assert.IsType<NamedRowTable>(result.Disclosure[TableKind.GovernmentProcurement]);

        Assert.Equal(["审计业务", "审计管理"], t21.DetailRows.Select(r => r.Name));
        Assert.Equal(Money.FromWan(10m), Assert.Single(t21.Rows, r => r.Role == RowRole.Total).Total);
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.RuleId.StartsWith("BM-T21", StringComparison.Ordinal) && f.Severity == Severity.Error);
    }

    [Fact]
    public void Revenue_lines_with_a_scope_note_and_the_unit_balances_spent_are_unit_funds()
    {
        // 事业收入（不含教育收费） is 事业收入 (the note narrows it); 使用非财政拨款结余 (printed empty, as Shandong's tables
        // print it) is the unit's own balance spent, 单位资金: 6.00 + 4.00 + 0 = 10.00.
        var summary = new TableBlock("收支总体情况表",
            [Name(170), Amount, Name(170), Amount],
            [[new("收入", 2), new("支出", 2)], [new("项目"), new("预算数"), new("项目"), new("预算数")]],
            [["一、财政拨款收入", "90.00", "一、一般公共服务支出", "100.00"],
             ["一般公共预算收入", "90.00", "", ""],
             ["二、事业收入（不含教育收费）", "6.00", "", ""],
             ["三、其他收入", "4.00", "", ""],
             ["本年收入合计", "100.00", "本年支出合计", "100.00"],
             ["使用非财政拨款结余", "", "结转下年", ""],
             ["上年结转", "", "", ""],
             ["收入总计", "100.00", "支出总计", "100.00"]]);

        var result = ImportPdf(summary);
        var t1 = result.Disclosure.RevenueExpenditureSummary!;

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Name);
        // The three lines, as the reader names them (normalised: no ordinal, ASCII brackets), are lines of 单位资金.
        Assert.Equal(["事业收入(不含教育收费)", "其他收入", "使用非财政拨款结余"],
            t1.RevenueLines.Where(r => r.Source == FundSource.UnitFunds).Select(r => r.Name));
        Assert.Equal(Money.FromWan(10m), t1.RevenueLines.Where(r => r.Source == FundSource.UnitFunds).Aggregate(Money.Zero, (sum, r) => sum + r.GetOrZero(TableColumn.Amount)));
    }

    [Fact]
    public void A_三公_table_with_a_row_per_year_is_read_from_the_budget_years_row()
    {
        // Under the unit: 2025年 (合计 8.00), 2026年 (合计 5.00 = 1.00 + 2.00 + 2.00) and 增减变化金额 (-3.00); 总计 is
        // printed over its funds. The 2026 row is the table's.
        var table = new TableBlock("财政拨款“三公”经费支出表",
            [Name(100), new(60, CellAlign.Left), Amount, Amount, Amount, Amount, Amount, Amount, Amount],
            [[new("预算单位", 1, 2), new("年度", 1, 2), new("总计", 2), new("因公出国(境)费", 1, 2), new("公务接待费", 1, 2), new("公务用车购置及运行维护费", 3)],
             [new("一般公共预算"), new("政府性基金预算"), new("小计"), new("公务用车购置费"), new("公务用车运行维护费")]],
            [[Unit, "2025年", "8.00", "0.00", "2.00", "3.00", "3.00", "0.00", "3.00"],
             ["", "2026年", "5.00", "0.00", "1.00", "2.00", "2.00", "0.00", "2.00"],
             ["", "增减变化金额", "-3.00", "0.00", "-1.00", "-1.00", "-1.00", "0.00", "-1.00"]])
        { Landscape = true };

        var result = ImportPdf(table);
        var t10 = result.Disclosure.ThreePublicExpenses!;

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.SummaryMissing);
        Assert.Equal(Money.FromWan(5m), t10.TotalRow!.Total);
        Assert.Equal(Money.FromWan(1m), t10.OverseasTravel!.Total);
        Assert.Equal(Money.FromWan(2m), t10.Reception!.Total);
        Assert.Equal(Money.FromWan(2m), t10.Vehicles!.Total);
    }

    [Fact]
    public void A_三公_table_printed_across_takes_its_total_from_a_column_headed_预算总额()
    {
        // One row under a header whose first column is “三公”经费财政拨款预算总额 (no 合计 label anywhere): 9.00 = 1.00 +
        // 1.00 + 7.00 (2.00 + 5.00), the table's total.
        var table = new TableBlock("财政拨款“三公”经费支出表",
            [new(130, CellAlign.Right), new(95, CellAlign.Right), new(70, CellAlign.Right), new(60, CellAlign.Right), new(85, CellAlign.Right), new(95, CellAlign.Right)],
            [[new("“三公”经费财政拨款预算总额", 1, 2), new("因公出国（境）费用", 1, 2), new("公务接待费", 1, 2), new("公务用车购置及运行维护费", 3)],
             [new("小计"), new("公务用车购置费"), new("公务用车运行维护费")]],
            [["9.00", "1.00", "1.00", "7.00", "2.00", "5.00"]])
        { Landscape = true };

        var result = ImportPdf(table);
        var t10 = result.Disclosure.ThreePublicExpenses!;

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.SummaryMissing);
        Assert.Equal(Money.FromWan(9m), t10.TotalRow!.Total);
        Assert.Equal(Money.FromWan(7m), t10.Vehicles!.Total);
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.RuleId == "BM-T10-LINES");
    }

    [Fact]
    public void A_三公_table_printed_across_by_period_takes_its_total_from_the_budget_years_小计()
    {
        // “三公”经费合计 9.00 = 当年预算 8.00 + 上年结转 1.00; 当年预算's 小计 8.00 = 1.00 + 5.00 (2.00 + 3.00) + 2.00 is the
        // table's total (its lines are this year's), not the 合计 over both periods.
        HeaderCell[] Lines() => [new("小计", 1, 2), new("因公出国（境）费", 1, 2), new("公务用车购置及运行费", 3), new("公务接待费", 1, 2)];
        HeaderCell[] Vehicles() => [new("小计"), new("公务用车购置费"), new("公务用车运行费")];
        var table = new TableBlock("本年一般公共预算“三公”经费支出表",
            [.. Enumerable.Repeat(new TableColumnLayout(52, CellAlign.Right), 13)],
            [[new("“三公”经费合计", 1, 3), new("当年预算", 6), new("上年结转结余", 6)],
             [.. Lines(), .. Lines()],
             [.. Vehicles(), .. Vehicles()]],
            [["9.00", "8.00", "1.00", "5.00", "2.00", "3.00", "2.00", "1.00", "0.00", "1.00", "0.00", "1.00", "0.00"]])
        { Landscape = true, FontSize = 7 };

        var result = ImportPdf(table);
        var t10 = result.Disclosure.ThreePublicExpenses!;

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.SummaryMissing);
        Assert.Equal(Money.FromWan(8m), t10.TotalRow!.Total);
        Assert.Equal(Money.FromWan(1m), t10.OverseasTravel!.Total);
        Assert.Equal(Money.FromWan(5m), t10.Vehicles!.Total);
        Assert.Equal(Money.FromWan(2m), t10.Reception!.Total);
    }

    [Theory]
    // 一、财政拨款 100.00 over its funds is the table's only money of this year: its 本年收入, no line missing.
    [InlineData(true, false)]
    // Only the funds, no 财政拨款 line and no 本年收入合计: the table ends without this year's revenue total.
    [InlineData(false, true)]
    public void A_财政拨款收支总表_without_本年收入合计_is_cut_short_only_when_no_财政拨款_line_stands_for_it(bool whole, bool missing)
    {
        string[][] lines =
        [
            .. whole ? [["一、财政拨款", "100.00", "一、本年支出合计", "100.00"]] : Array.Empty<string[]>(),
            ["一般公共预算", "100.00", "一般公共服务支出", "100.00"],
            ["政府性基金预算", "", "", ""],
            ["二、上年结转结余", "", "二、年终结转结余", ""],
            ["收入总计", "100.00", "支出总计", "100.00"],
        ];
        var table = new TableBlock("表4：2026年部门财政拨款收支预算总表",
            [Name(150), Amount, Name(170), Amount],
            [[new("收入", 2), new("支出", 2)], [new("项目"), new("预算数"), new("项目"), new("预算数")]],
            lines);

        var result = ImportPdf(table);

        Assert.NotNull(result.Disclosure.FiscalAppropriationSummary);
        Assert.Equal(missing, result.Diagnostics.Any(d => d.RuleId == ImportRules.SummaryMissing && d.Message.Contains("CurrentYearRevenue", StringComparison.Ordinal)));
    }

    [Theory]
    // Sub-headings wrapped in their narrow columns under the stacked 公务用车购置及运行费 (each on two or three lines, the
    // last lines below the one-line 小计): each column keeps its own heading.
    [InlineData("公务用车\n购置费", "公务用车\n运行维护费")]
    [InlineData("购置\n费", "运行\n维护费")]
    [InlineData("公务\n用车\n购置费", "公务\n用车\n运行费")]
    // The money worded 经费, its last word wrapped alone (公务用车购置 / 经费 | 公务用车运行 / 维护经费).
    [InlineData("公务用车购置\n经费", "公务用车运行\n维护经费")]
    public void Sub_headings_wrapped_in_narrow_columns_under_a_stacked_heading_keep_their_columns(string purchase, string operation)
    {
        var threePublic = new TableBlock("2026年一般公共预算“三公”经费支出表",
            [new(70, CellAlign.Right), new(70, CellAlign.Right), new(62, CellAlign.Right), new(62, CellAlign.Right), new(62, CellAlign.Right), new(60, CellAlign.Right)],
            [[new("“三公”经费\n合计", 1, 2), new("因公出国\n（境）费", 1, 2), new("公务用车购置及运行费", 3), new("公务接待费", 1, 2)],
             [new("小计"), new(purchase), new(operation)]],
            [["9.00", "1.00", "7.00", "2.00", "5.00", "1.00"]]);
        var result = ImportPdf(threePublic);
        var t10 = result.Disclosure.ThreePublicExpenses!;

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.RuleId == ImportRules.SummaryMissing);
        Assert.Equal(Money.FromWan(9.00m), t10.TotalRow!.Total);
        Assert.Equal(Money.FromWan(1.00m), t10.OverseasTravel!.Total);
        Assert.Equal(Money.FromWan(7.00m), t10.Vehicles!.Total);
        Assert.Equal(Money.FromWan(2.00m), t10.VehiclePurchase!.Total);
        Assert.Equal(Money.FromWan(5.00m), t10.VehicleOperation!.Total);
        Assert.Equal(Money.FromWan(1.00m), t10.Reception!.Total);
    }

    [Theory]
    // A 三公 table by line whose funds are printed under a stacked year heading, each fund's name wrapped in its narrow
    // column (一般公共 / 预算拨款).
    [InlineData("一般公共\n预算拨款", "政府性\n基金拨款")]
    [InlineData("一般\n公共\n预算", "政府\n性基\n金")]
    public void Fund_headings_wrapped_in_narrow_columns_under_a_stacked_year_heading_keep_their_columns(string general, string fund)
    {
        var threePublic = new TableBlock("2026年“三公”经费预算表",
            [Name(150), new(50, CellAlign.Right), new(50, CellAlign.Right), new(50, CellAlign.Right)],
            [[new("项目", 1, 2), new("2026年预算数", 3)],
             [new("合计"), new(general), new(fund)]],
            [["合计", "9.00", "8.00", "1.00"],
             ["因公出国（境）费", "1.00", "1.00", "0.00"],
             ["公务用车购置及运行费", "7.00", "6.00", "1.00"],
             ["其中：公务用车购置费", "2.00", "2.00", "0.00"],
             ["公务用车运行费", "5.00", "4.00", "1.00"],
             ["公务接待费", "1.00", "1.00", "0.00"]]);
        var result = ImportPdf(threePublic);
        var t10 = result.Disclosure.ThreePublicExpenses!;

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.RuleId == ImportRules.SummaryMissing);
        Assert.Equal([TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund], t10.TotalRow!.Columns);
        Assert.Equal(Money.FromWan(8.00m), t10.TotalRow[TableColumn.GeneralBudget]);
        Assert.Equal(Money.FromWan(1.00m), t10.VehicleOperation![TableColumn.GovernmentFund]);
        Assert.Equal(Money.FromWan(2.00m), t10.VehiclePurchase!.Total);
    }
}
