using BenchmarkDotNet.Attributes;
using BudgetModel.Import;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <see cref="DisclosureImporter.Import(string, ImportOptions)"/>: the seed text into the aggregate (the baseline),
/// against ten copies of the seed concatenated, so that the ratio shows how the importer scales with the length of
/// the text (10 is linear).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ImportBenchmarks
{
    private string _seed = string.Empty;
    private string _tenSeeds = string.Empty;

    /// <summary>Reads the embedded seed text once and repeats it ten times (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _seed = SampleDisclosures.FenyangIndustryBureau2024;
        _tenSeeds = string.Join('\n', Enumerable.Repeat(_seed, 10));
    }

    /// <summary>Baseline: the seed, once.</summary>
    [Benchmark(Baseline = true)]
    public int ImportSeed() => DisclosureImporter.Import(_seed).Disclosure.Tables.Count;

    /// <summary>Ten seeds in one text.</summary>
    [Benchmark]
    public int ImportTenSeeds() => DisclosureImporter.Import(_tenSeeds).Disclosure.Tables.Count;
}
