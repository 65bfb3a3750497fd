using System.Reflection;

namespace BudgetModel.Import;

/// <summary>
/// Real published disclosures shipped with the package as samples: the text that a PDF extraction gives,
/// cells separated by tabs.
/// </summary>
public static class SampleDisclosures
{
    /// <summary>The resource name of the 汾阳市工业和信息化局 2024 unit budget.</summary>
    public const string FenyangIndustryBureau2024Name = "fenyang-industry-bureau-2024-unit-budget.txt";

    /// <summary>
    /// 汾阳市工业和信息化局 2024年度单位预算公开 (Fenyang Industry and Information Technology Bureau,
    /// 2024 unit budget): 13 tables in 万元, 21 project performance sheets, one overall sheet, and the prose.
    /// It contains genuine mistakes next to rounding drift, which makes it the library's acceptance case.
    /// </summary>
    public static string FenyangIndustryBureau2024 => Read(FenyangIndustryBureau2024Name);

    private static string Read(string name)
    {
        var assembly = typeof(SampleDisclosures).Assembly;
        using var stream = assembly.GetManifestResourceStream("BudgetModel.Import.Samples." + name)
            ?? throw new BudgetModelException($"The sample '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
