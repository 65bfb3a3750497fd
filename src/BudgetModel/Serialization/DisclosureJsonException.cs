namespace BudgetModel.Serialization;

/// <summary>
/// JSON could not be read as a disclosure (or a validation report), or a disclosure could not be written: the one
/// exception <see cref="DisclosureJson"/> and <see cref="ReportJson"/> throw for bad input. It names where
/// (<see cref="Path"/>, a JSON path such as <c>$.tables[2].rows[5].values.total</c>), what is wrong
/// (<see cref="Problem"/>) and, when the reader knew it, the line and byte of the input.
/// </summary>
/// <remarks>Nothing half-read is ever returned: when this is thrown, no disclosure or report was built.</remarks>
public sealed class DisclosureJsonException : BudgetModelException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong, as an English sentence.</param>
    /// <param name="lineNumber">The 1-based line of the input, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte position within that line, when known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public DisclosureJsonException(string path, string problem, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(BuildMessage(path, problem, lineNumber, bytePositionInLine), innerException)
    {
        Path = path;
        Problem = problem;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The JSON path of the offending value, for example <c>$.tables[2].rows[5].values.total</c>;
    /// <c>$</c> for the document as a whole (not JSON at all, too large).</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line of the input where the problem was met, when the reader knew it.</summary>
    public long? LineNumber { get; }

    /// <summary>The 0-based byte position within <see cref="LineNumber"/>, when the reader knew it.</summary>
    public long? BytePositionInLine { get; }

    private static string BuildMessage(string path, string problem, long? line, long? position)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(problem);
        var where = line is { } l ? $" (line {l}, byte {position ?? 0})" : string.Empty;
        return $"Invalid disclosure JSON at {path}{where}: {problem}";
    }
}
