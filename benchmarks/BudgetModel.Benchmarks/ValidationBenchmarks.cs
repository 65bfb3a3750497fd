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
/// <para>
/// A generated disclosure is validated with <see cref="DisclosureGenerators.OptionsFor(BudgetDisclosure)"/>: the
/// built-in catalog extended with the codes it prints, as a user validating a province's budget loads the full
/// edition of the catalog. Every rule runs and the report is empty. The <c>unknown-N</c> inputs validate the same
/// disclosure with the default options instead: the built-in catalog lacks its generated codes, so the report holds
/// about three BM-CODE-UNKNOWN warnings per row — the cost of a report with very many findings.
/// </para>
/// <para>
/// The sizes come from the environment variables <c>BUDGETMODEL_BENCHMARK_ROWS</c> (comma-separated row counts;
/// default <c>1000,10000,100000</c>) and <c>BUDGETMODEL_BENCHMARK_UNKNOWN_ROWS</c> (default <c>10000,100000</c>;
/// <c>none</c> leaves a kind out):
/// validation is linear in the rows, so the time per row should stay flat from 10,000 to 100,000 rows. The CI smoke
/// run sets both to <c>1000</c>.
/// </para>
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationBenchmarks
{
    private BudgetDisclosure _disclosure = null!;
    private ValidationOptions _options = ValidationOptions.Default;

    /// <summary>
    /// <c>seed</c>: the seed imported with <see cref="DisclosureImporter"/>; <c>rows-N</c>:
    /// <see cref="DisclosureGenerators.ConsistentWithRows(int, int)"/> with N rows and a fixed seed, validated with
    /// the catalog of its codes; <c>unknown-N</c>: the same disclosure validated with the built-in catalog.
    /// </summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "seed";

    /// <summary>The values of <see cref="Input"/>: the seed, then <c>rows-N</c> for each count of
    /// <c>BUDGETMODEL_BENCHMARK_ROWS</c> and <c>unknown-N</c> for each count of <c>BUDGETMODEL_BENCHMARK_UNKNOWN_ROWS</c>.</summary>
    public static IEnumerable<string> Inputs()
    {
        yield return "seed";
        foreach (var count in Counts("BUDGETMODEL_BENCHMARK_ROWS", "1000,10000,100000"))
        {
            yield return "rows-" + count;
        }
        foreach (var count in Counts("BUDGETMODEL_BENCHMARK_UNKNOWN_ROWS", "10000,100000"))
        {
            yield return "unknown-" + count;
        }

        // "none" leaves the kind out.
        static string[] Counts(string variable, string fallback) =>
            (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set ? set : fallback)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(static count => !count.Equals("none", StringComparison.OrdinalIgnoreCase)).ToArray();
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
        int dash = Input.IndexOf('-', StringComparison.Ordinal);
        if (Input == "seed")
        {
            _disclosure = DisclosureImporter.Import(SampleDisclosures.FenyangIndustryBureau2024).Disclosure;
        }
        else if (dash > 0 && Input[..dash] is "rows" or "unknown")
        {
            _disclosure = DisclosureGenerators.ConsistentWithRows(int.Parse(Input.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture), seed: 2024);
            _options = Input.StartsWith("rows", StringComparison.Ordinal) ? DisclosureGenerators.OptionsFor(_disclosure) : ValidationOptions.Default;
        }
        else
        {
            throw new InvalidOperationException($"Unknown input {Input}.");
        }
        // What the input stands for: a consistent disclosure checked with its catalog has an empty report; with the
        // built-in catalog, only unknown-code warnings.
        var report = DisclosureValidator.Validate(_disclosure, _options);
        if (Input.StartsWith("rows", StringComparison.Ordinal) && report.Findings.Count != 0
            || Input.StartsWith("unknown", StringComparison.Ordinal) && (report.Findings.Count == 0 || report.Findings.Any(f => f.RuleId != "BM-CODE-UNKNOWN")))
        {
            throw new InvalidOperationException($"{Input}: unexpected report ({report.Findings.Count} findings, first: {report.Findings.FirstOrDefault()}).");
        }
        var small = DisclosureGenerators.ConsistentWithRows(300, seed: 2024);
        var smallOptions = DisclosureGenerators.OptionsFor(small);
        for (int i = 0; i < 60; i++)
        {
            _ = DisclosureValidator.Validate(small, smallOptions);
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

    /// <summary>The whole validation, with the options of the input (see <see cref="Input"/>).</summary>
    [Benchmark]
    public int Validate() => DisclosureValidator.Validate(_disclosure, _options).Findings.Count;
}
