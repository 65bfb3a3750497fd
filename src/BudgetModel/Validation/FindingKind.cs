using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>What sort of finding it is.</summary>
public enum FindingKind
{
    /// <summary>A relation between figures does not hold, beyond the rounding bound.</summary>
    Inconsistency = 1,

    /// <summary>A relation misses by no more than the rounding of the published figures: not an error.</summary>
    RoundingDrift = 2,

    /// <summary>A required table, section, row or sheet is missing.</summary>
    Missing = 3,

    /// <summary>Names, codes, years or labels that should agree do not.</summary>
    Mismatch = 4,

    /// <summary>A code, label or value the catalog or the rules do not know.</summary>
    Unknown = 5,

    /// <summary>A problem met while reading the source document (an unreadable cell, an unknown table).</summary>
    Import = 6,

    /// <summary>A hint: the single cell that would explain a group of inconsistencies.</summary>
    Culprit = 7,
}
