namespace BudgetModel.Classification;

/// <summary>One name printed for a code by the documents of a harvest, with how many documents print it.</summary>
/// <param name="Name">The name as most of those documents print it (spellings that differ only in printing,
/// <see cref="NameComparison"/>, count as one name).</param>
/// <param name="Documents">How many documents print it for the code; at least 1.</param>
public sealed record NameVariant(string Name, int Documents);
