using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// A published figure taking part in a relation that a rule checks with <see cref="ValidationContext.CheckSum"/> or
/// <see cref="ValidationContext.CheckSame"/>: its amount, the precision it was published at (null for an exact figure),
/// the table cell or source line it comes from, a label for messages, and its sign in a sum. Immutable.
/// </summary>
/// <example>
/// <code>
/// var total = context.CellFigure(table, totalRow, TableColumn.Total);
/// var parts = table.Rows.Where(r => r.Role == RowRole.Item).Select(r => context.CellFigure(table, r, TableColumn.Total)).ToList();
/// context.CheckSum(total, parts, FindingLocation.Document, "合计 is the sum of the items");
/// </code>
/// </example>
public sealed class RelationFigure
{
    internal RelationFigure(Term term) => Term = term;

    /// <summary>The figure with its sign, as the relation checker takes it.</summary>
    internal Term Term { get; }

    /// <summary>The amount, as published (not negated when <see cref="IsSubtracted"/>).</summary>
    public Money Amount => Term.Figure.Amount;

    /// <summary>The precision the figure was published at (its unit and decimals); null for an exact figure, which
    /// adds nothing to the rounding bound.</summary>
    public PublishedPrecision? Precision => Term.Figure.Precision;

    /// <summary>The table cell the figure is, or null for a figure outside the tables.</summary>
    public CellLocation? Cell => Term.Figure.Cell;

    /// <summary>The source line, when known.</summary>
    public int? Line => Term.Figure.Line;

    /// <summary>The label a finding's message gives the figure (for a cell, <c>T3[2150517].合计</c>).</summary>
    public string Label => Term.Figure.Label;

    /// <summary>True when the figure is subtracted in a sum (<see cref="Subtracted"/>).</summary>
    public bool IsSubtracted => Term.Sign < 0;

    /// <summary>A figure outside the tables (a sheet amount, an amount stated in the prose).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="precision">The precision it was published at (for example 万元 with two decimals); null for an exact figure.</param>
    /// <param name="label">The label for messages.</param>
    /// <param name="line">The source line, when known.</param>
    /// <returns>The figure, added in a sum.</returns>
    public static RelationFigure Of(Money amount, PublishedPrecision? precision, string label, int? line = null)
    {
        Guard.Against.Null(label);
        return new(Term.Plus(Figure.Of(amount, precision, line, label)));
    }

    /// <summary>The same figure, subtracted in a sum (its amount unchanged).</summary>
    /// <returns>The figure with the sign minus; subtracting twice adds.</returns>
    public RelationFigure Subtracted() => new(Term with { Sign = -Term.Sign });

    /// <inheritdoc />
    public override string ToString() => (IsSubtracted ? "− " : string.Empty) + Label + " = " + Amount.ToString();
}
