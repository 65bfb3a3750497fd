using BudgetModel.Disclosure;
using System.Text;
using BudgetModel.Import;
using BudgetModel.Reports;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>One checked document: its report, or why it could not be read. It keeps what the report prints about
/// the document (<see cref="DocumentSummary"/>), not the disclosure, so that checking a folder of thousands of files
/// holds one small record per file rather than every imported disclosure until the end.</summary>
/// <param name="Name">The file, the files joined with <c> + </c> (<c>--combine</c>), or the sample's description.</param>
/// <param name="Document">What was imported, when the document could be read.</param>
/// <param name="Report">The validation report, when the document could be read.</param>
/// <param name="Failure">Why the document could not be read.</param>
internal sealed record CheckOutcome(string Name, DocumentSummary? Document, ValidationReport? Report, string? Failure)
{
    /// <summary>Where the lines the findings name are in the source documents (page of a PDF, line of a text among
    /// several); null when the source is one text, whose lines are the findings' own. Only the lines some finding
    /// names are kept.</summary>
    internal IReadOnlyDictionary<int, SourcePlace>? Places { get; init; }

    /// <summary>True when the disclosure was read from several documents: places name their document.</summary>
    internal bool SeveralDocuments { get; init; }

    /// <summary>What was imported, kept only for the HTML report (<c>--format html</c>), which shows the tables.</summary>
    internal ImportResult? Import { get; init; }

    /// <summary>The kind of failure, when the import failed with a <see cref="DisclosureImportException"/>.</summary>
    internal ImportFailure? FailureKind { get; init; }

    /// <summary>The PDF page where the import failed, when known.</summary>
    internal int? FailurePage { get; init; }

    /// <summary>The outcome of a document that was imported and validated.</summary>
    internal static CheckOutcome Checked(string name, ImportResult result, ValidationOptions options, bool keepImport = false)
    {
        var report = DisclosureValidator.Validate(result.Disclosure, options);
        var source = result.Source;
        bool several = source is { Documents.Count: > 1 };
        Dictionary<int, SourcePlace>? places = null;
        if (source is not null && (source.HasPages || several))
        {
            places = [];
            foreach (var line in report.Findings.SelectMany(f => f.Location.Lines))
            {
                if (source.TryLocate(line) is { } place)
                {
                    places[line] = place;
                }
            }
        }
        return new(name, DocumentSummary.Of(result.Disclosure), report, null)
        {
            Places = places,
            SeveralDocuments = several,
            Import = keepImport ? result : null,
        };
    }

    /// <summary>The outcome of a document that could not be imported.</summary>
    internal static CheckOutcome Unreadable(string name, DisclosureImportException e) =>
        new(name, null, null, e.Message) { FailureKind = e.Failure, FailurePage = e.Page };
}

/// <summary>What the options of <c>check</c> ask for: the catalogs, the rules, the least severity reported.</summary>
/// <param name="Catalogs">The editions of <c>--catalog</c> (the built-in ones when none is given).</param>
/// <param name="Validation">The validation options: <see cref="CatalogFiles.Editions"/> and the <c>--disable</c>d rules.</param>
/// <param name="MinimumSeverity">The least severity the report shows (<c>--severity</c>); the summaries and the
/// exit code count every finding.</param>
internal sealed record CheckSettings(CatalogFiles Catalogs, ValidationOptions Validation, Severity MinimumSeverity)
{
    /// <summary>True (<c>--combine</c>) to read every file given as one disclosure, in command-line order.</summary>
    internal bool Combine { get; init; }

    /// <summary>True (<c>--format html</c>) for the HTML report: every imported disclosure is then kept until the end,
    /// since the report shows its tables.</summary>
    internal bool Html { get; init; }

    /// <summary>The file the report is written to (<c>-o</c>); null for standard output.</summary>
    internal string? Output { get; init; }

    /// <summary>No option: the built-in catalog, every rule, every finding shown.</summary>
    internal static CheckSettings Default { get; } = new(CatalogFiles.None, ValidationOptions.Default, Severity.Info);

    /// <summary>The import options for one document.</summary>
    internal ImportOptions ImportOptions(string sourceName) => new() { SourceName = sourceName, Catalog = Catalogs.ImportCatalog };
}

/// <summary>What the text report says about an imported document: unit, year and how much was found.</summary>
internal sealed record DocumentSummary(string UnitName, int BudgetYear, int Tables, int ProjectSheets, bool HasOverallSheet, int Facts)
{
    internal static DocumentSummary Of(BudgetDisclosure d) =>
        new(d.Unit.Name, d.BudgetYear, d.Tables.Count, d.ProjectSheets.Count, d.OverallSheet is not null, d.Facts.Count);
}

/// <summary><c>budgetmodel check [FILE|DIR ...] [--combine] [--format text|json|html] [-o FILE] [--catalog YEAR=FILE ...] [--disable RULE ...]
/// [--severity error|warning|info]</c>.</summary>
internal static class CheckCommand
{
    internal const string SampleName = "embedded sample (SampleDisclosures.FenyangIndustryBureau2024)";

    internal static async Task<int> RunAsync(string[] paths, bool json, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken,
        CheckSettings? settings = null)
    {
        settings ??= CheckSettings.Default;
        if (paths.Length == 0)
        {
            var outcome = Check(SampleName, () => DisclosureImporter.Import(SampleDisclosures.FenyangIndustryBureau2024, settings.ImportOptions(SampleName)), settings);
            if (!json && !settings.Html && settings.Output is null)
            {
                await stdout.WriteLineAsync($"Checking the {SampleName}: 汾阳市工业和信息化局 2024年度单位预算公开.").ConfigureAwait(false);
            }
            return await WriteAsync([outcome], json, settings, stdout, stderr).ConfigureAwait(false);
        }

        var (files, errors) = Files(paths);
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                await stderr.WriteLineAsync(e).ConfigureAwait(false);
            }
            return Commands.Unreadable;
        }

        if (settings.Combine)
        {
            string name = string.Join(" + ", files);
            var combined = CheckFiles(name, files, settings);
            return await WriteAsync([combined], json, settings, stdout, stderr).ConfigureAwait(false);
        }

        var outcomes = new CheckOutcome[files.Count];
        bool progress = files.Count > 1 && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        int done = 0;
        // CPU-bound work on small files: one synchronous read, import and validation per file on each core. Not
        // ImportFileAsync under Parallel.ForEachAsync: its reads complete on the thread pool, queued behind the
        // validations that occupy every pool thread, which made the check of a folder no faster than one core
        // (docs/benchmarks.md, Command line).
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i =>
        {
            outcomes[i] = CheckFile(files[i], settings);
            int n = Interlocked.Increment(ref done);
            if (progress)
            {
                lock (stderr)
                {
                    stderr.Write($"\rchecked {n}/{files.Count}");
                }
            }
        });
        if (progress)
        {
            await stderr.WriteAsync("\r" + new string(' ', 40) + "\r").ConfigureAwait(false);
        }
        return await WriteAsync(outcomes, json, settings, stdout, stderr).ConfigureAwait(false);
    }

    /// <summary>The files named on the command line, each folder replaced by its disclosures (<see cref="Disclosures"/>),
    /// and an error line for each path that is neither or a folder without any.</summary>
    internal static (List<string> Files, List<string> Errors) Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Disclosures(path);
                if (found.Length == 0)
                {
                    errors.Add($"budgetmodel: {path}: the directory contains no disclosures (*.pdf, *.txt).");
                }
                files.AddRange(found);
            }
            else
            {
                errors.Add($"budgetmodel: {path}: no such file or directory.");
            }
        }
        return (files, errors);
    }

    /// <summary>The disclosures of a folder: its <c>*.pdf</c> and <c>*.txt</c> files (any case of the extension), in
    /// name order. The extension only picks the files; each is read as what its content is.</summary>
    internal static string[] Disclosures(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".PDF" or ".TXT")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static CheckOutcome CheckFile(string path, CheckSettings settings)
    {
        try
        {
            return CheckOutcome.Checked(path, DisclosureImporter.ImportFile(path, settings.ImportOptions(path)), settings.Validation, settings.Html);
        }
        catch (DisclosureImportException e)
        {
            return CheckOutcome.Unreadable(path, e);
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            return new CheckOutcome(path, null, null, $"{path}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unexpected(path, e);
        }
    }

    /// <summary>An error the library does not document (a bug): the file is reported as unreadable with what
    /// happened, and the batch goes on.</summary>
    private static CheckOutcome Unexpected(string name, Exception e) =>
        new(name, null, null, $"{name}: internal error while reading the document ({e.GetType().Name}: {e.Message}); please report it.");

    /// <summary>Several files read as one disclosure (<c>--combine</c>).</summary>
    private static CheckOutcome CheckFiles(string name, IReadOnlyList<string> paths, CheckSettings settings)
    {
        try
        {
            return CheckOutcome.Checked(name, DisclosureImporter.ImportFiles(paths, settings.ImportOptions(name)), settings.Validation, settings.Html);
        }
        catch (DisclosureImportException e)
        {
            return CheckOutcome.Unreadable(name, e);
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            return new CheckOutcome(name, null, null, $"{name}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unexpected(name, e);
        }
    }

    private static CheckOutcome Check(string name, Func<ImportResult> import, CheckSettings settings)
    {
        try
        {
            return CheckOutcome.Checked(name, import(), settings.Validation, settings.Html);
        }
        catch (DisclosureImportException e)
        {
            return CheckOutcome.Unreadable(name, e);
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            return new CheckOutcome(name, null, null, e.Message);
        }
    }

    private static async Task<int> WriteAsync(IReadOnlyList<CheckOutcome> outcomes, bool json, CheckSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var minimum = settings.MinimumSeverity;
        foreach (var failed in outcomes.Where(o => o.Failure is not null))
        {
            await stderr.WriteLineAsync("budgetmodel: " + failed.Failure).ConfigureAwait(false);
        }
        string report = settings.Html ? HtmlOf(outcomes, minimum)
            : json ? JsonReport.Write(outcomes, minimum) + Environment.NewLine
            : TextReport.Write(outcomes, minimum);
        if (settings.Output is { } output)
        {
            try
            {
                await File.WriteAllTextAsync(output, report, new UTF8Encoding(false)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"budgetmodel: {output}: cannot write the report ({e.Message}).").ConfigureAwait(false);
                return Commands.Unreadable;
            }
        }
        else
        {
            await stdout.WriteAsync(report).ConfigureAwait(false);
        }
        if (outcomes.Any(o => o.Failure is not null))
        {
            return Commands.Unreadable;
        }
        return outcomes.Any(o => o.Report!.HasErrors) ? Commands.Findings : Commands.Ok;
    }

    /// <summary>The HTML report (BudgetModel.Reports) of the outcomes; each checked one kept its import.</summary>
    private static string HtmlOf(IReadOnlyList<CheckOutcome> outcomes, Severity minimum)
    {
        var documents = outcomes.Select(o => o.Report is { } r && o.Import is { } import
            ? ReportDocument.Checked(o.Name, import.Disclosure, r, import.Source)
            : ReportDocument.Unreadable(o.Name, o.Failure ?? "not read", o.FailurePage)).ToArray();
        return HtmlReport.ToHtml(documents, HtmlReportOptions.Default with { MinimumSeverity = minimum });
    }
}
