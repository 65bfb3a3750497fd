using System.Globalization;
using BudgetModel.Classification;
using BudgetModel.Import;

namespace BudgetModel.Cli;

/// <summary><c>budgetmodel catalog build FILE|DIR … [-o catalog.csv] [--min-documents N] [--combine]</c>: the (code, name) pairs
/// the disclosures print, counted in documents per budget year (<see cref="CatalogHarvest"/>).</summary>
internal static class CatalogCommand
{
    internal static async Task<int> BuildAsync(string[] paths, string? output, int minimumDocuments, bool combine, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (minimumDocuments < 1)
        {
            await stderr.WriteLineAsync("budgetmodel: --min-documents is 1 or more.").ConfigureAwait(false);
            return Commands.Unreadable;
        }
        // The same FILE|DIR expansion as check: a folder stands for its disclosures; a missing path or an empty folder is
        // named, and nothing is harvested from a command line that names one.
        var (files, errors) = CheckCommand.Files(paths);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await stderr.WriteLineAsync(error).ConfigureAwait(false);
            }
            return Commands.Unreadable;
        }
        if (files.Count == 0)
        {
            await stderr.WriteLineAsync("budgetmodel: no disclosures (*.pdf, *.txt) to harvest.").ConfigureAwait(false);
            return Commands.Unreadable;
        }

        var harvest = new CatalogHarvest();
        if (combine)
        {
            // The files are one disclosure (a city's tables and notes as separate PDFs).
            try
            {
                harvest.Add(DisclosureImporter.ImportFiles(files, new ImportOptions { SourceName = string.Join(" + ", files) }).Disclosure);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await stderr.WriteLineAsync("budgetmodel: " + (e is IBudgetModelError ? e.Message : $"{e.GetType().Name}: {e.Message}")).ConfigureAwait(false);
                return Commands.Unreadable;
            }
            return await WriteAsync(harvest, output, minimumDocuments, [], stdout, stderr, cancellationToken).ConfigureAwait(false);
        }
        var failures = new string?[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i =>
        {
            try
            {
                var disclosure = DisclosureImporter.ImportFile(files[i], new ImportOptions { SourceName = files[i] }).Disclosure;
                lock (harvest)
                {
                    harvest.Add(disclosure);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Every importer failure is a DisclosureImportException naming the file; anything else is reported too,
                // and the harvest goes on with the next file.
                failures[i] = e is IBudgetModelError ? e.Message : $"{files[i]}: {e.GetType().Name}: {e.Message}";
            }
        });
        foreach (var failure in failures.OfType<string>())
        {
            await stderr.WriteLineAsync("budgetmodel: " + failure).ConfigureAwait(false);
        }
        return await WriteAsync(harvest, output, minimumDocuments, failures, stdout, stderr, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> WriteAsync(CatalogHarvest harvest, string? output, int minimumDocuments, string?[] failures, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var entries = harvest.Entries();
        string csv = harvest.ToCsv(minimumDocuments);
        if (output is null)
        {
            await stdout.WriteAsync(csv).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllTextAsync(output, csv, cancellationToken).ConfigureAwait(false);
        }
        foreach (var (year, documents) in harvest.DocumentsByYear.OrderBy(static kv => kv.Key))
        {
            int codes = entries.Count(e => e.Year == year && e.Documents >= minimumDocuments);
            int split = entries.Count(e => e.Year == year && e.Documents >= minimumDocuments && e.Variants.Count > 0);
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{year}: {documents} documents, {codes} codes, {split} printed under more than one name")).ConfigureAwait(false);
        }
        return failures.Any(f => f is not null) ? Commands.Unreadable : Commands.Ok;
    }
}
