using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A row keyed by a 收入分类 code (table 7, the revenue side of table 9).</summary>
public sealed class RevenueCodeRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The revenue code.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    public RevenueCodeRow(RevenueCode code, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(name, columns, values, line, RowRole.Detail)
    {
        if (code.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(code), $"Row '{name}' needs a revenue classification code.");
        }
        Code = code;
    }

    /// <summary>The 收入分类 code.</summary>
    public RevenueCode Code { get; }

    /// <inheritdoc />
    public override string Key => Code.Value;

    private protected override TableRow WithValues(Money[] values) => new RevenueCodeRow(Code, Name, Columns, values, Line);
}
