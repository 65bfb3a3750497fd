namespace BudgetModel.Performance;

/// <summary>Symbols of <see cref="IndicatorComparator"/>.</summary>
public static class IndicatorComparators
{
    /// <summary>
    /// The canonical symbol: <c>≥</c>, <c>≤</c>, <c>&gt;</c>, <c>&lt;</c>, <c>=</c>, or the empty string for
    /// <see cref="IndicatorComparator.None"/>.
    /// </summary>
    /// <param name="comparator">A defined comparator.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparator"/> is not a defined member.</exception>
    public static string GetSymbol(this IndicatorComparator comparator)
    {
        switch (comparator)
        {
            case IndicatorComparator.None: return string.Empty;
            case IndicatorComparator.AtLeast: return "≥";
            case IndicatorComparator.AtMost: return "≤";
            case IndicatorComparator.GreaterThan: return ">";
            case IndicatorComparator.LessThan: return "<";
            case IndicatorComparator.Equal: return "=";
            default:
                Preconditions.ThrowArgumentOutOfRange(nameof(comparator), comparator, "Not a defined IndicatorComparator.");
                return string.Empty;
        }
    }
}
