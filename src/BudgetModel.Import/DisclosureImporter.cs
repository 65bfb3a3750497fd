using BudgetModel.Import.Reading;
using BudgetModel.Import.Reading.Pdf;

namespace BudgetModel.Import;

/// <summary>
/// Reads a published budget disclosure — the text a PDF extraction gives, cells separated by tabs — into a
/// <see cref="Disclosure.BudgetDisclosure"/>: 概况, every standard table it recognises by title, every project
/// performance sheet, the overall sheet, the facts and mentions of the prose, each figure with its 1-based source line.
/// <para>
/// Tolerant where the document is damaged, strict about what it claims: a cell that cannot be read, a row that cannot
/// be placed, an unknown table title becomes an import diagnostic (<see cref="ImportResult.Diagnostics"/>, also in
/// <see cref="Disclosure.BudgetDisclosure.ImportFindings"/>), never a silent zero. Input that is not a disclosure at
/// all, too large, or in an unsupported encoding raises <see cref="DisclosureImportException"/>.
/// </para>
/// Thread-safe: every call works on its own state.
/// </summary>
public static class DisclosureImporter
{
    /// <summary>Imports a disclosure from its text.</summary>
    /// <param name="text">The text, cells separated by tabs, lines by \n, \r\n or \r.</param>
    /// <param name="options">Options, or null for <see cref="ImportOptions.Default"/>.</param>
    /// <exception cref="DisclosureImportException">The text is empty, too large, or not a disclosure.</exception>
    public static ImportResult Import(string text, ImportOptions? options = null)
    {
        Guard.Against.Null(text);
        return DocumentParser.Parse(text, options ?? ImportOptions.Default, CancellationToken.None);
    }

    /// <summary>Imports a disclosure from a file in UTF-8 (with or without BOM) or GB18030.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options, or null for the defaults; the file name becomes <see cref="ImportOptions.SourceName"/> when none is set.</param>
    /// <exception cref="DisclosureImportException">The file is missing, unreadable, too large, in another encoding, or not a disclosure.</exception>
    public static ImportResult ImportFile(string path, ImportOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        options = WithSource(options, path);
        var bytes = ReadFile(path, options);
        return ImportBytes(bytes, bytes.Length, options, CancellationToken.None);
    }

    /// <summary>Imports a disclosure from a file asynchronously.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading and parsing.</param>
    /// <exception cref="DisclosureImportException">The file is missing, unreadable, too large, in another encoding, or not a disclosure.</exception>
    public static async Task<ImportResult> ImportFileAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        options = WithSource(options, path);
        CheckFile(path, options);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DisclosureImportException(ImportFailure.Unreadable, $"Cannot open the file: {e.Message}", options.SourceName, e);
        }
        await using (stream.ConfigureAwait(false))
        {
            return await ImportAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Imports a disclosure from a stream of UTF-8 (with or without BOM) or GB18030 bytes; reads at most
    /// <see cref="ImportOptions.MaxBytes"/> + 1 bytes.</summary>
    /// <param name="stream">The stream; it is read to its end and not closed.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureImportException">The input is too large, in another encoding, or not a disclosure.</exception>
    public static ImportResult Import(Stream stream, ImportOptions? options = null)
    {
        Guard.Against.Null(stream);
        options ??= ImportOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                Append(buffer, chunk, read, options);
            }
        }
        catch (IOException e)
        {
            throw new DisclosureImportException(ImportFailure.Unreadable, $"Cannot read the input: {e.Message}", options.SourceName, e);
        }
        return ImportBytes(buffer.GetBuffer(), (int)buffer.Length, options, CancellationToken.None);
    }

    /// <summary>Imports a disclosure from a stream asynchronously with the default options.</summary>
    /// <param name="stream">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels reading and parsing.</param>
    /// <exception cref="DisclosureImportException">The input is too large, in another encoding, or not a disclosure.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<ImportResult> ImportAsync(Stream stream, CancellationToken cancellationToken) =>
        ImportAsync(stream, null, cancellationToken);

    /// <summary>Imports a disclosure from a stream asynchronously; reads at most <see cref="ImportOptions.MaxBytes"/> + 1 bytes.</summary>
    /// <param name="stream">The stream; it is read to its end and not closed.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading and parsing.</param>
    /// <exception cref="DisclosureImportException">The input is too large, in another encoding, or not a disclosure.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        options ??= ImportOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                Append(buffer, chunk, read, options);
            }
        }
        catch (IOException e)
        {
            throw new DisclosureImportException(ImportFailure.Unreadable, $"Cannot read the input: {e.Message}", options.SourceName, e);
        }
        return ImportBytes(buffer.GetBuffer(), (int)buffer.Length, options, cancellationToken);
    }

    /// <summary>Imports the first <paramref name="length"/> bytes: a PDF when they say so, else text.</summary>
    private static ImportResult ImportBytes(byte[] bytes, int length, ImportOptions options, CancellationToken cancellationToken)
    {
        if (PdfPages.IsPdf(bytes.AsSpan(0, length)))
        {
            var pdf = length == bytes.Length ? bytes : bytes.AsSpan(0, length).ToArray();
            var pages = PdfPages.Read(pdf, options, cancellationToken);
            var laidOut = PdfLayout.Lay(pages, options.SourceName);
            return DocumentParser.Parse(laidOut.Text, options, cancellationToken, laidOut);
        }
        var text = TextDecoder.Decode(bytes.AsSpan(0, length), options.SourceName, out _);
        return DocumentParser.Parse(text, options, cancellationToken, null);
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int count, ImportOptions options)
    {
        if (buffer.Length + count > options.MaxBytes)
        {
            throw TooLarge(buffer.Length + count, options, "more than");
        }
        buffer.Write(chunk, 0, count);
    }

    private static ImportOptions WithSource(ImportOptions? options, string path)
    {
        options ??= ImportOptions.Default;
        return options.SourceName is null ? options with { SourceName = path } : options;
    }

    private static void CheckFile(string path, ImportOptions options)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or System.Security.SecurityException or PathTooLongException)
        {
            throw new DisclosureImportException(ImportFailure.Unreadable, $"Not a valid file path: {e.Message}", options.SourceName, e);
        }
        if (!info.Exists)
        {
            throw new DisclosureImportException(ImportFailure.Unreadable,
                Directory.Exists(path) ? "This is a directory, not a file." : "The file does not exist.", options.SourceName);
        }
        if (info.Length > options.MaxBytes)
        {
            throw TooLarge(info.Length, options, "");
        }
    }

    private static byte[] ReadFile(string path, ImportOptions options)
    {
        CheckFile(path, options);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DisclosureImportException(ImportFailure.Unreadable, $"Cannot read the file: {e.Message}", options.SourceName, e);
        }
    }

    private static DisclosureImportException TooLarge(long size, ImportOptions options, string qualifier) =>
        new(ImportFailure.TooLarge,
            $"The input is {qualifier}{(qualifier.Length > 0 ? " " : "")}{size:N0} bytes, above the limit of {options.MaxBytes:N0} bytes (ImportOptions.MaxBytes); a disclosure is a few hundred KB.",
            options.SourceName);
}
