using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Fuzz;

/// <summary>
/// The contract every target asserts: a reader of untrusted input either gives a result or throws one of our typed
/// exceptions (the <see cref="BudgetModelException"/> family: <c>DisclosureImportException</c>,
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
        catch (BudgetModelException)
        {
            result = default;
            return false;
        }
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
        catch (BudgetModelException e)
        {
            throw new ContractBrokenException($"{what} threw {e.GetType().Name}: {e.Message}", e);
        }
    }
}
