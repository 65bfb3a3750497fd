using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Reports;

/// <summary>
/// One document of a report: a disclosure that was read and checked (its disclosure, its validation report and, when
/// imported, where its lines are in the source), or a document that could not be read and why. Immutable.
/// <code>
/// var result = DisclosureImporter.ImportFile(path);
/// var document = ReportDocument.Check(path, result);            // validates with the default options
/// HtmlReport.Write(writer, [document]);
/// </code>
/// </summary>
public sealed class ReportDocument
{
    private ReportDocument(string name, BudgetDisclosure? disclosure, ValidationReport? report, SourceMap? source, string? failure, int? failurePage)
    {
        Name = name;
        Disclosure = disclosure;
        Report = report;
        Source = source;
        Failure = failure;
        FailurePage = failurePage;
    }

    /// <summary>The document's name as the report prints it: a file name, several joined with <c> + </c>, or a
    /// description.</summary>
    public string Name { get; }

    /// <summary>The disclosure as read; null when the document could not be read.</summary>
    public BudgetDisclosure? Disclosure { get; }

    /// <summary>The validation report of <see cref="Disclosure"/>; null when the document could not be read.</summary>
    public ValidationReport? Report { get; }

    /// <summary>Where the disclosure's line numbers are in the source documents (the page of a PDF); null when the
    /// disclosure was not imported or the map is unknown: then the report names no page.</summary>
    public SourceMap? Source { get; }

    /// <summary>Why the document could not be read; null when it was read.</summary>
    public string? Failure { get; }

    /// <summary>The PDF page where reading failed, when known.</summary>
    public int? FailurePage { get; }

    /// <summary>True when the document was read and checked (<see cref="Disclosure"/> and <see cref="Report"/> are set).</summary>
    public bool IsChecked => Disclosure is not null && Report is not null;

    /// <summary>A document that was read and checked.</summary>
    /// <param name="name">The name the report prints.</param>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="report">Its validation report.</param>
    /// <param name="source">Where its lines are in the source, when imported (<see cref="ImportResult.Source"/>).</param>
    /// <exception cref="ArgumentNullException">An argument but <paramref name="source"/> is null.</exception>
    public static ReportDocument Checked(string name, BudgetDisclosure disclosure, ValidationReport report, SourceMap? source = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(report);
        return new ReportDocument(name, disclosure, report, source, null, null);
    }

    /// <summary>A document imported and validated now, with <paramref name="options"/> (the defaults when null).</summary>
    /// <param name="name">The name the report prints.</param>
    /// <param name="result">What the importer read.</param>
    /// <param name="options">The validation options; null for <see cref="ValidationOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="result"/> is null.</exception>
    public static ReportDocument Check(string name, ImportResult result, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = DisclosureValidator.Validate(result.Disclosure, options ?? ValidationOptions.Default);
        return Checked(name, result.Disclosure, report, result.Source);
    }

    /// <summary>A document that could not be read.</summary>
    /// <param name="name">The name the report prints.</param>
    /// <param name="failure">Why (the message of the import error).</param>
    /// <param name="page">The PDF page where reading failed, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="failure"/> is null.</exception>
    public static ReportDocument Unreadable(string name, string failure, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(failure);
        return new ReportDocument(name, null, null, null, failure, page);
    }

    /// <inheritdoc />
    public override string ToString() => IsChecked ? $"{Name}: {Report}" : $"{Name}: cannot be read ({Failure})";
}
