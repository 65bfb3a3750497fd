namespace BudgetModel.Export;

/// <summary>What an export wrote: how many documents and rows, and the files.</summary>
/// <param name="Documents">Documents given (rows of <c>documents</c>).</param>
/// <param name="Unreadable">Of those, the ones that could not be read.</param>
/// <param name="Cells">Rows of <c>cells</c>.</param>
/// <param name="Facts">Rows of <c>facts</c>.</param>
/// <param name="Indicators">Rows of <c>indicators</c>.</param>
/// <param name="Findings">Rows of <c>findings</c>.</param>
/// <param name="Files">The files written, relative to the output directory with forward slashes, in ordinal order;
/// <c>datapackage.json</c> included.</param>
public sealed record ExportSummary(long Documents, long Unreadable, long Cells, long Facts, long Indicators, long Findings, IReadOnlyList<string> Files);
