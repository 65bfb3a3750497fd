using System.Text;
using System.Text.Json.Nodes;
using BudgetModel.Classification;
using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary><c>check --catalog</c>, <c>--disable</c>, <c>--severity</c> and <c>budgetmodel rules</c>, run as a process.</summary>
public partial class CliProcessTests
{
    /// <summary>表九 of the seed (line 351) prints the expenditure code 2230105 on the revenue side, where the built-in
    /// edition has no such revenue code: one BM-CODE-UNKNOWN warning.</summary>
    private const string RevenueCsv = "# 表九's code as a revenue code\nkind,code,name\nrevenue,2230105,国有企业退休人员社会化管理补助支出\n";

    private static string TempCsv(string content, Encoding? encoding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bm-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetBytes(content));
        return path;
    }

    /// <summary>The findings of a <c>check --format json</c> of one file, each as its JSON text.</summary>
    private static List<string> Findings(string stdout) =>
        JsonNode.Parse(stdout)!["report"]!["findings"]!.AsArray().Select(f => f!.ToJsonString()).ToList();

    private static void AssertOneLine(string stderr, params string[] parts)
    {
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("budgetmodel: ", line, StringComparison.Ordinal);
        foreach (var part in parts)
        {
            Assert.Contains(part, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_catalog_that_holds_an_unknown_code_of_the_seed_removes_exactly_that_warning()
    {
        var csv = TempCsv(RevenueCsv);
        try
        {
            var (exit, stdout, stderr) = Run("check", "-f", "json");
            var (catalogExit, catalogStdout, catalogStderr) = Run("check", "-f", "json", "--catalog", "2024=" + csv);
            Assert.Equal((exit, "", ""), (catalogExit, stderr, catalogStderr));

            var before = Findings(stdout);
            var after = Findings(catalogStdout);
            var removed = Assert.Single(before.Except(after));
            Assert.Equal(before.Count - 1, after.Count);
            Assert.Equal(before.Where(f => f != removed), after);     // the others unchanged, in the same order
            var finding = JsonNode.Parse(removed)!;
            Assert.Equal(("BM-CODE-UNKNOWN", "2230105", 351), ((string?)finding["ruleId"], (string?)finding["code"], (int)finding["lines"]![0]!));

            // A 2025 edition does not apply to the 2024 sample: its report is as without --catalog.
            var (laterExit, laterStdout, _) = Run("check", "-f", "json", "--catalog", "2025=" + csv);
            Assert.Equal(exit, laterExit);
            Assert.Equal(before, Findings(laterStdout));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void The_catalog_files_of_one_year_are_laid_over_each_other_in_order()
    {
        var first = TempCsv(RevenueCsv);
        var second = TempCsv("kind,code,name\nrevenue,22301,解决历史遗留问题及改革成本支出\n");
        try
        {
            var (_, stdout, _) = Run("check", "-f", "json", "--catalog", "2024=" + first, "--catalog", "2024=" + second);
            var unknown = JsonNode.Parse(stdout)!["report"]!["findings"]!.AsArray()
                .Where(f => (string?)f!["ruleId"] == "BM-CODE-UNKNOWN").Select(f => (string)f!["code"]!).ToArray();
            Assert.Equal(["223"], unknown);   // 22301 and 2230105 are known now; 223 is not
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void A_malformed_catalog_exits_2_with_one_line_naming_the_file_line_and_column()
    {
        // Line 1 a comment, line 2 the header, line 3 good, line 4 a code with a letter in it.
        var csv = TempCsv("# partial 2024 edition\nkind,code,name\nfunction,21505,工业和信息产业监管\nfunction,215x5,产业发展\n");
        var gbk = TempCsv("kind,code,name\nfunction,21505,工业和信息产业监管\n", CodePages("GB18030"));
        try
        {
            var (exit, stdout, stderr) = Run("check", "--catalog", "2024=" + csv);
            Assert.Equal((2, ""), (exit, stdout));
            AssertOneLine(stderr, csv, "line 4", "column code");
            Assert.DoesNotContain(" at ", stderr, StringComparison.Ordinal);

            // The reason is the library's: the same text FromCsv gives.
            var e = Assert.Throws<CatalogFormatException>(() => ClassificationCatalog.FromCsv(File.ReadAllText(csv), 2024));
            Assert.Contains(e.Reason, stderr, StringComparison.Ordinal);

            var (gbkExit, _, gbkStderr) = Run("check", "--catalog", "2024=" + gbk);
            Assert.Equal(2, gbkExit);
            AssertOneLine(gbkStderr, gbk, "line 2", "UTF-8");

            var (missingExit, _, missingStderr) = Run("check", "--catalog", "2024=/no/such/catalog.csv");
            Assert.Equal(2, missingExit);
            AssertOneLine(missingStderr, "/no/such/catalog.csv");
        }
        finally
        {
            File.Delete(csv);
            File.Delete(gbk);
        }
    }

    private static Encoding CodePages(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    [Fact]
    public void A_catalog_without_its_year_is_a_usage_error_that_shows_the_syntax()
    {
        var (exit, stdout, stderr) = Run("check", "--catalog", "/tmp/kemu-2025.csv");
        Assert.Equal((2, ""), (exit, stdout));
        AssertOneLine(stderr, "--catalog 2025=/tmp/kemu-2025.csv");   // the year suggested from the file name
    }

    [Fact]
    public void Disable_removes_the_rules_findings_and_the_exit_code_follows_the_remaining_errors()
    {
        var path = TempFile(Seed.Text, new UTF8Encoding(false));
        try
        {
            var disclosure = DisclosureImporter.Import(Seed.Text, new ImportOptions { SourceName = path }).Disclosure;
            Assert.Equal(["BM-PERF-COST", "BM-PROSE-PARTS"], DisclosureValidator.Validate(disclosure).Findings
                .Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).Order());

            // One of the two error sources off: still exit 1, and what remains is the library's report with that rule disabled.
            var (exit, stdout, stderr) = Run("check", "-f", "json", "--disable", "BM-PERF-COST", path);
            Assert.Equal((1, ""), (exit, stderr));
            Assert.DoesNotContain("\"BM-PERF-COST\"", stdout, StringComparison.Ordinal);
            Assert.Contains("\"BM-PROSE-PARTS\"", stdout, StringComparison.Ordinal);
            var expected = DisclosureValidator.Validate(disclosure, ValidationOptions.Default.Disable("BM-PERF-COST"));
            Assert.Equal(ReportJson.Write(expected), ReportJson.Write(ReportJson.Read(JsonNode.Parse(stdout)!["report"]!.ToJsonString())));

            // Both off (a comma-separated list, any case): no error left, exit 0; repeating the option is the same.
            var (bothExit, both, _) = Run("check", "--disable", "BM-PERF-COST,bm-prose-parts", path);
            Assert.Equal(0, bothExit);
            Assert.Contains("Summary: 0 errors,", both, StringComparison.Ordinal);
            Assert.DoesNotContain("BM-PERF-COST", both, StringComparison.Ordinal);
            var (repeatedExit, repeated, _) = Run("check", "--disable", "BM-PERF-COST", "--disable", "BM-PROSE-PARTS", path);
            Assert.Equal((0, both), (repeatedExit, repeated));

            // A prefix: every prose rule off.
            var (prefixExit, prefix, _) = Run("check", "-f", "json", "--disable", "BM-PROSE-*", path);
            Assert.Equal(1, prefixExit);  // BM-PERF-COST remains
            Assert.DoesNotContain("\"BM-PROSE-", prefix, StringComparison.Ordinal);
            Assert.Contains("\"BM-PROSE-", ReportJson.Write(DisclosureValidator.Validate(disclosure)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_rule_id_exits_2_naming_the_closest_id_or_listing_them()
    {
        var (exit, stdout, stderr) = Run("check", "--disable", "BM-PERF-CST");
        Assert.Equal((2, ""), (exit, stdout));
        AssertOneLine(stderr, "BM-PERF-CST", "did you mean BM-PERF-COST?");

        var (farExit, _, far) = Run("check", "--disable", "BM-T3-ROLLUP,NO-SUCH-THING");
        Assert.Equal(2, farExit);
        AssertOneLine(far, ["NO-SUCH-THING", .. DisclosureRules.All.Select(r => r.Id), DisclosureValidator.CulpritRuleId]);

        var (importExit, _, import) = Run("check", "--disable", ImportRules.Indicator);
        Assert.Equal(2, importExit);
        AssertOneLine(import, ImportRules.Indicator, "--severity");

        var (prefixExit, _, prefix) = Run("check", "--disable", "BM-NOPE-*");
        Assert.Equal(2, prefixExit);
        AssertOneLine(prefix, "BM-NOPE-");
    }

    [Fact]
    public void Severity_error_prints_the_errors_only_and_the_summary_still_counts_everything()
    {
        var (exit, stdout, stderr) = Run("check", "--severity", "error");
        Assert.Equal((SeedReport.HasErrors ? 1 : 0, ""), (exit, stderr));
        Assert.Contains("ERRORS (2)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNINGS", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("INFO (", stdout, StringComparison.Ordinal);
        foreach (var hidden in SeedReport.Findings.Where(f => f.Severity < Severity.Error).Select(f => f.RuleId).Distinct())
        {
            Assert.DoesNotContain(hidden + "  ", stdout, StringComparison.Ordinal);
        }
        Assert.Contains($"Summary: {SeedReport.Errors} errors, {SeedReport.Warnings} warnings, {SeedReport.Infos} info — FAILED; warnings and info not shown",
            stdout, StringComparison.Ordinal);

        var (warningExit, warning, _) = Run("check", "--severity", "warning");
        Assert.Equal(exit, warningExit);
        Assert.Contains($"WARNINGS ({SeedReport.Warnings})", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("INFO (", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_in_json_keeps_a_valid_library_report_and_counts_what_it_left_out()
    {
        var (exit, stdout, stderr) = Run("check", "-f", "json", "--severity", "error");
        Assert.Equal((SeedReport.HasErrors ? 1 : 0, ""), (exit, stderr));
        var node = JsonNode.Parse(stdout)!;
        var wrapper = Evaluate(Schemas.Value.Wrapper, node);
        Assert.True(wrapper.IsValid, Errors(wrapper));

        var report = ReportJson.Read(node["report"]!.ToJsonString());    // the summary agrees with the findings
        Assert.All(report.Findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal(SeedReport.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message), report.Findings.Select(f => f.Message));
        Assert.Equal((SeedReport.Warnings, SeedReport.Infos), ((int)node["hidden"]!["warnings"]!, (int)node["hidden"]!["infos"]!));

        // Without --severity there is nothing hidden and no "hidden" member.
        var (_, all, _) = Run("check", "-f", "json");
        Assert.Null(JsonNode.Parse(all)!["hidden"]);
    }

    [Fact]
    public void Rules_lists_every_rule_id_that_disable_accepts_with_both_titles()
    {
        var (exit, stdout, stderr) = Run("rules");
        Assert.Equal((0, ""), (exit, stderr));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([.. DisclosureRules.All.Select(r => r.Id), DisclosureValidator.CulpritRuleId], lines.Select(l => l.Split(' ')[0]));
        foreach (var rule in DisclosureRules.All)
        {
            var line = Assert.Single(lines, l => l.StartsWith(rule.Id + " ", StringComparison.Ordinal));
            Assert.Contains(rule.Title, line, StringComparison.Ordinal);
            Assert.Contains(rule.ChineseTitle, line, StringComparison.Ordinal);
        }

        // Every listed id is accepted by --disable.
        var (disableExit, _, disableErr) = Run(["check", "--severity", "error", .. lines.SelectMany(l => new[] { "--disable", l.Split(' ')[0] })]);
        Assert.Equal((0, ""), (disableExit, disableErr));
    }
}
