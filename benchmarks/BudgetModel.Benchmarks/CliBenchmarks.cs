using BenchmarkDotNet.Attributes;
using BudgetModel.Cli;
using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <c>budgetmodel check DIR</c> in process: the CLI's check routine (<see cref="CheckCommand.RunAsync"/>: the files
/// imported and validated in parallel, then the text report, written to <see cref="TextWriter.Null"/>) on a folder of
/// copies of the seed, against the baseline of the same library work done one file after another without the CLI
/// (<see cref="DisclosureImporter.ImportFile"/> and <see cref="DisclosureValidator.Validate"/>). A ratio below 1 is
/// what the CLI's parallelism gains; 1 / cores is the ideal. Process start-up is not measured here (see the
/// command-line section of docs/benchmarks.md, measured with hyperfine).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CliBenchmarks
{
    private string _folder = string.Empty;
    private string[] _files = [];

    /// <summary>The number of copies of the seed in the folder.</summary>
    [Params(100)]
    public int Files { get; set; }

    /// <summary>
    /// Writes the folder (not measured) and checks that both sides do the same work: the CLI's report totals are the
    /// baseline's.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("budgetmodel-cli-bench-").FullName;
        _files = new string[Files];
        for (int i = 0; i < Files; i++)
        {
            _files[i] = Path.Combine(_folder, $"doc{i:D4}.txt");
            File.WriteAllText(_files[i], SampleDisclosures.FenyangIndustryBureau2024);
        }
        var (errors, warnings, infos) = Totals();
        using var report = new StringWriter();
        CheckCommand.RunAsync([_folder], json: false, report, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();
        string expected = $"Total: {Files} files (0 unreadable), {errors} errors, {warnings} warnings, {infos} info.";
        if (!report.ToString().Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The CLI's report does not end with \"{expected}\": the two sides differ.");
        }
    }

    /// <summary>Deletes the folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (_folder.Length > 0 && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Baseline: every file imported and validated in turn with the library; returns the error count.</summary>
    [Benchmark(Baseline = true)]
    public int LibraryFileByFile() => Totals().Errors;

    /// <summary><c>budgetmodel check DIR</c>, in process; returns the exit code.</summary>
    [Benchmark]
    public int CheckFolder() =>
        CheckCommand.RunAsync([_folder], json: false, TextWriter.Null, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();

    private (int Errors, int Warnings, int Infos) Totals()
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var file in _files)
        {
            var report = DisclosureValidator.Validate(DisclosureImporter.ImportFile(file).Disclosure);
            errors += report.Errors;
            warnings += report.Warnings;
            infos += report.Infos;
        }
        return (errors, warnings, infos);
    }
}
