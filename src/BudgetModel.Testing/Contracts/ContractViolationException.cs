using System.Reflection;

namespace BudgetModel.Testing.Contracts;

/// <summary>A value type broke the contract that <see cref="ValueTypeContract"/> checks.</summary>
public sealed class ContractViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which part of the contract broke, with the values.</param>
    public ContractViolationException(string message) : base(message) { }
}
