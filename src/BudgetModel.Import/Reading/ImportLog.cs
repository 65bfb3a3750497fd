using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>Collects the import diagnostics of one document, each a <see cref="FindingKind.Import"/> finding.</summary>
internal sealed class ImportLog
{
    private readonly List<Finding> _findings = [];

    internal IReadOnlyList<Finding> Findings => _findings;

    internal void Add(string ruleId, Severity severity, string message, int line, TableKind? table = null, string? row = null,
        TableColumn? column = null, string? project = null, string? code = null)
    {
        var location = new FindingLocation(table, row, code, project, column) { Lines = [line] };
        _findings.Add(new Finding(ruleId, severity, FindingKind.Import, message, location));
    }

    /// <summary>A cell that should be an amount but is not.</summary>
    internal void BadCell(SourceLine line, int cellIndex, string reason, TableKind? table, string? row, TableColumn? column, string? project = null) =>
        Add(ImportRules.Cell, Severity.Error,
            $"Line {line.Number}, cell {cellIndex + 1}: \"{line[cellIndex]}\" is not an amount ({reason}); the figure is missing from the import.",
            line.Number, table, row, column, project);
}
