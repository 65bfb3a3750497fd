using System.Resources;

namespace BudgetModel.Classification;

public sealed partial class ClassificationCatalog
{

    /// <summary>The name of the embedded built-in data (BuiltInCatalog.csv, the catalog CSV format with from/until).</summary>
    internal const string BuiltInResource = "BudgetModel.Classification.BuiltInCatalog.csv";

    /// <summary>
    /// The built-in 2024 edition. Like every built-in edition it is <b>derived from published disclosures</b> (the
    /// project's seed, a 2024 单位预算, and fifteen 2025–2026 disclosures from thirteen cities), not taken from the
    /// Ministry of Finance's 政府收支分类科目: every 类 of the 支出功能分类 (201 一般公共服务支出 … 234), every code
    /// two or more of those documents print (功能分类 to 项, 经济分类 部门 and 政府 with the 部门 → 政府 mapping they
    /// print, 收入分类), named as most of them print it, and the former names of the 类 renamed in the 2019 edition.
    /// Load a full edition with <see cref="FromCsv(TextReader, int)"/> and lay it over this one with
    /// <see cref="MergedWith"/>, or harvest one from many documents with <see cref="CatalogHarvest"/>.
    /// </summary>
    /// <remarks>Read from data embedded in the assembly on first use (no file I/O), then kept.</remarks>
    public static ClassificationCatalog Edition2024 => BuiltIn2024.Instance;

    /// <summary>The built-in 2025 edition: the data of <see cref="Edition2024"/> (no code the sources print changed
    /// name between 2024 and 2026), with the year 2025.</summary>
    public static ClassificationCatalog Edition2025 => BuiltIn2025.Instance;

    /// <summary>The built-in 2026 edition: the data of <see cref="Edition2024"/>, with the year 2026.</summary>
    public static ClassificationCatalog Edition2026 => BuiltIn2026.Instance;

    /// <summary>Reads a built-in edition from the embedded data, uncached (each call parses it again): the first-use
    /// cost the benchmarks measure.</summary>
    internal static ClassificationCatalog LoadBuiltIn(int year)
    {
        using var stream = typeof(ClassificationCatalog).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new MissingManifestResourceException(BuiltInResource);
        using var reader = new StreamReader(stream);
        return FromCsv(reader, year);
    }

    // One holder per edition: an edition is read when first asked for, not with the others.
    private static class BuiltIn2024
    {
        internal static readonly ClassificationCatalog Instance = LoadBuiltIn(2024);
    }

    private static class BuiltIn2025
    {
        internal static readonly ClassificationCatalog Instance = LoadBuiltIn(2025);
    }

    private static class BuiltIn2026
    {
        internal static readonly ClassificationCatalog Instance = LoadBuiltIn(2026);
    }
}
