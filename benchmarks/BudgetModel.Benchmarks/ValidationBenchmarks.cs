using BenchmarkDotNet.Attributes;
using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Testing.Generators;
using BudgetModel.Validation;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <see cref="DisclosureValidator.Validate(BudgetDisclosure, ValidationOptions)"/> on the whole seed disclosure and on
/// generated consistent disclosures of about 1,000, 10,000 and 100,000 function rows, against a baseline that only
/// reads every amount once and adds them up: the ratio says how many passes over the amounts validation costs.
/// </summary>
/// <remarks>
/// The generated sizes come from the environment variable <c>BUDGETMODEL_BENCHMARK_ROWS</c> (comma-separated row
/// counts; default <c>1000,10000,100000</c>): validation is linear in the rows, so the time per row should stay flat
/// from 10,000 to 100,000 rows (one validation of 100,000 rows takes about a second). The CI smoke run sets
/// <c>1000</c>.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationBenchmarks
{
    private BudgetDisclosure _disclosure = null!;

    /// <summary>
    /// <c>seed</c>: the seed imported with <see cref="DisclosureImporter"/>; <c>rows-N</c>:
    /// <see cref="DisclosureGenerators.ConsistentWithRows(int, int)"/> with N rows and a fixed seed.
    /// </summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "seed";

    /// <summary>The values of <see cref="Input"/>: the seed, then <c>rows-N</c> for each count of <c>BUDGETMODEL_BENCHMARK_ROWS</c>.</summary>
    public static IEnumerable<string> Inputs()
    {
        yield return "seed";
        string rows = Environment.GetEnvironmentVariable("BUDGETMODEL_BENCHMARK_ROWS") is { Length: > 0 } set ? set : "1000,10000,100000";
        foreach (var count in rows.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return "rows-" + count;
        }
    }

    /// <summary>Builds the disclosure named by <see cref="Input"/> and warms the JIT (not measured).</summary>
    /// <remarks>
    /// Validation calls some 500 methods once or a few times each; the tiered JIT recompiles a method with profile
    /// data only after about 30 calls, in the background. On a busy 2-core machine BenchmarkDotNet's pilot sizes the
    /// iterations from the first, slow calls, and a short job's three warm-up iterations then measure half-compiled
    /// code (a seed validation reads 800 μs instead of 300 μs); and a validation of 100,000 rows (about a second) is
    /// called only a dozen times in a whole run, so it would be measured in unoptimised code while 10,000 rows are
    /// not. So the setup first validates a small generated disclosure 60 times (the same methods, so that every size
    /// runs optimised code), then calls both benchmarks on the input for two seconds.
    /// </remarks>
    [GlobalSetup]
    public void Setup()
    {
        _disclosure = Input switch
        {
            "seed" => DisclosureImporter.Import(SampleDisclosures.FenyangIndustryBureau2024).Disclosure,
            _ when Input.StartsWith("rows-", StringComparison.Ordinal) =>
                DisclosureGenerators.ConsistentWithRows(int.Parse(Input.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture), seed: 2024),
            _ => throw new InvalidOperationException($"Unknown input {Input}."),
        };
        var small = DisclosureGenerators.ConsistentWithRows(300, seed: 2024);
        for (int i = 0; i < 60; i++)
        {
            _ = DisclosureValidator.Validate(small);
        }
        var warm = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 3 || warm.ElapsedMilliseconds < 2_000; i++)
        {
            _ = Validate();
            _ = SumEveryAmount();
        }
    }

    /// <summary>Baseline: every amount of every table read once and added up (exact, in 128 bits).</summary>
    [Benchmark(Baseline = true)]
    public Int128 SumEveryAmount()
    {
        Int128 total = 0;
        foreach (var cell in _disclosure.Cells())
        {
            total += cell.Amount.TotalFen;
        }
        return total;
    }

    /// <summary>The whole validation with default options.</summary>
    [Benchmark]
    public int Validate() => DisclosureValidator.Validate(_disclosure).Findings.Count;
}
