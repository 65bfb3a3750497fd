using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>
/// A line of a catalog CSV text could not be read. Carries the 1-based <see cref="LineNumber"/>, the
/// <see cref="Column"/> by header name, and (inherited) the line's text and the 0-based position in it.
/// </summary>
public sealed class CatalogFormatException : BudgetFormatException
{
    /// <summary>Creates the error.</summary>
    /// <param name="lineNumber">1-based line number in the CSV text.</param>
    /// <param name="column">The column, by header name: <c>kind</c>, <c>code</c>, <c>name</c> or <c>mapsTo</c> (or <c>header</c>).</param>
    /// <param name="lineText">The text of the line.</param>
    /// <param name="position">0-based position in <paramref name="lineText"/> where the problem starts.</param>
    /// <param name="reason">What is wrong.</param>
    public CatalogFormatException(int lineNumber, string column, string lineText, int position, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"classification catalog CSV, line {lineNumber}, column '{column}'"), lineText, position, reason)
    {
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>The 1-based line number in the CSV text.</summary>
    public int LineNumber { get; }

    /// <summary>The column, by header name (<c>kind</c>, <c>code</c>, <c>name</c>, <c>mapsTo</c>; <c>header</c> for the header line).</summary>
    public string Column { get; }
}

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

/// <summary>No catalog edition applies to a budget year: every edition in the set is later (or the set is empty).</summary>
public sealed class CatalogEditionNotFoundException : BudgetModelException
{
    /// <summary>Creates the error.</summary>
    /// <param name="budgetYear">The year asked for.</param>
    /// <param name="earliestYear">The earliest edition held, or null when the set is empty.</param>
    public CatalogEditionNotFoundException(int budgetYear, int? earliestYear)
        : base(earliestYear is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"No classification catalog edition applies to budget year {budgetYear}: the earliest edition is {e}.")
            : string.Create(CultureInfo.InvariantCulture, $"No classification catalog edition applies to budget year {budgetYear}: the set holds no edition."))
    {
        BudgetYear = budgetYear;
        EarliestYear = earliestYear;
    }

    /// <summary>The budget year asked for.</summary>
    public int BudgetYear { get; }

    /// <summary>The earliest edition held, or null when the set is empty.</summary>
    public int? EarliestYear { get; }
}
