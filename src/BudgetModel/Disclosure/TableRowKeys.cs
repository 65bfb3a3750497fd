namespace BudgetModel.Disclosure;

/// <summary>
/// The kinds of rows a table kind holds, by what keys them; a combination of flags. An importer asks
/// <see cref="TableLayout.RowKeys"/> which <see cref="TableBuilder"/> methods fit a table: <see cref="FunctionCode"/>
/// → <see cref="TableBuilder.Function"/>, <see cref="EconomicCode"/> → <see cref="TableBuilder.EconomicClass"/> and
/// <see cref="TableBuilder.EconomicItem"/>, <see cref="RevenueCode"/> → <see cref="TableBuilder.Revenue"/>,
/// <see cref="FundSource"/> → <see cref="TableBuilder.Source"/>, <see cref="Name"/> → <see cref="TableBuilder.Unit"/>
/// and <see cref="TableBuilder.Project"/>, <see cref="SummaryLine"/> → <see cref="TableBuilder.Total"/> and
/// <see cref="TableBuilder.Summary"/>.
/// </summary>
[Flags]
public enum TableRowKeys
{
    /// <summary>No rows (never a kind's value).</summary>
    None = 0,

    /// <summary>Rows by 支出功能分类 code (<see cref="FunctionRow"/>).</summary>
    FunctionCode = 1,

    /// <summary>Rows by 支出经济分类 code, 部门 (301…) or 政府 (501…) (<see cref="EconomicRow"/>).</summary>
    EconomicCode = 2,

    /// <summary>Rows by 收入分类 code (<see cref="RevenueCodeRow"/>).</summary>
    RevenueCode = 4,

    /// <summary>Revenue lines by fund source (<see cref="SourceRow"/>).</summary>
    FundSource = 8,

    /// <summary>Rows by name: units, projects, items (<see cref="NamedRow"/>).</summary>
    Name = 16,

    /// <summary>Named summary lines: 合计, 本年收入合计, the lines of the “三公” table (<see cref="SummaryRow"/>).</summary>
    SummaryLine = 32,
}
