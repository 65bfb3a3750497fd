using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Export;

/// <summary>
/// One document to export: what it is called (<see cref="Id"/>, the file, its hash), and either what was read from it
/// with its validation report, or why it could not be read. Make one with <see cref="Checked"/> or
/// <see cref="Unreadable"/>.
/// </summary>
public sealed class ExportDocument
{
    private ExportDocument(string id, string? file, string? sha256, ImportResult? result, ValidationReport? report, string? failure, string? failureKind)
    {
        Id = id;
        File = file;
        Sha256 = sha256;
        Result = result;
        Report = report;
        Failure = failure;
        FailureKind = failureKind;
    }

    /// <summary>The document's id in every table (<c>document_id</c>). The command line uses the SHA-256 of the file.</summary>
    public string Id { get; }

    /// <summary>The file as given, when the document is one.</summary>
    public string? File { get; }

    /// <summary>The SHA-256 of the file's bytes (lowercase hex), when known.</summary>
    public string? Sha256 { get; }

    /// <summary>What was read, when the document could be read.</summary>
    public ImportResult? Result { get; }

    /// <summary>The validation report of <see cref="Result"/>, when the document could be read.</summary>
    public ValidationReport? Report { get; }

    /// <summary>Why the document could not be read, when it could not.</summary>
    public string? Failure { get; }

    /// <summary>The kind of failure (an <see cref="ImportFailure"/> name, or <c>Other</c>), when it could not be read.</summary>
    public string? FailureKind { get; }

    /// <summary>The budget year of the document, or null when it could not be read (its partition is then
    /// <c>year=__HIVE_DEFAULT_PARTITION__</c>, which DuckDB and Spark read as NULL).</summary>
    public int? Year => Result?.Disclosure.BudgetYear;

    /// <summary>A document that was read and validated.</summary>
    /// <param name="id">The id it has in every table; not empty.</param>
    /// <param name="result">What the importer read (or a result made around a disclosure built in code).</param>
    /// <param name="report">The validation report of <paramref name="result"/>'s disclosure.</param>
    /// <param name="file">The file, when there is one.</param>
    /// <param name="sha256">The SHA-256 of the file (see <see cref="HashFile"/>), when known.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static ExportDocument Checked(string id, ImportResult result, ValidationReport report, string? file = null, string? sha256 = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(result);
        Guard.Against.Null(report);
        return new(id, file, sha256, result, report, null, null);
    }

    /// <summary>A document that could not be read: it gets a <c>documents</c> row with status <c>unreadable</c> and
    /// nothing else.</summary>
    /// <param name="id">The id it has in <c>documents</c>; not empty.</param>
    /// <param name="file">The file.</param>
    /// <param name="failure">Why it could not be read (the error's message).</param>
    /// <param name="failureKind">The kind of failure (<see cref="ImportFailure"/> name), when known.</param>
    /// <param name="sha256">The SHA-256 of the file, when known.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="failure"/> is empty.</exception>
    public static ExportDocument Unreadable(string id, string? file, string failure, string? failureKind = null, string? sha256 = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(failure);
        return new(id, file, sha256, null, null, failure, failureKind ?? "Other");
    }

    /// <summary>The SHA-256 of a file's bytes, lowercase hex (the <c>sha256</c> column, and the command line's id).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string HashFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
