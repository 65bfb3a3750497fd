using System.Text;
using System.Text.Json;

namespace BudgetModel.Import.Tests;

/// <summary>Issue 16: the tool's name in help, the library's own JSON read by <c>check</c>, and a folder whose files fail
/// in different ways checked to the end.</summary>
public partial class CliProcessTests
{
    [Fact]
    public void Help_names_the_command_budgetmodel_not_the_assembly()
    {
        var (exit, stdout, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("budgetmodel [command] [options]", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("BudgetModel.Cli", stdout, StringComparison.Ordinal);

        var (checkExit, checkHelp, _) = Run("check", "--help");
        Assert.Equal(0, checkExit);
        Assert.Contains("budgetmodel check", checkHelp, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reads_the_json_that_convert_writes_and_reports_what_the_text_gives()
    {
        var text = TempFile(Seed.Text, new UTF8Encoding(false));
        var json = Path.ChangeExtension(text, ".json");
        try
        {
            var (convertExit, _, convertErr) = Run("convert", text, "--to", "json", "-o", json);
            Assert.Equal((0, ""), (convertExit, convertErr));

            var (textExit, textReport, _) = Run("check", "-f", "json", text);
            var (jsonExit, jsonReport, jsonErr) = Run("check", "-f", "json", json);
            Assert.Equal("", jsonErr);
            Assert.Equal(textExit, jsonExit);
            using var fromText = JsonDocument.Parse(textReport);
            using var fromJson = JsonDocument.Parse(jsonReport);
            // One file: the root holds "file" and the library's "report".
            string Findings(JsonDocument d) => string.Join("\n", d.RootElement.GetProperty("report").GetProperty("findings")
                .EnumerateArray().Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("message").GetString()));
            Assert.Equal(Findings(fromText), Findings(fromJson));
            Assert.Equal(SeedReport.Findings.Count, fromJson.RootElement.GetProperty("report").GetProperty("findings").GetArrayLength());

            // JSON that is not a disclosure: unreadable with the reason, not a crash.
            File.WriteAllText(json, "{\"formatVersion\": \"1.0\", \"nonsense\": true}");
            var (badExit, _, badErr) = Run("check", json);
            Assert.Equal(2, badExit);
            Assert.Contains("not a disclosure in the standard JSON", badErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(text);
            File.Delete(json);
        }
    }

    [Fact]
    public void A_folder_is_checked_to_the_end_whatever_the_first_files_fail_with()
    {
        var dir = Directory.CreateTempSubdirectory("bm-cli-");
        try
        {
            // Sorted by name: a damaged PDF, a prose line with full-width digits and a run of digits past int, the seed.
            File.WriteAllBytes(Path.Combine(dir.FullName, "a.pdf"), [.. "%PDF-1.7\n"u8, .. new byte[200]]);
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"),
                Seed.Text.Replace("现有行政编制17名", "现有行政编制１７名，事业编制99999999999999999999名", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(dir.FullName, "c.txt"), Seed.Text);

            var (exit, stdout, stderr) = Run("check", "-f", "json", dir.FullName);
            Assert.Equal(2, exit);
            Assert.DoesNotContain("internal error", stderr + stdout, StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(stdout);
            var files = doc.RootElement.GetProperty("files").EnumerateArray().ToArray();
            Assert.Equal(3, files.Length);
            Assert.True(files[0].TryGetProperty("error", out _), "the damaged PDF is unreadable");
            Assert.True(files[1].TryGetProperty("report", out _), "full-width digits and a long digit run are read, not a crash");
            Assert.Equal(SeedReport.Findings.Count, files[2].GetProperty("report").GetProperty("findings").GetArrayLength());
            Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
