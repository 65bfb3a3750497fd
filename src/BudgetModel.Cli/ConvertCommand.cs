using BudgetModel.Import;
using BudgetModel.Serialization;

namespace BudgetModel.Cli;

/// <summary><c>budgetmodel convert FILE... [--combine] --to json [-o OUT]</c> and <c>budgetmodel schema [--report]</c>.</summary>
internal static class ConvertCommand
{
    private static readonly DisclosureJsonOptions Indented = new() { Indented = true };

    /// <summary>Imports <paramref name="paths"/> (one file, or several read as one disclosure) and writes it as
    /// indented disclosure JSON (format 1.0) to <paramref name="output"/>, or to stdout when it is null. Import
    /// findings travel in the JSON's <c>importFindings</c>; they do not change the exit code.</summary>
    internal static async Task<int> RunAsync(IReadOnlyList<string> paths, string? output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        foreach (var missing in paths.Where(p => !File.Exists(p)))
        {
            await stderr.WriteLineAsync($"budgetmodel: {missing}: no such file.").ConfigureAwait(false);
            return Commands.Unreadable;
        }
        string path = string.Join(" + ", paths);
        ImportResult result;
        try
        {
            result = paths.Count == 1
                ? await DisclosureImporter.ImportFileAsync(paths[0], null, cancellationToken).ConfigureAwait(false)
                : await DisclosureImporter.ImportFilesAsync(paths, null, cancellationToken).ConfigureAwait(false);
        }
        catch (DisclosureImportException e)
        {
            await stderr.WriteLineAsync("budgetmodel: " + e.Message).ConfigureAwait(false);
            return Commands.Unreadable;
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            await stderr.WriteLineAsync($"budgetmodel: {path}: {e.Message}").ConfigureAwait(false);
            return Commands.Unreadable;
        }

        try
        {
            if (output is null)
            {
                await stdout.WriteLineAsync(DisclosureJson.Write(result.Disclosure, Indented)).ConfigureAwait(false);
                return Commands.Ok;
            }
            var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await DisclosureJson.WriteAsync(result.Disclosure, stream, Indented, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"budgetmodel: {output}: cannot write the output ({e.Message})").ConfigureAwait(false);
            return Commands.Unreadable;
        }
        catch (DisclosureJsonException e)
        {
            await stderr.WriteLineAsync($"budgetmodel: {path}: the disclosure cannot be written as JSON: {e.Message}").ConfigureAwait(false);
            return Commands.Unreadable;
        }
        return Commands.Ok;
    }

    /// <summary>Prints the JSON Schema of the disclosure format, or of the validation report.</summary>
    internal static async Task<int> SchemaAsync(bool report, TextWriter stdout)
    {
        var schema = report ? ReportJson.Schema : DisclosureJson.Schema;
        await stdout.WriteAsync(schema.EndsWith('\n') ? schema : schema + "\n").ConfigureAwait(false);
        return Commands.Ok;
    }
}
