namespace BudgetModel.Classification;

/// <summary>Why <see cref="ClassificationCatalog.FindOrphans"/> reports an entry.</summary>
public enum OrphanReason
{
    /// <summary>The code's parent (款 of a 项, 类 of a 款, …) is not in the catalog.</summary>
    MissingParent = 0,

    /// <summary>A 部门 economic code maps to a 政府 code that is not in the catalog.</summary>
    MissingMappingTarget = 1,
}

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
