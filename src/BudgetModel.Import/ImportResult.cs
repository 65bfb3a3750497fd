using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import;

/// <summary>
/// What an import gives: the disclosure, built from everything that could be read, and the diagnostics about what
/// could not (also in <see cref="BudgetDisclosure.ImportFindings"/>, so that they join the validation report).
/// </summary>
/// <param name="Disclosure">The disclosure as read.</param>
/// <param name="Diagnostics">Problems met while reading, in source order; empty for a clean document.</param>
public sealed record ImportResult(BudgetDisclosure Disclosure, IReadOnlyList<Finding> Diagnostics)
{
    /// <summary>True when a diagnostic is an error (a figure could not be read).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Where every line number of the disclosure and its findings is in the source documents (page and
    /// position for a PDF, line for text); null when the result was made by hand.</summary>
    public SourceMap? Source { get; init; }
}
