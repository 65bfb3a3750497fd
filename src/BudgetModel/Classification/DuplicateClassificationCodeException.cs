using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>
/// A code was added twice to the same list of a <see cref="ClassificationCatalogBuilder"/> (the catalog CSV reports
/// the same fault as a <see cref="CatalogFormatException"/> naming both lines). The same digits in different lists
/// (function 223 and revenue 223) are distinct entries.
/// </summary>
public sealed class DuplicateClassificationCodeException : BudgetModelException
{
    /// <summary>Creates the error.</summary>
    /// <param name="kind">The list that already holds the code.</param>
    /// <param name="code">The code's digits.</param>
    public DuplicateClassificationCodeException(ClassificationKind kind, string code)
        : base($"The {kind} code \"{code}\" is already in the catalog being built; a code is added once.")
    {
        Kind = kind;
        Code = code;
    }

    /// <summary>The list that already holds the code.</summary>
    public ClassificationKind Kind { get; }

    /// <summary>The code's digits.</summary>
    public string Code { get; }
}
