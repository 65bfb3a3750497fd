using BenchmarkDotNet.Attributes;
using BudgetModel.Classification;

namespace BudgetModel.Benchmarks;

/// <summary>
/// The first use of a built-in catalog edition: reading the embedded data (BuiltInCatalog.csv) into an edition,
/// uncached, against the baseline of reading the same embedded text into a string (what any loader pays).
/// Target (catalog issue): first use under 20 ms. Run with <c>--strategy ColdStart</c> to include the JIT of a fresh
/// process (docs/benchmarks.md, "Catalog").
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CatalogBenchmarks
{
    /// <summary>Checks that the edition read holds the 30 类 and the harvested codes, so the benchmark measures a full load.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var edition = ClassificationCatalog.LoadBuiltIn(2026);
        if (edition.FunctionClasses.Count != 30 || edition.FunctionCodes.Count < 80)
        {
            throw new InvalidOperationException($"The built-in data read as {edition}.");
        }
    }

    /// <summary>Baseline: the embedded text read into a string.</summary>
    /// <returns>The text's length.</returns>
    [Benchmark(Baseline = true)]
    public int ReadEmbeddedText()
    {
        using var stream = typeof(ClassificationCatalog).Assembly.GetManifestResourceStream(ClassificationCatalog.BuiltInResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Length;
    }

    /// <summary>The 2026 edition read from the embedded data, as its first use does.</summary>
    /// <returns>The number of function codes.</returns>
    [Benchmark]
    public int LoadEdition() => ClassificationCatalog.LoadBuiltIn(2026).FunctionCodes.Count;
}
