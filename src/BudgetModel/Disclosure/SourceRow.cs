using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A revenue line by fund source (the revenue side of tables 1 and 4, and 4's carry-over by source).</summary>
public sealed class SourceRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="source">The fund source.</param>
    /// <param name="name">The name as printed, for example 一、一般公共预算.</param>
    /// <param name="columns">The table's columns for this row.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    /// <param name="isCarryOver">True for a line under 上年结转 (table 4's carry-over by source).</param>
    public SourceRow(FundSource source, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null, bool isCarryOver = false)
        : base(name, columns, values, line, RowRole.Detail)
    {
        Source = source;
        IsCarryOver = isCarryOver;
    }

    /// <summary>The fund source.</summary>
    public FundSource Source { get; }

    /// <summary>True for a line under 上年结转 (the carry-over by source), false for this year's revenue.</summary>
    public bool IsCarryOver { get; }

    /// <inheritdoc />
    public override string Key => IsCarryOver ? "CarryOver." + Source : Source.ToString();

    private protected override TableRow WithValues(Money[] values) => new SourceRow(Source, Name, Columns, values, Line, IsCarryOver);
}
