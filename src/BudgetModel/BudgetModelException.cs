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
