using System.Diagnostics;
using System.Globalization;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <c>export-memory N</c>: one export of N generated documents (<see cref="ExportBenchmarks.Run"/>) in this process,
/// then one line: documents per second, the peak live managed heap (the most <see cref="GC.GetTotalMemory(bool)"/>
/// after a full collection, sampled every 25 documents and at the end, before the files are closed), the process's
/// peak working set (<see cref="Process.PeakWorkingSet64"/>, VmHWM on Linux: everything the runtime ever held
/// resident, JIT and GC reserve included), the bytes allocated in all, and the CPU time (user + system, all threads,
/// the sampling's full collections included): on a shared machine documents per CPU-second is steadier than per
/// wall-clock second. Run it once per N, each in a new process, so
/// that the peaks are that export's. BenchmarkDotNet gives allocations per operation, not a peak; this is the peak.
/// </summary>
internal static class ExportMemory
{
    internal static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int documents) || documents < 1)
        {
            Console.Error.WriteLine("usage: export-memory N   (N documents, at least 1)");
            return 2;
        }
        string directory = Path.Combine(Path.GetTempPath(), $"bm-export-memory-{Environment.ProcessId}");
        long peakLive = 0;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long sampling = 0;
        var summary = ExportBenchmarks.Run(documents, directory, done =>
        {
            if (done % 25 == 0 || done == documents)
            {
                long t = Stopwatch.GetTimestamp();
                peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true));
                sampling += Stopwatch.GetTimestamp() - t;
            }
        });
        clock.Stop();
        self.Refresh();
        double cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        double seconds = (clock.ElapsedTicks - sampling) / (double)Stopwatch.Frequency;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long bytes = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        long footers = Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories).Sum(FooterLength);
        Directory.Delete(directory, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents={documents} cells={summary.Cells} facts={summary.Facts} indicators={summary.Indicators} findings={summary.Findings} seconds={seconds:F1} documents/s={documents / seconds:F0} "
            + $"cpu-seconds={cpu:F1} documents/cpu-s={documents / cpu:F0} "
            + $"peak-live-heap-MB={peakLive / 1048576.0:F1} peak-working-set-MB={self.PeakWorkingSet64 / 1048576.0:F1} "
            + $"allocated-MB={allocated / 1048576.0:F0} output-MB={bytes / 1048576.0:F1} footers-KB={footers / 1024.0:F0}"));
        return 0;
    }

    /// <summary>The length of a Parquet file's footer (its metadata: schema, and every row group's column chunks with
    /// their statistics), which the writer holds in memory until the file is closed: the 4 bytes before the closing
    /// <c>PAR1</c>.</summary>
    private static long FooterLength(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> tail = stackalloc byte[8];
        file.Seek(-8, SeekOrigin.End);
        file.ReadExactly(tail);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(tail);
    }
}
