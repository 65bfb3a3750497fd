using System.Diagnostics;

namespace BudgetModel.Fuzz;

/// <summary>
/// Runs inputs through a target outside afl-fuzz, one at a time, each within a time limit (FUZZ_TIMEOUT_MS, 10 s by
/// default): for triage, for the regression corpus in CI, and as the checker of <see cref="Mutator"/>.
/// </summary>
internal static class Replay
{
    /// <summary>The time limit of one input.</summary>
    internal static TimeSpan Limit { get; } = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_TIMEOUT_MS"), out int ms) && ms > 0 ? ms : 10_000);

    /// <summary>Replays every file given (a directory: every file in it, recursively); 0 when the contract held.</summary>
    internal static int Run(FuzzTarget target, IReadOnlyList<string> paths)
    {
        var files = paths.SelectMany(Files).ToList();
        int failures = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var verdict = Check(target, File.ReadAllBytes(file));
            if (verdict is not null)
            {
                failures++;
                Console.WriteLine($"{target.Name}: {file}: {verdict}");
            }
        }
        Console.WriteLine($"{target.Name}: replayed {files.Count} inputs in {clock.Elapsed.TotalSeconds:F1} s, {failures} broke the contract");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>For triage: what the importer made of each file (a PDF or text): the result, or the refusal with its
    /// failure and the exception behind it with the innermost frame that threw, to tell PdfPig's errors from ours.</summary>
    internal static int Explain(IReadOnlyList<string> paths)
    {
        foreach (var file in paths.SelectMany(Files))
        {
            string outcome;
            try
            {
                using var stream = File.OpenRead(file);
                var result = Import.DisclosureImporter.Import(stream, Targets.PdfOptions);
                outcome = $"read: {result.Disclosure.Tables.Count} tables, {result.Diagnostics.Count} diagnostics";
            }
            catch (Import.DisclosureImportException e)
            {
                var inner = e.InnerException;
                var frame = inner is null ? null : Thrower(inner);
                outcome = $"{e.Failure}" + (inner is null ? "" : $" <- {inner.GetType().FullName} at {frame?.DeclaringType?.FullName}.{frame?.Name}: {inner.Message}");
            }
            catch (Exception e)
            {
                outcome = $"UNTYPED {e.GetType().FullName}: {e.Message}";
            }
            Console.WriteLine($"{file}\t{outcome}");
        }
        return 0;
    }

    /// <summary>The innermost frame of BudgetModel or PdfPig that an exception passed through (the runtime's own
    /// throw helpers skipped), else its innermost frame.</summary>
    private static System.Reflection.MethodBase? Thrower(Exception error)
    {
        var methods = new StackTrace(error, false).GetFrames().Select(f => f.GetMethod()).ToList();
        return methods.FirstOrDefault(m => m?.DeclaringType?.Assembly.GetName().Name is { } a
            && (a.StartsWith("BudgetModel", StringComparison.Ordinal) || a.StartsWith("UglyToad", StringComparison.Ordinal))) ?? methods.FirstOrDefault();
    }

    /// <summary>A file, or the inputs in a directory (recursively, in name order; dot files and folders — afl's .state —, afl's
    /// README.txt and *.md skipped).</summary>
    internal static IEnumerable<string> Files(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
                && Path.GetFileName(f) != "README.txt" && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
        : [path];

    /// <summary>Runs one input; null when the contract held, else what went wrong (exits the process on a hang, whose
    /// thread cannot be stopped).</summary>
    internal static string? Check(FuzzTarget target, byte[] input)
    {
        var run = Task.Factory.StartNew(() => target.Run(input), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!run.Wait(Limit))
            {
                Console.WriteLine($"{target.Name}: HANG: an input ran longer than {Limit.TotalSeconds:F0} s ({input.Length} bytes)");
                Console.Out.Flush();
                Environment.Exit(3);
            }
            return null;
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            return $"CRASH {e.InnerException}";
        }
    }
}
