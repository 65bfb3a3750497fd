namespace BudgetModel.Disclosure;

/// <summary>
/// The shape of a table kind: which <see cref="BudgetTable"/> type <see cref="TableBuilder.Build()"/> makes for it and
/// so which typed views and rules apply. Several kinds share a shape (every table of rows by function code is a
/// <see cref="FunctionTable"/>).
/// </summary>
public enum TableShape
{
    /// <summary><see cref="SummaryTable"/>: revenue lines by source, expenditure lines by function class, summary lines (预算收支总表).</summary>
    Summary = 1,

    /// <summary><see cref="FunctionTable"/>: rows by 支出功能分类 code (类, 款, 项) under a 合计 row.</summary>
    Function = 2,

    /// <summary><see cref="FiscalAppropriationTable"/>: 财政拨款 revenue by source beside expenditure by function class (财政拨款收支总表).</summary>
    FiscalAppropriation = 3,

    /// <summary><see cref="EconomicTable"/>: rows by 支出经济分类 class and item under a 合计 row.</summary>
    Economic = 4,

    /// <summary><see cref="RevenueCodeTable"/>: rows by 收入分类 code under a 合计 row.</summary>
    RevenueCode = 5,

    /// <summary><see cref="StateCapitalTable"/>: revenue by code beside expenditure by function code (国有资本经营预算).</summary>
    StateCapital = 6,

    /// <summary><see cref="ThreePublicTable"/>: the named lines of the “三公” table (and its optional lines).</summary>
    ThreePublic = 7,

    /// <summary><see cref="NamedRowTable"/>: rows by name (units, projects, procurement items) under unit rows.</summary>
    NamedRows = 8,
}
