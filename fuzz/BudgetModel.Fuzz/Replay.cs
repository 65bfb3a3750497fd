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

    /// <summary>A file, or the inputs in a directory (recursively, in name order; dot files, afl's README.txt and
    /// *.md skipped).</summary>
    internal static IEnumerable<string> Files(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) != "README.txt" && !f.EndsWith(".md", StringComparison.Ordinal))
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
            return $"CRASH {e.InnerException.GetType().FullName}: {e.InnerException.Message}{Environment.NewLine}{e.InnerException.StackTrace}";
        }
    }
}
