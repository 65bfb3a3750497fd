namespace BudgetModel.Validation;

/// <summary>A relation among table cells as evaluated: its finding (null when it held exactly), difference and bound,
/// and its figures (<c>actual − Σ sign × part</c>).</summary>
internal sealed class RelationRecord(Finding? finding, Money difference, RoundingBound bound, Figure actual, Term[] parts)
{
    private CellTerm[]? _terms;

    internal Finding? Finding { get; } = finding;

    internal Money Difference { get; } = difference;

    internal RoundingBound Bound { get; } = bound;

    /// <summary>The table cells of the relation with their coefficients (the actual +1, a part −sign); constants
    /// (exact zeros for absent rows) are left out.</summary>
    internal CellTerm[] Terms => _terms ??= MakeTerms();

    private CellTerm[] MakeTerms()
    {
        var terms = new List<CellTerm>(parts.Length + 1);
        if (actual.Cell is { } a)
        {
            terms.Add(new CellTerm(a, 1, actual.Amount));
        }
        foreach (var term in parts)
        {
            if (term.Figure.Cell is { } cell)
            {
                terms.Add(new CellTerm(cell, term.Sign >= 0 ? -1 : 1, term.Figure.Amount));
            }
        }
        return terms.ToArray();
    }
}
