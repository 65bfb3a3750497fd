namespace BudgetModel;

/// <summary>
/// The base of every exception that BudgetModel throws on purpose. Catch this type to handle
/// any bad input or broken invariant reported by the library.
/// </summary>
public class BudgetModelException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, and where.</param>
    public BudgetModelException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, and where.</param>
    /// <param name="innerException">The underlying cause.</param>
    public BudgetModelException(string message, Exception? innerException) : base(message, innerException) { }
}

/// <summary>
/// Text could not be read as the value it should be (an amount, a code, a label, an indicator value).
/// Carries the offending text and the position in it where reading failed.
/// </summary>
public class BudgetFormatException : BudgetModelException
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

/// <summary>
/// An arithmetic result does not fit the library's types (for example a sum of money beyond
/// about 92 万亿 yuan). Thrown instead of a silent wrap or a bare <see cref="OverflowException"/>.
/// </summary>
public class BudgetOverflowException : BudgetModelException
{
    /// <summary>Creates an overflow error.</summary>
    /// <param name="operation">The operation that overflowed, for example "Money + Money".</param>
    /// <param name="innerException">The underlying overflow, if any.</param>
    public BudgetOverflowException(string operation, Exception? innerException = null)
        : base($"The result of {operation} is outside the range of the library's amounts.", innerException)
    {
        Operation = operation;
    }

    /// <summary>The operation that overflowed.</summary>
    public string Operation { get; }
}
