namespace BudgetModel.Disclosure;

/// <summary>One amount of a table with its address and source line.</summary>
/// <param name="Location">Where the amount is.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Line">The source line of its row, when imported.</param>
public readonly record struct TableCell(CellLocation Location, Money Amount, int? Line);
