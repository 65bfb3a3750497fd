namespace BudgetModel.Export.Tables;

/// <summary>One figure the prose states (a row of <c>facts</c>).</summary>
internal readonly record struct FactRow(
    string DocumentId,
    string UnitName,
    int FactIndex,
    string Kind,
    string Topic,
    string? FundSource,
    string? FunctionCode,
    string? ProjectCategory,
    string? SubjectName,
    string? BaseTopic,
    int? ComparedYear,
    decimal Value,
    string Unit,
    int Decimals,
    decimal? Amount,
    string? Excerpt,
    int? Line,
    int? Page);

/// <summary>The <c>facts</c> table: the figures the 情况说明 states, in the order read.</summary>
internal static class FactsTable
{
    internal static ExportTable<FactRow> Table { get; } = new("facts",
        "One figure the prose (情况说明) states: what it is about, its value as printed and, for money, the amount in 元.",
        [
            new TextColumn<FactRow>("document_id", r => r.DocumentId, false, "The document (documents.document_id)."),
            new TextColumn<FactRow>("unit_name", r => r.UnitName, false, "The publishing unit or department."),
            new IntColumn<FactRow>("fact_index", r => r.FactIndex, false, "The fact's 0-based position among the document's facts."),
            new TextColumn<FactRow>("kind", r => r.Kind, false, "FactKind: Amount, Share, ChangeAmount, ChangePercent, Count, Quantity."),
            new TextColumn<FactRow>("topic", r => r.Topic, false, "FactTopic: TotalRevenue, ThreePublicTotal, Reception …"),
            new TextColumn<FactRow>("fund_source", r => r.FundSource, true, "The fund source the fact is about, when it names one."),
            new TextColumn<FactRow>("function_code", r => r.FunctionCode, true, "The 功能分类 code the fact is about, when it names one."),
            new TextColumn<FactRow>("project_category", r => r.ProjectCategory, true, "The project category the fact is about, when it names one."),
            new TextColumn<FactRow>("subject_name", r => r.SubjectName, true, "The project or item name the fact is about, when it names one."),
            new TextColumn<FactRow>("base_topic", r => r.BaseTopic, true, "For a share or change: what it is a share of or compared with."),
            new IntColumn<FactRow>("compared_year", r => r.ComparedYear, true, "For a change: the year compared with."),
            new DecimalColumn<FactRow>("value", 38, 10, r => r.Value, false, "The value as printed, in unit."),
            new TextColumn<FactRow>("unit", r => r.Unit, false, "The unit as printed: 万元, 元, %, 个, 辆 …"),
            new IntColumn<FactRow>("decimals", r => r.Decimals, false, "The decimals printed."),
            new DecimalColumn<FactRow>("amount", 20, 2, r => r.Amount, true, "For money (元, 万元, 亿元): the amount in 元, exact to the fen."),
            new TextColumn<FactRow>("excerpt", r => r.Excerpt, true, "The sentence the fact was read from, when imported."),
            new IntColumn<FactRow>("line", r => r.Line, true, "The source line, when imported."),
            new IntColumn<FactRow>("page", r => r.Page, true, "The 1-based PDF page, when imported from a PDF."),
        ]);
}
