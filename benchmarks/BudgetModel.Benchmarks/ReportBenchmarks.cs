using BenchmarkDotNet.Attributes;
using BudgetModel.Import;
using BudgetModel.Reports;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <see cref="HtmlReport.Write(Stream, IReadOnlyList{ReportDocument}, HtmlReportOptions)"/>: rendering the HTML report
/// of one checked document (tables with marked cells, findings, charts) as UTF-8 into a reused in-memory stream. Import
/// and validation are done once in <see cref="Setup"/> and not measured. Inputs: the seed (13 tables, 41 findings) and
/// the two largest corpus PDFs, <c>xian-audit</c> (44 pages) and <c>suzhou-audit</c> (33 pages). Target: a 30-page
/// document under 50 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HtmlReportBenchmarks
{
    private ReportDocument[] _documents = [];
    private readonly MemoryStream _output = new();

    /// <summary><c>seed</c>: the sample imported from its text; otherwise the start of a corpus PDF's file name.</summary>
    [Params("seed", "suzhou-audit", "xian-audit")]
    public string Document { get; set; } = "seed";

    /// <summary>Imports and validates the document (not measured) and checks that the report has its tables.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var result = Document == "seed"
            ? DisclosureImporter.Import(SampleDisclosures.FenyangIndustryBureau2024)
            : DisclosureImporter.ImportFile(Directory.GetFiles(PdfCorpus.Fixtures, Document + "-*.pdf").Single());
        _documents = [ReportDocument.Check(Document, result)];
        if (result.Disclosure.Tables.Count == 0 || Render() < 10_000)
        {
            throw new InvalidOperationException($"{Document}: no tables to render.");
        }
    }

    /// <summary>Renders the report; returns its size in bytes.</summary>
    [Benchmark]
    public long Render()
    {
        _output.SetLength(0);
        HtmlReport.Write(_output, _documents);
        return _output.Length;
    }
}
