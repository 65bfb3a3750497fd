using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A named summary line: 合计, 本年收入合计, 收入总计, 支出总计, or a line of the “三公” table.</summary>
public sealed class SummaryRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="line">Which summary line this is.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="columns">The columns of this line.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="sourceLine">The source line, when imported.</param>
    public SummaryRow(SummaryLine line, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? sourceLine = null)
        : base(name, columns, values, sourceLine, line == SummaryLine.Total ? RowRole.Total : (int)line >= 20 ? RowRole.Detail : RowRole.Summary) => SummaryLine = line;

    /// <summary>Which summary line this is.</summary>
    public SummaryLine SummaryLine { get; }

    /// <inheritdoc />
    public override string Key => SummaryLine.ToString();

    private protected override TableRow WithValues(Money[] values) => new SummaryRow(SummaryLine, Name, Columns, values, Line);
}
