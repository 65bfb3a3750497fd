namespace BudgetModel.Fuzz;

/// <summary>A law of a target did not hold: a crash for the fuzzer, deliberately outside the
/// <see cref="IBudgetModelError"/> family so that nothing treats it as an expected refusal.</summary>
internal sealed class ContractBrokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    internal ContractBrokenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the error that broke the law.</summary>
    internal ContractBrokenException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
