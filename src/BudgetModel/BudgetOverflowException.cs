namespace BudgetModel;

/// <summary>
/// An arithmetic result does not fit the library's types (for example a sum of money beyond
/// about 9.2 × 10¹⁶ yuan, 92,233 万亿). Thrown instead of a silent wrap or a bare <see cref="OverflowException"/>: an
/// <see cref="OverflowException"/> itself, so that it is caught where overflow is expected, naming the operation; one
/// of the library's errors (<see cref="IBudgetModelError"/>).
/// </summary>
public sealed class BudgetOverflowException : OverflowException, IBudgetModelError
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
