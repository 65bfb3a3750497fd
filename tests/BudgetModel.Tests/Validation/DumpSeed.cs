using BudgetModel.Validation;
using Xunit.Abstractions;

namespace BudgetModel.Tests.Validation;

public class DumpSeed(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var report = DisclosureValidator.Validate(BudgetModel.Testing.Samples.Fenyang2024.Build());
        foreach (var f in report.Findings)
        {
            output.WriteLine(f.ToString());
        }
        output.WriteLine(report.ToString());
    }
}
