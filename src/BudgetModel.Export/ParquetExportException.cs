namespace BudgetModel.Export;

/// <summary>The export could not be done as asked: the output directory is not empty, a document's id is missing, or
/// a value does not fit its column exactly. The message names what and where.</summary>
public sealed class ParquetExportException : BudgetModelException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, and where.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ParquetExportException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
