namespace BudgetModel.Fuzz;

/// <summary>One fuzz target: a name (the first argument of the executable) and what it does with one input.</summary>
/// <param name="Name">The target's name: text, pdf, json or parsers.</param>
/// <param name="Description">One line for the usage text.</param>
/// <param name="Run">Runs one input; returns normally when the contract holds, throws when it does not.</param>
internal sealed record FuzzTarget(string Name, string Description, Action<byte[]> Run);
