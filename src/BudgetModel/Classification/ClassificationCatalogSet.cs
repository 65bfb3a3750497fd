using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>
/// Catalog editions by budget year. <see cref="ForYear"/> gives the edition of the year or, failing that, the
/// nearest earlier one, and says which (the classification changes little from year to year, but a
/// disclosure checked against an older edition should say so). Immutable.
/// </summary>
public sealed class ClassificationCatalogSet
{
    private readonly ClassificationCatalog[] _editions;

    /// <summary>Creates a set from editions of distinct years.</summary>
    /// <param name="editions">The editions; no two of the same year.</param>
    /// <exception cref="ArgumentException">Two editions have the same year.</exception>
    public ClassificationCatalogSet(IEnumerable<ClassificationCatalog> editions)
    {
        Guard.Against.Null(editions);
        var sorted = editions.Select(e => Guard.Against.Null(e)).OrderBy(e => e.Year).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Year == sorted[i - 1].Year)
            {
                Preconditions.ThrowArgument(nameof(editions), string.Create(CultureInfo.InvariantCulture, $"Two catalog editions for the year {sorted[i].Year}."));
            }
        }
        _editions = sorted;
        Editions = Array.AsReadOnly(sorted);
    }

    /// <summary>The set of built-in editions: <see cref="ClassificationCatalog.Edition2024"/>,
    /// <see cref="ClassificationCatalog.Edition2025"/> and <see cref="ClassificationCatalog.Edition2026"/> (derived
    /// from published disclosures; docs/catalog.md). Read on first use.</summary>
    public static ClassificationCatalogSet BuiltIn => BuiltInHolder.Instance;

    private static class BuiltInHolder
    {
        internal static readonly ClassificationCatalogSet Instance =
            new([ClassificationCatalog.Edition2024, ClassificationCatalog.Edition2025, ClassificationCatalog.Edition2026]);
    }

    /// <summary>The editions, by ascending year.</summary>
    public IReadOnlyList<ClassificationCatalog> Editions { get; }

    /// <summary>A new set with <paramref name="edition"/> added, replacing any edition of the same year.</summary>
    /// <param name="edition">The edition to add.</param>
    /// <returns>The new set.</returns>
    public ClassificationCatalogSet With(ClassificationCatalog edition)
    {
        Guard.Against.Null(edition);
        return new(_editions.Where(e => e.Year != edition.Year).Append(edition));
    }

    /// <summary>
    /// The edition for <paramref name="budgetYear"/>: that year's, or the nearest earlier one
    /// (<see cref="EditionSelection.IsFallback"/> then says so).
    /// </summary>
    /// <param name="budgetYear">The budget year of the disclosure.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="CatalogEditionNotFoundException">Every edition is later than the year, or the set is empty.</exception>
    public EditionSelection ForYear(int budgetYear) =>
        TryForYear(budgetYear, out var selection)
            ? selection
            : throw new CatalogEditionNotFoundException(budgetYear, _editions.Length > 0 ? _editions[0].Year : null);

    /// <summary>The edition for <paramref name="budgetYear"/> or the nearest earlier one, if any.</summary>
    /// <param name="budgetYear">The budget year of the disclosure.</param>
    /// <param name="selection">The selection, or <c>default</c>.</param>
    /// <returns>False when every edition is later than the year, or the set is empty.</returns>
    public bool TryForYear(int budgetYear, out EditionSelection selection)
    {
        for (int i = _editions.Length - 1; i >= 0; i--)
        {
            if (_editions[i].Year <= budgetYear)
            {
                selection = new EditionSelection(budgetYear, _editions[i]);
                return true;
            }
        }
        selection = default;
        return false;
    }
}
