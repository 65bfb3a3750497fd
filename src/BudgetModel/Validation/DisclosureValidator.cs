using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// Validates a disclosure against every rule (STUB: the rules issue fills this in; the API is fixed).
/// </summary>
public static class DisclosureValidator
{
    /// <summary>Validates a disclosure and returns every finding; never throws for a disclosure that loaded.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    public static ValidationReport Validate(BudgetDisclosure disclosure, ValidationOptions? options = null)
    {
        Guard.Against.Null(disclosure);
        _ = options;
        return new ValidationReport(disclosure.ImportFindings);
    }

    /// <summary>The strict path: returns the disclosure when it has no error finding, else throws.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureValidationException">The disclosure has error findings; the exception lists them.</exception>
    public static BudgetDisclosure EnsureValid(BudgetDisclosure disclosure, ValidationOptions? options = null)
    {
        var report = Validate(disclosure, options);
        if (report.HasErrors)
        {
            throw new DisclosureValidationException(report);
        }
        return disclosure;
    }
}

/// <summary>Options of validation.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults.</summary>
    public static ValidationOptions Default { get; } = new();
}
