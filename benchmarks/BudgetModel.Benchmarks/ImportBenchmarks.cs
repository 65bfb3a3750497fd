using BenchmarkDotNet.Attributes;
using BudgetModel.Import;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <see cref="DisclosureImporter.Import(string, ImportOptions)"/>: the seed text into the aggregate (the baseline),
/// against ten and fifty copies of the seed concatenated into one text, so that the ratio shows how the importer
/// scales with the length of the text (10 and 50 are linear).
/// </summary>
/// <remarks>
/// What a concatenated text imports: the importer reads one disclosure per text, so the tables of the first copy are
/// imported and every later copy's tables are read and built in full, then dropped with a
/// <see cref="ImportRules.DuplicateTable"/> warning; the performance sheets, facts and mentions of every copy are
/// imported. Every copy's lines are therefore read the same way, and the output grows with the copies except for
/// the thirteen tables. <see cref="Setup"/> checks this.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class ImportBenchmarks
{
    private string _seed = string.Empty;
    private string _tenSeeds = string.Empty;
    private string _fiftySeeds = string.Empty;

    /// <summary>Reads the embedded seed text once and repeats it (not measured); checks that every copy is read.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _seed = SampleDisclosures.FenyangIndustryBureau2024;
        _tenSeeds = string.Join('\n', Enumerable.Repeat(_seed, 10));
        _fiftySeeds = string.Join('\n', Enumerable.Repeat(_seed, 50));
        var one = DisclosureImporter.Import(_seed);
        foreach (var (text, copies) in new[] { (_tenSeeds, 10), (_fiftySeeds, 50) })
        {
            var many = DisclosureImporter.Import(text);
            int duplicates = many.Diagnostics.Count(f => f.RuleId == ImportRules.DuplicateTable);
            if (many.Disclosure.ProjectSheets.Count != copies * one.Disclosure.ProjectSheets.Count
                || many.Disclosure.Facts.Count != copies * one.Disclosure.Facts.Count
                || many.Disclosure.Tables.Count != one.Disclosure.Tables.Count
                || duplicates != (copies - 1) * one.Disclosure.Tables.Count)
            {
                throw new InvalidOperationException($"{copies} concatenated seeds are not read as {copies} copies of the seed.");
            }
        }
    }

    /// <summary>Baseline: the seed, once.</summary>
    [Benchmark(Baseline = true)]
    public int ImportSeed() => DisclosureImporter.Import(_seed).Disclosure.ProjectSheets.Count;

    /// <summary>Ten seeds in one text.</summary>
    [Benchmark]
    public int ImportTenSeeds() => DisclosureImporter.Import(_tenSeeds).Disclosure.ProjectSheets.Count;

    /// <summary>Fifty seeds in one text (1.9 million characters; 4.3 MB as a UTF-8 file).</summary>
    [Benchmark]
    public int ImportFiftySeeds() => DisclosureImporter.Import(_fiftySeeds).Disclosure.ProjectSheets.Count;
}
