using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A row keyed by a name: a unit (table 11), a project or a unit row (tables 12 and 13).</summary>
public sealed class NamedRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="name">The unit or project name as printed.</param>
    /// <param name="role"><see cref="RowRole.Total"/> for a unit/合计 row, <see cref="RowRole.Detail"/> for a project.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    public NamedRow(string name, RowRole role, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(name, columns, values, line, role)
    {
    }

    private protected override TableRow WithValues(Money[] values) => new NamedRow(Name, Role, Columns, values, Line);
}
