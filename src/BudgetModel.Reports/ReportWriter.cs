using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Reports;

/// <summary>Writes one report: the page's head, the summary and the list of documents, and each document's section.</summary>
internal sealed class ReportWriter(Html h, IReadOnlyList<ReportDocument> documents, HtmlReportOptions options)
{
    /// <summary>The counts of a document: every finding, whatever the options show.</summary>
    private readonly record struct Counts(int Errors, int Warnings, int Drift, int Notes)
    {
        internal static Counts Of(ValidationReport? r)
        {
            if (r is null)
            {
                return default;
            }
            int drift = 0;
            foreach (var f in r.Findings)
            {
                if (f.Severity == Severity.Info && f.Kind == FindingKind.RoundingDrift) drift++;
            }
            return new Counts(r.Errors, r.Warnings, drift, r.Infos - drift);
        }
    }

    internal void Write()
    {
        var counts = documents.Select(d => Counts.Of(d.Report)).ToArray();
        h.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"generator\" content=\"BudgetModel.Reports\"><title>").Text(options.Title).Raw("</title><style>")
            .Raw(Assets.Css).Raw("</style></head>\n<body>\n<header><h1>").Text(options.Title).Raw("</h1></header>\n<main>\n");
        WriteSummary(counts);
        for (int i = 0; i < documents.Count; i++)
        {
            WriteDocument(i + 1, documents[i], counts[i]);
        }
        h.Raw("</main>\n<script>").Raw(Assets.Script).Raw("</script>\n</body></html>\n");
    }

    private void WriteSummary(Counts[] counts)
    {
        int unreadable = documents.Count(d => !d.IsChecked);
        h.Raw("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary · 概要</h2><ul class=\"totals\">");
        Total(documents.Count == 1 ? "document" : "documents", documents.Count, "sum-documents");
        if (unreadable > 0) Total("unreadable", unreadable, "sum-unreadable");
        Total("errors", counts.Sum(c => c.Errors), "sum-errors");
        Total("warnings", counts.Sum(c => c.Warnings), "sum-warnings");
        Total("rounding drift", counts.Sum(c => c.Drift), "sum-drift");
        Total("other notes", counts.Sum(c => c.Notes), "sum-notes");
        h.Raw("</ul>");
        if (options.MinimumSeverity > Severity.Info)
        {
            h.Raw("<p class=\"meta\">Findings below ").Text(options.MinimumSeverity == Severity.Error ? "error" : "warning")
                .Raw(" are counted here but not shown below.</p>");
        }
        WriteLegend();
        h.Raw("<h3 id=\"documents-h\">Documents · 文件</h3><div class=\"scroll\"><table id=\"documents\" class=\"sortable\" aria-labelledby=\"documents-h\"><thead><tr>");
        Head("Document", false);
        Head("Unit · 单位", false);
        Head("Year", true);
        Head("Tables", true);
        Head("Errors", true);
        Head("Warnings", true);
        Head("Drift", true);
        Head("Notes", true);
        Head("Status", false);
        h.Raw("</tr></thead><tbody>");
        for (int i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var c = counts[i];
            string id = "d" + I(i + 1);
            h.Raw("<tr><td").Attr("data-sort", d.Name).Raw("><a").Attr("href", "#" + id).Raw(">").Text(d.Name).Raw("</a></td>");
            h.Raw("<td>").Text(d.Disclosure?.Unit.Name).Raw("</td>");
            Cell(d.Disclosure?.BudgetYear);
            Cell(d.Disclosure is { } x ? x.Tables.Count + x.OtherTables.Count : null);
            Cell(d.IsChecked ? c.Errors : null);
            Cell(d.IsChecked ? c.Warnings : null);
            Cell(d.IsChecked ? c.Drift : null);
            Cell(d.IsChecked ? c.Notes : null);
            string status = !d.IsChecked ? "unreadable" : c.Errors > 0 ? "FAILED" : "OK";
            h.Raw("<td>").Text(status).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div></section>\n");
    }

    private void Total(string what, int n, string id) =>
        h.Raw("<li").Attr("id", id).Raw("><b>").Number(n).Raw("</b>").Text(what).Raw("</li>");

    private void Head(string text, bool number) =>
        h.Raw("<th scope=\"col\" aria-sort=\"none\"").Attr("data-type", number ? "number" : "text").Raw("><button type=\"button\">").Text(text).Raw("</button></th>");

    private void Cell(int? n)
    {
        h.Raw("<td class=\"amt\"").Attr("data-sort", n is { } v ? I(v) : "-1").Raw(">");
        if (n is { } value) h.Number(value);
        h.Raw("</td>");
    }

    private void WriteLegend()
    {
        h.Raw("<ul class=\"legend-list\" aria-label=\"How cells are marked\">");
        foreach (var mark in new[] { Mark.Error, Mark.Warning, Mark.Drift, Mark.Note })
        {
            h.Raw("<li class=\"m-").Raw(FindingText.Css(mark)).Raw("\"><span class=\"mk\" aria-hidden=\"true\">").Raw(FindingText.Symbol(mark))
                .Raw("</span> ").Text(FindingText.Word(mark)).Raw("</li>");
        }
        h.Raw("<li class=\"culprit\"><span class=\"culprit-tag\">★ likely culprit</span></li></ul>");
    }

    private void WriteDocument(int number, ReportDocument d, Counts counts)
    {
        string id = "d" + I(number);
        h.Raw("<section class=\"document\"").Attr("id", id).Attr("aria-labelledby", id + "-h").Raw("><h2").Attr("id", id + "-h").Raw(">")
            .Text(d.Name).Raw("</h2>\n");
        if (d.Disclosure is not { } disclosure || d.Report is not { } report)
        {
            h.Raw("<p class=\"failure\"><span class=\"badge\">✖ cannot be read</span>").Text(d.Failure);
            if (d.FailurePage is { } page) h.Text($" (p. {I(page)})");
            h.Raw("</p></section>\n");
            return;
        }
        h.Raw("<p class=\"meta\">").Text(disclosure.Unit.Name).Text($" · {I(disclosure.BudgetYear)}年 · {I(disclosure.Tables.Count)} tables")
            .Text(disclosure.OtherTables.Count > 0 ? $", {I(disclosure.OtherTables.Count)} tables of no known kind" : "")
            .Text($", {I(disclosure.ProjectSheets.Count)} project sheets, {I(disclosure.Facts.Count)} prose facts · ")
            .Text($"{I(counts.Errors)} errors, {I(counts.Warnings)} warnings, {I(counts.Drift)} rounding drift, {I(counts.Notes)} other notes")
            .Raw("</p>\n");

        var findings = new DocumentFindings(number, disclosure, report, options.MinimumSeverity);
        var places = new Places(d.Source);
        if (options.IncludeCharts)
        {
            var charts = Charts.Of(disclosure);
            if (charts.Count > 0)
            {
                h.Raw("<h3>Charts · 图表</h3><div class=\"charts\">");
                foreach (var chart in charts)
                {
                    SvgChart.Write(h, chart, id + "-c-" + chart.Key);
                }
                h.Raw("</div>\n");
            }
        }
        if (findings.DocumentLevel.Count > 0)
        {
            h.Raw("<h3").Attr("id", id + "-doc-h").Raw(">Findings not in a table · 表外问题</h3>");
            WriteFindings(findings, findings.DocumentLevel, places);
        }
        var tables = new TableWriter(h, findings, places);
        foreach (var table in disclosure.Tables)
        {
            tables.Write(table, id);
            WriteFindings(findings, findings.OfTable(table.Kind), places);
            h.Raw("</section>\n");
        }
        if (options.IncludeOtherTables)
        {
            for (int i = 0; i < disclosure.OtherTables.Count; i++)
            {
                tables.WriteOther(disclosure.OtherTables[i], id + "-o" + I(i + 1));
            }
        }
        h.Raw("</section>\n");
    }

    /// <summary>A list of findings: each with its number (the id cells link to), its mark in words and symbol, its
    /// rule, message, relation and source places.</summary>
    private void WriteFindings(DocumentFindings findings, IReadOnlyList<int> indices, Places places)
    {
        if (indices.Count == 0)
        {
            return;
        }
        h.Raw("<ol class=\"findings\">");
        foreach (int i in indices)
        {
            var f = findings.Shown[i];
            var mark = FindingText.MarkOf(f);
            bool culprit = FindingText.IsCulprit(f);
            h.Raw("<li").Attr("id", findings.Id(i)).Raw(" class=\"m-").Raw(FindingText.Css(mark)).Raw(culprit ? " culprit\"" : "\"")
                .Attr("data-rule", f.RuleId).Attr("data-severity", FindingText.Css(mark)).Raw(">");
            h.Raw("<span class=\"badge\"><span aria-hidden=\"true\">").Raw(FindingText.Symbol(mark)).Raw("</span> ").Number(i + 1).Raw(" ")
                .Text(culprit ? "likely culprit" : FindingText.Word(mark)).Raw("</span>");
            h.Element("span", "rule", f.RuleId).Text(f.Message);
            if (FindingText.Relation(f) is { } relation) h.Element("span", "relation", relation);
            if (f.Location.Lines.Count > 0) h.Element("span", "place", places.Describe(f.Location.Lines));
            h.Raw("</li>");
        }
        h.Raw("</ol>\n");
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Where lines are in the source: pages of a PDF (<c>p. 12</c>), lines of a text, with the document's name
/// when there are several; lines as they are when the source is unknown.</summary>
internal sealed class Places(SourceMap? source)
{
    private readonly bool _several = source is { Documents.Count: > 1 };

    /// <summary>The place of some lines (a finding's).</summary>
    internal string Describe(IReadOnlyList<int> lines) => FindingText.Sources(lines, Locate, _several);

    /// <summary>The place of one line, or null when it is unknown.</summary>
    internal string? Describe(int? line) => line is { } l && (source?.TryLocate(l) is not null || source is null) ? Describe([l]) : null;

    private SourcePlace? Locate(int line) => source?.TryLocate(line);
}
