using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A row keyed by a 支出功能分类 code (tables 1 to 5, 8, 9).</summary>
public sealed class FunctionRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The function code (类, 款 or 项).</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column; an empty cell is zero.</param>
    /// <param name="line">The source line, when imported.</param>
    public FunctionRow(FunctionCode code, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(name, columns, values, line, RowRole.Detail)
    {
        if (code.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(code), $"Row '{name}' needs a function classification code.");
        }
        Code = code;
    }

    /// <summary>The 支出功能分类 code.</summary>
    public FunctionCode Code { get; }

    /// <inheritdoc />
    public override string Key => Code.Value;

    private protected override TableRow WithValues(Money[] values) => new FunctionRow(Code, Name, Columns, values, Line);
}
