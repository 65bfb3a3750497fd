using System.Runtime.InteropServices;

namespace BudgetModel.Fuzz;

/// <summary>
/// The instrumented assemblies write every branch taken to SharpFuzz's trace map, which only afl-fuzz sets up; run
/// outside it (replay, the mutation fallback) they need a map of their own, or the first branch writes through a null
/// pointer. The map is allocated once and never read.
/// </summary>
internal static class TraceBuffer
{
    private const int MapSize = 1 << 16;

    /// <summary>Gives the instrumentation a private trace map when afl-fuzz has not given one.</summary>
    internal static unsafe void EnsureOutsideAfl()
    {
        if (SharpFuzz.Common.Trace.SharedMem == null)
        {
            SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(MapSize);
        }
    }
}
