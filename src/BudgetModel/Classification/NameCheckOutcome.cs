namespace BudgetModel.Classification;

/// <summary>How a published name compares with the catalog's name for the code.</summary>
public enum NameCheckOutcome
{
    /// <summary>The catalog edition does not hold the code (reported, not thrown: the code itself may be the finding).</summary>
    UnknownCode = 0,

    /// <summary>The published name is the catalog name once printing differences are removed (<see cref="NameComparison"/>).</summary>
    Match = 1,

    /// <summary>The published name is a different name: neither a former name of the code nor a misspelling of its
    /// name; <see cref="NameCheck.ExpectedName"/> has the catalog's.</summary>
    Mismatch = 2,

    /// <summary>The published name is one the code carried in earlier editions (an outdated name, not a typo);
    /// <see cref="NameCheck.Former"/> says which and until when.</summary>
    FormerName = 3,

    /// <summary>The published name is within a few edits of the catalog name (<see cref="NameComparison.IsMisspelling"/>);
    /// <see cref="NameCheck.Distance"/> is the number of edits.</summary>
    Misspelling = 4,
}
