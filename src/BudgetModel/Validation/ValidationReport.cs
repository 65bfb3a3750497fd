namespace BudgetModel.Validation;

/// <summary>
/// The result of validating a disclosure: every finding, in the deterministic order
/// <see cref="DisclosureValidator.Validate"/> gives them (severity descending, table, row position, rule id, column,
/// then report order), with counts by severity.
/// </summary>
public sealed class ValidationReport
{
    /// <summary>Creates a report; findings are kept in the order given.</summary>
    /// <param name="findings">The findings.</param>
    public ValidationReport(IEnumerable<Finding> findings)
        : this(Guard.Against.Null(findings).ToArray(), owned: true)
    {
    }

    /// <summary>A report over an array the caller gives up (not copied).</summary>
    internal ValidationReport(Finding[] findings, bool owned)
    {
        _ = owned;
        Findings = findings;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Error:
                    Errors++;
                    break;
                case Severity.Warning:
                    Warnings++;
                    break;
                case Severity.Info:
                    Infos++;
                    break;
            }
        }
    }

    /// <summary>Every finding.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The number of error findings.</summary>
    public int Errors { get; }

    /// <summary>The number of warning findings.</summary>
    public int Warnings { get; }

    /// <summary>The number of info findings (rounding drift among them).</summary>
    public int Infos { get; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Errors > 0;

    /// <inheritdoc />
    public override string ToString() => $"{Errors} errors, {Warnings} warnings, {Infos} info";
}
