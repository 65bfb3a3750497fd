using System.Globalization;
using BudgetModel.Validation;

namespace BudgetModel.Reports.Tests;

/// <summary>The reports of the seed and of a corpus PDF load in headless Chromium with no console message at all (the
/// page writes none: any is an error or a failed fetch), their script runs, every error finding is marked in the DOM
/// after it ran, and the screenshot is not blank.</summary>
public sealed class ChromiumTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bm-report-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Save(string name, string html)
    {
        string path = System.IO.Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, html);
        return new Uri(path).AbsoluteUri;
    }

    private void AssertLoadsMarkedAndDrawn(ReportDocument document, string name)
    {
        string url = Save(name + ".html", HtmlReport.ToHtml([document]));

        var run = Chromium.Start(url, "--dump-dom");
        Assert.True(run.Console.Count == 0, "console messages:\n" + string.Join("\n", run.Console));
        string dom = run.Stdout;
        var body = Assert.Single(HtmlScan.Tags(dom, "body"));
        int marked = HtmlScan.Tags(dom).Count(t => t["data-findings"] is not null);
        Assert.Equal(marked.ToString(CultureInfo.InvariantCulture), body["data-ready"]);   // set by the page's script

        var index = new HtmlIndex(dom);
        var errors = Samples.Errors(document).ToArray();
        Assert.NotEmpty(errors);
        foreach (var (f, i) in errors)
        {
            string id = $"d1-f{i + 1}";
            var entry = index.ById(id);
            Assert.True(entry is not null && entry["data-severity"] == "error", $"{f} has no error entry");
            foreach (var cell in f.Location.Cells)
            {
                var td = index.TableCells("d1", cell.Table.ToString())[cell.RowIndex][cell.Column.ToString()];
                Assert.True(td.HasClass("m-error") && (td["data-findings"] ?? "").Split(' ').Contains(id), $"cell {cell} of {f} is not marked in the DOM");
            }
        }

        string png = System.IO.Path.Combine(_dir.FullName, name + ".png");
        var shot = Chromium.Start(url, "--screenshot=" + png, "--window-size=1280,1600", "--hide-scrollbars");
        Assert.True(shot.Console.Count == 0, "console messages:\n" + string.Join("\n", shot.Console));
        var image = Png.Decode(File.ReadAllBytes(png));
        Assert.Equal((1280, 1600), (image.Width, image.Height));
        var (drawn, colours) = image.Variety();
        Assert.True(drawn > 0.05 && colours > 16, $"the screenshot looks blank: {drawn:P1} of pixels drawn, {colours} colours");
    }

    [ChromiumFact]
    public void The_seed_report_loads_cleanly_marks_every_error_and_is_drawn() =>
        AssertLoadsMarkedAndDrawn(Samples.SeedDocument(), "seed");

    [ChromiumFact]
    public void A_corpus_report_loads_cleanly_marks_every_error_cell_and_is_drawn()
    {
        var document = Samples.CorpusDocument();
        Assert.Contains(document.Report!.Findings, f => f.Severity == Severity.Error && f.Location.Cells.Count > 0);
        AssertLoadsMarkedAndDrawn(document, "corpus");
    }

    /// <summary>The document list sorts in the browser: opened with #sort=4-desc (the Errors column, descending), the
    /// rows come in that order, the heading says so, and nothing is logged.</summary>
    [ChromiumFact]
    public void The_document_list_sorts_by_a_column_in_the_browser()
    {
        var documents = new[]
        {
            Samples.SeedDocument(),
            Samples.CorpusDocument(),
            ReportDocument.Unreadable("scan.pdf", "scan.pdf: the PDF has no text layer."),
        };
        string url = Save("folder.html", HtmlReport.ToHtml(documents)) + "#sort=4-desc";
        var run = Chromium.Start(url, "--dump-dom");
        Assert.True(run.Console.Count == 0, "console messages:\n" + string.Join("\n", run.Console));
        string list = HtmlScan.Outer(run.Stdout, HtmlScan.ById(run.Stdout, "documents")!);
        var errors = list.Split("<tr>").Skip(2).Select(row => int.Parse(HtmlScan.Tags(row, "td").ElementAt(4)["data-sort"]!, CultureInfo.InvariantCulture)).ToArray();
        var expected = documents.Select(d => d.Report?.Errors ?? -1).OrderDescending().ToArray();
        Assert.Equal(expected, errors);
        Assert.Equal("descending", HtmlScan.Tags(list, "th").ElementAt(4)["aria-sort"]);
    }

    /// <summary>The harness itself: a page that logs an error and throws is caught, and a blank page is blank.</summary>
    [ChromiumFact]
    public void The_harness_sees_console_errors_and_blank_screenshots()
    {
        string url = Save("bad.html", "<!DOCTYPE html><html><body><script>console.error('boom'); missing();</script></body></html>");
        var run = Chromium.Start(url, "--dump-dom");
        Assert.Contains(run.Console, l => l.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(run.Console, l => l.Contains("missing is not defined", StringComparison.Ordinal));

        string png = System.IO.Path.Combine(_dir.FullName, "blank.png");
        Chromium.Start(url, "--screenshot=" + png, "--window-size=400,300");
        var (drawn, _) = Png.Decode(File.ReadAllBytes(png)).Variety();
        Assert.Equal(0, drawn);
    }
}
