namespace BudgetModel;

/// <summary>
/// The base of the exceptions BudgetModel throws on purpose for bad input or a broken invariant, other than bad text
/// (<see cref="BudgetFormatException"/>, a <see cref="FormatException"/>) and overflow
/// (<see cref="BudgetOverflowException"/>, an <see cref="OverflowException"/>). To catch every exception of the
/// library, catch <see cref="IBudgetModelError"/>: <c>catch (Exception e) when (e is IBudgetModelError)</c>.
/// </summary>
public class BudgetModelException : Exception, IBudgetModelError
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, and where.</param>
    public BudgetModelException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, and where.</param>
    /// <param name="innerException">The underlying cause.</param>
    public BudgetModelException(string message, Exception? innerException) : base(message, innerException) { }
}
