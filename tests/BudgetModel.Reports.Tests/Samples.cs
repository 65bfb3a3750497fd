using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Reports.Tests;

/// <summary>The documents the tests render: the seed (the sample disclosure embedded in BudgetModel.Import) and one
/// corpus PDF, each imported once.</summary>
internal static class Samples
{
    private static readonly Lazy<ImportResult> SeedImport = new(() =>
        DisclosureImporter.Import(SampleDisclosures.FenyangIndustryBureau2024, new ImportOptions { SourceName = "seed.txt" }));

    private static readonly Lazy<ImportResult> CorpusImport = new(() => DisclosureImporter.ImportFile(CorpusPdf));

    /// <summary>The seed as imported from its text.</summary>
    internal static ImportResult Seed => SeedImport.Value;

    /// <summary>The corpus document: 长春市信访局 2026 (21 pages; tables with errors on p. 11).</summary>
    internal static string CorpusPdf => Path.Combine(AppContext.BaseDirectory, "Fixtures", "changchun-petitions-2026-dept-budget.pdf");

    /// <summary>The corpus document as imported.</summary>
    internal static ImportResult Corpus => CorpusImport.Value;

    /// <summary>The seed's report document.</summary>
    internal static ReportDocument SeedDocument() => ReportDocument.Check("seed.txt", Seed);

    /// <summary>The corpus document's report document.</summary>
    internal static ReportDocument CorpusDocument() => ReportDocument.Check(Path.GetFileName(CorpusPdf), Corpus);

    /// <summary>The findings of a document at error severity.</summary>
    internal static IEnumerable<(Finding Finding, int Index)> Errors(ReportDocument d) =>
        d.Report!.Findings.Select((f, i) => (f, i)).Where(p => p.f.Severity == Severity.Error);
}
