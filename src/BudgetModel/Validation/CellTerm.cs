using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>A table cell in a relation with its coefficient: the relation's difference moves by
/// <c>Coefficient × δ</c> when the cell moves by δ.</summary>
internal readonly record struct CellTerm(CellLocation Cell, int Coefficient, Money Value);
