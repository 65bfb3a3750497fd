using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Testing.Generators;
using BudgetModel.Testing.Samples;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Reports.Tests;

public class ReportStructureTests
{
    /// <summary>Every finding shown has its entry (id d1-fN) with its severity; every cell a finding names is marked
    /// with that severity or a stronger one and links to it.</summary>
    private static void AssertMarked(string html, ReportDocument document, string documentId = "d1")
    {
        var index = new HtmlIndex(html);
        var findings = document.Report!.Findings;
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            string id = $"{documentId}-f{i + 1}";
            var entry = index.ById(id);
            Assert.True(entry is not null, $"no entry for {f}");
            Assert.Equal(f.RuleId, entry!["data-rule"]);
            string expected = f.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => f.Kind == FindingKind.RoundingDrift ? "drift" : "note",
            };
            Assert.Equal(expected, entry["data-severity"]);
            if (f.Kind == FindingKind.Culprit)
            {
                continue;
            }
            foreach (var cell in f.Location.Cells)
            {
                var rows = index.TableCells(documentId, cell.Table.ToString());
                var td = rows[cell.RowIndex][cell.Column.ToString()];
                Assert.Contains(id, (td["data-findings"] ?? "").Split(' '));
                // A cell in several findings shows the strongest: at least this finding's.
                Assert.True(Rank(td["data-severity"]) >= Rank(expected), $"cell {cell} of {f} is not marked {expected}: {td["class"]}");
                Assert.True(td.HasClass("m-" + td["data-severity"]), $"cell {cell}: class {td["class"]} does not show its mark");
                Assert.Contains($"href=\"#{id}\"", HtmlScan.Outer(html, td), StringComparison.Ordinal);
            }
        }
    }

    private static int Rank(string? mark) => Array.IndexOf(["note", "drift", "warning", "error"], mark);

    /// <summary>The amount a cell shows (its span.v).</summary>
    private static string Value(string html, Tag td)
    {
        string outer = HtmlScan.Outer(html, td);
        var v = HtmlScan.Tags(outer, "span").First(t => t.HasClass("v"));
        return HtmlScan.TextOf(HtmlScan.Outer(outer, v));
    }

    [Fact]
    public void The_seed_report_has_an_entry_for_every_finding_and_marks_every_cell_of_one()
    {
        var document = Samples.SeedDocument();
        string html = HtmlReport.ToHtml([document]);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(2, document.Report!.Errors);   // the seed's two genuine mistakes (业务经费's cost, the 6,255.45 万元 sum)
        AssertMarked(html, document);
        // The seed's rounding drift is in the tables: its cells are marked as drift, not as error.
        Assert.Contains(HtmlScan.Tags(html, "td"), t => t.HasClass("m-drift"));
        Assert.DoesNotContain(HtmlScan.Tags(html, "td"), t => t.HasClass("m-error"));
    }

    [Fact]
    public void Every_table_is_shown_with_its_title_columns_and_every_row()
    {
        var document = Samples.SeedDocument();
        string html = HtmlReport.ToHtml([document]);
        foreach (var table in document.Disclosure!.Tables)
        {
            var rows = HtmlScan.TableCells(html, "d1", table.Kind.ToString());
            Assert.Equal(table.Rows.Count, rows.Count);
            var heading = HtmlScan.ById(html, $"d1-t-{table.Kind}-h")!;
            Assert.Contains(table.Header.Title!, HtmlScan.TextOf(HtmlScan.Outer(html, heading)), StringComparison.Ordinal);
            for (int r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (int c = 0; c < row.Columns.Count; c++)
                {
                    var td = rows[r][row.Columns[c].ToString()];
                    // The amount in the table's unit (万元, two decimals), as Money formats it.
                    Assert.Equal(row.Values[c].ToString("WN2"), Value(html, td));
                }
            }
        }
    }

    /// <summary>The perturbation law: a table cell moved beyond any rounding bound gives error findings; each of their
    /// cells is marked as an error in the report, the relation is stated beside the cell the finding names, and the
    /// cell a BM-CULPRIT hint names is outlined as the likely culprit.</summary>
    [Property(MaxTest = 25)]
    public Property A_perturbed_seed_has_every_error_cell_marked_with_its_relation_and_the_culprit_outlined()
    {
        var seed = Fenyang2024.Build();
        return Prop.ForAll(DisclosureGenerators.Perturbation(seed).ToArbitrary(), p =>
        {
            var disclosure = seed.WithCell(p.Cell, p.NewValue);
            var report = DisclosureValidator.Validate(disclosure);
            var document = ReportDocument.Checked("perturbed", disclosure, report);
            string html = HtmlReport.ToHtml([document]);
            AssertMarked(html, document);
            var index = new HtmlIndex(html);
            var findings = report.Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                if (f.Severity != Severity.Error || f.Location.Cells.Count == 0 || f.Expected is not { } expected)
                {
                    continue;
                }
                var relation = index.ById($"d1-f{i + 1}-rel");
                if (relation is not null)
                {
                    Assert.Contains("expected " + expected.ToString(CultureInfo.InvariantCulture), HtmlScan.TextOf(HtmlScan.Outer(html, relation)), StringComparison.Ordinal);
                }
            }
            foreach (var culprit in findings.Where(f => f.Kind == FindingKind.Culprit && f.Location.Cells.Count == 1))
            {
                var cell = culprit.Location.Cells[0];
                var td = index.TableCells("d1", cell.Table.ToString())[cell.RowIndex][cell.Column.ToString()];
                Assert.True(td.HasClass("culprit"), $"culprit {cell} not outlined");
                Assert.Contains("likely culprit", HtmlScan.TextOf(HtmlScan.Outer(html, td)), StringComparison.Ordinal);
            }
            return report.Errors > 0 && HtmlScan.Tags(html, "td").Any(t => t.HasClass("m-error"));
        });
    }

    [Fact]
    public void Every_error_finding_of_a_perturbed_seed_states_its_relation_beside_a_cell()
    {
        // 2080506 机关事业单位职业年金缴费支出 of 预算支出总表 moved from 11.00 to 20.00 万元: its 类 and 款 no longer add up.
        var seed = Fenyang2024.Build();
        var table = seed.ExpenditureSummary!;
        int row = table.Rows.ToList().FindIndex(r => r.Key == "2080506");
        var cell = new CellLocation(TableKind.ExpenditureSummary, row, "2080506", TableColumn.Total);
        var disclosure = seed.WithCell(cell, Money.FromWan(20m));
        var report = DisclosureValidator.Validate(disclosure);
        string html = HtmlReport.ToHtml([ReportDocument.Checked("perturbed", disclosure, report)]);

        var withCells = report.Findings.Select((f, i) => (f, i)).Where(p => p.f.Severity == Severity.Error && p.f.Location.Cells.Count > 0).ToArray();
        Assert.NotEmpty(withCells);
        foreach (var (f, i) in withCells)
        {
            var rel = HtmlScan.ById(html, $"d1-f{i + 1}-rel");
            Assert.True(rel is not null, $"no relation beside a cell for {f}");
            string text = HtmlScan.TextOf(HtmlScan.Outer(html, rel!));
            Assert.Contains($"actual {f.Actual!.Value.ToString(CultureInfo.InvariantCulture)}", text, StringComparison.Ordinal);
            Assert.Contains("difference", text, StringComparison.Ordinal);
        }
        var moved = HtmlScan.TableCells(html, "d1", "ExpenditureSummary")[row]["Total"];
        Assert.True(moved.HasClass("m-error"));
    }

    [Fact]
    public void A_corpus_pdf_names_the_page_of_every_table_and_finding()
    {
        var document = Samples.CorpusDocument();
        string html = HtmlReport.ToHtml([document]);
        Assert.True(document.Report!.Errors > 0);
        AssertMarked(html, document);
        foreach (var table in document.Disclosure!.Tables.Where(t => t.Header.Line is not null))
        {
            int page = document.Source!.Locate(table.Header.Line!.Value).Page!.Value;
            var section = HtmlScan.ById(html, $"d1-t-{table.Kind}")!;
            Assert.Contains($"p. {page.ToString(CultureInfo.InvariantCulture)}", HtmlScan.TextOf(HtmlScan.Outer(html, section)), StringComparison.Ordinal);
        }
        var findings = document.Report.Findings;
        for (int i = 0; i < findings.Count; i++)
        {
            if (findings[i].Location.Lines.Count == 0) continue;
            var pages = findings[i].Location.Lines.Select(l => document.Source!.Locate(l).Page!.Value).Distinct().ToArray();
            var entry = HtmlScan.ById(html, $"d1-f{i + 1}")!;
            string place = (pages.Length == 1 ? "p. " : "pp. ") + string.Join(", ", pages);
            Assert.Contains(place, HtmlScan.TextOf(HtmlScan.Outer(html, entry)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tables_of_no_known_kind_are_shown_as_printed()
    {
        var other = new OtherTable("2024年部门整体支出绩效目标表", [new OtherTableRow(["项目", "金额"])],
            [new OtherTableRow(["培训", "12.50"]), new OtherTableRow(["调研", ""])], printedNumber: "表十四");
        var disclosure = new DisclosureBuilder("某单位", 2024).AddOtherTable(other).Build();
        string html = HtmlReport.ToHtml([ReportDocument.Checked("x", disclosure, DisclosureValidator.Validate(disclosure))]);
        var section = HtmlScan.ById(html, "d1-o1")!;
        string text = HtmlScan.TextOf(HtmlScan.Outer(html, section));
        Assert.Contains("表十四 2024年部门整体支出绩效目标表", text, StringComparison.Ordinal);
        Assert.Contains("培训12.50", text, StringComparison.Ordinal);

        string without = HtmlReport.ToHtml([ReportDocument.Checked("x", disclosure, DisclosureValidator.Validate(disclosure))],
            HtmlReportOptions.Default with { IncludeOtherTables = false });
        Assert.Null(HtmlScan.ById(without, "d1-o1"));
    }

    [Fact]
    public void A_folder_report_lists_every_document_with_its_counts_and_links_to_its_section()
    {
        var documents = new[] { Samples.SeedDocument(), ReportDocument.Unreadable("scan.pdf", "scan.pdf: the PDF has no text layer.", 3), Samples.CorpusDocument() };
        string html = HtmlReport.ToHtml(documents);
        var list = HtmlScan.ById(html, "documents")!;
        Assert.True(list.HasClass("sortable"));
        string table = HtmlScan.Outer(html, list);
        var rows = table.Split("<tr>").Skip(2).ToArray();   // the header row, then one per document
        Assert.Equal(documents.Length, rows.Length);
        for (int i = 0; i < documents.Length; i++)
        {
            Assert.Contains($"href=\"#d{i + 1}\"", rows[i], StringComparison.Ordinal);
            Assert.NotNull(HtmlScan.ById(html, $"d{i + 1}"));
            if (documents[i].Report is { } r)
            {
                var cells = HtmlScan.Tags(rows[i], "td").Select(t => t["data-sort"]).ToArray();
                Assert.Equal(r.Errors.ToString(CultureInfo.InvariantCulture), cells[4]);
                Assert.Equal(r.Warnings.ToString(CultureInfo.InvariantCulture), cells[5]);
            }
        }
        Assert.Contains("the PDF has no text layer", HtmlScan.TextOf(HtmlScan.Outer(html, HtmlScan.ById(html, "d2")!)), StringComparison.Ordinal);
        int errors = documents.Sum(d => d.Report?.Errors ?? 0);
        Assert.Equal(errors.ToString(CultureInfo.InvariantCulture) + "errors", HtmlScan.TextOf(HtmlScan.Outer(html, HtmlScan.ById(html, "sum-errors")!)));
    }

    [Fact]
    public void Minimum_severity_hides_the_findings_below_it_but_counts_them()
    {
        var document = Samples.SeedDocument();
        string html = HtmlReport.ToHtml([document], HtmlReportOptions.Default with { MinimumSeverity = Severity.Error });
        Assert.DoesNotContain(HtmlScan.Tags(html, "li"), t => t["data-severity"] is "warning" or "drift" or "note");
        Assert.Equal(document.Report!.Errors, HtmlScan.Tags(html, "li").Count(t => t["data-severity"] == "error"));
        Assert.Contains(document.Report.Warnings.ToString(CultureInfo.InvariantCulture) + "warnings",
            HtmlScan.TextOf(HtmlScan.Outer(html, HtmlScan.ById(html, "sum-warnings")!)), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_argument_named()
    {
        Assert.Throws<ArgumentNullException>("documents", () => HtmlReport.ToHtml(null!));
        var e = Assert.Throws<ArgumentException>("documents", () => HtmlReport.ToHtml([Samples.SeedDocument(), null!]));
        Assert.Contains("documents[1]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("writer", () => HtmlReport.Write((TextWriter)null!, []));
    }

    [Fact]
    public void The_stream_overload_writes_the_same_page_as_UTF8_without_a_byte_order_mark()
    {
        var document = Samples.SeedDocument();
        using var stream = new MemoryStream();
        HtmlReport.Write(stream, [document]);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(HtmlReport.ToHtml([document]), System.Text.Encoding.UTF8.GetString(bytes));
    }
}
