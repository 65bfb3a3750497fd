namespace BudgetModel;

/// <summary>
/// Text could not be read as the value it should be (an amount, a code, a label, an indicator value).
/// Carries the offending text and the position in it where reading failed. A <see cref="FormatException"/>, so that it
/// is caught where bad text is expected; one of the library's errors (<see cref="IBudgetModelError"/>).
/// </summary>
/// <remarks>Not sealed: <see cref="Classification.CatalogFormatException"/> adds the line and column of a catalog CSV.</remarks>
public class BudgetFormatException : FormatException, IBudgetModelError
{
    /// <summary>Creates a format error.</summary>
    /// <param name="what">What was being read, for example "money" or "function classification code".</param>
    /// <param name="text">The text that could not be read.</param>
    /// <param name="position">Zero-based position in <paramref name="text"/> where reading failed.</param>
    /// <param name="reason">Why it could not be read.</param>
    public BudgetFormatException(string what, string text, int position, string reason)
        : base($"Cannot read {what} from \"{text}\" at position {position}: {reason}")
    {
        What = what;
        Text = text;
        Position = position;
        Reason = reason;
    }

    /// <summary>What was being read, for example "money".</summary>
    public string What { get; }

    /// <summary>The text that could not be read.</summary>
    public string Text { get; }

    /// <summary>Zero-based position in <see cref="Text"/> where reading failed.</summary>
    public int Position { get; }

    /// <summary>Why the text could not be read.</summary>
    public string Reason { get; }
}
