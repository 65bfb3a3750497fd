namespace BudgetModel.Export.Tables;

/// <summary>One finding of the validation report (a row of <c>findings</c>).</summary>
internal readonly record struct FindingRow(
    string DocumentId,
    string UnitName,
    int FindingIndex,
    string RuleId,
    string Severity,
    string Kind,
    string? TableKind,
    string? Row,
    string? Code,
    string? Project,
    string? Column,
    decimal? Expected,
    decimal? Actual,
    decimal? Difference,
    string? Unit,
    decimal? Bound,
    string? Lines,
    int? Line,
    int? Page,
    string Message);

/// <summary>The <c>findings</c> table: every finding of each document's validation report, import findings included,
/// in report order.</summary>
internal static class FindingsTable
{
    internal static ExportTable<FindingRow> Table { get; } = new("findings",
        "One finding of the validation report: the rule, how serious, where, and by how much.",
        [
            new TextColumn<FindingRow>("document_id", r => r.DocumentId, false, "The document (documents.document_id)."),
            new TextColumn<FindingRow>("unit_name", r => r.UnitName, false, "The publishing unit or department."),
            new IntColumn<FindingRow>("finding_index", r => r.FindingIndex, false, "The finding's 0-based position in the report."),
            new TextColumn<FindingRow>("rule_id", r => r.RuleId, false, "The rule's stable id (BM-T3-ROLLUP …; docs/rules.md)."),
            new TextColumn<FindingRow>("severity", r => r.Severity, false, "Error, Warning or Info."),
            new TextColumn<FindingRow>("kind", r => r.Kind, false, "FindingKind: Inconsistency, RoundingDrift, Missing, Mismatch, Unknown, Import, Culprit."),
            new TextColumn<FindingRow>("table_kind", r => r.TableKind, true, "The table the finding is in, when it is in one."),
            new TextColumn<FindingRow>("row", r => r.Row, true, "The row's key or name (cells.row_key)."),
            new TextColumn<FindingRow>("code", r => r.Code, true, "The classification code involved."),
            new TextColumn<FindingRow>("project", r => r.Project, true, "The project involved."),
            new TextColumn<FindingRow>("column", r => r.Column, true, "The column (cells.column)."),
            new DecimalColumn<FindingRow>("expected", 38, 10, r => r.Expected, true, "The value the rule expects (the sum of the parts …), in unit."),
            new DecimalColumn<FindingRow>("actual", 38, 10, r => r.Actual, true, "The value published, in unit."),
            new DecimalColumn<FindingRow>("difference", 38, 10, r => r.Difference, true, "actual − expected, in unit."),
            new TextColumn<FindingRow>("unit", r => r.Unit, true, "The unit of expected, actual and difference: 万元, 元, %, 个 …"),
            new DecimalColumn<FindingRow>("bound", 21, 3, r => r.Bound, true, "The rounding bound that applied, in 元 (half a fen is 0.005)."),
            new TextColumn<FindingRow>("lines", r => r.Lines, true, "The source lines of the figures involved, comma-separated."),
            new IntColumn<FindingRow>("line", r => r.Line, true, "The first of those lines."),
            new IntColumn<FindingRow>("page", r => r.Page, true, "The 1-based PDF page of that line, when imported from a PDF."),
            new TextColumn<FindingRow>("message", r => r.Message, false, "The finding as a sentence."),
        ]);
}
