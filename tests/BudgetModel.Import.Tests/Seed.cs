namespace BudgetModel.Import.Tests;

/// <summary>The seed disclosure, as embedded in the import package.</summary>
internal static class Seed
{
    internal static string Text => BudgetModel.Import.SampleDisclosures.FenyangIndustryBureau2024;
}
