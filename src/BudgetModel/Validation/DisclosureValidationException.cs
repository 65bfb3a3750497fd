namespace BudgetModel.Validation;

/// <summary>The strict path refused a disclosure: it carries the whole report.</summary>
public sealed class DisclosureValidationException : BudgetModelException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="report">The report with at least one error.</param>
    public DisclosureValidationException(ValidationReport report)
        : base(BuildMessage(report)) => Report = report;

    /// <summary>The full report.</summary>
    public ValidationReport Report { get; }

    private static string BuildMessage(ValidationReport report)
    {
        Guard.Against.Null(report);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).Select(f => "  - " + f);
        return $"The disclosure is inconsistent ({report}):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
    }
}
