using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BudgetModel.Import.Tests;

/// <summary>
/// PDF input: the format told by content, PDFs that cannot be read (each a typed <see cref="DisclosureImportException"/>
/// naming the file and, where it happened on one, the page; never a PdfPig exception), the page and time limits,
/// cancellation, and one disclosure read from several documents with every line located in its document and page.
/// Table contents are not asserted here: the table reading of PDFs is tested where it is written.
/// </summary>
public class PdfInputTests
{
    internal static readonly string Tables = Fixture("beijing-audit-2026-dept-budget-tables.pdf");
    internal static readonly string Notes = Fixture("beijing-audit-2026-dept-budget-notes.pdf");
    internal static readonly string Changchun = Fixture("changchun-petitions-2026-dept-budget.pdf");

    /// <summary>A PDF of the fixtures (copies of /work/shared/corpus), next to the test assembly.</summary>
    internal static string Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf", name);
        Assert.True(File.Exists(path), $"{path} is missing: the fixtures are copied to the output folder.");
        return path;
    }

    /// <summary>Imports bytes as a stream named <paramref name="name"/> and returns the import error it must give.</summary>
    private static DisclosureImportException Refused(byte[] bytes, string name, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        // Assert.Throws checks the exact type: a PdfPig exception (or any other) fails the test.
        return Assert.Throws<DisclosureImportException>(() => DisclosureImporter.Import(stream, (options ?? ImportOptions.Default) with { SourceName = name }));
    }

    /// <summary>A one-page PDF made with PdfPig's builder: drawn lines, optionally an image and a few characters of text.</summary>
    internal static byte[] PdfWithoutText(bool image, string? text = null)
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawLine(new PdfPoint(50, 700), new PdfPoint(500, 700));
        page.DrawRectangle(new PdfPoint(50, 400), 400, 200);
        if (image)
        {
            page.AddPng(OnePixelPng, new PdfRectangle(50, 100, 550, 800));
        }
        if (text is not null)
        {
            page.AddText(text, 12, new PdfPoint(60, 60), builder.AddStandard14Font(Standard14Font.Helvetica));
        }
        return builder.Build();
    }

    /// <summary>A 1 × 1 PNG: the "scanned page".</summary>
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>
    /// A minimal PDF whose trailer has an /Encrypt dictionary (standard security handler, revision 2) with an owner and
    /// a user key that no password matches: PdfPig refuses it with its PdfDocumentEncryptedException.
    /// </summary>
    internal static byte[] EncryptedPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{new string('a', 64)}> /U <{new string('b', 64)}> /P -4 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(FormattableString.Invariant($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }
        int xref = pdf.Length;
        pdf.Append(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }
        pdf.Append(FormattableString.Invariant(
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The tables PDF with 64 bytes of page 12's content overwritten: the file opens, page 12 does not.</summary>
    internal static byte[] TablesWithDamagedPage12()
    {
        var bytes = File.ReadAllBytes(Tables);
        // Found by overwriting 64-byte runs across the file with PdfPig 0.1.16: this one falls in an object page 12
        // needs (PdfPig then throws ArgumentNullException while reading the page); the others before and after read.
        bytes.AsSpan(36_822, 64).Fill((byte)'x');
        return bytes;
    }

    [Fact]
    public void A_truncated_pdf_is_damaged_naming_the_file()
    {
        var bytes = File.ReadAllBytes(Tables);
        var e = Refused(bytes[..(bytes.Length / 2)], "half.pdf");
        Assert.Equal((ImportFailure.Damaged, "half.pdf", null), (e.Failure, e.SourceName, e.Page));
        Assert.StartsWith("half.pdf: The PDF is damaged or truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_after_the_pdf_header_is_damaged()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 2000) + "\n%%EOF\n");
        var e = Refused(bytes, "garbage.pdf");
        Assert.Equal((ImportFailure.Damaged, "garbage.pdf"), (e.Failure, e.SourceName));
        Assert.Contains("garbage.pdf", e.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_page_is_named_with_its_number_and_the_page_count()
    {
        var e = Refused(TablesWithDamagedPage12(), "tables.pdf");
        Assert.Equal((ImportFailure.Damaged, "tables.pdf", 12), (e.Failure, e.SourceName, e.Page));
        Assert.Contains("page 12 of 21", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.InnerException);   // PdfPig's error is kept inside, never thrown as it is
    }

    [Fact]
    public void An_encrypted_pdf_says_it_needs_its_password()
    {
        var e = Refused(EncryptedPdf(), "locked.pdf");
        Assert.Equal((ImportFailure.Encrypted, "locked.pdf"), (e.Failure, e.SourceName));
        Assert.Contains("locked.pdf: The PDF is encrypted", e.Message, StringComparison.Ordinal);
        Assert.Contains("password", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_only_drawn_lines_has_no_text_layer()
    {
        var e = Refused(PdfWithoutText(image: false), "lines.pdf");
        Assert.Equal((ImportFailure.NoTextLayer, "lines.pdf"), (e.Failure, e.SourceName));
        Assert.Contains("no text layer (1 page with no text)", e.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_image_with_a_few_characters_looks_like_a_scan_and_asks_for_ocr()
    {
        var e = Refused(PdfWithoutText(image: true, text: "Page 1"), "scan.pdf");
        Assert.Equal((ImportFailure.NoTextLayer, "scan.pdf"), (e.Failure, e.SourceName));
        Assert.Contains("only 5 characters of text and 1 image", e.Message, StringComparison.Ordinal);
        Assert.Contains("looks like a scan", e.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", e.Message, StringComparison.Ordinal);

        // Twenty characters or more beside the image are text, not a scan: the import goes on (and finds no disclosure).
        var text = Refused(PdfWithoutText(image: true, text: "Budget disclosure cover page"), "cover.pdf");
        Assert.Equal(ImportFailure.NotADisclosure, text.Failure);
    }

    [Fact]
    public void A_pdf_past_the_page_limit_is_refused_before_its_pages_are_read()
    {
        var e = Refused(File.ReadAllBytes(Tables), "tables.pdf", new ImportOptions { MaxPages = 20 });
        Assert.Equal((ImportFailure.TooManyPages, "tables.pdf"), (e.Failure, e.SourceName));
        Assert.Contains("21 pages, more than the limit of 20", e.Message, StringComparison.Ordinal);

        var atLimit = DisclosureImporter.ImportFiles([Notes], new ImportOptions { MaxPages = 10 });
        Assert.Equal(10, atLimit.Source!.Locate(atLimit.Source.LineCount).Page);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { MaxPages = 0 });
    }

    [Fact]
    public void A_pdf_past_the_time_limit_stops_at_a_page_boundary_naming_the_page()
    {
        // A limit of one tick has run out by the first check (before page 1): no clock is raced.
        var e = Refused(File.ReadAllBytes(Tables), "tables.pdf", new ImportOptions { PdfTimeout = TimeSpan.FromTicks(1) });
        Assert.Equal((ImportFailure.TimedOut, "tables.pdf", 1), (e.Failure, e.SourceName, e.Page));
        Assert.Contains("stopped at page 1 of 21", e.Message, StringComparison.Ordinal);
        Assert.Contains("ImportOptions.PdfTimeout", e.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { PdfTimeout = TimeSpan.FromSeconds(-1) });
        Assert.Equal(Timeout.InfiniteTimeSpan, new ImportOptions { PdfTimeout = Timeout.InfiniteTimeSpan }.PdfTimeout);
    }

    [Fact]
    public void The_size_limit_applies_to_pdfs()
    {
        var e = Refused(File.ReadAllBytes(Notes), "notes.pdf", new ImportOptions { MaxBytes = 100_000 });
        Assert.Equal((ImportFailure.TooLarge, "notes.pdf"), (e.Failure, e.SourceName));
    }

    /// <summary>A stream that cancels a token when it has been read to its end: the cancellation then reaches the PDF
    /// reading, not the read of the bytes.</summary>
    private sealed class CancelAtEnd(byte[] bytes, CancellationTokenSource cancel) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await base.ReadAsync(buffer, CancellationToken.None);
            if (read == 0)
            {
                await cancel.CancelAsync();
            }
            return read;
        }
    }

    [Fact]
    public async Task Cancellation_stops_the_pdf_reading_with_operation_canceled()
    {
        using var cancel = new CancellationTokenSource();
        using var stream = new CancelAtEnd(File.ReadAllBytes(Tables), cancel);
        await Assert.ThrowsAsync<OperationCanceledException>(() => DisclosureImporter.ImportAsync(stream, null, cancel.Token));
        Assert.Equal(stream.Length, stream.Position);    // the bytes were all read: the PDF reading saw the cancellation

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DisclosureImporter.ImportFilesAsync([Tables, Notes], null, cancel.Token));
    }

    [Fact]
    public void The_format_is_told_by_content_not_by_the_file_name()
    {
        var dir = Directory.CreateTempSubdirectory("bm-pdf-");
        try
        {
            var pdfNamedTxt = Path.Combine(dir.FullName, "notes.txt");
            File.Copy(Notes, pdfNamedTxt);
            var pdf = DisclosureImporter.ImportFile(pdfNamedTxt);
            Assert.True(pdf.Source!.HasPages);
            Assert.Equal([pdfNamedTxt], pdf.Source.Documents);
            Assert.Equal((pdfNamedTxt, 1), (pdf.Source.Locate(1).Document, pdf.Source.Locate(1).Page));

            var textNamedPdf = Path.Combine(dir.FullName, "seed.pdf");
            File.WriteAllText(textNamedPdf, Seed.Text);
            var text = DisclosureImporter.ImportFile(textNamedPdf);
            Assert.False(text.Source!.HasPages);
            Assert.Equal(DisclosureImporter.Import(Seed.Text).Disclosure.Cells(), text.Disclosure.Cells());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Notes_and_tables_in_two_pdfs_are_one_disclosure_whose_lines_name_their_document_and_page()
    {
        // Notes first: the text reader of today finds the budget year only on a cover near the top, which the tables
        // file lacks (tables first gives NotADisclosure until the PDF table reading lands). The places do not depend
        // on the order; the table reading is not asserted here.
        var notesAlone = DisclosureImporter.ImportFiles([Notes]).Source!;
        var result = DisclosureImporter.ImportFiles([Notes, Tables]);
        var source = result.Source!;

        Assert.Equal([Notes, Tables], source.Documents);
        Assert.True(source.HasPages);
        var places = Enumerable.Range(1, source.LineCount).Select(source.Locate).ToArray();
        int firstTable = Array.FindIndex(places, p => p.Document == Tables);
        Assert.Equal(notesAlone.LineCount, firstTable);
        Assert.All(places[..firstTable], p => Assert.Equal(Notes, p.Document));
        Assert.All(places[firstTable..], p => Assert.Equal(Tables, p.Document));

        // Pages run 1 to 10 in the notes, then again 1 to 21 in the tables, never backwards within a document.
        Assert.Equal((1, 10), (places[0].Page, places[firstTable - 1].Page));
        Assert.Equal((1, 21), (places[firstTable].Page, places[^1].Page));
        Assert.All(places.Zip(places.Skip(1)).Where(p => p.First.Document == p.Second.Document), p => Assert.True(p.First.Page <= p.Second.Page));
        // A PDF line's Line is its line in the whole; the notes sit where they sit when read alone.
        Assert.All(places.Select((p, i) => (p, i)), x => Assert.Equal(x.i + 1, x.p.Line));
        Assert.Equal(Enumerable.Range(1, notesAlone.LineCount).Select(notesAlone.Locate), places[..firstTable]);

        // What the disclosure and its findings carry resolves the same way: each line in one of the two documents.
        var lines = result.Diagnostics.SelectMany(f => f.Location.Lines).Concat(result.Disclosure.Facts.Select(f => f.Line ?? 0).Where(l => l > 0)).ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(source.Locate(l).Document, source.Documents));
        Assert.Equal("beijing-audit-2026-dept-budget-tables.pdf p. 1", source.Locate(firstTable + 1).Describe(withDocument: true));
    }

    [Fact]
    public void A_pdf_and_a_text_in_one_disclosure_keep_the_text_s_own_line_numbers()
    {
        const string note = "补充说明\r\n本部门2026年无政府性基金预算。\r\n";
        using var pdf = File.OpenRead(Notes);
        using var text = new MemoryStream(Encoding.UTF8.GetBytes(note));
        var result = DisclosureImporter.ImportDocuments([("notes.pdf", pdf), ("extra.txt", text)]);
        var source = result.Source!;

        Assert.Equal(["notes.pdf", "extra.txt"], source.Documents);
        Assert.Equal(new SourcePlace("extra.txt", 2), source.Locate(source.LineCount));
        Assert.Equal(new SourcePlace("extra.txt", 1), source.Locate(source.LineCount - 1));
        Assert.Equal(("notes.pdf", 10), (source.Locate(source.LineCount - 2).Document, source.Locate(source.LineCount - 2).Page));
        Assert.Equal("extra.txt line 2", source.Locate(source.LineCount).Describe(withDocument: true));
    }

    [Fact]
    public void A_document_of_several_that_cannot_be_read_is_named_and_nothing_else_is_blamed()
    {
        var dir = Directory.CreateTempSubdirectory("bm-pdf-");
        try
        {
            var bad = Path.Combine(dir.FullName, "damaged.pdf");
            File.WriteAllBytes(bad, TablesWithDamagedPage12());
            var e = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.ImportFiles([Notes, bad]));
            Assert.Equal((ImportFailure.Damaged, bad, 12), (e.Failure, e.SourceName, e.Page));
            Assert.StartsWith(bad + ": ", e.Message, StringComparison.Ordinal);

            using var empty = new MemoryStream();
            using var notes = File.OpenRead(Notes);
            var blank = Assert.Throws<DisclosureImportException>(() => DisclosureImporter.ImportDocuments([("notes.pdf", notes), ("blank.txt", empty)]));
            Assert.Equal((ImportFailure.Empty, "blank.txt"), (blank.Failure, blank.SourceName));

            Assert.Throws<ArgumentException>(() => DisclosureImporter.ImportFiles([]));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_asynchronous_forms_read_the_same_as_the_synchronous_ones()
    {
        var sync = DisclosureImporter.ImportFiles([Notes]);
        var async = await DisclosureImporter.ImportFilesAsync([Notes]);
        Assert.Equal(sync.Diagnostics.Select(f => f.Message), async.Diagnostics.Select(f => f.Message));
        Assert.Equal(sync.Source!.LineCount, async.Source!.LineCount);

        await using var stream = File.OpenRead(Notes);
        var named = await DisclosureImporter.ImportDocumentsAsync([("notes.pdf", stream)]);
        Assert.Equal(["notes.pdf"], named.Source!.Documents);
        Assert.Equal(sync.Source.LineCount, named.Source.LineCount);
    }
}
