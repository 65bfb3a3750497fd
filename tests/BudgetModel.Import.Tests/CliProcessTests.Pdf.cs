using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetModel.Serialization;

namespace BudgetModel.Import.Tests;

/// <summary>The tool on PDFs: the format by content, a bad file reported while the batch goes on, pages in the
/// reports, <c>--combine</c>.</summary>
public partial class CliProcessTests
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_folder_with_a_damaged_pdf_reports_it_with_its_page_and_checks_the_others_by_their_content()
    {
        var dir = Directory.CreateTempSubdirectory("bm-cli-pdf-");
        try
        {
            var damaged = Path.Combine(dir.FullName, "a.pdf");
            var pdfNamedTxt = Path.Combine(dir.FullName, "b.txt");
            var textNamedPdf = Path.Combine(dir.FullName, "c.PDF");
            File.WriteAllBytes(damaged, PdfInputTests.TablesWithDamagedPage12());
            File.Copy(PdfInputTests.Notes, pdfNamedTxt);
            File.WriteAllText(textNamedPdf, Seed.Text);
            File.WriteAllText(Path.Combine(dir.FullName, "d.json"), "{}");     // neither *.pdf nor *.txt: not a disclosure to check

            var (exit, stdout, stderr) = Run("check", dir.FullName);
            Assert.Equal(2, exit);
            var error = Assert.Single(Lines(stderr));
            Assert.StartsWith($"budgetmodel: {damaged}: The PDF is damaged: page 12 of 21 cannot be read", error, StringComparison.Ordinal);
            Assert.Contains($"== {damaged}: cannot be read (damaged, page 12)", stdout, StringComparison.Ordinal);
            Assert.Contains($"== {pdfNamedTxt}\n", stdout, StringComparison.Ordinal);
            Assert.Contains($"== {textNamedPdf}\n   汾阳市工业和信息化局 2024: 13 tables", stdout, StringComparison.Ordinal);
            Assert.Contains("Total: 3 files (1 unreadable)", stdout, StringComparison.Ordinal);

            var (jsonExit, json, _) = Run("check", "-f", "json", dir.FullName);
            Assert.Equal(2, jsonExit);
            var files = JsonNode.Parse(json)!["files"]!.AsArray();
            Assert.Equal([damaged, pdfNamedTxt, textNamedPdf], files.Select(f => (string?)f!["file"]));
            foreach (var file in files)
            {
                var valid = Evaluate(Schemas.Value.Wrapper, file);
                Assert.True(valid.IsValid, Errors(valid));
            }
            Assert.Equal(("damaged", 12), ((string?)files[0]!["failure"], (int?)files[0]!["page"]));
            Assert.Contains("page 12 of 21", (string?)files[0]!["error"], StringComparison.Ordinal);
            Assert.NotNull(files[1]!["places"]);        // the PDF's findings located by page
            Assert.Null(files[2]!["places"]);           // a text's lines are its own: nothing to add
            Assert.Equal(SeedReport.Errors, (int)files[2]!["report"]!["summary"]!["errors"]!);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_pdf_s_findings_are_placed_by_page_in_text_and_json()
    {
        var (exit, json, stderr) = Run("check", "-f", "json", PdfInputTests.Changchun);
        Assert.Equal("", stderr);
        var node = JsonNode.Parse(json)!;
        var valid = Evaluate(Schemas.Value.Wrapper, node);
        Assert.True(valid.IsValid, Errors(valid));

        // One entry per finding, one place per line, each on a page of the 21 of the document.
        var findings = node["report"]!["findings"]!.AsArray();
        var places = node["places"]!.AsArray();
        Assert.Equal(findings.Count, places.Count);
        Assert.Contains(findings, f => f!["lines"] is not null);
        for (int i = 0; i < findings.Count; i++)
        {
            var lines = findings[i]!["lines"]?.AsArray() ?? [];
            var at = places[i]!.AsArray();
            Assert.Equal(lines.Count, at.Count);
            Assert.All(at, p => Assert.Equal(PdfInputTests.Changchun, (string?)p!["document"]));
            Assert.All(at, p => Assert.InRange((int)p!["page"]!, 1, 21));
        }
        // The report member is still the library's report.
        Assert.Equal(findings.Count, ReportJson.Read(node["report"]!.ToJsonString()).Findings.Count);

        var (textExit, text, _) = Run("check", PdfInputTests.Changchun);
        Assert.Equal(exit, textExit);
        var located = Lines(text).Where(l => l.StartsWith("    BM-", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(located);
        Assert.Contains(located, l => l.Contains(" p. ", StringComparison.Ordinal));
        Assert.DoesNotContain(located, l => l.Contains("line ", StringComparison.Ordinal));
        Assert.DoesNotContain(located, l => l.Contains(".pdf p.", StringComparison.Ordinal));   // one document: no file name
    }

    [Fact]
    public void Combine_reads_several_files_as_one_disclosure_and_names_each_place_s_file()
    {
        var (exit, stdout, stderr) = Run("check", "--combine", PdfInputTests.Notes, PdfInputTests.Tables);
        Assert.Equal("", stderr);
        Assert.NotEqual(2, exit);
        Assert.StartsWith($"== {PdfInputTests.Notes} + {PdfInputTests.Tables}\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Total:", stdout, StringComparison.Ordinal);      // one disclosure, not two files
        Assert.Contains("beijing-audit-2026-dept-budget-tables.pdf p. ", stdout, StringComparison.Ordinal);

        var (_, json, _) = Run("check", "-f", "json", "--combine", PdfInputTests.Notes, PdfInputTests.Tables);
        var node = JsonNode.Parse(json)!;
        Assert.True(Evaluate(Schemas.Value.Wrapper, node).IsValid);
        var documents = node["places"]!.AsArray().SelectMany(p => p!.AsArray()).Select(p => (string?)p!["document"]).Distinct().ToArray();
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.Contains(d, new[] { PdfInputTests.Notes, PdfInputTests.Tables }));

        var (noFiles, _, noFilesErr) = Run("check", "--combine");
        Assert.Equal(2, noFiles);
        Assert.Contains("--combine", noFilesErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_with_a_file_that_cannot_be_read_names_that_file_and_exits_2()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"bm-cli-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(bad, PdfInputTests.EncryptedPdf());
        try
        {
            var (exit, stdout, stderr) = Run("check", "-f", "json", "--combine", PdfInputTests.Notes, bad);
            Assert.Equal(2, exit);
            Assert.StartsWith($"budgetmodel: {bad}: The PDF is encrypted", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(stdout);
            Assert.Equal($"{PdfInputTests.Notes} + {bad}", doc.RootElement.GetProperty("file").GetString());
            Assert.Equal("encrypted", doc.RootElement.GetProperty("failure").GetString());
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void Convert_reads_a_pdf_and_with_combine_several_files()
    {
        var (exit, stdout, stderr) = Run("convert", PdfInputTests.Notes, "--to", "json");
        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(2026, DisclosureJson.Read(stdout).BudgetYear);

        var (combinedExit, combined, combinedErr) = Run("convert", "--combine", PdfInputTests.Notes, PdfInputTests.Tables, "--to", "json");
        Assert.Equal((0, ""), (combinedExit, combinedErr));
        Assert.Equal(2026, DisclosureJson.Read(combined).BudgetYear);

        var (severalExit, severalOut, severalErr) = Run("convert", PdfInputTests.Notes, PdfInputTests.Tables, "--to", "json");
        Assert.Equal((2, ""), (severalExit, severalOut));
        Assert.Contains("--combine", Assert.Single(Lines(severalErr)), StringComparison.Ordinal);

        var truncated = Path.Combine(Path.GetTempPath(), $"bm-cli-{Guid.NewGuid():N}.txt");
        var bytes = File.ReadAllBytes(PdfInputTests.Tables);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        try
        {
            var (badExit, badOut, badErr) = Run("convert", truncated, "--to", "json");
            Assert.Equal((2, ""), (badExit, badOut));
            Assert.StartsWith($"budgetmodel: {truncated}: The PDF is damaged or truncated", Assert.Single(Lines(badErr)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(truncated);
        }
    }
}
