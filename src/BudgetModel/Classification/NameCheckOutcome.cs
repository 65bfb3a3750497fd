namespace BudgetModel.Classification;

/// <summary>How a published name compares with the catalog's name for the code.</summary>
public enum NameCheckOutcome
{
    /// <summary>The catalog edition does not hold the code (reported, not thrown: the code itself may be the finding).</summary>
    UnknownCode = 0,

    /// <summary>The published name is the catalog name (after normalising white space, full-width forms and brackets).</summary>
    Match = 1,

    /// <summary>The published name differs from the catalog name; <see cref="NameCheck.ExpectedName"/> has the catalog's.</summary>
    Mismatch = 2,
}
