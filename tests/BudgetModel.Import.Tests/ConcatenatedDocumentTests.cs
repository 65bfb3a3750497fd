using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests;

/// <summary>
/// How the importer reads one text that holds several documents (the seed repeated, as in the import benchmark), and
/// the parts of its line reading that the benchmark work touched: line numbers across every kind of line break, and
/// the budget year taken from a table title when the cover states none.
/// </summary>
public class ConcatenatedDocumentTests
{
    private static readonly string[] SeedLines = Seed.Text.Split('\n');

    private static readonly ImportResult One = DisclosureImporter.Import(Seed.Text);

    [Fact]
    public void Ten_seeds_in_one_text_give_the_first_copy_s_tables_and_every_copy_s_sheets_and_facts()
    {
        const int copies = 10;
        var result = DisclosureImporter.Import(string.Join('\n', Enumerable.Repeat(Seed.Text, copies)));
        var d = result.Disclosure;
        int length = SeedLines.Length;

        // Tables: one per kind, those of the first copy (same cells, same lines).
        Assert.Equal(One.Disclosure.Cells(), d.Cells());
        Assert.Equal(One.Disclosure.Tables.Select(t => t.Header.Line), d.Tables.Select(t => t.Header.Line));

        // Every later copy's tables are reported as duplicates at their own title lines.
        var duplicates = result.Diagnostics.Where(f => f.RuleId == ImportRules.DuplicateTable).ToArray();
        var expectedDuplicateLines = Enumerable.Range(1, copies - 1)
            .SelectMany(k => One.Disclosure.Tables.Select(t => t.Header.Line + k * length));
        Assert.Equal(expectedDuplicateLines.Order(), duplicates.Select(f => (int?)f.Location.Lines[0]).Order());

        // Sheets and facts: every copy's, numbered in its own copy.
        var sheetLines = Enumerable.Range(0, copies).SelectMany(k => One.Disclosure.ProjectSheets.Select(s => (s.ProjectName, s.Line + k * length)));
        Assert.Equal(sheetLines, d.ProjectSheets.Select(s => (s.ProjectName, s.Line)));
        var factLines = Enumerable.Range(0, copies).SelectMany(k => One.Disclosure.Facts.Select(f => (f.Subject, f.Value, f.Line + k * length)));
        Assert.Equal(factLines, d.Facts.Select(f => (f.Subject, f.Value, f.Line)));
    }

    [Fact]
    public void Lines_are_numbered_the_same_whatever_mix_of_line_breaks_separates_them()
    {
        // In this order a lone \r is never followed by a \n (an empty line between them would read as one \r\n).
        string[] breaks = ["\n", "\r", "\r\n"];
        var mixed = string.Concat(SeedLines.Select((line, i) => line + (i + 1 < SeedLines.Length ? breaks[i % 3] : "")));
        var d = DisclosureImporter.Import(mixed).Disclosure;

        Assert.Equal(One.Disclosure.Cells(), d.Cells());
        Assert.Equal(One.Disclosure.Facts, d.Facts);
        Assert.Equal(One.Disclosure.Mentions, d.Mentions);
        Assert.Equal(One.Disclosure.ProjectSheets.Select(s => (s.ProjectName, s.Line)), d.ProjectSheets.Select(s => (s.ProjectName, s.Line)));
    }

    [Fact]
    public void Without_a_year_on_the_cover_the_year_is_the_first_table_title_s_even_past_the_cover_lines()
    {
        // Fifteen neutral lines (more than the twelve the cover is looked for in), then a table whose title states the
        // year in a form the cover pattern (…年…预算) does not match.
        var text = string.Join('\n', Enumerable.Range(1, 15).Select(i => $"说明第{i}条")
            .Append("2031年部门支出总表")
            .Append("单位名称：某某县教育局")
            .Append("单位：万元")
            .Append("科目编码\t科目名称\t合计\t基本支出\t项目支出")
            .Append("合计\t\t123.46\t100.00\t23.46")
            .Append("2050101\t行政运行\t123.46\t100.00\t23.46")
            .Append("2030年部门支出总表"));

        var d = DisclosureImporter.Import(text).Disclosure;

        Assert.Equal(("某某县教育局", 2031), (d.Unit.Name, d.BudgetYear));
        Assert.Equal(16, d.ExpenditureSummary!.Header.Line);
    }
}
