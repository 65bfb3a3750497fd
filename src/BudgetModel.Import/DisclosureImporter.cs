using BudgetModel.Import.Reading;
using BudgetModel.Import.Reading.Pdf;
using BudgetModel.Serialization;

namespace BudgetModel.Import;

/// <summary>
/// Reads a published budget disclosure — a PDF with a text layer, or the text a PDF extraction gives, cells separated
/// by tabs, or a disclosure in the library's own standard JSON (what <c>DisclosureJson.Write</c> and
/// <c>budgetmodel convert</c> give; the format is told by the content, never by the file name) — into a
/// <see cref="Disclosure.BudgetDisclosure"/>: 概况, every standard table it recognises by title, every project
/// performance sheet, the overall sheet, the facts and mentions of the prose, each figure with its 1-based source line.
/// <para>
/// Tolerant where the document is damaged, strict about what it claims: a cell that cannot be read, a row that cannot
/// be placed, an unknown table title becomes an import diagnostic (<see cref="ImportResult.Diagnostics"/>, also in
/// <see cref="Disclosure.BudgetDisclosure.ImportFindings"/>), never a silent zero. Input that is not a disclosure at
/// all, too large, in an unsupported encoding, or a PDF that is encrypted, damaged, a scan without text or past the
/// page or time limits raises <see cref="DisclosureImportException"/> (PdfPig's own exceptions never pass through).
/// One disclosure published as several files (tables and notes) is read with <see cref="ImportFiles"/>.
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

    /// <summary>Imports a disclosure from a file: a PDF with a text layer, or text in UTF-8 (with or without BOM) or
    /// GB18030, told by the content (a PDF named <c>.txt</c> is read as a PDF).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options, or null for the defaults; the file name becomes <see cref="ImportOptions.SourceName"/> when none is set.</param>
    /// <exception cref="DisclosureImportException">The file is missing, unreadable, too large, in another encoding, or not a disclosure;
    /// or a PDF that is encrypted, damaged, without text, or past <see cref="ImportOptions.MaxPages"/> or
    /// <see cref="ImportOptions.PdfTimeout"/> (<see cref="DisclosureImportException.Failure"/> says which).</exception>
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
    /// <exception cref="DisclosureImportException">The file is missing, unreadable, too large, in another encoding, or not a disclosure;
    /// or a PDF that is encrypted, damaged, without text, or past <see cref="ImportOptions.MaxPages"/> or
    /// <see cref="ImportOptions.PdfTimeout"/> (<see cref="DisclosureImportException.Failure"/> says which).</exception>
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

    /// <summary>Imports a disclosure from a stream of PDF, UTF-8 (with or without BOM) or GB18030 bytes; reads at most
    /// <see cref="ImportOptions.MaxBytes"/> + 1 bytes.</summary>
    /// <param name="stream">The stream; it is read to its end and not closed.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureImportException">The input is too large, in another encoding, not a disclosure, or a PDF that cannot be read.</exception>
    public static ImportResult Import(Stream stream, ImportOptions? options = null)
    {
        Guard.Against.Null(stream);
        options ??= ImportOptions.Default;
        using var buffer = ReadAll(stream, options);
        return ImportBytes(buffer.GetBuffer(), (int)buffer.Length, options, CancellationToken.None);
    }

    /// <summary>Imports a disclosure from a stream asynchronously with the default options.</summary>
    /// <param name="stream">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels reading and parsing.</param>
    /// <exception cref="DisclosureImportException">The input is too large, in another encoding, not a disclosure, or a PDF that cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<ImportResult> ImportAsync(Stream stream, CancellationToken cancellationToken) =>
        ImportAsync(stream, null, cancellationToken);

    /// <summary>Imports a disclosure from a stream asynchronously; reads at most <see cref="ImportOptions.MaxBytes"/> + 1 bytes.</summary>
    /// <param name="stream">The stream; it is read to its end and not closed.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading and parsing.</param>
    /// <exception cref="DisclosureImportException">The input is too large, in another encoding, not a disclosure, or a PDF that cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        options ??= ImportOptions.Default;
        using var buffer = await ReadAllAsync(stream, options, cancellationToken).ConfigureAwait(false);
        return ImportBytes(buffer.GetBuffer(), (int)buffer.Length, options, cancellationToken);
    }

    /// <summary>
    /// Imports one disclosure published as several files — the tables in one PDF and the notes (情况说明) in another, as
    /// some cities publish them — read in the given order as if they were one document. Each file may be a PDF or text
    /// (told by its content, not its name); <see cref="ImportResult.Source"/> names the file and the page (PDF) or line
    /// (text) of every line the disclosure and its findings carry.
    /// </summary>
    /// <param name="paths">The files, in reading order; at least one.</param>
    /// <param name="options">Options, or null for the defaults. <see cref="ImportOptions.MaxBytes"/>,
    /// <see cref="ImportOptions.MaxPages"/> and <see cref="ImportOptions.PdfTimeout"/> apply to each file; without a
    /// <see cref="ImportOptions.SourceName"/> the disclosure is named by the files joined with <c> + </c>.</param>
    /// <exception cref="DisclosureImportException">A file is missing, unreadable, too large, damaged, encrypted, without
    /// text, in another encoding (the message names it, and the page when there is one), or the whole is not a
    /// disclosure.</exception>
    public static ImportResult ImportFiles(IEnumerable<string> paths, ImportOptions? options = null)
    {
        var list = Names(paths);
        options ??= ImportOptions.Default;
        var documents = new List<LaidOutText>(list.Count);
        foreach (var path in list)
        {
            var own = options with { SourceName = path };
            var bytes = ReadFile(path, own);
            documents.Add(LayOut(bytes, bytes.Length, own, CancellationToken.None));
        }
        return ParseDocuments(documents, list, options, CancellationToken.None);
    }

    /// <summary>Imports one disclosure published as several files, asynchronously; see <see cref="ImportFiles"/>.</summary>
    /// <param name="paths">The files, in reading order; at least one.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading and parsing (checked between files and between PDF pages).</param>
    /// <exception cref="DisclosureImportException">A file cannot be imported (the message names it), or the whole is
    /// not a disclosure.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ImportResult> ImportFilesAsync(IEnumerable<string> paths, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = Names(paths);
        options ??= ImportOptions.Default;
        var documents = new List<LaidOutText>(list.Count);
        foreach (var path in list)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var own = options with { SourceName = path };
            CheckFile(path, own);
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DisclosureImportException(ImportFailure.Unreadable, $"Cannot open the file: {e.Message}", path, e);
            }
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = await ReadAllAsync(stream, own, cancellationToken).ConfigureAwait(false);
                documents.Add(LayOut(buffer.GetBuffer(), (int)buffer.Length, own, cancellationToken));
            }
        }
        return ParseDocuments(documents, list, options, cancellationToken);
    }

    /// <summary>Imports one disclosure published as several documents, each a named stream (PDF or text, told by its
    /// content), read in the given order as if they were one; see <see cref="ImportFiles"/>.</summary>
    /// <param name="documents">The documents, in reading order, each with the name <see cref="ImportResult.Source"/>
    /// and error messages use; at least one. The streams are read to their end and not closed.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureImportException">A document cannot be imported (the message names it), or the whole
    /// is not a disclosure.</exception>
    public static ImportResult ImportDocuments(IEnumerable<(string Name, Stream Content)> documents, ImportOptions? options = null)
    {
        var list = Documents(documents);
        options ??= ImportOptions.Default;
        var laidOut = new List<LaidOutText>(list.Count);
        foreach (var (name, content) in list)
        {
            var own = options with { SourceName = name };
            using var buffer = ReadAll(content, own);
            laidOut.Add(LayOut(buffer.GetBuffer(), (int)buffer.Length, own, CancellationToken.None));
        }
        return ParseDocuments(laidOut, [.. list.Select(d => d.Name)], options, CancellationToken.None);
    }

    /// <summary>Imports one disclosure published as several named streams, asynchronously; see
    /// <see cref="ImportDocuments"/>.</summary>
    /// <param name="documents">The documents, in reading order; at least one. The streams are read to their end and not closed.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading and parsing.</param>
    /// <exception cref="DisclosureImportException">A document cannot be imported (the message names it), or the whole
    /// is not a disclosure.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ImportResult> ImportDocumentsAsync(IEnumerable<(string Name, Stream Content)> documents, ImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var list = Documents(documents);
        options ??= ImportOptions.Default;
        var laidOut = new List<LaidOutText>(list.Count);
        foreach (var (name, content) in list)
        {
            var own = options with { SourceName = name };
            using var buffer = await ReadAllAsync(content, own, cancellationToken).ConfigureAwait(false);
            laidOut.Add(LayOut(buffer.GetBuffer(), (int)buffer.Length, own, cancellationToken));
        }
        return ParseDocuments(laidOut, [.. list.Select(d => d.Name)], options, cancellationToken);
    }

    private static List<string> Names(IEnumerable<string> paths)
    {
        Guard.Against.Null(paths);
        var list = paths.ToList();
        Guard.Against.Zero(list.Count, nameof(paths), "At least one file is needed.");
        foreach (var path in list)
        {
            Guard.Against.NullOrWhiteSpace(path, nameof(paths));
        }
        return list;
    }

    private static List<(string Name, Stream Content)> Documents(IEnumerable<(string Name, Stream Content)> documents)
    {
        Guard.Against.Null(documents);
        var list = documents.ToList();
        Guard.Against.Zero(list.Count, nameof(documents), "At least one document is needed.");
        foreach (var (name, content) in list)
        {
            Guard.Against.NullOrWhiteSpace(name, nameof(documents));
            Guard.Against.Null(content, nameof(documents));
        }
        return list;
    }

    /// <summary>One document's lines and their places: a PDF laid out page by page, a text line by line.</summary>
    private static LaidOutText LayOut(byte[] bytes, int length, ImportOptions options, CancellationToken cancellationToken)
    {
        if (PdfPages.IsPdf(bytes.AsSpan(0, length)))
        {
            var pdf = length == bytes.Length ? bytes : bytes.AsSpan(0, length).ToArray();
            return PdfLayout.Lay(PdfPages.Read(pdf, options, cancellationToken), options.SourceName);
        }
        var text = TextDecoder.Decode(bytes.AsSpan(0, length), options.SourceName, out _);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DisclosureImportException(ImportFailure.Empty, "The document is empty.", options.SourceName);
        }
        return LaidOutDocuments.ForText(text, options.SourceName);
    }

    /// <summary>Parses the documents of one disclosure as one text.</summary>
    private static ImportResult ParseDocuments(List<LaidOutText> documents, IReadOnlyList<string> names, ImportOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var combined = LaidOutDocuments.Concat(documents);
        var whole = options with { SourceName = options.SourceName ?? string.Join(" + ", names) };
        return DocumentParser.Parse(combined.Text, whole, cancellationToken, combined);
    }

    private static MemoryStream ReadAll(Stream stream, ImportOptions options)
    {
        var buffer = new MemoryStream();
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
            buffer.Dispose();
            throw new DisclosureImportException(ImportFailure.Unreadable, $"Cannot read the input: {e.Message}", options.SourceName, e);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        return buffer;
    }

    private static async Task<MemoryStream> ReadAllAsync(Stream stream, ImportOptions options, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
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
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw new DisclosureImportException(ImportFailure.Unreadable, $"Cannot read the input: {e.Message}", options.SourceName, e);
        }
        catch
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return buffer;
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
        if (IsJson(bytes.AsSpan(0, length)))
        {
            return ReadJson(bytes.AsSpan(0, length), options);
        }
        var text = TextDecoder.Decode(bytes.AsSpan(0, length), options.SourceName, out _);
        return DocumentParser.Parse(text, options, cancellationToken, null);
    }

    /// <summary>True when the content is JSON (after a UTF-8 byte order mark and white space, a <c>{</c>): the
    /// standard JSON of a disclosure, as <c>DisclosureJson.Write</c> and <c>budgetmodel convert</c> give it. A
    /// published text never starts with a brace.</summary>
    private static bool IsJson(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }
        content = content.TrimStart(" \t\r\n"u8);
        return content.Length > 0 && content[0] == (byte)'{';
    }

    /// <summary>A disclosure in the standard JSON: read as it was written (its import findings are the diagnostics).</summary>
    private static ImportResult ReadJson(ReadOnlySpan<byte> content, ImportOptions options)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }
        try
        {
            var disclosure = DisclosureJson.Read(content);
            return new ImportResult(disclosure, disclosure.ImportFindings);
        }
        catch (DisclosureJsonException e)
        {
            throw new DisclosureImportException(ImportFailure.NotADisclosure,
                $"The file is JSON but not a disclosure in the standard JSON (format of DisclosureJson, docs/json.md): {e.Message}", options.SourceName, e);
        }
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
