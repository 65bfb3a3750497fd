using BudgetModel.Export;
using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary><c>budgetmodel export FILE|DIR ... --to parquet -o OUT [--catalog YEAR=FILE ...] [--disable RULE ...]</c>:
/// import and validate every document, and write the tables of docs/export.md under OUT.</summary>
internal static class ExportCommand
{
    internal static async Task<int> RunAsync(string[] paths, string output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken,
        CheckSettings settings)
    {
        var (files, errors) = CheckCommand.Files(paths);
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                await stderr.WriteLineAsync(e).ConfigureAwait(false);
            }
            return Commands.Unreadable;
        }
        // The same file named twice (a file and its folder) is exported once.
        files = files.Distinct(StringComparer.Ordinal).ToList();

        ParquetExporter exporter;
        try
        {
            exporter = ParquetExporter.Create(new ParquetExportOptions(output));
        }
        catch (ParquetExportException e)
        {
            await stderr.WriteLineAsync("budgetmodel: " + e.Message).ConfigureAwait(false);
            return Commands.Unreadable;
        }
        catch (IOException e)
        {
            await stderr.WriteLineAsync($"budgetmodel: {output}: {e.Message}").ConfigureAwait(false);
            return Commands.Unreadable;
        }

        ExportSummary summary;
        await using (exporter.ConfigureAwait(false))
        {
            // Read and check a batch of files in parallel, then add them in command-line order: the files come out the
            // same whatever the scheduling, and only one batch of disclosures is held at a time.
            int batch = Math.Max(1, Environment.ProcessorCount * 4);
            var documents = new ExportDocument[batch];
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            for (int start = 0; start < files.Count; start += batch)
            {
                int n = Math.Min(batch, files.Count - start);
                Parallel.For(0, n, options, i => documents[i] = Read(files[start + i], settings));
                for (int i = 0; i < n; i++)
                {
                    if (documents[i].Failure is { } failure)
                    {
                        await stderr.WriteLineAsync("budgetmodel: " + failure).ConfigureAwait(false);
                    }
                    await exporter.AddAsync(documents[i], cancellationToken).ConfigureAwait(false);
                    documents[i] = null!;
                }
            }
            summary = await exporter.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        await stdout.WriteLineAsync(
            $"Exported {summary.Documents} documents ({summary.Unreadable} unreadable) to {output}: {summary.Cells} cells, {summary.Facts} facts, "
            + $"{summary.Indicators} indicators, {summary.Findings} findings; {summary.Files.Count} files.").ConfigureAwait(false);
        return summary.Unreadable > 0 ? Commands.Unreadable : Commands.Ok;
    }

    /// <summary>One file imported and validated, or why it could not be: a file that cannot be read still gets a
    /// <c>documents</c> row (status <c>unreadable</c>), and the export goes on.</summary>
    private static ExportDocument Read(string path, CheckSettings settings)
    {
        string hash;
        try
        {
            hash = ExportDocument.HashFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExportDocument.Unreadable(path, path, $"{path}: {e.Message}", "Unreadable");
        }
        try
        {
            var result = DisclosureImporter.ImportFile(path, settings.ImportOptions(path));
            var report = DisclosureValidator.Validate(result.Disclosure, settings.Validation);
            return ExportDocument.Checked(hash, result, report, path, hash);
        }
        catch (DisclosureImportException e)
        {
            return ExportDocument.Unreadable(hash, path, e.Message, e.Failure.ToString(), hash);
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            return ExportDocument.Unreadable(hash, path, $"{path}: {e.Message}", null, hash);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ExportDocument.Unreadable(hash, path,
                $"{path}: internal error while reading the document ({e.GetType().Name}: {e.Message}); please report it.", null, hash);
        }
    }
}
