using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The C# snippets of docs/getting-started.md are the code between the <c>// snippet N</c> markers of this file: they
/// compile against the real API and run here, and a test checks that the guide prints exactly this code (with its
/// using directives among this file's), so the guide cannot drift from the library.
/// </summary>
public class GettingStartedTests
{
    private const string Guide = "docs/getting-started.md";

    [Fact]
    public void Build_validate_and_serialize_run_as_the_guide_shows()
    {
        // snippet 1
        var table3 = new TableBuilder(TableKind.ExpenditureSummary)      // 合计 / 基本支出 / 项目支出, in 万元
            .Total(55.84m, 52.84m, 3.00m)
            .Function("201", "一般公共服务支出", 3.00m, 0m, 3.00m)
            .Function("20113", "商贸事务", 3.00m, 0m, 3.00m)
            .Function("2011399", "其他商贸事务支出", 3.00m, 0m, 3.00m)
            .Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m)
            .Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m)
            .Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m)
            .Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m)
            .Function("2080506", "机关事业单位职业年金缴费支出", 11.90m, 11.90m, 0m)
            .Build();

        var disclosure = new DisclosureBuilder("汾阳市工业和信息化局", 2024)
            .WithUnit(u => u with { Code = "209001" })
            .AddTable(table3)
            .Build();

        var total = disclosure.ExpenditureSummary!.TotalRow!.Total;      // 558,400 元
        var classes = disclosure.ExpenditureSummary.FunctionRows
            .Where(r => r.Code.Level == FunctionLevel.Class)
            .Sum(r => r.Total);                                          // MoneyEnumerable.Sum: exact
        Console.WriteLine($"{total:WU2} = {classes:WU2}");               // 55.84万元 = 55.84万元
        // end snippet

        Assert.Equal(Money.FromYuan(558_400m), total);
        Assert.Equal("55.84万元 = 55.84万元", $"{total:WU2} = {classes:WU2}");

        // snippet 2
        ValidationReport report = DisclosureValidator.Validate(disclosure);
        Console.WriteLine(report);                       // counts by severity: "n errors, n warnings, n info"
        foreach (var finding in report.Findings)
        {
            Console.WriteLine(finding);                  // rule, severity, where, expected/actual, difference
        }

        // The strict path throws DisclosureValidationException, which carries the report, when there are errors. This
        // excerpt has some: a disclosure of one table lacks the tables and sections the rules require (BM-REQUIRED-TABLE …).
        try
        {
            DisclosureValidator.EnsureValid(disclosure);
        }
        catch (DisclosureValidationException e)
        {
            Console.WriteLine($"{e.Report.Errors} errors");
        }
        // end snippet

        Assert.Contains(report.Findings, f => f.RuleId == "BM-REQUIRED-TABLE" && f.Severity == Severity.Error);
        Assert.DoesNotContain(report.Findings, f => f.Location.Table == TableKind.ExpenditureSummary && f.Severity == Severity.Error); // table 3 adds up
        Assert.Equal(report.Errors, Assert.Throws<DisclosureValidationException>(() => DisclosureValidator.EnsureValid(disclosure)).Report.Errors);

        // snippet 4
        string json = DisclosureJson.Write(disclosure, new DisclosureJsonOptions { Indented = true });
        BudgetDisclosure back = DisclosureJson.Read(json);                  // the same cells, the same bytes when written again
        string reportJson = ReportJson.Write(report);                       // what `budgetmodel check --format json` prints per file
        // end snippet

        Assert.Equal(disclosure.Cells(), back.Cells());
        Assert.Equal(json, DisclosureJson.Write(back, new DisclosureJsonOptions { Indented = true }));
        Assert.Equal(report.Errors, ReportJson.Read(reportJson).Errors);
    }

    [Fact]
    public void Import_runs_as_the_guide_shows()
    {
        // snippet 3
        ImportResult imported = DisclosureImporter.Import(SampleDisclosures.FenyangIndustryBureau2024);
        BudgetDisclosure seed = imported.Disclosure;                        // 13 tables, 21 project sheets, the prose
        Console.WriteLine($"{imported.Diagnostics.Count} import diagnostics"); // what could not be read, each with its line
        ValidationReport seedReport = DisclosureValidator.Validate(seed);   // 2 errors, among them BM-PERF-COST on 业务经费
        // end snippet

        Assert.Equal((13, 21), (seed.Tables.Count, seed.ProjectSheets.Count));
        Assert.Equal(2, seedReport.Errors);
        Assert.Contains(seedReport.Findings, f => f.RuleId == "BM-PERF-COST" && f.Location.Project == "业务经费" && f.Severity == Severity.Error);
        Assert.Equal(imported.Diagnostics, seed.ImportFindings);
    }

    [Fact]
    public void The_guide_prints_exactly_the_code_of_these_tests()
    {
        var source = Repository.Read("tests/BudgetModel.Import.Tests/GettingStartedTests.cs").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var fileUsings = source.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToHashSet();
        fileUsings.Add("using BudgetModel;");          // the test's own namespace, BudgetModel.Import.Tests, brings these in
        fileUsings.Add("using BudgetModel.Import;");
        var blocks = Repository.CodeBlocks(Guide, "csharp");
        Assert.Equal(4, blocks.Count);
        for (int n = 1; n <= blocks.Count; n++)
        {
            var lines = blocks[n - 1].Split('\n');
            var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToArray();
            Assert.All(usings, u => Assert.Contains(u, fileUsings));
            var code = string.Join('\n', lines.Skip(usings.Length).SkipWhile(l => l.Length == 0));
            Assert.Equal(Snippet(source, n), code);
        }
    }

    /// <summary>The lines between <c>// snippet n</c> and <c>// end snippet</c>, without their common indentation.</summary>
    private static string Snippet(string[] source, int n)
    {
        int start = Array.FindIndex(source, l => l.Trim() == $"// snippet {n}");
        Assert.True(start >= 0, $"no snippet {n}");
        int end = Array.FindIndex(source, start, l => l.Trim() == "// end snippet");
        var lines = source[(start + 1)..end];
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
