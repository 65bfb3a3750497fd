using BudgetModel.Fuzz;
using SharpFuzz;

// BudgetModel.Fuzz <target>                                  under afl-fuzz: the SharpFuzz fork server (persistent loop)
// BudgetModel.Fuzz <target> --replay <file|dir>...           runs each input once; crashes and hangs are reported, exit 1
// BudgetModel.Fuzz <target> --explain <file|dir>...          triage: what the importer made of each input, and why
// BudgetModel.Fuzz <target> --mutate <seconds> <dir>... [--out <dir>]   the in-process fallback when AFL++ is missing
// The target may also be given by the environment variable FUZZ_TARGET (then the first argument is the mode).
var arguments = args.ToList();
var name = arguments.Count > 0 && !arguments[0].StartsWith("--", StringComparison.Ordinal) ? arguments[0] : Environment.GetEnvironmentVariable("FUZZ_TARGET");
if (name is not null && arguments.Count > 0 && arguments[0] == name)
{
    arguments.RemoveAt(0);
}
var target = Targets.All.FirstOrDefault(t => t.Name == name);
if (target is null)
{
    Console.Error.WriteLine($"usage: BudgetModel.Fuzz <target> [--replay <file|dir>... | --mutate <seconds> <dir>... [--out <dir>]]");
    foreach (var t in Targets.All)
    {
        Console.Error.WriteLine($"  {t.Name,-8} {t.Description}");
    }
    return 2;
}

if (arguments.Count > 0 && arguments[0] == "--replay")
{
    TraceBuffer.EnsureOutsideAfl();
    return Replay.Run(target, arguments.Skip(1).ToList());
}
if (arguments.Count > 0 && arguments[0] == "--explain")
{
    TraceBuffer.EnsureOutsideAfl();
    return Replay.Explain(arguments.Skip(1).ToList());
}
if (arguments.Count > 1 && arguments[0] == "--mutate")
{
    TraceBuffer.EnsureOutsideAfl();
    return Mutator.Run(target, arguments.Skip(1).ToList());
}
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.ToArray());
});
return 0;
