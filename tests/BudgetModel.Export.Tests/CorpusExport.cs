using BudgetModel.Cli;
using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Export.Tests;

/// <summary>
/// The corpus PDFs, the seed (the embedded sample, written as a text file beside them) and a text file that is no
/// disclosure, exported once with
/// <c>budgetmodel export DIR --to parquet -o OUT</c>, in process; and what the library itself reads and reports for each
/// file, to compare the files with.
/// </summary>
public sealed class CorpusExport : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CorpusExport()
    {
        Input = _temp.Sub("input");
        Directory.CreateDirectory(Input);
        foreach (var pdf in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus"), "*.pdf"))
        {
            File.Copy(pdf, Path.Combine(Input, Path.GetFileName(pdf)));
        }
        File.WriteAllText(Path.Combine(Input, "seed-fenyang-2024.txt"), SampleDisclosures.FenyangIndustryBureau2024);
        // A file a folder of disclosures also holds and that is none (every corpus document now reads alone): the
        // batch reports it and exports it as an unreadable document.
        File.WriteAllText(Path.Combine(Input, "readme-not-a-disclosure.txt"), "关于本目录的说明\n本目录存放各部门公开的文件。\n");
        Output = _temp.Sub("out");
        (ExitCode, Stdout, Stderr) = Run(Input, Output);

        foreach (var file in CheckCommand.Disclosures(Input))
        {
            string hash = ExportDocument.HashFile(file);
            try
            {
                var result = DisclosureImporter.ImportFile(file, new ImportOptions { SourceName = file });
                Read.Add(new Expected(file, hash, result, DisclosureValidator.Validate(result.Disclosure)));
            }
            catch (DisclosureImportException)
            {
                Unreadable.Add(new Expected(file, hash, null, null));
            }
        }
    }

    /// <summary>The folder exported: the corpus PDFs, the seed, and one text file that is not a disclosure.</summary>
    public string Input { get; }

    /// <summary>The export.</summary>
    public string Output { get; }

    public int ExitCode { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    /// <summary>The documents the library reads, with their reports.</summary>
    internal List<Expected> Read { get; } = [];

    /// <summary>The documents the library cannot read.</summary>
    internal List<Expected> Unreadable { get; } = [];

    /// <summary>A new directory for another export (deleted with the fixture).</summary>
    internal string NewDirectory(string name) => _temp.Sub(name);

    /// <summary>Runs <c>budgetmodel export INPUT --to parquet -o OUTPUT</c> in process.</summary>
    internal static (int ExitCode, string Stdout, string Stderr) Run(string input, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Commands.RunAsync(["export", input, "--to", "parquet", "-o", output], stdout, stderr).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A file, its hash (its document id) and what the library read from it.</summary>
    internal sealed record Expected(string File, string Id, ImportResult? Result, ValidationReport? Report);
}
