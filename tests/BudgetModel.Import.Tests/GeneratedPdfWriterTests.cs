using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Import.Tests.Pdf.Scenarios;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BudgetModel.Import.Tests;

/// <summary>The test-side PDF writer and layout renderer (Pdf/): text survives a round trip through PdfPig in the
/// embedded font, words land where the layout puts them, tables run over pages as asked, and every scenario's
/// figures are consistent.</summary>
public class GeneratedPdfWriterTests
{
    private static List<Word> Words(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(page).GetWords()];
    }

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>The text of the words on one baseline, without the spaces between words.</summary>
    private static string LineAt(List<Word> words, double baseline) =>
        string.Concat(words.Where(w => Math.Abs(w.BoundingBox.Bottom - baseline) < 3 || Math.Abs(w.Letters[0].StartBaseLine.Y - baseline) < 0.5)
            .OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));

    [Theory]
    [InlineData("表3 2026年部门支出总表")]
    [InlineData("部门名称：某某市测试局")]
    [InlineData("单位：万元（一）人大事务、“三公”经费")]
    [InlineData("1,234,567.89 2010101 0.05")]
    [InlineData("第 3 页")]
    [InlineData("- 3 -")]
    [InlineData("①公务用车购置费 ②公务用车运行维护费")]
    public void Chinese_digits_and_full_width_punctuation_survive_a_round_trip(string text)
    {
        var pdf = new PdfCanvas(TestFont.Font);
        pdf.NewPage();
        pdf.Text(text, 50, 700, 10.5);
        var words = Words(pdf.Build(), 1);
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(words.Select(w => w.Text)));
    }

    [Fact]
    public void Every_character_the_scenarios_print_has_a_glyph_in_the_font()
    {
        var characters = ScenarioDocuments.All().SelectMany(s => s.Text).Where(c => !char.IsWhiteSpace(c)).Distinct().Order().ToArray();
        var pdf = new PdfCanvas(TestFont.Font);
        pdf.NewPage();
        var chunks = characters.Chunk(40).Select(c => new string(c)).ToList();
        for (int i = 0; i < chunks.Count; i++)
        {
            pdf.Text(chunks[i], 40, 800 - (i * 16), 10);
        }
        var read = string.Concat(Words(pdf.Build(), 1).OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text));
        Assert.Equal(string.Concat(chunks), read);
    }

    [Fact]
    public void Amounts_are_right_aligned_and_names_left_aligned_in_their_columns()
    {
        var table = new TableBlock("表3 2026年部门支出总表",
            [new(60, CellAlign.Left), new(150, CellAlign.Left), new(70, CellAlign.Right), new(70, CellAlign.Right)],
            [[new("科目编码", 1, 2), new("科目名称", 1, 2), new("2026年预算数", 2)], [new("合计"), new("基本支出")]],
            [["2010801", "行政运行", "412.36", "412.36"], ["2010802", "一般行政管理事务", "58.40", ""]]);
        var rendered = LayoutRenderer.Render(new DocumentLayout([table]), TestFont.Font);
        var placed = Assert.Single(rendered.Tables);
        var words = Words(rendered.Bytes, 1);
        Word Find(string text) => Assert.Single(words, w => w.Text == text);

        Assert.Equal(placed.ColumnLefts[0] + 3, Find("2010801").BoundingBox.Left, 0.5);
        Assert.Equal(placed.ColumnLefts[1] + 3, Find("一般行政管理事务").BoundingBox.Left, 0.5);
        Assert.Equal(placed.ColumnRights[2] - 3, Find("58.40").BoundingBox.Right, 0.5);
        Assert.All(words.Where(w => w.Text == "412.36"), w => Assert.True(Math.Abs(w.BoundingBox.Right - (placed.ColumnRights[2] - 3)) < 0.5 || Math.Abs(w.BoundingBox.Right - (placed.ColumnRights[3] - 3)) < 0.5));
        // The group header is centred over its two columns, the sub-headers under it.
        var group = Find("2026年预算数");
        Assert.Equal((placed.ColumnLefts[2] + placed.ColumnRights[3]) / 2, (group.BoundingBox.Left + group.BoundingBox.Right) / 2, 1);
        Assert.True(group.BoundingBox.Bottom > Find("基本支出").BoundingBox.Top);
        // Rows go down the page in order.
        Assert.True(Find("2010801").BoundingBox.Bottom > Find("2010802").BoundingBox.Bottom);
    }

    [Fact]
    public void A_long_name_wraps_inside_its_row_and_the_amounts_stay_on_one_line_centred_on_it()
    {
        var table = new TableBlock(null,
            [new(56, CellAlign.Left), new(90, CellAlign.Left), new(60, CellAlign.Right)],
            [[new("科目编码"), new("科目名称"), new("合计")]],
            [["2080505", "机关事业单位基本养老保险缴费支出", "52.80"]]) { Ruling = Ruling.None };
        var rendered = LayoutRenderer.Render(new DocumentLayout([table]), TestFont.Font);
        var words = Words(rendered.Bytes, 1);
        var nameParts = words.Where(w => w.Text.StartsWith("机关", StringComparison.Ordinal) || w.Text.EndsWith("支出", StringComparison.Ordinal)).OrderByDescending(w => w.BoundingBox.Bottom).ToList();
        Assert.Equal(2, nameParts.Count);
        Assert.Equal("机关事业单位基本养老保险缴费支出", nameParts[0].Text + nameParts[1].Text);
        var amount = Assert.Single(words, w => w.Text == "52.80");
        Assert.True(amount.BoundingBox.Bottom < nameParts[0].BoundingBox.Bottom && amount.BoundingBox.Bottom > nameParts[1].BoundingBox.Bottom);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_long_expenditure_table_runs_over_three_pages_with_footers_and_a_running_header(bool repeatHeader)
    {
        var scenario = ScenarioDocuments.CodesAbsent(repeatHeader);
        var rendered = scenario.Rendered;
        var table = Assert.Single(rendered.Tables, t => t.Title == "2026年部门支出总表");
        Assert.Equal(3, table.PageCount);
        var pages = PageTexts(rendered.Bytes);
        Assert.Equal(rendered.PageCount, pages.Count);
        for (int p = table.FirstPage; p <= table.LastPage; p++)
        {
            var text = pages[p - 1];
            Assert.Contains(repeatHeader ? $"-{p}-" : $"第{p}页", text, StringComparison.Ordinal);
            Assert.StartsWith("某某市测试局2026年部门预算公开", text, StringComparison.Ordinal);
            Assert.Equal(repeatHeader || p == table.FirstPage, text.Contains("2026年预算数", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_scenario_renders_every_table()
    {
        foreach (var scenario in ScenarioDocuments.All())
        {
            Assert.Equal(scenario.Tables.Count, scenario.Rendered.Tables.Count);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(scenario.Pdf, 0, 5), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_budget_figures_agree_with_each_other()
    {
        foreach (var budget in new[] { ScenarioBudget.Standard, ScenarioBudget.Long })
        {
            Assert.Equal(budget.Basic, budget.Personnel + budget.Public);
            Assert.Equal(budget.GrandTotal, budget.Classes.Aggregate(Money.Zero, (s, c) => s + c.Basic + c.ProjectGeneral + c.ProjectUnit));
        }
        Assert.Equal(Money.FromWan(658.12m), ScenarioBudget.Standard.Basic);
        Assert.Equal(Money.FromWan(863.27m), ScenarioBudget.Standard.GrandTotal);
    }
}
