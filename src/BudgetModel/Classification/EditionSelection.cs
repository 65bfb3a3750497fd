using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>
/// The catalog edition chosen for a budget year by <see cref="ClassificationCatalogSet.ForYear"/>: the year's own
/// edition, or the nearest earlier one (<see cref="IsFallback"/>).
/// </summary>
/// <remarks><c>default</c> has no catalog (<see cref="Catalog"/> is null); the set never returns it from a successful lookup.</remarks>
public readonly struct EditionSelection : IEquatable<EditionSelection>
{
    internal EditionSelection(int requestedYear, ClassificationCatalog catalog)
    {
        RequestedYear = requestedYear;
        Catalog = catalog;
    }

    /// <summary>The budget year asked for.</summary>
    public int RequestedYear { get; }

    /// <summary>The edition chosen (null only for <c>default</c>).</summary>
    public ClassificationCatalog? Catalog { get; }

    /// <summary>True when the chosen edition is an earlier year's, because the set has none for the year asked for.</summary>
    public bool IsFallback => Catalog is not null && Catalog.Year != RequestedYear;

    /// <inheritdoc />
    public bool Equals(EditionSelection other) => RequestedYear == other.RequestedYear && ReferenceEquals(Catalog, other.Catalog);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EditionSelection other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RequestedYear, Catalog);

    /// <summary>For example <c>2025 → edition 2024 (fallback)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        Catalog is null
            ? "(none)"
            : string.Create(CultureInfo.InvariantCulture, $"{RequestedYear} → edition {Catalog.Year}{(IsFallback ? " (fallback)" : string.Empty)}");

    /// <summary>Equality.</summary>
    /// <param name="left">A selection.</param>
    /// <param name="right">A selection.</param>
    /// <returns>True when year and edition agree.</returns>
    public static bool operator ==(EditionSelection left, EditionSelection right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A selection.</param>
    /// <param name="right">A selection.</param>
    /// <returns>True when year or edition differ.</returns>
    public static bool operator !=(EditionSelection left, EditionSelection right) => !left.Equals(right);
}
