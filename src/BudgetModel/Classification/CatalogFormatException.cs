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
