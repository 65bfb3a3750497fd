using System.Diagnostics;

namespace BudgetModel.Fuzz;

/// <summary>
/// The fallback when AFL++ is not installed: a bounded in-process loop of random mutations (bit and byte flips,
/// interesting values, block deletion, duplication and splicing between seeds) over the corpus, each input checked by
/// <see cref="Replay.Check"/>. Blind, so much weaker than afl-fuzz, but it still exercises every target's contract.
/// </summary>
internal static class Mutator
{
    private static readonly byte[] Interesting = [0, 1, 0x7f, 0x80, 0xff, (byte)'\t', (byte)'\n', (byte)'\r', (byte)'-', (byte)'.', (byte)',', (byte)'0', (byte)'9', (byte)'"', (byte)'{', (byte)'['];

    /// <summary>Arguments: seconds, corpus directories, optionally <c>--out dir</c> for a failing input.</summary>
    internal static int Run(FuzzTarget target, IReadOnlyList<string> arguments)
    {
        double seconds = double.Parse(arguments[0], System.Globalization.CultureInfo.InvariantCulture);
        int outAt = arguments.ToList().IndexOf("--out");
        string? outDir = outAt >= 0 && outAt + 1 < arguments.Count ? arguments[outAt + 1] : null;
        var dirs = arguments.Skip(1).Where((a, i) => outAt < 0 || (i + 1 != outAt && i + 1 != outAt + 1)).ToList();
        var seeds = dirs.Where(Directory.Exists)
            .SelectMany(Replay.Files)
            .Select(File.ReadAllBytes)
            .ToList();
        if (seeds.Count == 0)
        {
            seeds.Add([]);
        }
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out int s) ? s : 17);
        var clock = Stopwatch.StartNew();
        long executions = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], seeds[random.Next(seeds.Count)], random);
            executions++;
            var verdict = Replay.Check(target, input);
            if (verdict is not null)
            {
                string? saved = null;
                if (outDir is not null)
                {
                    Directory.CreateDirectory(outDir);
                    saved = Path.Combine(outDir, $"{target.Name}-crash-{executions}");
                    File.WriteAllBytes(saved, input);
                }
                Console.WriteLine($"{target.Name}: mutation {executions} broke the contract{(saved is null ? "" : $" (saved to {saved})")}: {verdict}");
                return 1;
            }
        }
        Console.WriteLine($"{target.Name}: {executions} random mutations in {clock.Elapsed.TotalSeconds:F0} s ({executions / Math.Max(clock.Elapsed.TotalSeconds, 0.001):F0}/s), contract held");
        return 0;
    }

    private static byte[] Mutate(byte[] seed, byte[] other, Random random)
    {
        var data = new List<byte>(seed);
        int rounds = 1 + random.Next(8);
        for (int r = 0; r < rounds; r++)
        {
            int at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                    break;
                case 3 when data.Count > 0:
                    int length = Math.Min(data.Count - at, 1 + random.Next(64));
                    data.InsertRange(random.Next(data.Count + 1), data.GetRange(at, length));
                    break;
                case 4 when other.Length > 0:
                    int from = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(256))).ToArray());
                    break;
                case 5:
                    data.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    if (data.Count > 0)
                    {
                        data[at] = (byte)random.Next(256);
                    }
                    break;
            }
        }
        return [.. data];
    }
}
