using BenchmarkDotNet.Attributes;
using BudgetModel.Import;
using BudgetModel.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace BudgetModel.Benchmarks;

/// <summary>
/// A published PDF read into the aggregate: <see cref="DisclosureImporter.Import(Stream, ImportOptions)"/> on the
/// bytes of one corpus PDF, against the baseline of PdfPig's own word extraction of the same bytes
/// (<see cref="PdfDocument.Open(byte[], ParsingOptions)"/>, then every page's words with
/// <see cref="NearestNeighbourWordExtractor"/>, the extractor the importer uses). The importer does that much and
/// more (the drawn rules, the layout into lines and cells, the parse), so the ratio is what our part costs on top of
/// PdfPig's. Target: ratio ≤ 1.5.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PdfImportBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>The corpus PDF: the start of its file name in Fixtures/corpus (see its README.md).</summary>
    [Params("changchun-petitions", "suzhou-audit")]
    public string Pdf { get; set; } = string.Empty;

    /// <summary>
    /// Reads the file once (not measured) and checks that both sides read the same document: the import succeeds with
    /// tables, and its lines come from pages on which PdfPig finds words, up to the last of them.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Directory.GetFiles(PdfCorpus.Fixtures, Pdf + "-*.pdf").Single());
        var result = DisclosureImporter.Import(new MemoryStream(_bytes));
        if (result.Disclosure.Tables.Count == 0)
        {
            throw new InvalidOperationException($"{Pdf}: the import found no table.");
        }
        PdfCorpus.CheckSamePages(Pdf, _bytes, result.Source, document: null);
    }

    /// <summary>Baseline: PdfPig opens the bytes and extracts every page's words; returns the number of words.</summary>
    [Benchmark(Baseline = true)]
    public int PdfPigWords() => PdfCorpus.CountWords(_bytes);

    /// <summary>The same bytes imported into the aggregate; returns the number of tables.</summary>
    [Benchmark]
    public int ImportPdf() => DisclosureImporter.Import(new MemoryStream(_bytes)).Disclosure.Tables.Count;
}

/// <summary>
/// A folder of published PDFs (the fifteen of Fixtures/corpus, or the folder <c>BUDGETMODEL_BENCHMARK_PDF_FOLDER</c>
/// names; the CI smoke run gives it three): every disclosure imported (<see cref="ImportFolder"/>) and imported and validated
/// (<see cref="ImportAndValidateFolder"/>), one after another, against the baseline of PdfPig's word extraction of
/// every file. Files whose names differ only by a final <c>-tables</c> / <c>-notes</c> are one disclosure and are
/// imported together with <see cref="DisclosureImporter.ImportDocuments"/> (Beijing's pair), as
/// <c>budgetmodel check --combine</c> would. The bytes are read in <see cref="Setup"/>: disk reads are not measured.
/// Documents per second = files ÷ the median.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PdfFolderBenchmarks
{
    private (string Name, byte[] Bytes)[][] _disclosures = [];

    /// <summary>
    /// Reads every file (not measured), groups the disclosures, and checks that every one imports, with tables in the
    /// folder, and that each file's imported lines come from pages on which PdfPig finds words, up to the last of them.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = Directory.GetFiles(PdfCorpus.Folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No PDF in {PdfCorpus.Folder}.");
        }
        _disclosures = files
            .GroupBy(PdfCorpus.DisclosureKey, StringComparer.Ordinal)
            .Select(g => g.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray())
            .ToArray();
        foreach (var documents in _disclosures)
        {
            var result = Import(documents);
            foreach (var (name, bytes) in documents)
            {
                PdfCorpus.CheckSamePages(name, bytes, result.Source, documents.Length > 1 ? name : null);
            }
        }
        if (ImportFolder() == 0)
        {
            throw new InvalidOperationException("The folder's disclosures have no table.");
        }
    }

    /// <summary>Baseline: PdfPig's word extraction of every file; returns the number of words.</summary>
    [Benchmark(Baseline = true)]
    public int PdfPigWordsFolder()
    {
        int words = 0;
        foreach (var documents in _disclosures)
        {
            foreach (var (_, bytes) in documents)
            {
                words += PdfCorpus.CountWords(bytes);
            }
        }
        return words;
    }

    /// <summary>Every disclosure imported; returns the number of tables.</summary>
    [Benchmark]
    public int ImportFolder()
    {
        int tables = 0;
        foreach (var documents in _disclosures)
        {
            tables += Import(documents).Disclosure.Tables.Count;
        }
        return tables;
    }

    /// <summary>Every disclosure imported and validated; returns the number of findings.</summary>
    [Benchmark]
    public int ImportAndValidateFolder()
    {
        int findings = 0;
        foreach (var documents in _disclosures)
        {
            findings += DisclosureValidator.Validate(Import(documents).Disclosure).Findings.Count;
        }
        return findings;
    }

    private static ImportResult Import((string Name, byte[] Bytes)[] documents) =>
        documents.Length == 1
            ? DisclosureImporter.Import(new MemoryStream(documents[0].Bytes))
            : DisclosureImporter.ImportDocuments(documents.Select(d => (d.Name, (Stream)new MemoryStream(d.Bytes))));
}

/// <summary>The corpus PDFs of the PDF benchmarks and what both sides of a pair are checked against.</summary>
internal static class PdfCorpus
{
    /// <summary>The corpus copied beside the benchmark assembly: Fixtures/corpus.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus");

    /// <summary>The folder of the folder benchmark: <c>BUDGETMODEL_BENCHMARK_PDF_FOLDER</c>, or <see cref="Fixtures"/>.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("BUDGETMODEL_BENCHMARK_PDF_FOLDER") is { Length: > 0 } folder ? folder : Fixtures;

    /// <summary>The words PdfPig extracts from every page of a PDF, as the importer extracts them.</summary>
    public static int CountWords(byte[] bytes)
    {
        int words = 0;
        using var document = PdfDocument.Open(bytes);
        foreach (var page in document.GetPages())
        {
            words += page.GetWords(NearestNeighbourWordExtractor.Instance).Count();
        }
        return words;
    }

    /// <summary>The disclosure a file belongs to: its name without <c>.pdf</c> and a final <c>-tables</c> or <c>-notes</c>.</summary>
    public static string DisclosureKey(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var part in (ReadOnlySpan<string>)["-tables", "-notes"])
        {
            if (name.EndsWith(part, StringComparison.Ordinal))
            {
                return name[..^part.Length];
            }
        }
        return name;
    }

    /// <summary>
    /// Throws unless the import read <paramref name="bytes"/> to its end, as PdfPig does: the imported lines (of
    /// <paramref name="document"/> when the import read several documents) come only from pages on which PdfPig finds
    /// words, and from the last of them. (Not from every one: the importer leaves tables of contents out of its
    /// lines, and pages of running headers only.)
    /// </summary>
    public static void CheckSamePages(string name, byte[] bytes, SourceMap? source, string? document)
    {
        if (source is null || !source.HasPages)
        {
            throw new InvalidOperationException($"{name}: the import has no PDF pages in its source map.");
        }
        var imported = new SortedSet<int>();
        for (int line = 1; line <= source.LineCount; line++)
        {
            var place = source.Locate(line);
            if (place.Page is { } page && (document is null || place.Document == document))
            {
                imported.Add(page);
            }
        }
        using var pdf = PdfDocument.Open(bytes);
        var withWords = pdf.GetPages()
            .Where(p => p.GetWords(NearestNeighbourWordExtractor.Instance).Any())
            .Select(p => p.Number)
            .ToHashSet();
        if (imported.Count == 0 || !imported.IsSubsetOf(withWords) || !imported.Contains(withWords.Max()))
        {
            throw new InvalidOperationException(
                $"{name}: the import read pages {string.Join(", ", imported)}; PdfPig finds words on pages {string.Join(", ", withWords.Order())}.");
        }
    }
}
