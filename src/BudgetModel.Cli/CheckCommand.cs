using BudgetModel.Disclosure;
using System.Text;
using BudgetModel.Import;
using BudgetModel.Reports;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

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
