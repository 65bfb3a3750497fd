namespace BudgetModel.Export.Tables;

/// <summary>One document given to the export (a row of <c>documents</c>).</summary>
internal readonly record struct DocumentRow(
    string DocumentId,
    string? File,
    string? Sha256,
    string Status,
    string? FailureKind,
    string? Failure,
    string? UnitName,
    string? UnitCode,
    string? Level,
    int Tables,
    int Cells,
    int Facts,
    int Indicators,
    int ProjectSheets,
    int Findings,
    int Errors,
    int Warnings,
    int Infos);

/// <summary>The <c>documents</c> table: one row per document given, read or not, in the order given.</summary>
internal static class DocumentsTable
{
    internal static ExportTable<DocumentRow> Table { get; } = new("documents",
        "One document given to the export: its file and hash, whether it could be read, its unit and how many rows it gave each table.",
        [
            new TextColumn<DocumentRow>("document_id", r => r.DocumentId, false, "The document's id: the SHA-256 of the file for budgetmodel export; the caller's for the library."),
            new TextColumn<DocumentRow>("file", r => r.File, true, "The file as given."),
            new TextColumn<DocumentRow>("sha256", r => r.Sha256, true, "The SHA-256 of the file's bytes, lowercase hex."),
            new TextColumn<DocumentRow>("status", r => r.Status, false, "ok, or unreadable (no other table has rows of it)."),
            new TextColumn<DocumentRow>("failure_kind", r => r.FailureKind, true, "For an unreadable document: why (ImportFailure: NoTextLayer, Encrypted, TooLarge …; Other for an error that is not an import failure)."),
            new TextColumn<DocumentRow>("failure", r => r.Failure, true, "For an unreadable document: the error message."),
            new TextColumn<DocumentRow>("unit_name", r => r.UnitName, true, "The publishing unit or department."),
            new TextColumn<DocumentRow>("unit_code", r => r.UnitCode, true, "The unit code, when printed."),
            new TextColumn<DocumentRow>("level", r => r.Level, true, "Unit (单位预算) or Department (部门预算)."),
            new IntColumn<DocumentRow>("tables", r => r.Tables, false, "Standard tables read."),
            new IntColumn<DocumentRow>("cells", r => r.Cells, false, "Rows in cells."),
            new IntColumn<DocumentRow>("facts", r => r.Facts, false, "Rows in facts."),
            new IntColumn<DocumentRow>("indicators", r => r.Indicators, false, "Rows in indicators."),
            new IntColumn<DocumentRow>("project_sheets", r => r.ProjectSheets, false, "Project performance sheets read."),
            new IntColumn<DocumentRow>("findings", r => r.Findings, false, "Rows in findings."),
            new IntColumn<DocumentRow>("errors", r => r.Errors, false, "Findings of severity Error."),
            new IntColumn<DocumentRow>("warnings", r => r.Warnings, false, "Findings of severity Warning."),
            new IntColumn<DocumentRow>("infos", r => r.Infos, false, "Findings of severity Info."),
        ]);
}
