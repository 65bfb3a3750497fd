using BenchmarkDotNet.Attributes;
using BudgetModel.Export;
using BudgetModel.Import;
using BudgetModel.Testing.Generators;
using BudgetModel.Validation;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <see cref="ParquetExporter"/> over many generated documents: each operation generates N consistent disclosures
/// (<see cref="DisclosureGenerators.ConsistentWithRows(int, int)"/>, <see cref="RowsPerDocument"/> function rows, seeds
/// 0 … N−1: the same documents every run), validates each and exports it, one at a time, into a new directory. The
/// baseline does the same without the export, so the difference is the export's cost and the ratio says what the export
/// adds to checking. Documents are made one at a time and dropped once added, as the command line does, so the memory
/// held is the exporter's, not the input's.
/// </summary>
/// <remarks>
/// N comes from <c>BUDGETMODEL_BENCHMARK_EXPORT_DOCUMENTS</c> (comma-separated; default <c>20</c>, which keeps the CI
/// smoke run short); docs/benchmarks.md was made with <c>1000,10000</c>. Peak memory is not what BenchmarkDotNet
/// measures (it gives allocations per operation): <c>export-memory N</c> (<see cref="ExportMemory"/>) runs one export in
/// its own process and prints its peak working set and peak live heap.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class ExportBenchmarks
{
    /// <summary>Function rows of each generated document: about the size of a real one (a few hundred cells).</summary>
    internal const int RowsPerDocument = 30;

    private string _root = null!;
    private int _run;

    /// <summary>Documents per operation.</summary>
    [ParamsSource(nameof(Counts))]
    public int Documents { get; set; } = 20;

    /// <summary>The values of <see cref="Documents"/>.</summary>
    public static IEnumerable<int> Counts() =>
        (Environment.GetEnvironmentVariable("BUDGETMODEL_BENCHMARK_EXPORT_DOCUMENTS") is { Length: > 0 } v ? v : "20")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "bm-export-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_root);
        // Both sides do the same documents: the baseline's finding count is the export's findings rows.
        long findings = GenerateAndValidate();
        var summary = Run(Documents, NextDirectory(), null);
        if (summary.Findings != findings || summary.Documents != Documents)
        {
            throw new InvalidOperationException($"The export wrote {summary.Findings} findings of {summary.Documents} documents; the baseline found {findings}.");
        }
    }

    [IterationCleanup]
    public void Cleanup()
    {
        foreach (var dir in Directory.EnumerateDirectories(_root))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GlobalCleanup]
    public void Teardown() => Directory.Delete(_root, recursive: true);

    /// <summary>Generate and validate N documents; no export.</summary>
    [Benchmark(Baseline = true)]
    public long GenerateAndValidate()
    {
        long findings = 0;
        for (int i = 0; i < Documents; i++)
        {
            var d = DisclosureGenerators.ConsistentWithRows(RowsPerDocument, i);
            findings += DisclosureValidator.Validate(d, DisclosureGenerators.OptionsFor(d)).Findings.Count;
        }
        return findings;
    }

    /// <summary>Generate, validate and export N documents.</summary>
    [Benchmark]
    public long GenerateValidateAndExport() => Run(Documents, NextDirectory(), null).Cells;

    /// <summary>Exports N generated documents into <paramref name="directory"/>; calls <paramref name="checkpoint"/>
    /// after every document (with how many are done), for <see cref="ExportMemory"/>.</summary>
    internal static ExportSummary Run(int documents, string directory, Action<int>? checkpoint)
    {
        return RunAsync().GetAwaiter().GetResult();

        async Task<ExportSummary> RunAsync()
        {
            await using var exporter = ParquetExporter.Create(new ParquetExportOptions(directory));
            for (int i = 0; i < documents; i++)
            {
                var d = DisclosureGenerators.ConsistentWithRows(RowsPerDocument, i);
                var report = DisclosureValidator.Validate(d, DisclosureGenerators.OptionsFor(d));
                await exporter.AddAsync(ExportDocument.Checked($"generated-{i:D7}", new ImportResult(d, []), report)).ConfigureAwait(false);
                checkpoint?.Invoke(i + 1);
            }
            return await exporter.CompleteAsync().ConfigureAwait(false);
        }
    }

    private string NextDirectory() => Path.Combine(_root, "run-" + _run++);
}
