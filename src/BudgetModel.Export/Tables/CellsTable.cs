namespace BudgetModel.Export.Tables;

/// <summary>One amount of a standard table (a row of <c>cells</c>).</summary>
internal readonly record struct CellRow(
    string DocumentId,
    string UnitName,
    string TableKind,
    string TableName,
    string? TableTitle,
    int RowIndex,
    string RowKey,
    string RowName,
    string RowKind,
    string RowRole,
    string? FunctionCode,
    string? EconomicCode,
    string? GovernmentEconomicCode,
    string? RevenueCode,
    string? FundSource,
    string Column,
    string ColumnLabel,
    decimal Amount,
    string PrintedUnit,
    int PrintedDecimals,
    int? Line,
    int? Page);

/// <summary>The <c>cells</c> table: every amount of every standard table, one row each, in print order.</summary>
internal static class CellsTable
{
    internal static ExportTable<CellRow> Table { get; } = new("cells",
        "One amount of a standard table (预算公开表): the document, the table, the row, the column and the amount in 元.",
        [
            new TextColumn<CellRow>("document_id", r => r.DocumentId, false, "The document (documents.document_id)."),
            new TextColumn<CellRow>("unit_name", r => r.UnitName, false, "The publishing unit or department (单位名称) as on the cover.") { FiscalColumnType = "administrative-classification:generic:name" },
            new TextColumn<CellRow>("table_kind", r => r.TableKind, false, "What the table is (TableKind: RevenueExpenditureSummary, ExpenditureSummary, ThreePublicExpenses …)."),
            new TextColumn<CellRow>("table_name", r => r.TableName, false, "The table kind's official Chinese name (预算支出总表 …)."),
            new TextColumn<CellRow>("table_title", r => r.TableTitle, true, "The title as printed, when read from a document."),
            new IntColumn<CellRow>("row_index", r => r.RowIndex, false, "The row's 0-based position in its table, in print order."),
            new TextColumn<CellRow>("row_key", r => r.RowKey, false, "How findings name the row: its code, fund source, summary line (Total, OverseasTravel …) or name."),
            new TextColumn<CellRow>("row_name", r => r.RowName, false, "The row's name as printed (科目名称, 项目名称, 合计 …).") { FiscalColumnType = "functional-classification:generic:label" },
            new TextColumn<CellRow>("row_kind", r => r.RowKind, false, "function, source, economic, revenue, named or summary: what keys the row."),
            new TextColumn<CellRow>("row_role", r => r.RowRole, false, "detail, total (合计) or summary (本年收入合计, 支出总计 …)."),
            new TextColumn<CellRow>("function_code", r => r.FunctionCode, true, "The 支出功能分类 code of a function row (类 3, 款 5, 项 7 digits).") { FiscalColumnType = "functional-classification:generic:code" },
            new TextColumn<CellRow>("economic_code", r => r.EconomicCode, true, "The 部门预算支出经济分类 code of an economic row.") { FiscalColumnType = "economic-classification:generic:code" },
            new TextColumn<CellRow>("government_economic_code", r => r.GovernmentEconomicCode, true, "The 政府预算支出经济分类 code of an economic row, when printed."),
            new TextColumn<CellRow>("revenue_code", r => r.RevenueCode, true, "The 收入分类 code of a revenue row."),
            new TextColumn<CellRow>("fund_source", r => r.FundSource, true, "The fund source of a revenue line (GeneralPublicBudget …); table 4 carry-over lines have row_key CarryOver.X."),
            new TextColumn<CellRow>("column", r => r.Column, false, "The amount column (TableColumn: Total, Basic, Project, GeneralBudget …)."),
            new TextColumn<CellRow>("column_label", r => r.ColumnLabel, false, "The column's Chinese label (合计, 基本支出 …)."),
            new DecimalColumn<CellRow>("amount", 20, 2, r => r.Amount, false, "The amount in 元, exact to the fen, whatever unit the table printed.") { FiscalColumnType = "value" },
            new TextColumn<CellRow>("printed_unit", r => r.PrintedUnit, false, "The unit the table printed its amounts in: 元, 万元 or 亿元."),
            new IntColumn<CellRow>("printed_decimals", r => r.PrintedDecimals, false, "The decimals the table printed."),
            new IntColumn<CellRow>("line", r => r.Line, true, "The source line of the row, when imported (the line of the laid-out text for a PDF)."),
            new IntColumn<CellRow>("page", r => r.Page, true, "The 1-based PDF page of the row, when imported from a PDF."),
        ]);
}
