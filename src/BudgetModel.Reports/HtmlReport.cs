using System.Text;
using BudgetModel.Validation;

namespace BudgetModel.Reports;

/// <summary>
/// Renders checked disclosures as one self-contained HTML page (styles and script inline, charts as inline SVG,
/// nothing fetched when it is viewed): a summary with a sortable list of the documents and their counts, then per
/// document its charts, its findings that are in no table, and each table as printed with the cells of every finding
/// marked (error, warning, rounding drift: each by a symbol, a word, a border and a pattern, not colour alone), the
/// finding's relation beside the cell, the likely culprit outlined and the source page named. Every text that comes
/// from a document is HTML-encoded. Writes only to the writer or stream given; deterministic (no clock, no culture).
/// <code>
/// var document = ReportDocument.Check("budget.pdf", DisclosureImporter.ImportFile("budget.pdf"));
/// using var file = File.Create("report.html");
/// HtmlReport.Write(file, [document]);
/// </code>
/// </summary>
public static class HtmlReport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report of <paramref name="documents"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="documents">The documents, in the order the report lists them.</param>
    /// <param name="options">What to show; null for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="documents"/> is null.</exception>
    public static void Write(TextWriter writer, IReadOnlyList<ReportDocument> documents, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Check(documents);
        new ReportWriter(new Html(writer), documents, options ?? HtmlReportOptions.Default).Write();
    }

    /// <summary>Writes the report as UTF-8 (no byte order mark) to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="documents">The documents, in the order the report lists them.</param>
    /// <param name="options">What to show; null for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="documents"/> is null, or the stream cannot be written.</exception>
    public static void Write(Stream stream, IReadOnlyList<ReportDocument> documents, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Check(documents);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Write(writer, documents, options);
        writer.Flush();
    }

    /// <summary>The report as a string.</summary>
    /// <param name="documents">The documents, in the order the report lists them.</param>
    /// <param name="options">What to show; null for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="documents"/> is null.</exception>
    public static string ToHtml(IReadOnlyList<ReportDocument> documents, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, documents, options);
        return writer.ToString();
    }

    private static void Check(IReadOnlyList<ReportDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i] is null)
            {
                throw new ArgumentException($"documents[{i}] is null.", nameof(documents));
            }
        }
    }
}
