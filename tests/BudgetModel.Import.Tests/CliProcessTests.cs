using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>The built <c>budgetmodel</c> tool run as a process: exit codes, stdout, stderr and the JSON shape.</summary>
public class CliProcessTests
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

    [Fact]
    public void Check_json_has_the_documented_shape_and_agrees_with_the_library()
    {
        var path = TempFile(Seed.Text, new UTF8Encoding(false));
        try
        {
            var (exit, stdout, _) = Run("check", "--format", "json", path);
            var report = SeedReport;
            Assert.Equal(report.HasErrors ? 1 : 0, exit);
            using var json = JsonDocument.Parse(stdout);
            var root = json.RootElement;
            Assert.Equal(path, root.GetProperty("file").GetString());
            var summary = root.GetProperty("summary");
            Assert.Equal(report.Errors, summary.GetProperty("errors").GetInt32());
            Assert.Equal(report.Warnings, summary.GetProperty("warnings").GetInt32());
            Assert.Equal(report.Infos, summary.GetProperty("infos").GetInt32());
            var findings = root.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(report.Findings.Count, findings.Length);
            foreach (var f in findings)
            {
                foreach (var name in new[] { "ruleId", "severity", "kind", "message", "table", "code", "project", "column", "lines", "expected", "actual", "difference", "unit", "bound" })
                {
                    Assert.True(f.TryGetProperty(name, out _), $"finding lacks \"{name}\"");
                }
                Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
                Assert.Equal(JsonValueKind.Array, f.GetProperty("lines").ValueKind);
                Assert.All(f.GetProperty("lines").EnumerateArray(), l => Assert.Equal(JsonValueKind.Number, l.ValueKind));
                Assert.Contains(f.GetProperty("expected").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
            }
            var indicator = findings.Single(f => f.GetProperty("ruleId").GetString() == ImportRules.Indicator);
            Assert.Equal(("warning", "import", 530), (indicator.GetProperty("severity").GetString(), indicator.GetProperty("kind").GetString(), indicator.GetProperty("lines")[0].GetInt32()));
            Assert.Equal("“煤改电”设备质保金", indicator.GetProperty("project").GetString());
        }
        finally
        {
            File.Delete(path);
        }
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
            Assert.Equal(2, doc.RootElement.GetProperty("files").GetArrayLength());
            Assert.Equal(2 * SeedReport.Warnings, doc.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());

            var empty = Directory.CreateDirectory(Path.Combine(dir.FullName, "empty"));
            var (emptyExit, _, emptyErr) = Run("check", empty.FullName);
            Assert.Equal(2, emptyExit);
            Assert.Contains("no disclosures (*.txt)", Assert.Single(emptyErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("convert", "x.txt", "--to", "json")]
    [InlineData("schema")]
    public void Convert_and_schema_say_they_are_not_available_yet(params string[] args)
    {
        var (exit, _, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("not available yet", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_gives_exit_code_2()
    {
        var (exit, _, stderr) = Run("check", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.NotEqual("", stderr);
    }
}
