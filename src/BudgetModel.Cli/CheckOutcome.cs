using BudgetModel.Disclosure;
using System.Text;
using BudgetModel.Import;
using BudgetModel.Reports;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>One checked document: its report, or why it could not be read. It keeps what the report prints about
/// the document (<see cref="DocumentSummary"/>), not the disclosure, so that checking a folder of thousands of files
/// holds one small record per file rather than every imported disclosure until the end.</summary>
/// <param name="Name">The file, the files joined with <c> + </c> (<c>--combine</c>), or the sample's description.</param>
/// <param name="Document">What was imported, when the document could be read.</param>
/// <param name="Report">The validation report, when the document could be read.</param>
/// <param name="Failure">Why the document could not be read.</param>
internal sealed record CheckOutcome(string Name, DocumentSummary? Document, ValidationReport? Report, string? Failure)
{
    /// <summary>Where the lines the findings name are in the source documents (page of a PDF, line of a text among
    /// several); null when the source is one text, whose lines are the findings' own. Only the lines some finding
    /// names are kept.</summary>
    internal IReadOnlyDictionary<int, SourcePlace>? Places { get; init; }

    /// <summary>True when the disclosure was read from several documents: places name their document.</summary>
    internal bool SeveralDocuments { get; init; }

    /// <summary>What was imported, kept only for the HTML report (<c>--format html</c>), which shows the tables.</summary>
    internal ImportResult? Import { get; init; }

    /// <summary>The kind of failure, when the import failed with a <see cref="DisclosureImportException"/>.</summary>
    internal ImportFailure? FailureKind { get; init; }

    /// <summary>The PDF page where the import failed, when known.</summary>
    internal int? FailurePage { get; init; }

    /// <summary>The outcome of a document that was imported and validated.</summary>
    internal static CheckOutcome Checked(string name, ImportResult result, ValidationOptions options, bool keepImport = false)
    {
        var report = DisclosureValidator.Validate(result.Disclosure, options);
        var source = result.Source;
        bool several = source is { Documents.Count: > 1 };
        Dictionary<int, SourcePlace>? places = null;
        if (source is not null && (source.HasPages || several))
        {
            places = [];
            foreach (var line in report.Findings.SelectMany(f => f.Location.Lines))
            {
                if (source.TryLocate(line) is { } place)
                {
                    places[line] = place;
                }
            }
        }
        return new(name, DocumentSummary.Of(result.Disclosure), report, null)
        {
            Places = places,
            SeveralDocuments = several,
            Import = keepImport ? result : null,
        };
    }

    /// <summary>The outcome of a document that could not be imported.</summary>
    internal static CheckOutcome Unreadable(string name, DisclosureImportException e) =>
        new(name, null, null, e.Message) { FailureKind = e.Failure, FailurePage = e.Page };
}
