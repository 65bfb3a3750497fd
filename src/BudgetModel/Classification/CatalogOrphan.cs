namespace BudgetModel.Classification;

/// <summary>
/// A catalog entry whose parent (or mapping target) is missing from the same catalog, as found by
/// <see cref="ClassificationCatalog.FindOrphans"/>.
/// </summary>
/// <param name="Kind">The list the entry belongs to.</param>
/// <param name="Code">The entry's code digits.</param>
/// <param name="Name">The entry's name.</param>
/// <param name="Reason">What is missing.</param>
/// <param name="MissingCode">The digits of the missing parent or mapping target.</param>
public sealed record CatalogOrphan(ClassificationKind Kind, string Code, string Name, OrphanReason Reason, string MissingCode);
