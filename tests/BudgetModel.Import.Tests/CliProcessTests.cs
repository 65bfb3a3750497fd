using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Validation;
using Json.Schema;

namespace BudgetModel.Import.Tests;

/// <summary>The built <c>budgetmodel</c> tool run as a process: exit codes, stdout, stderr and the JSON shape.</summary>
public partial class CliProcessTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BudgetModel.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project references the CLI project.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "budgetmodel did not finish in 60 s");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>What the library itself says about the seed: the CLI must agree.</summary>
    private static ValidationReport SeedReport => DisclosureValidator.Validate(DisclosureImporter.Import(Seed.Text).Disclosure);

    private static string TempFile(string content, Encoding encoding)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bm-cli-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, encoding.GetPreamble().Concat(encoding.GetBytes(content)).ToArray());
        return path;
    }

    [Fact]
    public void Check_without_a_file_checks_the_embedded_sample_and_says_so_first()
    {
        var (exit, stdout, stderr) = Run("check");
        Assert.Equal(SeedReport.HasErrors ? 1 : 0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n');
        Assert.Contains("embedded sample", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Summary: ", StringComparison.Ordinal)
            && l.Contains($"{SeedReport.Errors} error", StringComparison.Ordinal) && l.Contains($"{SeedReport.Warnings} warning", StringComparison.Ordinal));
        Assert.Contains("BM-IMPORT-INDICATOR", stdout, StringComparison.Ordinal);
        Assert.Contains("line 530", stdout, StringComparison.Ordinal);
    }

    /// <summary>The report schema of docs/schema, and the CLI's one-file wrapper schema as docs/cli.md prints it.</summary>
    private static readonly Lazy<(JsonSchema Report, JsonSchema Wrapper)> Schemas = new(() =>
    {
        var report = JsonSchema.FromText(Repository.Read("docs/schema/validation-report.schema.json"));
        var wrapperText = Assert.Single(Repository.CodeBlocks("docs/cli.md", "json"), b => b.Contains("\"$schema\"", StringComparison.Ordinal));
        return (report, JsonSchema.FromText(wrapperText));
    });

    private static EvaluationResults Evaluate(JsonSchema schema, JsonNode? json)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(Schemas.Value.Report);
        return schema.Evaluate(json, options);
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void Check_json_is_the_library_report_wrapped_with_the_file_and_valid_against_the_schemas()
    {
        var path = TempFile(Seed.Text, new UTF8Encoding(false));
        try
        {
            var (exit, stdout, stderr) = Run("check", "--format", "json", path);
            var expected = DisclosureValidator.Validate(DisclosureImporter.Import(Seed.Text, new ImportOptions { SourceName = path }).Disclosure);
            Assert.Equal((expected.HasErrors ? 1 : 0, ""), (exit, stderr));

            var node = JsonNode.Parse(stdout)!;
            var wrapper = Evaluate(Schemas.Value.Wrapper, node);
            Assert.True(wrapper.IsValid, Errors(wrapper));
            var report = Evaluate(Schemas.Value.Report, node["report"]);
            Assert.True(report.IsValid, Errors(report));
            Assert.Equal(path, (string?)node["file"]);
            var broken = node.DeepClone();
            broken["report"]!["findings"]![0]!["severity"] = "fatal";
            Assert.False(Evaluate(Schemas.Value.Wrapper, broken).IsValid, "the wrapper schema checks the report through its $ref");

            // The report member is the library's report: reading it back and writing it gives what ReportJson writes.
            var reportJson = node["report"]!.ToJsonString();
            Assert.Equal(ReportJson.Write(expected), ReportJson.Write(ReportJson.Read(reportJson)));
            var summary = node["report"]!["summary"]!;
            Assert.Equal((expected.Errors, expected.Warnings, expected.Infos), ((int)summary["errors"]!, (int)summary["warnings"]!, (int)summary["infos"]!));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_json_findings_carry_the_names_the_issue_requires_with_the_seed_values()
    {
        var (exit, stdout, _) = Run("check", "--format", "json");
        Assert.Equal(SeedReport.HasErrors ? 1 : 0, exit);
        using var json = JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("report").GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(SeedReport.Findings.Count, findings.Length);

        // Every required name is used by the seed's report (each is written only when the finding has it).
        foreach (var name in new[] { "ruleId", "severity", "message", "table", "code", "project", "column", "lines", "expected", "actual", "difference" })
        {
            Assert.True(findings.Any(f => f.TryGetProperty(name, out _)), $"no finding has \"{name}\"");
        }
        Assert.All(findings, f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" }));
        Assert.Equal(SeedReport.Errors, findings.Count(f => f.GetProperty("severity").GetString() == "error"));

        var indicator = findings.Single(f => f.GetProperty("ruleId").GetString() == ImportRules.Indicator);
        Assert.Equal(("warning", "import", 530), (indicator.GetProperty("severity").GetString(), indicator.GetProperty("kind").GetString(), indicator.GetProperty("lines")[0].GetInt32()));
        Assert.Equal("“煤改电”设备质保金", indicator.GetProperty("project").GetString());

        // The seed's 业务经费 sheet: 年度 cost indicators 94,500 元 against 年度资金总额 88,500 元.
        var cost = findings.Single(f => f.GetProperty("ruleId").GetString() == "BM-PERF-COST" && f.GetProperty("project").GetString() == "业务经费");
        Assert.Equal(("error", 88500m, 94500m, 6000m, "元"), (cost.GetProperty("severity").GetString(), cost.GetProperty("expected").GetDecimal(),
            cost.GetProperty("actual").GetDecimal(), cost.GetProperty("difference").GetDecimal(), cost.GetProperty("unit").GetString()));
    }

    [Fact]
    public void A_missing_file_gives_exit_code_2_and_one_line_on_stderr()
    {
        var (exit, stdout, stderr) = Run("check", "/no/such/disclosure.txt");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("/no/such/disclosure.txt", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public void An_unreadable_encoding_gives_exit_code_2_and_one_line_on_stderr()
    {
        var path = TempFile(Seed.Text, new UnicodeEncoding(false, false));
        try
        {
            var (exit, _, stderr) = Run("check", path);
            Assert.Equal(2, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("UTF-16", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_folder_is_checked_file_by_file_with_a_total_and_a_folder_without_disclosures_is_an_error()
    {
        var dir = Directory.CreateTempSubdirectory("bm-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Seed.Text);
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            File.WriteAllBytes(Path.Combine(dir.FullName, "b.txt"), Encoding.GetEncoding("GB18030").GetBytes(Seed.Text.Replace("\n", "\r\n", StringComparison.Ordinal)));
            var (exit, stdout, _) = Run("check", dir.FullName);
            Assert.Equal(SeedReport.HasErrors ? 1 : 0, exit);
            Assert.True(stdout.IndexOf("a.txt", StringComparison.Ordinal) < stdout.IndexOf("b.txt", StringComparison.Ordinal), "reports keep the file order");
            Assert.Contains("Total: 2 files (0 unreadable)", stdout, StringComparison.Ordinal);

            var (jsonExit, json, _) = Run("check", "-f", "json", dir.FullName);
            Assert.Equal(exit, jsonExit);
            using var doc = JsonDocument.Parse(json);
            var files = doc.RootElement.GetProperty("files").EnumerateArray().ToArray();
            Assert.Equal([Path.Combine(dir.FullName, "a.txt"), Path.Combine(dir.FullName, "b.txt")], files.Select(f => f.GetProperty("file").GetString()));
            Assert.All(files, f => Assert.Equal(SeedReport.Warnings, f.GetProperty("report").GetProperty("summary").GetProperty("warnings").GetInt32()));
            Assert.Equal(2 * SeedReport.Warnings, doc.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
            Assert.Equal(0, doc.RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());

            // A file that cannot be read: an "error" member instead of a report, counted as unreadable, exit 2.
            File.WriteAllBytes(Path.Combine(dir.FullName, "c.txt"), new UnicodeEncoding(false, true).GetBytes(Seed.Text));
            var (badExit, badJson, _) = Run("check", "-f", "json", dir.FullName);
            Assert.Equal(2, badExit);
            using var bad = JsonDocument.Parse(badJson);
            var c = bad.RootElement.GetProperty("files")[2];
            Assert.Contains("UTF-16", c.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.False(c.TryGetProperty("report", out _));
            Assert.Equal(1, bad.RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
            File.Delete(Path.Combine(dir.FullName, "c.txt"));

            var empty = Directory.CreateDirectory(Path.Combine(dir.FullName, "empty"));
            var (emptyExit, _, emptyErr) = Run("check", empty.FullName);
            Assert.Equal(2, emptyExit);
            Assert.Contains("no disclosures (*.pdf, *.txt)", Assert.Single(emptyErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Convert_writes_the_seed_as_disclosure_json_that_reads_back_with_the_seed_figures()
    {
        var path = TempFile(Seed.Text, new UTF8Encoding(false));
        var output = Path.ChangeExtension(path, ".json");
        try
        {
            var (exit, stdout, stderr) = Run("convert", path, "--to", "json");
            Assert.Equal((0, ""), (exit, stderr));
            Assert.StartsWith("{\n  \"formatVersion\": \"1.0\"", stdout, StringComparison.Ordinal); // indented
            var d = DisclosureJson.Read(stdout);

            // Figures as the seed prints them (万元 tables; the sheets in 元).
            Assert.Equal(("汾阳市工业和信息化局", 2024, 13), (d.Unit.Name, d.BudgetYear, d.Tables.Count));
            Assert.Equal(Money.FromWan(3793.87m), d.ExpenditureSummary!.FunctionRows.Single(r => r.Key == "2150517").Total);        // 表3 line 178
            Assert.Equal(Money.FromWan(3309.68m), d.RevenueExpenditureSummary!.Summary(SummaryLine.CurrentYearRevenue)![TableColumn.Amount]); // 表1 本年收入合计
            Assert.Equal(Money.FromWan(0.20m), d.ThreePublicExpenses!.Summary(SummaryLine.Reception)!.Total);                      // 表10 公务接待费
            Assert.Equal(Money.FromYuan(364_575m), d.ProjectSheets[0].AnnualFunding.Total);                                        // line 510
            Assert.Equal(DisclosureImporter.Import(Seed.Text, new ImportOptions { SourceName = path }).Disclosure.ImportFindings.Count, d.ImportFindings.Count);

            var (outExit, outStdout, outStderr) = Run("convert", path, "--to", "json", "-o", output);
            Assert.Equal((0, "", ""), (outExit, outStdout, outStderr));
            Assert.Equal(stdout, File.ReadAllText(output) + "\n");
        }
        finally
        {
            File.Delete(path);
            File.Delete(output);
        }
    }

    [Fact]
    public void Convert_of_an_unreadable_input_exits_2_with_one_line_and_no_output()
    {
        var utf16 = TempFile(Seed.Text, new UnicodeEncoding(false, true));
        try
        {
            foreach (var input in new[] { "/no/such/disclosure.txt", utf16 })
            {
                var (exit, stdout, stderr) = Run("convert", input, "--to", "json");
                Assert.Equal((2, ""), (exit, stdout));
                var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.Contains(input, line, StringComparison.Ordinal);
            }
            var (outExit, _, outErr) = Run("convert", utf16, "--to", "json", "-o", "/no/such/folder/out.json");
            Assert.Equal(2, outExit);
            Assert.Contains("UTF-16", outErr, StringComparison.Ordinal);    // the input is refused before the output is opened
        }
        finally
        {
            File.Delete(utf16);
        }
    }

    [Fact]
    public void An_unwritable_output_exits_2()
    {
        var path = TempFile(Seed.Text, new UTF8Encoding(false));
        try
        {
            var (exit, _, stderr) = Run("convert", path, "--to", "json", "-o", "/no/such/folder/out.json");
            Assert.Equal(2, exit);
            Assert.Contains("/no/such/folder/out.json", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Schema_prints_the_disclosure_schema_and_with_report_the_report_schema()
    {
        var (exit, stdout, stderr) = Run("schema");
        Assert.Equal((0, ""), (exit, stderr));
        using (var doc = JsonDocument.Parse(stdout))
        {
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
        }
        Assert.Equal(DisclosureJson.Schema.TrimEnd(), stdout.TrimEnd());
        _ = JsonSchema.FromText(stdout);

        var (reportExit, report, _) = Run("schema", "--report");
        Assert.Equal(0, reportExit);
        Assert.Equal(Repository.Read("docs/schema/validation-report.schema.json").TrimEnd(), report.TrimEnd());
        Assert.True(JsonSchema.FromText(report).Evaluate(JsonNode.Parse(ReportJson.Write(SeedReport))).IsValid);
    }

    [Fact]
    public void A_usage_error_gives_exit_code_2()
    {
        var (exit, _, stderr) = Run("check", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.NotEqual("", stderr);
    }
}
