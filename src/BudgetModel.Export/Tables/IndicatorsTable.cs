namespace BudgetModel.Export.Tables;

/// <summary>One performance indicator of a sheet (a row of <c>indicators</c>).</summary>
internal readonly record struct IndicatorRow(
    string DocumentId,
    string UnitName,
    string SheetKind,
    string? Project,
    string Period,
    int IndicatorIndex,
    string Category,
    string Subcategory,
    string Name,
    string ValueKind,
    string? Comparator,
    decimal? Number,
    string? ValueUnit,
    string Text,
    decimal? Amount,
    bool WellPlaced,
    int? Line,
    int? Page);

/// <summary>The <c>indicators</c> table: the indicators of every project sheet (lifetime then annual) and of the
/// overall sheet, in print order.</summary>
internal static class IndicatorsTable
{
    internal static ExportTable<IndicatorRow> Table { get; } = new("indicators",
        "One performance indicator (绩效指标) of a project sheet (项目支出绩效目标表) or of the overall sheet (整体支出绩效目标表).",
        [
            new TextColumn<IndicatorRow>("document_id", r => r.DocumentId, false, "The document (documents.document_id)."),
            new TextColumn<IndicatorRow>("unit_name", r => r.UnitName, false, "The publishing unit or department."),
            new TextColumn<IndicatorRow>("sheet_kind", r => r.SheetKind, false, "project or overall."),
            new TextColumn<IndicatorRow>("project", r => r.Project, true, "The project's name, for a project sheet."),
            new TextColumn<IndicatorRow>("period", r => r.Period, false, "lifetime (总体目标), annual (年度目标) or overall."),
            new IntColumn<IndicatorRow>("indicator_index", r => r.IndicatorIndex, false, "The indicator's 0-based position within its sheet and period."),
            new TextColumn<IndicatorRow>("category", r => r.Category, false, "一级指标 (IndicatorCategory: Output, Benefit, Satisfaction, Cost)."),
            new TextColumn<IndicatorRow>("subcategory", r => r.Subcategory, false, "二级指标 (IndicatorSubcategory: Quantity, Quality, Timeliness …)."),
            new TextColumn<IndicatorRow>("name", r => r.Name, false, "三级指标: what is measured, as printed."),
            new TextColumn<IndicatorRow>("value_kind", r => r.ValueKind, false, "Quantitative, Qualitative or Empty."),
            new TextColumn<IndicatorRow>("comparator", r => r.Comparator, true, "For a quantitative value: None, AtLeast (≥), AtMost (≤), GreaterThan, LessThan, Equal."),
            new DecimalColumn<IndicatorRow>("number", 38, 10, r => r.Number, true, "For a quantitative value: the number, in value_unit."),
            new TextColumn<IndicatorRow>("value_unit", r => r.ValueUnit, true, "For a quantitative value: its unit (%, 个, 万元 …)."),
            new TextColumn<IndicatorRow>("text", r => r.Text, false, "指标值 as printed."),
            new DecimalColumn<IndicatorRow>("amount", 20, 2, r => r.Amount, true, "For a money value: the amount in 元, exact to the fen."),
            new BoolColumn<IndicatorRow>("well_placed", r => r.WellPlaced, false, "False when the 二级 does not belong under the 一级."),
            new IntColumn<IndicatorRow>("line", r => r.Line, true, "The source line, when imported."),
            new IntColumn<IndicatorRow>("page", r => r.Page, true, "The 1-based PDF page, when imported from a PDF."),
        ]);
}
