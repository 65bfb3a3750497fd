using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Inputs the fuzzing campaign (docs/fuzzing.md) found to break the importer's contract — a result or
/// <see cref="DisclosureImportException"/> other than <see cref="ImportFailure.ReaderFault"/> — each minimised with
/// afl-tmin and kept in fuzz/corpus; a readable equivalent is written out here where one was found.
/// </summary>
public class FuzzRegressionTests
{
    private static readonly ImportOptions ByHeaders = new() { ColumnsFromHeaders = true };

    /// <summary>What every import must give: every row carries exactly its table's columns, the disclosure validates,
    /// and its JSON reads back to the same JSON.</summary>
    private static void AssertWhole(BudgetDisclosure disclosure)
    {
        foreach (var table in disclosure.Tables)
        {
            Assert.All(table.Rows, r => Assert.Equal(r.Columns.Count, r.Values.Length));
        }
        DisclosureValidator.Validate(disclosure);
        var json = DisclosureJson.Write(disclosure);
        Assert.Equal(json, DisclosureJson.Write(DisclosureJson.Read(json)));
    }

    [Fact]
    public void A_summary_header_with_no_amount_column_on_the_expenditure_side_reads_instead_of_failing()
    {
        // 收支总表 whose header names an amount (预算数) for the revenue side only: the expenditure rows had no mapped
        // amount under a table of 14 standard columns, and TableRow refused them (ReaderFault).
        const string text = "汾阳市工业和信息化局\n2024年预算收支总表\n单位名称：汾阳市工业和信息化局\t单位：万元\n项目\t预算数\t项目\n一、一般公共预算\t924.56\t一、一般公共服务支出\t3.00\n";
        var result = DisclosureImporter.Import(text, ByHeaders);
        var row = Assert.Single(result.Disclosure.RevenueExpenditureSummary!.ExpenditureLines);
        Assert.Equal(("201", Money.Zero), (row.Key, row.Total));
        // The 3.00 printed under no header is not dropped silently: an error names its cell.
        var lost = Assert.Single(result.Diagnostics, d => d.RuleId == ImportRules.Cell);
        Assert.Equal((Severity.Error, 5), (lost.Severity, lost.Location.Lines.Single()));
        Assert.Contains("\"3.00\"", lost.Message, StringComparison.Ordinal);
        AssertWhole(result.Disclosure);
    }

    [Theory]
    [InlineData("pdfpig-01-index-out-of-range-in-seek.pdf", typeof(IndexOutOfRangeException))]
    [InlineData("pdfpig-02-invalid-cast-in-filters.pdf", typeof(InvalidCastException))]
    public void A_PDF_on_which_PdfPig_itself_fails_is_refused_as_damaged_naming_the_error(string file, Type pdfPigError)
    {
        // Mutated PDFs on which PdfPig 0.1.16 throws a runtime exception (a defect of PdfPig, not a format error): the
        // importer must still refuse them with its typed error, the cause kept for the report.
        using var stream = new MemoryStream(Repository.ReadBytes($"fuzz/corpus/pdf/{file}"));
        var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(stream, new ImportOptions { SourceName = file }));
        Assert.Equal(ImportFailure.Damaged, e.Failure);
        Assert.IsType(pdfPigError, e.InnerException);
        Assert.StartsWith("UglyToad.PdfPig", e.InnerException!.StackTrace!.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("at UglyToad", StringComparison.Ordinal) || l.StartsWith("at BudgetModel", StringComparison.Ordinal))[3..], StringComparison.Ordinal);
        Assert.Contains(file, e.Message, StringComparison.Ordinal);
    }
}
