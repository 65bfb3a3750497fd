using System.Globalization;
using System.Text;
using BudgetModel.Classification;

namespace BudgetModel.Cli;

/// <summary>
/// The editions of <c>check --catalog YEAR=FILE</c>: each FILE is a catalog CSV (docs/catalog.md) for the budget year
/// YEAR. The files of one year are laid, in command-line order, over the built-in edition
/// (<see cref="ClassificationCatalog.Edition2024"/>, whose codes they add to or rename, never remove); the result
/// replaces or joins the built-in edition in the set the validator picks from by budget year. So a 2025 catalog
/// leaves the check of a 2024 disclosure as it was, and a 2024 catalog can only add codes and rename them.
/// </summary>
/// <param name="Editions">The editions for validation: the built-in set with each YEAR's edition.</param>
/// <param name="ImportCatalog">The catalog the importer maps printed names (一、一般公共服务支出, 基本工资) to codes
/// with: every given edition laid over the built-in one in ascending year, since the budget year of a document is
/// known only once it is read. Null when no catalog is given (the importer's default).</param>
internal sealed record CatalogFiles(ClassificationCatalogSet Editions, ClassificationCatalog? ImportCatalog)
{
    /// <summary>The largest catalog file read (the full Ministry catalogue is well under 1 MB).</summary>
    internal const int MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>No catalog file: the built-in editions, the importer's default catalog.</summary>
    internal static CatalogFiles None { get; } = new(ClassificationCatalogSet.BuiltIn, null);

    /// <summary>Reads the files of the <c>--catalog</c> arguments.</summary>
    /// <param name="specs">The arguments, each <c>YEAR=FILE</c>.</param>
    /// <param name="files">The editions, when every argument could be read.</param>
    /// <param name="error">The one-line reason otherwise, naming the argument, and the file's line and column.</param>
    /// <returns>True when every file was read.</returns>
    internal static bool TryLoad(IReadOnlyList<string> specs, out CatalogFiles files, out string? error)
    {
        files = None;
        error = null;
        if (specs.Count == 0)
        {
            return true;
        }
        var byYear = new SortedDictionary<int, ClassificationCatalog>();
        foreach (var spec in specs)
        {
            if (!TryParseSpec(spec, out int year, out string path, out error) || !TryRead(path, year, out var catalog, out error))
            {
                return false;
            }
            byYear[year] = byYear.TryGetValue(year, out var earlier) ? earlier.MergedWith(catalog) : BuiltInFor(year).MergedWith(catalog);
        }
        var set = ClassificationCatalogSet.BuiltIn;
        var union = ClassificationCatalog.Edition2024;
        foreach (var edition in byYear.Values)
        {
            set = set.With(edition);
            union = union.MergedWith(edition);
        }
        files = new CatalogFiles(set, union);
        return true;
    }

    /// <summary>The built-in edition a file of <paramref name="year"/> is laid over: the year's, or the nearest earlier
    /// one, or the first for a year before every built-in edition.</summary>
    private static ClassificationCatalog BuiltInFor(int year) =>
        ClassificationCatalogSet.BuiltIn.TryForYear(year, out var selection) ? selection.Catalog! : ClassificationCatalog.Edition2024;

    private static bool TryParseSpec(string spec, out int year, out string path, out string? error)
    {
        int eq = spec.IndexOf('=', StringComparison.Ordinal);
        path = eq < 0 ? spec : spec[(eq + 1)..];
        year = 0;
        error = null;
        if (eq != 4 || !int.TryParse(spec.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 1000)
        {
            var hint = eq < 0 ? $"--catalog {YearIn(spec)}={spec}" : "--catalog 2025=catalog-2025.csv";
            error = $"--catalog {spec}: say which budget year's edition the catalog is, as in {hint}.";
            return false;
        }
        if (path.Length == 0)
        {
            error = $"--catalog {spec}: the file is missing after '='.";
            return false;
        }
        return true;
    }

    /// <summary>A year printed in a file name, to suggest; YYYY when there is none.</summary>
    private static string YearIn(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        for (int i = 0; i + 4 <= name.Length; i++)
        {
            var four = name.AsSpan(i, 4);
            bool standalone = (i == 0 || !char.IsAsciiDigit(name[i - 1])) && (i + 4 == name.Length || !char.IsAsciiDigit(name[i + 4]));
            if (standalone && four[0] is '1' or '2' && !four.ContainsAnyExceptInRange('0', '9'))
            {
                return four.ToString();
            }
        }
        return "YYYY";
    }

    private static bool TryRead(string path, int year, out ClassificationCatalog catalog, out string? error)
    {
        catalog = ClassificationCatalog.Edition2024;
        error = null;
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                error = $"{path}: no such catalog file.";
                return false;
            }
            if (new FileInfo(path).Length > MaxBytes)
            {
                error = $"{path}: the catalog file is larger than {MaxBytes / (1024 * 1024)} MB.";
                return false;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read the catalog file ({e.Message})";
            return false;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int at = Math.Clamp(e.Index, 0, bytes.Length);
            int line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            error = string.Create(CultureInfo.InvariantCulture, $"{path}: line {line}: the catalog is not UTF-8 text (save it as UTF-8).");
            return false;
        }

        try
        {
            catalog = ClassificationCatalog.FromCsv(text, year);
            return true;
        }
        catch (CatalogFormatException e)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"{path}: line {e.LineNumber}, column {e.Column}: {e.Reason} (character {e.Position + 1} of \"{e.Text}\").");
            return false;
        }
    }
}
