namespace BudgetModel.Tests.Disclosure;

/// <summary>The published text of the seed disclosure, as embedded in BudgetModel.Import, by 1-based line.</summary>
internal static class SeedText
{
    private static readonly string[] Lines = BudgetModel.Import.SampleDisclosures.FenyangIndustryBureau2024
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Split('\n');

    internal static int LineCount => Lines.Length;

    internal static string Line(int line)
    {
        Assert.InRange(line, 1, Lines.Length);
        return Lines[line - 1];
    }
}
