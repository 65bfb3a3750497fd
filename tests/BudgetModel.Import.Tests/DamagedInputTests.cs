using System.Text;
using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>Damaged, foreign and hostile input: each gives the documented diagnostic or error, never a crash.</summary>
public class DamagedInputTests
{
    private static readonly string[] SeedLines = Seed.Text.Split('\n');

    /// <summary>The seed with lines <paramref name="from"/>..<paramref name="to"/> (1-based, inclusive) removed.</summary>
    private static string Without(int from, int to) =>
        string.Join('\n', SeedLines.Where((_, i) => i + 1 < from || i + 1 > to));

    /// <summary>The seed with line <paramref name="number"/> (1-based) replaced.</summary>
    private static string Replace(int number, string line) =>
        string.Join('\n', SeedLines.Select((l, i) => i + 1 == number ? line : l));

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static IEnumerable<(TableKind, string, TableColumn, Money, int?)> CellsOf(BudgetDisclosure d) =>
        d.Cells().Select(c => (c.Location.Table, c.Location.RowKey, c.Location.Column, c.Amount, c.Line));

    [Fact]
    public void A_table_cut_in_half_keeps_its_rows_reports_the_missing_summary_lines_and_the_next_table_is_unharmed()
    {
        var result = DisclosureImporter.Import(Without(81, 99));
        var t1 = result.Disclosure.RevenueExpenditureSummary!;
        Assert.Equal(80, t1.Rows.Max(r => r.Line));
        Assert.Null(t1.Summary(SummaryLine.RevenueGrandTotal));
        var missing = Assert.Single(result.Diagnostics, d => d.RuleId == ImportRules.SummaryMissing);
        Assert.Equal((TableKind.RevenueExpenditureSummary, Severity.Warning), (missing.Location.Table!.Value, missing.Severity));
        Assert.Contains("RevenueGrandTotal", missing.Message, StringComparison.Ordinal);
        var t2Total = result.Disclosure.RevenueSummary!.TotalRow!;
        Assert.Equal((109 - 19, Money.FromWan(3309.68m)), (t2Total.Line!.Value, t2Total.Total));
    }

    [Fact]
    public void A_row_shifted_right_is_realigned_with_a_warning()
    {
        var result = DisclosureImporter.Import(Replace(178, "2150517\t产业发展\t\t3793.87\t\t3793.87"));
        var row = result.Disclosure.ExpenditureSummary!.FunctionRows.Single(r => r.Key == "2150517");
        Assert.Equal((Money.FromWan(3793.87m), Money.Zero, Money.FromWan(3793.87m)), (row[TableColumn.Total], row[TableColumn.Basic], row[TableColumn.Project]));
        var shift = Assert.Single(result.Diagnostics, d => d.RuleId == ImportRules.Shift && d.Location.Lines.SequenceEqual([178]));
        Assert.Equal((TableKind.ExpenditureSummary, "2150517"), (shift.Location.Table!.Value, shift.Location.Row!));
    }

    [Fact]
    public void An_amount_beyond_the_columns_is_an_error_not_a_silent_loss()
    {
        var result = DisclosureImporter.Import(Replace(178, "2150517\t产业发展\t3793.87\t\t3793.87\t12.00"));
        var d = Assert.Single(result.Diagnostics, f => f.RuleId == ImportRules.Cell);
        Assert.Equal((Severity.Error, FindingKind.Import), (d.Severity, d.Kind));
        Assert.Contains("\"12.00\"", d.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
        Assert.Contains(d, DisclosureValidator.Validate(result.Disclosure).Findings);
    }

    [Fact]
    public void An_unreadable_cell_is_an_error_naming_table_row_column_line_and_text()
    {
        var result = DisclosureImporter.Import(Replace(176, "2150501\t行政运行\t193.81\t19З.81\t"));   // a Cyrillic З
        var d = Assert.Single(result.Diagnostics, f => f.RuleId == ImportRules.Cell);
        Assert.Equal((TableKind.ExpenditureSummary, "2150501", TableColumn.Basic), (d.Location.Table!.Value, d.Location.Row!, d.Location.Column!.Value));
        Assert.Equal([176], d.Location.Lines);
        Assert.Contains("19З.81", d.Message, StringComparison.Ordinal);
        Assert.Equal(Money.FromWan(193.81m), result.Disclosure.ExpenditureSummary!.FunctionRows.Single(r => r.Key == "2150501").Total);
    }

    [Fact]
    public void A_missing_title_skips_the_untitled_table_instead_of_merging_it_into_the_previous_one()
    {
        var result = DisclosureImporter.Import(Without(145, 145));
        Assert.Null(result.Disclosure.ExpenditureSummary);
        Assert.Equal(34, result.Disclosure.RevenueSummary!.Rows.Count);
        var d = Assert.Single(result.Diagnostics, f => f.RuleId == ImportRules.UntitledTable);
        Assert.Equal([146], d.Location.Lines);
        Assert.NotNull(result.Disclosure.FiscalAppropriationSummary);
    }

    [Fact]
    public void An_unknown_table_is_kept_as_printed_and_reported_as_info_not_merged_into_the_next()
    {
        var text = Replace(144, "\n2024年部门预算综合情况表\n\n单位：万元\n\n项目\t金额\n办公费\t12.00\n");
        var result = DisclosureImporter.Import(text);
        Assert.DoesNotContain(result.Diagnostics, f => f.RuleId == ImportRules.UnknownTable);
        var other = Assert.Single(result.Disclosure.OtherTables);
        Assert.Equal("2024年部门预算综合情况表", other.Title);
        Assert.Equal(145, other.Line);
        Assert.Equal(["项目", "金额"], other.HeaderRows.Single().Cells);
        var row = Assert.Single(other.Rows);
        Assert.Equal(["办公费", "12.00"], row.Cells);
        Assert.Equal(150, row.Line);
        var info = Assert.Single(BudgetModel.Validation.DisclosureValidator.Validate(result.Disclosure).Findings, f => f.RuleId == "BM-TABLE-UNRECOGNISED");
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal(13, result.Disclosure.Tables.Count);
        Assert.Equal(34, result.Disclosure.RevenueSummary!.Rows.Count);
        Assert.Equal(34, result.Disclosure.ExpenditureSummary!.Rows.Count);
    }

    [Fact]
    public void Full_width_digits_in_the_prose_are_read_as_numbers_not_a_crash()
    {
        // \d in a regex also matches full-width digits; int.Parse did not (FormatException out of the importer).
        var text = Replace(52, SeedLines[51].Replace("行政编制17名", "行政编制１７名", StringComparison.Ordinal).Replace("实有职工18人", "实有职工１８人", StringComparison.Ordinal));
        var staff = DisclosureImporter.Import(text).Disclosure.Unit.Staff!;
        Assert.Equal(17, staff.AuthorizedStaff);
        Assert.Equal(18, staff.ActualStaff);
    }

    [Fact]
    public void A_digit_run_too_long_for_a_count_is_not_a_count_and_not_a_crash()
    {
        var text = Replace(52, SeedLines[51].Replace("行政编制17名", "行政编制99999999999名", StringComparison.Ordinal));
        var staff = DisclosureImporter.Import(text).Disclosure.Unit.Staff!;
        Assert.Null(staff.AuthorizedStaff);
        Assert.Equal(18, staff.ActualStaff);
    }

    [Fact]
    public void Windows_line_ends_give_the_same_disclosure()
    {
        var lf = DisclosureImporter.Import(Seed.Text).Disclosure;
        var crlf = DisclosureImporter.Import(Seed.Text.Replace("\n", "\r\n", StringComparison.Ordinal)).Disclosure;
        Assert.Equal(CellsOf(lf), CellsOf(crlf));
        Assert.Equal(lf.Facts, crlf.Facts);
        Assert.Equal(lf.ProjectSheets.Select(s => (s.ProjectName, s.AnnualFunding.Total, s.Line)), crlf.ProjectSheets.Select(s => (s.ProjectName, s.AnnualFunding.Total, s.Line)));
    }

    [Fact]
    public void GB18030_and_UTF8_with_BOM_files_give_the_same_disclosure()
    {
        var expected = CellsOf(DisclosureImporter.Import(Seed.Text).Disclosure).ToArray();
        using var gb = new MemoryStream(Gb18030().GetBytes(Seed.Text));
        Assert.Equal(expected, CellsOf(DisclosureImporter.Import(gb).Disclosure));
        var bom = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed.Text)).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"bm-bom-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, bom);
            var result = DisclosureImporter.ImportFile(path);
            Assert.Equal(expected, CellsOf(result.Disclosure));
            Assert.Equal("汾阳市工业和信息化局", result.Disclosure.Unit.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_async_stream_import_reads_the_same_disclosure()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Seed.Text));
        var result = await DisclosureImporter.ImportAsync(stream, CancellationToken.None);
        Assert.Equal(CellsOf(DisclosureImporter.Import(Seed.Text).Disclosure), CellsOf(result.Disclosure));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\r\n\t\n")]
    public void Empty_input_is_a_typed_error(string text)
    {
        var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(text));
        Assert.Equal(ImportFailure.Empty, e.Failure);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        Assert.Equal(ImportFailure.Empty, Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(stream)).Failure);
    }

    [Fact]
    public void UTF16_with_or_without_BOM_is_refused_as_an_unsupported_encoding()
    {
        using var withBom = new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Seed.Text)).ToArray());
        var e1 = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(withBom));
        Assert.Equal(ImportFailure.UnsupportedEncoding, e1.Failure);
        Assert.Contains("UTF-16", e1.Message, StringComparison.Ordinal);
        using var withoutBom = new MemoryStream(Encoding.Unicode.GetBytes(Seed.Text));
        var e2 = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(withoutBom));
        Assert.Equal(ImportFailure.UnsupportedEncoding, e2.Failure);
        Assert.Contains("UTF-16", e2.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Binary_input_is_a_typed_error(int seed)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);
        using var stream = new MemoryStream(bytes);
        var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(stream));
        Assert.Contains(e.Failure, new[] { ImportFailure.UnsupportedEncoding, ImportFailure.NotADisclosure });
    }

    [Fact]
    public void Text_that_is_not_a_disclosure_fails_fast_with_a_reason()
    {
        var lorem = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n", 200_000)); // ~11 MB
        // How fast is the benchmarks' business; here: the reason, for 11 MB of text.
        var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(lorem));
        Assert.Equal(ImportFailure.NotADisclosure, e.Failure);
        Assert.Contains("not a budget disclosure", e.Message, StringComparison.Ordinal);
        Assert.Equal(ImportFailure.NotADisclosure, Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import("hello\nworld")).Failure);
    }

    [Fact]
    public void Input_over_the_size_cap_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bm-big-{Guid.NewGuid():N}.txt");
        try
        {
            using (var f = File.Create(path))
            {
                f.SetLength(100L * 1024 * 1024); // 100 MB (sparse)
            }
            // A sparse file: refused by its length, before a byte of it is read.
            var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.ImportFile(path));
            Assert.Equal(ImportFailure.TooLarge, e.Failure);
        }
        finally
        {
            File.Delete(path);
        }
        var small = new ImportOptions { MaxBytes = 1000 };
        Assert.Equal(ImportFailure.TooLarge, Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(Seed.Text, small)).Failure);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Seed.Text));
        Assert.Equal(ImportFailure.TooLarge, Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(stream, small)).Failure);
    }

    [Fact]
    public void A_missing_file_is_a_typed_error_naming_the_file()
    {
        var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.ImportFile("/no/such/file.txt"));
        Assert.Equal(ImportFailure.Unreadable, e.Failure);
        Assert.StartsWith("/no/such/file.txt: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_in_yuan_and_in_wan_in_one_document_and_codes_split_into_columns_are_read_right()
    {
        const string text = """
            某某县教育局
            2025年部门预算公开
            表3 2025年部门支出总表
            单位名称：某某县教育局
            单位：元
            科目编码			科目名称	合计	基本支出	项目支出
            类	款	项
            合计				1,234,567.89	1,000,000.00	234,567.89
            205			教育支出	1,234,567.89	1,000,000.00	234,567.89
            205	01		教育管理事务	1,234,567.89	1,000,000.00	234,567.89
            205	01	01	行政运行	1,234,567.89	1,000,000.00	234,567.89
            表5 2025年一般公共预算支出表
            单位：万元
            科目编码	科目名称	合计	基本支出	项目支出
            合计		123.46	100.00	23.46
            2050101	行政运行	123.46	100.00	23.46
            """;
        var result = DisclosureImporter.Import(text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(("某某县教育局", 2025), (result.Disclosure.Unit.Name, result.Disclosure.BudgetYear));
        var t3 = result.Disclosure.ExpenditureSummary!;
        Assert.Equal((MoneyUnit.Yuan, 2), (t3.Precision.Unit, t3.Precision.Decimals));
        Assert.Equal("表3", t3.Header.PrintedNumber);
        Assert.Equal(["205", "20501", "2050101"], t3.FunctionRows.Select(r => r.Code.Value));
        Assert.Equal(Money.FromYuan(1_234_567.89m), t3.FunctionRows[2].Total);
        Assert.Equal(Money.FromYuan(234_567.89m), t3.TotalRow![TableColumn.Project]);
        Assert.Equal(11, t3.FunctionRows[2].Line);
        var t5 = result.Disclosure.GeneralBudgetExpenditure!;
        Assert.Equal(MoneyUnit.Wan, t5.Precision.Unit);
        Assert.Equal(Money.FromYuan(1_234_600m), t5.FunctionRows.Single().Total);
    }
}

public class CancellationTests
{
    [Fact]
    public async Task A_cancelled_async_import_throws_OperationCanceledException()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Seed.Text));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DisclosureImporter.ImportAsync(stream, cts.Token));
    }
}
