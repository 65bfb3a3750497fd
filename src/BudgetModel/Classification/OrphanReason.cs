namespace BudgetModel.Classification;

/// <summary>Why <see cref="ClassificationCatalog.FindOrphans"/> reports an entry.</summary>
public enum OrphanReason
{
    /// <summary>The code's parent (款 of a 项, 类 of a 款, …) is not in the catalog.</summary>
    MissingParent = 0,

    /// <summary>A 部门 economic code maps to a 政府 code that is not in the catalog.</summary>
    MissingMappingTarget = 1,
}
