using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>No catalog edition applies to a budget year: every edition in the set is later (or the set is empty).</summary>
public sealed class CatalogEditionNotFoundException : BudgetModelException
{
    /// <summary>Creates the error.</summary>
    /// <param name="budgetYear">The year asked for.</param>
    /// <param name="earliestYear">The earliest edition held, or null when the set is empty.</param>
    public CatalogEditionNotFoundException(int budgetYear, int? earliestYear)
        : base(earliestYear is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"No classification catalog edition applies to budget year {budgetYear}: the earliest edition is {e}.")
            : string.Create(CultureInfo.InvariantCulture, $"No classification catalog edition applies to budget year {budgetYear}: the set holds no edition."))
    {
        BudgetYear = budgetYear;
        EarliestYear = earliestYear;
    }

    /// <summary>The budget year asked for.</summary>
    public int BudgetYear { get; }

    /// <summary>The earliest edition held, or null when the set is empty.</summary>
    public int? EarliestYear { get; }
}
