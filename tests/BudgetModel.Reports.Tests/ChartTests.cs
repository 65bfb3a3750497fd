using System.Globalization;
using System.Text.RegularExpressions;
using BudgetModel.Disclosure;

namespace BudgetModel.Reports.Tests;

/// <summary>The charts show the figures of the tables (and, for the “三公”经费 of the year before, the notes), each with
/// a title, a description and a text label with its value.</summary>
public class ChartTests
{
    private static string Chart(string html, string key)
    {
        var m = Regex.Match(html, $"<figure class=\"chart\" id=\"[^\"]*\" data-chart=\"{key}\">.*?</figure>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no {key} chart");
        return m.Value;
    }

    /// <summary>The bars of a chart: label (from the title of the label's text) and value (data-value), in order.</summary>
    private static (string Label, string[] Values)[] Bars(string chart) =>
        Regex.Matches(chart, "<g class=\"item\">(.*?)</g>", RegexOptions.Singleline).Select(g =>
        {
            string label = HtmlScan.TextOf(Regex.Match(g.Groups[1].Value, "<text class=\"label\".*?<title>(.*?)</title>").Groups[1].Value);
            var values = HtmlScan.Tags(g.Groups[1].Value, "rect").Select(r => r["data-value"]!).ToArray();
            return (label, values);
        }).ToArray();

    private static string Wan(Money m) => m.ToString("WN2");

    [Fact]
    public void Income_by_source_shows_each_revenue_line_of_the_summary_table()
    {
        var document = Samples.SeedDocument();
        string chart = Chart(HtmlReport.ToHtml([document]), "income");
        var table = document.Disclosure!.RevenueExpenditureSummary!;
        var expected = table.RevenueLines.Where(r => !r.IsCarryOver && !r[TableColumn.Amount].IsZero)
            .Select(r => (r.Name.Trim(), Wan(r[TableColumn.Amount])))
            .Append((table.Summary(SummaryLine.CarryOverRevenue)!.Name.Trim(), Wan(table.Summary(SummaryLine.CarryOverRevenue)!.Total)))
            .ToArray();
        Assert.Equal(expected, Bars(chart).Select(b => (b.Label, Assert.Single(b.Values))).ToArray());
        Assert.Contains("<title id=", chart, StringComparison.Ordinal);
        Assert.Contains("<desc id=", chart, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", chart, StringComparison.Ordinal);
        // Each value is also a visible text label.
        Assert.All(expected, e => Assert.Contains($">{e.Item2}</text>", chart, StringComparison.Ordinal));
    }

    [Fact]
    public void Expenditure_by_function_class_shows_every_class_row_and_basic_against_project_the_total_row()
    {
        var document = Samples.SeedDocument();
        string html = HtmlReport.ToHtml([document]);
        var table = document.Disclosure!.ExpenditureSummary!;
        var classes = table.FunctionRows.Where(r => r.Code.Length == 3 && !r.Total.IsZero).ToArray();
        Assert.NotEmpty(classes);
        var bars = Bars(Chart(html, "function"));
        Assert.Equal(classes.Select(r => ($"{r.Code.Value} {r.Name.Trim()}", Wan(r.Total))), bars.Select(b => (b.Label, b.Values[0])));

        var total = table.TotalRow!;
        var bp = Bars(Chart(html, "basic-project"));
        Assert.Equal([("基本支出", Wan(total[TableColumn.Basic])), ("项目支出", Wan(total[TableColumn.Project]))], bp.Select(b => (b.Label, b.Values[0])));
    }

    [Fact]
    public void Three_public_expenses_are_set_against_the_year_before_the_notes_give()
    {
        string chart = Chart(HtmlReport.ToHtml([Samples.SeedDocument()]), "three-public");
        // Seed line 475: “三公”经费预算2.70万元比2023年减少0.40万元 — so 2023 had 3.10 万元 (worked out by hand).
        var total = Bars(chart).Single(b => b.Label == "“三公”经费合计");
        Assert.Equal(["3.10", "2.70"], total.Values);
        Assert.Contains(">2023年</text>", chart, StringComparison.Ordinal);
        Assert.Contains(">2024年</text>", chart, StringComparison.Ordinal);
        // The second series is told apart by a pattern, not colour alone.
        Assert.Contains("-hatch)", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void No_three_public_chart_without_a_change_in_the_notes_and_no_charts_when_turned_off()
    {
        var seed = Samples.Seed.Disclosure;
        var withoutChanges = seed.WithFacts(seed.Facts.Where(f => f.Kind != FactKind.ChangeAmount));
        var report = BudgetModel.Validation.DisclosureValidator.Validate(withoutChanges);
        string html = HtmlReport.ToHtml([ReportDocument.Checked("x", withoutChanges, report)]);
        Assert.DoesNotContain("data-chart=\"three-public\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"income\"", html, StringComparison.Ordinal);

        string none = HtmlReport.ToHtml([ReportDocument.Checked("x", withoutChanges, report)], HtmlReportOptions.Default with { IncludeCharts = false });
        Assert.DoesNotContain("<svg", none, StringComparison.Ordinal);
    }

    [Fact]
    public void Bar_lengths_are_in_proportion_to_the_values()
    {
        string chart = Chart(HtmlReport.ToHtml([Samples.SeedDocument()]), "function");
        var bars = HtmlScan.Tags(chart, "rect").Where(r => r["data-value"] is not null)
            .Select(r => (Width: double.Parse(r["width"]!, CultureInfo.InvariantCulture),
                Value: double.Parse(r["data-value"]!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)))
            .ToArray();
        Assert.True(bars.Length >= 2);
        var longest = bars.MaxBy(b => b.Value);
        double scale = longest.Width / longest.Value;
        // Widths are printed to 0.1 px, and a bar of a positive value is at least 1 px wide.
        Assert.All(bars, b => Assert.InRange(b.Width, Math.Max(1, b.Value * scale) - 0.051, Math.Max(1, b.Value * scale) + 0.051));
    }
}
