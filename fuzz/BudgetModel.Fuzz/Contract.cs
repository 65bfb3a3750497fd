using BudgetModel.Import;
using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Fuzz;

/// <summary>
/// The contract every target asserts: a reader of untrusted input either gives a result or throws one of our typed
/// exceptions (the <see cref="IBudgetModelError"/> family: <c>DisclosureImportException</c>,
/// <see cref="DisclosureJsonException"/>, <see cref="BudgetFormatException"/>…). Anything else escaping a target —
/// another exception type, or a <see cref="ContractBrokenException"/> for a broken law — is a crash for AFL++; a hang
/// is caught by afl-fuzz's time limit (<c>-t</c>) and, when replaying, by <see cref="Replay"/>'s.
/// </summary>
internal static class Contract
{
    /// <summary>Runs <paramref name="read"/>; true with its result, false when it threw a typed exception.</summary>
    internal static bool Reads<T>(Func<T> read, out T? result)
    {
        try
        {
            result = read();
            return true;
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            result = default;
            return false;
        }
    }

    /// <summary>
    /// Runs an import: true with its result, false when it refused the input with a
    /// <see cref="DisclosureImportException"/> — except two refusals that are defects by definition and so crashes:
    /// <see cref="ImportFailure.ReaderFault"/> (the importer's own failure, wrapped), and
    /// <see cref="ImportFailure.Damaged"/> whose cause was thrown by our code rather than PdfPig's (the page reader is
    /// inside the catch that turns PdfPig's errors into Damaged). A Damaged caused inside PdfPig holds the contract:
    /// that is the importer doing its job (<c>--explain</c> lists those causes for upstream reports).
    /// </summary>
    internal static bool Imports(Func<ImportResult> import, out ImportResult? result)
    {
        try
        {
            result = import();
            return true;
        }
        catch (DisclosureImportException e) when (e.Failure == ImportFailure.ReaderFault || (e.Failure == ImportFailure.Damaged && IsOurs(e.InnerException)))
        {
            throw new ContractBrokenException($"the importer failed itself ({e.Failure}): {e.InnerException?.GetType().Name}: {e.InnerException?.Message}", e);
        }
        catch (DisclosureImportException)
        {
            result = null;
            return false;
        }
    }

    /// <summary>True when <paramref name="error"/> was thrown by a BudgetModel assembly: the innermost frame of its
    /// stack that belongs to BudgetModel or PdfPig (UglyToad.*) is ours; frames of the runtime (a List indexer's
    /// ThrowHelper) are passed over.</summary>
    internal static bool IsOurs(Exception? error)
    {
        if (error is null)
        {
            return false;
        }
        foreach (var frame in new System.Diagnostics.StackTrace(error, false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name ?? "";
            if (assembly.StartsWith("BudgetModel", StringComparison.Ordinal))
            {
                return true;
            }
            if (assembly.StartsWith("UglyToad", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Throws <see cref="ContractBrokenException"/> when <paramref name="law"/> does not hold.</summary>
    internal static void Holds(bool law, string what)
    {
        if (!law)
        {
            throw new ContractBrokenException(what);
        }
    }

    /// <summary>
    /// What every disclosure a reader gave must survive, whatever the input was: it validates without throwing, it
    /// writes to JSON, the JSON reads back, and writing what was read back gives the same JSON; the validation report
    /// writes and reads back too. An exception here — even one of ours — is a crash: the reader built a disclosure the
    /// rest of the library cannot handle.
    /// </summary>
    internal static void Survives(Disclosure.BudgetDisclosure disclosure)
    {
        var report = Brake("validating a disclosure a reader built", () => DisclosureValidator.Validate(disclosure));
        var json = Brake("writing a disclosure a reader built to JSON", () => DisclosureJson.Write(disclosure));
        var back = Brake("reading back the JSON of a disclosure a reader built", () => DisclosureJson.Read(json));
        var again = Brake("writing a disclosure read back from JSON", () => DisclosureJson.Write(back));
        Holds(again == json, "JSON round trip: Write(Read(Write(d))) differs from Write(d)");
        var reportJson = Brake("writing the validation report to JSON", () => ReportJson.Write(report));
        Brake("reading back the validation report JSON", () => ReportJson.Read(reportJson));
    }

    private static T Brake<T>(string what, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            throw new ContractBrokenException($"{what} threw {e.GetType().Name}: {e.Message}", e);
        }
    }
}
