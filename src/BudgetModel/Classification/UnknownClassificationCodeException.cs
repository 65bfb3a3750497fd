using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>A code was looked up that the catalog edition does not hold (<see cref="ClassificationCatalog.GetName(FunctionCode)"/>).</summary>
public sealed class UnknownClassificationCodeException : BudgetModelException
{
    /// <summary>Creates the error.</summary>
    /// <param name="kind">Which list was searched.</param>
    /// <param name="code">The code's digits (empty for the empty code).</param>
    /// <param name="year">The budget year of the edition.</param>
    public UnknownClassificationCodeException(ClassificationKind kind, string code, int year)
        : base(string.Create(CultureInfo.InvariantCulture, $"The {year} edition of the classification catalog has no {kind} code \"{code}\"."))
    {
        Kind = kind;
        Code = code;
        Year = year;
    }

    /// <summary>Which list was searched.</summary>
    public ClassificationKind Kind { get; }

    /// <summary>The code's digits.</summary>
    public string Code { get; }

    /// <summary>The budget year of the edition searched.</summary>
    public int Year { get; }
}
