using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Export.Tables;
using BudgetModel.Import;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Export;

/// <summary>The rows a document gives each table, in print (or report) order.</summary>
internal static class DocumentRows
{
    /// <summary>The rows of <c>cells</c>: every amount of every standard table.</summary>
    internal static IEnumerable<CellRow> Cells(string id, ImportResult result)
    {
        var d = result.Disclosure;
        string unit = d.Unit.Name;
        foreach (var table in d.Tables)
        {
            string kind = table.Kind.ToString();
            string name = table.Kind.ChineseName();
            string printedUnit = UnitLabel(table.Precision.Unit);
            for (int r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var (rowKind, function, economic, government, revenue, source) = row switch
                {
                    FunctionRow f => ("function", f.Code.Value, null, null, null, (string?)null),
                    SourceRow s => ("source", null, null, null, null, s.Source.ToString()),
                    EconomicRow e => ("economic", null, e.DepartmentCode?.Value, e.GovernmentCode?.Value, null, null),
                    RevenueCodeRow v => ("revenue", null, null, null, v.Code.Value, null),
                    SummaryRow => ("summary", null, null, null, null, null),
                    _ => ("named", (string?)null, (string?)null, (string?)null, (string?)null, (string?)null),
                };
                string role = RoleName(row.Role);
                int? page = PageOf(result, row.Line);
                for (int c = 0; c < row.Columns.Count; c++)
                {
                    var column = row.Columns[c];
                    yield return new CellRow(id, unit, kind, name, table.Header.Title, r, row.Key, row.Name, rowKind, role,
                        function, economic, government, revenue, source, column.ToString(), column.ChineseName(), row.Values[c].Yuan,
                        printedUnit, table.Precision.Decimals, row.Line, page);
                }
            }
        }
    }

    /// <summary>The rows of <c>facts</c>: the figures the prose states.</summary>
    internal static IEnumerable<FactRow> Facts(string id, ImportResult result)
    {
        var d = result.Disclosure;
        for (int i = 0; i < d.Facts.Count; i++)
        {
            var f = d.Facts[i];
            var s = f.Subject;
            yield return new FactRow(id, d.Unit.Name, i, f.Kind.ToString(), s.Topic.ToString(), s.Source?.ToString(), s.Code?.Value,
                s.Category?.ToString(), s.Name, f.Base?.Topic.ToString(), f.ComparedYear, f.Value, f.Unit, f.Decimals, f.Amount?.Yuan,
                f.Excerpt, f.Line, PageOf(result, f.Line));
        }
    }

    /// <summary>The rows of <c>indicators</c>: every project sheet's (lifetime, then annual), then the overall sheet's.</summary>
    internal static IEnumerable<IndicatorRow> Indicators(string id, ImportResult result)
    {
        var d = result.Disclosure;
        foreach (var sheet in d.ProjectSheets)
        {
            foreach (var row in Indicators(id, result, "project", sheet.ProjectName, "lifetime", sheet.LifetimeIndicators))
            {
                yield return row;
            }
            foreach (var row in Indicators(id, result, "project", sheet.ProjectName, "annual", sheet.AnnualIndicators))
            {
                yield return row;
            }
        }
        if (d.OverallSheet is { } overall)
        {
            foreach (var row in Indicators(id, result, "overall", null, "overall", overall.Indicators))
            {
                yield return row;
            }
        }
    }

    /// <summary>The rows of <c>findings</c>: the report's findings in its order.</summary>
    internal static IEnumerable<FindingRow> Findings(string id, ImportResult result, ValidationReport report)
    {
        string unit = result.Disclosure.Unit.Name;
        for (int i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            var at = f.Location;
            var (expected, actual, difference, valueUnit, bound) = FindingValues.Of(f);
            int? line = at.Lines.Count > 0 ? at.Lines[0] : null;
            string? lines = at.Lines.Count > 0 ? string.Join(",", at.Lines.Select(l => l.ToString(CultureInfo.InvariantCulture))) : null;
            yield return new FindingRow(id, unit, i, f.RuleId, f.Severity.ToString(), f.Kind.ToString(), at.Table?.ToString(), at.Row, at.Code,
                at.Project, at.Column?.ToString(), expected, actual, difference, valueUnit, bound, lines, line, PageOf(result, line), f.Message);
        }
    }

    /// <summary>The <c>documents</c> row of a document that was read, with the counts of the rows it gave.</summary>
    internal static DocumentRow Document(ExportDocument document, int cells, int facts, int indicators)
    {
        var d = document.Result!.Disclosure;
        var report = document.Report!;
        return new DocumentRow(document.Id, document.File, document.Sha256, "ok", null, null, d.Unit.Name, d.Unit.Code, d.Unit.Level.ToString(),
            d.Tables.Count, cells, facts, indicators, d.ProjectSheets.Count, report.Findings.Count, report.Errors, report.Warnings, report.Infos);
    }

    /// <summary>The <c>documents</c> row of a document that could not be read.</summary>
    internal static DocumentRow Unreadable(ExportDocument document) =>
        new(document.Id, document.File, document.Sha256, "unreadable", document.FailureKind, document.Failure, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static IEnumerable<IndicatorRow> Indicators(string id, ImportResult result, string sheetKind, string? project, string period,
        IReadOnlyList<SheetIndicator> indicators)
    {
        string unit = result.Disclosure.Unit.Name;
        for (int i = 0; i < indicators.Count; i++)
        {
            var (indicator, line) = indicators[i];
            var value = indicator.Value;
            decimal? amount = value.TryGetMoney(out var money) ? money.Yuan : null;
            yield return new IndicatorRow(id, unit, sheetKind, project, period, i, indicator.Category.ToString(), indicator.Subcategory.ToString(),
                indicator.Name, value.Kind.ToString(), value.IsQuantitative ? value.Comparator.ToString() : null, value.Number,
                value.IsQuantitative ? value.Unit : null, value.Text, amount, indicator.IsWellPlaced, line, PageOf(result, line));
        }
    }

    private static int? PageOf(ImportResult result, int? line) => result.Source?.TryLocate(line)?.Page;

    private static string RoleName(RowRole role) => role switch
    {
        RowRole.Total => "total",
        RowRole.Summary => "summary",
        _ => "detail",
    };

    /// <summary>The Chinese name of a unit of publication, as tables print it.</summary>
    private static string UnitLabel(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.Wan => "万元",
        _ => "亿元",
    };
}
