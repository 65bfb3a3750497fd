using System.Text.RegularExpressions;
using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Reports.Tests;

/// <summary>Every text that comes from a document is encoded: a hostile unit name, table title, row name, unit name
/// in a header, cell of an unknown table, document name or option title cannot open a tag, end an attribute, end the
/// style sheet, or run script — in the tables, the finding messages, and the SVG charts' text and attributes.</summary>
public class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"onmouseover=\"alert(2)";
    private const string Style = "</style><script>alert(3)</script>";
    private const string Image = "'><img src=x onerror=alert(4)>";
    private const string All = Script + Attribute + Style + Image;

    private static (string Html, BudgetDisclosure Disclosure, ValidationReport Report) Hostile()
    {
        var header = new TableHeader(PublishedPrecision.WanTwoDecimals, Title: "预算支出总表" + All, PrintedNumber: Style, UnitName: Attribute, EmptyNote: Image);
        var expenditure = new TableBuilder(TableKind.ExpenditureSummary, header)
            .Total(30m, 10m, 20m)
            .Function("201", "一般公共服务支出" + Script, 30m, 10m, 20m)
            .Function("20101", Attribute, 30m, 10m, 20m)
            .Function("2010101", Image, 29m, 10m, 20m)    // 29 + 0 ≠ 30: an error whose message names the row
            .Build();
        var projects = new TableBuilder(TableKind.ProjectExpenditureCurrent)
            .Unit(All, 5m, 5m, 0m, 0m, 0m, 0m)
            .Project(Script + "项目", 4m, 4m, 0m, 0m, 0m, 0m)
            .Build();
        var other = new OtherTable(Style + "其他表", [new OtherTableRow([Script, Attribute])], [new OtherTableRow([Image, Style])], unitName: Script);
        var disclosure = new DisclosureBuilder(All, 2024).AddTable(expenditure).AddTable(projects).AddOtherTable(other).Build();
        var report = DisclosureValidator.Validate(disclosure);
        string html = HtmlReport.ToHtml([ReportDocument.Checked(All, disclosure, report), ReportDocument.Unreadable(Script, Style + Image, 1)],
            HtmlReportOptions.Default with { Title = All });
        return (html, disclosure, report);
    }

    [Fact]
    public void Hostile_texts_come_out_inert()
    {
        var (html, _, report) = Hostile();
        // The messages of findings carry the hostile texts too: they must be encoded as well.
        Assert.Contains(report.Findings, f => f.Message.Contains(Image, StringComparison.Ordinal) || f.Message.Contains(Script, StringComparison.Ordinal));

        Assert.Equal(1, Count(html, "<script"));        // ours, at the end
        Assert.Equal(1, Count(html, "</script>"));
        Assert.Equal(1, Count(html, "<style"));
        Assert.Equal(1, Count(html, "</style>"));
        Assert.Equal(0, Count(html, "<img"));
        Assert.Equal(0, Count(html, "\"onmouseover="));
        // No element has an event-handler attribute, and every attribute is one the report writes.
        var names = HtmlScan.Tags(html).SelectMany(t => t.Attributes.Keys).Distinct().ToArray();
        Assert.DoesNotContain(names, n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.All(names, n => Assert.Matches("^(id|class|href|title|lang|charset|name|content|scope|role|type|xmlns|viewBox|width|height|x|y|x1|y1|x2|y2|fill|text-anchor|patternUnits|patternTransform|aria-[a-z]+|data-[a-z]+)$", n));
        // The texts are shown, encoded, not dropped.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/style&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;onmouseover=&quot;alert(2)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_texts_are_inert_inside_the_svg_charts_and_round_trip_through_attributes()
    {
        var (html, _, _) = Hostile();
        var svgs = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => m.Value).ToArray();
        Assert.NotEmpty(svgs);
        string chart = Assert.Single(svgs, s => s.Contains("一般公共服务支出", StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", chart, StringComparison.Ordinal);   // the bar's full label and its title
        Assert.DoesNotContain("<script", chart, StringComparison.Ordinal);
        // In attributes: the document's name is the sort key of its row in the document list, decoded back exactly.
        Assert.Contains(HtmlScan.Tags(html, "td"), t => t["data-sort"] == All);
        Assert.Contains(HtmlScan.Tags(html, "td"), t => t["data-sort"] == Script);
        // A cell's title (the findings in words) holds the message texts encoded, decoded back whole.
        Assert.Contains(HtmlScan.Tags(html), t => t["title"] is { } title && title.Contains(Image, StringComparison.Ordinal));
    }

    private static int Count(string text, string what) => Regex.Matches(text, Regex.Escape(what), RegexOptions.IgnoreCase).Count;
}
