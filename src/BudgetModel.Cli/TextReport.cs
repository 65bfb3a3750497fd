using System.Globalization;
using System.Text;
using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Reports;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>The readable report: findings grouped by severity, then by table, each with its place and size. Findings
/// below the minimum severity (<c>--severity</c>) are left out; the summary lines count every finding and say what was
/// left out.</summary>
internal static class TextReport
{
    internal static string Write(IReadOnlyList<CheckOutcome> outcomes, Severity minimum = Severity.Info)
    {
        var sb = new StringBuilder();
        int errors = 0, warnings = 0, infos = 0, unreadable = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome.Report is not { } report || outcome.Document is not { } d)
            {
                unreadable++;
                sb.AppendLine(CultureInfo.InvariantCulture, $"== {outcome.Name}: cannot be read{Why(outcome)}");
                sb.AppendLine();
                continue;
            }
            sb.AppendLine(CultureInfo.InvariantCulture, $"== {outcome.Name}");
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"   {d.UnitName} {d.BudgetYear}: {d.Tables} tables, {d.ProjectSheets} project sheets{(d.HasOverallSheet ? ", overall sheet" : "")}, {d.Facts} prose facts.");
            foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info }.Where(s => s >= minimum))
            {
                var group = report.Findings.Where(f => f.Severity == severity).ToArray();
                if (group.Length == 0)
                {
                    continue;
                }
                sb.AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"{Heading(severity)} ({group.Length})");
                foreach (var byTable in group.GroupBy(f => f.Location.Table).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key.Value))
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  {TableTitle(byTable.Key)}");
                    foreach (var f in byTable)
                    {
                        sb.AppendLine(CultureInfo.InvariantCulture, $"    {f.RuleId}  {Place(f, outcome)}");
                        sb.AppendLine(CultureInfo.InvariantCulture, $"      {f.Message}");
                        if (Size(f) is { } size)
                        {
                            sb.AppendLine(CultureInfo.InvariantCulture, $"      {size}");
                        }
                    }
                }
            }
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"Summary: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}, {Count(report.Infos, "info")} — {(report.HasErrors ? "FAILED" : "OK")}{NotShown(minimum)}");
            sb.AppendLine();
            errors += report.Errors;
            warnings += report.Warnings;
            infos += report.Infos;
        }
        if (outcomes.Count > 1)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"Total: {outcomes.Count} files ({unreadable} unreadable), {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "info")}{NotShown(minimum)}.");
        }
        return sb.ToString();
    }

    /// <summary>What <c>--severity</c> left out, after the counts; empty when it left out nothing.</summary>
    private static string NotShown(Severity minimum) => minimum switch
    {
        Severity.Error => "; warnings and info not shown (--severity error)",
        Severity.Warning => "; info not shown (--severity warning)",
        _ => "",
    };

    private static string Heading(Severity s) => s switch
    {
        Severity.Error => "ERRORS",
        Severity.Warning => "WARNINGS",
        _ => "INFO",
    };

    private static string TableTitle(TableKind? table) => table is { } t ? $"{t.ChineseName()} ({t})" : "Document and performance sheets";

    /// <summary>Why a document could not be read, after "cannot be read": the failure and the page, when known
    /// (<c> (damaged, page 12)</c>); the one-line message is on stderr.</summary>
    private static string Why(CheckOutcome outcome)
    {
        if (outcome.FailureKind is not { } kind)
        {
            return "";
        }
        return outcome.FailurePage is { } page
            ? string.Create(CultureInfo.InvariantCulture, $" ({JsonReport.FailureName(kind)}, page {page})")
            : $" ({JsonReport.FailureName(kind)})";
    }

    /// <summary>Where a finding is: row, code, project, column, and its source lines — for a PDF the pages
    /// (<c>p. 12</c>, <c>pp. 12, 13</c>), for text the lines, each with its document's name when the disclosure was
    /// read from several (<c>tables.pdf p. 12; notes.pdf p. 3</c>).</summary>
    internal static string Place(Finding f, CheckOutcome? outcome = null)
    {
        var l = f.Location;
        var parts = new List<string>();
        if (l.Row is not null) parts.Add("row " + l.Row);
        if (l.Code is not null && l.Code != l.Row) parts.Add("code " + l.Code);
        if (l.Project is not null) parts.Add("project " + l.Project);
        if (l.Column is { } c) parts.Add($"column {c.ChineseName()} ({c})");
        if (l.Lines.Count > 0) parts.Add(outcome?.Places is { } places ? Sources(l.Lines, places, outcome.SeveralDocuments) : (l.Lines.Count == 1 ? "line " : "lines ") + string.Join(", ", l.Lines));
        return parts.Count == 0 ? "(whole document)" : string.Join(", ", parts);
    }

    /// <summary>The lines of a finding as places in the source documents (<see cref="FindingText.Sources"/>, shared
    /// with the HTML report).</summary>
    internal static string Sources(IReadOnlyList<int> lines, IReadOnlyDictionary<int, SourcePlace> places, bool withDocument) =>
        FindingText.Sources(lines, line => places.TryGetValue(line, out var place) ? place : null, withDocument);

    /// <summary>Expected, actual, difference and rounding bound (<see cref="FindingText.Relation"/>, shared with the
    /// HTML report).</summary>
    private static string? Size(Finding f) => FindingText.Relation(f);

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 || what == "info" ? "" : "s")}";
}
