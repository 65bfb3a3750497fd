using System.Diagnostics;
using System.Text;

namespace BudgetModel.Reports.Tests;

/// <summary>A test that needs Chromium (Debian's chromium package at /usr/bin/chromium). In CI (<c>CI=true</c>; .ci/run
/// installs the package when it is missing) the test runs and fails without it; elsewhere it is skipped, saying why.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.Path) && !Chromium.InCi)
        {
            Skip = $"Chromium is not installed ({Chromium.Path}; apt-get install chromium). In CI (CI=true) this test runs and fails without it.";
        }
    }
}

/// <summary>Runs headless Chromium on a page, each run with a fresh profile, no network services, and logging to
/// stderr, where Chromium writes every console message of the page as a <c>CONSOLE</c> line.</summary>
internal static class Chromium
{
    internal const string Path = "/usr/bin/chromium";

    internal static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What a run gave: standard output (the DOM for --dump-dom) and the console lines of stderr.</summary>
    internal sealed record Run(string Stdout, IReadOnlyList<string> Console, string Stderr);

    internal static Run Start(string url, params string[] extra)
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"Chromium is not installed at {Path} (apt-get install chromium); CI installs it in .ci/run.");
        }
        string profile = Directory.CreateTempSubdirectory("bm-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var a in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", .. extra, url])
            {
                start.ArgumentList.Add(a);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish {url} within 120 s.");
            }
            process.WaitForExit();
            string err = stderr.GetAwaiter().GetResult();
            var console = err.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToArray();
            return new Run(stdout.GetAwaiter().GetResult(), console, err);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A crash handler may still hold a file of the profile; the temp folder is cleaned by the system.
            }
        }
    }
}
