using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Tests;

/// <summary>Compiles and runs the usage example of README.md, so the README cannot rot.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_finds_the_broken_rollup_located_and_sized()
    {
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            // ---- README example (keep identical to README.md) ----
            var disclosure = new DisclosureBuilder("汾阳市工业和信息化局", 2024)
                .AddTable(new TableBuilder(TableKind.ExpenditureSummary)      // 预算支出总表, 万元
                    .Total(52.84m, 52.84m, 0m)
                    .Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m)
                    .Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m)
                    .Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m)
                    .Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m)
                    .Function("2080506", "机关事业单位职业年金缴费支出", 11.00m, 11.00m, 0m) // printed 11.90
                    .Build())
                .Build();

            ValidationReport report = DisclosureValidator.Validate(disclosure);
            foreach (var finding in report.Findings.Where(f => f.RuleId == "BM-T3-ROLLUP"))
                Console.WriteLine($"{finding.Severity} {finding.Location}: {finding.Difference} {finding.Unit}");
            string json = DisclosureJson.Write(disclosure);                  // the standard JSON
            // ---- end of README example ----

            Assert.Equal(disclosure.ExpenditureSummary!.Rows.Count, DisclosureJson.Read(json).ExpenditureSummary!.Rows.Count);
        }
        finally
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        }

        var printed = output.ToString();
        // 20805 (52.84) is 0.90 more than its 项 (17.14 + 23.80 + 11.00 = 51.94): far beyond 3 × 0.005 of rounding.
        Assert.Contains("Error", printed, StringComparison.Ordinal);
        Assert.Contains("row 20805", printed, StringComparison.Ordinal);
        Assert.Contains("0.90 万元", printed, StringComparison.Ordinal);
    }
}
