using BudgetModel.Validation;

namespace BudgetModel.Reports;

/// <summary>What an HTML report shows. Immutable; change a copy with <c>with</c>:
/// <c>HtmlReportOptions.Default with { MinimumSeverity = Severity.Warning }</c>.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>Every finding, the charts and the tables of unknown kind, under the default title.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The page's title and first heading; the default is <c>预算公开检查报告 · BudgetModel check report</c>.
    /// Encoded like every other text.</summary>
    public string Title { get; init; } = "预算公开检查报告 · BudgetModel check report";

    /// <summary>The least severity shown in the tables and finding lists (<see cref="Severity.Info"/>: everything,
    /// rounding drift included). The counts of the summary always count every finding.</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    /// <summary>True (the default) to draw the charts: income by source, expenditure by function class, basic against
    /// project expenditure, and the “三公”经费 against the year before when the notes give the change.</summary>
    public bool IncludeCharts { get; init; } = true;

    /// <summary>True (the default) to show the tables of no known kind (<see cref="Disclosure.BudgetDisclosure.OtherTables"/>)
    /// as printed.</summary>
    public bool IncludeOtherTables { get; init; } = true;
}
