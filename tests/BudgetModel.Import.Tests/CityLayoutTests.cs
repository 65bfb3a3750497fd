using BudgetModel.Disclosure;
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
        var blocks = new List<LayoutBlock> { new CoverLine(Unit), new CoverLine("2026年部门预算") };
        blocks.AddRange(body.Select(b => b is TableBlock t ? t with { UnitName = "部门（单位）：" + Unit, UnitLabel = "单位：万元" } : b));
        var rendered = LayoutRenderer.Render(new DocumentLayout(blocks), TestFont.Font);
        return DisclosureImporter.Import(new MemoryStream(rendered.Bytes));
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
}
