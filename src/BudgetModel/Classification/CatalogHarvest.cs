using System.Globalization;
using System.Text;
using BudgetModel.Disclosure;
using BudgetModel.Text;

namespace BudgetModel.Classification;

/// <summary>
/// Harvests a catalog from published disclosures: every (code, name) pair their tables print — 支出功能分类 to 项,
/// 支出经济分类 部门 and 政府 (with the 部门 → 政府 pairs table 6 prints), 收入分类 — counted in documents per budget
/// year. The majority name of each code is what most documents print; the other names are kept as variants with
/// their counts, so a typo in one document shows as a variant and a rename shows as a split between years.
/// </summary>
/// <remarks>
/// <para>
/// A document counts once per name of a code, however many of its tables print it. Names are grouped by
/// <see cref="NameComparison.Normalize"/>: 维修（护）费 and 维修(护)费 are one name, shown as most documents print it.
/// The result does not depend on the order documents are added. Not safe for concurrent use; the core does no I/O,
/// so the caller imports the documents (<c>DisclosureImporter</c>, or <c>budgetmodel catalog build</c>).
/// </para>
/// <code>
/// var harvest = new CatalogHarvest();
/// foreach (var d in disclosures) harvest.Add(d);
/// string csv = harvest.ToCsv();                                   // docs/catalog.md, "Harvest CSV"
/// var edition = harvest.ToEdition(2026, minimumDocuments: 2);     // majority names printed by two or more
/// </code>
/// </remarks>
public sealed class CatalogHarvest
{
    // (year, kind, packed code) → normal form → printed spelling → documents; and the mapping pairs likewise.
    private readonly Dictionary<(int Year, ClassificationKind Kind, long Code), Dictionary<string, Dictionary<string, int>>> _names = [];
    private readonly Dictionary<(int Year, long Code), Dictionary<long, int>> _mappings = [];
    private readonly Dictionary<int, int> _documents = [];

    /// <summary>How many documents were added, by budget year.</summary>
    public IReadOnlyDictionary<int, int> DocumentsByYear => _documents.AsReadOnly();

    /// <summary>Adds one document: every code and name its tables print, each pair counted once.</summary>
    /// <param name="disclosure">The disclosure, as imported.</param>
    /// <returns>This harvest.</returns>
    public CatalogHarvest Add(BudgetDisclosure disclosure)
    {
        Guard.Against.Null(disclosure);
        int year = disclosure.BudgetYear;
        var seen = new HashSet<(ClassificationKind, long, string)>();
        var seenMappings = new HashSet<(long, long)>();
        foreach (var table in disclosure.Tables)
        {
            foreach (var row in table.Rows)
            {
                switch (row)
                {
                    case FunctionRow f when !f.Code.IsEmpty:
                        Count(ClassificationKind.Function, f.Code.Packed, f.Name);
                        break;
                    case RevenueCodeRow r when !r.Code.IsEmpty:
                        Count(ClassificationKind.Revenue, r.Code.Packed, r.Name);
                        break;
                    case EconomicRow e:
                        if (e.DepartmentCode is { IsEmpty: false } d)
                        {
                            Count(ClassificationCatalog.KindOf(d), d.Packed, e.DepartmentName);
                        }
                        if (e.GovernmentCode is { IsEmpty: false } g && (e.GovernmentName ?? (e.DepartmentCode is null ? e.Name : null)) is { } governmentName)
                        {
                            Count(ClassificationCatalog.KindOf(g), g.Packed, governmentName);
                        }
                        if (e.DepartmentCode is { IsEmpty: false, System: EconomicSystem.Department } from
                            && e.GovernmentCode is { IsEmpty: false, System: EconomicSystem.Government } to
                            && from.Level == to.Level && seenMappings.Add((from.Packed, to.Packed)))
                        {
                            var targets = GetOrAdd(_mappings, (year, from.Packed));
                            targets[to.Packed] = targets.GetValueOrDefault(to.Packed) + 1;
                        }
                        break;
                }
            }
        }
        _documents[year] = _documents.GetValueOrDefault(year) + 1;
        return this;

        void Count(ClassificationKind kind, long code, string printed)
        {
            string name = WithoutOrdinals(printed);
            string normal = NameComparison.Normalize(name);
            if (name.Length == 0 || !seen.Add((kind, code, normal)))
            {
                return;
            }
            var byNormal = GetOrAdd(_names, (year, kind, code));
            var spellings = GetOrAdd(byNormal, normal);
            spellings[name] = spellings.GetValueOrDefault(name) + 1;
        }
    }

    /// <summary>Every harvested code: by year, kind and code order, with its majority name and variants.</summary>
    /// <returns>The entries.</returns>
    public IReadOnlyList<HarvestedName> Entries()
    {
        var entries = new List<HarvestedName>(_names.Count);
        foreach (var ((year, kind, code), byNormal) in _names)
        {
            var names = byNormal
                .Select(static g => new NameVariant(
                    g.Value.OrderByDescending(static s => s.Value).ThenBy(static s => s.Key, StringComparer.Ordinal).First().Key,
                    g.Value.Values.Sum()))
                .OrderByDescending(static v => v.Documents)
                .ThenBy(static v => NameComparison.Normalize(v.Name), StringComparer.Ordinal)
                .ToList();
            string? mapsTo = _mappings.TryGetValue((year, code), out var targets)
                ? CodeDigits.ToDigits(targets.OrderByDescending(static t => t.Value).ThenBy(static t => t.Key).First().Key)
                : null;
            int total = names.Sum(static n => n.Documents); // a document printing two names of a code counts for each
            entries.Add(new HarvestedName(year, kind, CodeDigits.ToDigits(code), names[0].Name, names[0].Documents,
                Math.Min(total, _documents.GetValueOrDefault(year)), names.Skip(1).ToList().AsReadOnly(), kind == ClassificationKind.EconomicDepartment ? mapsTo : null));
        }
        entries.Sort(static (a, b) =>
            a.Year != b.Year ? a.Year.CompareTo(b.Year)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : string.CompareOrdinal(a.Code, b.Code));
        return entries.AsReadOnly();
    }

    /// <summary>
    /// The harvest as CSV: header <c>kind,code,name,mapsTo,year,documents,variants</c>, one line per year and code
    /// with the majority name, the documents printing it, and the other names as <c>name (n) | name (n)</c>. The text
    /// is a catalog CSV: <see cref="ClassificationCatalog.FromCsv(TextReader, int)"/> reads a year's lines of it as an
    /// edition (the majority names).
    /// </summary>
    /// <param name="minimumDocuments">The least number of documents printing the majority name of a line; 1 (the
    /// default) writes every harvested code.</param>
    /// <returns>The CSV text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumDocuments"/> is less than 1.</exception>
    public string ToCsv(int minimumDocuments = 1)
    {
        Guard.Against.OutOfRange(minimumDocuments, nameof(minimumDocuments), 1, int.MaxValue);
        var sb = new StringBuilder("kind,code,name,mapsTo,year,documents,variants\n");
        foreach (var e in Entries().Where(e => e.Documents >= minimumDocuments))
        {
            sb.Append(ClassificationCatalog.CsvKind(e.Kind)).Append(',').Append(e.Code).Append(',');
            ClassificationCatalog.AppendField(sb, e.Name);
            sb.Append(',').Append(e.MapsTo).Append(',').Append(e.Year.ToString(CultureInfo.InvariantCulture))
              .Append(',').Append(e.Documents.ToString(CultureInfo.InvariantCulture)).Append(',');
            ClassificationCatalog.AppendField(sb, string.Join(" | ", e.Variants.Select(static v => string.Create(CultureInfo.InvariantCulture, $"{v.Name} ({v.Documents})"))));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The edition of a year made of the majority names of the codes that at least
    /// <paramref name="minimumDocuments"/> of that year's documents print, with the majority 部门 → 政府 mappings.
    /// </summary>
    /// <param name="year">The budget year.</param>
    /// <param name="minimumDocuments">The least number of documents printing the majority name; 1 or more.</param>
    /// <returns>The edition (empty when no document of the year was added). Not checked for structure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumDocuments"/> is less than 1, or the year is not 1 to 9999.</exception>
    public ClassificationCatalog ToEdition(int year, int minimumDocuments = 1)
    {
        Guard.Against.OutOfRange(minimumDocuments, nameof(minimumDocuments), 1, int.MaxValue);
        ClassificationCatalog.CheckYear(year);
        var data = new CatalogData();
        var entries = Entries().Where(e => e.Year == year && e.Documents >= minimumDocuments).ToList();
        var kept = entries.Select(static e => CodeDigits.Pack(e.Code)).ToHashSet();
        foreach (var e in entries)
        {
            long packed = CodeDigits.Pack(e.Code);
            long mapsTo = e.MapsTo is { } m && kept.Contains(CodeDigits.Pack(m)) ? CodeDigits.Pack(m) : 0;
            _ = data.TryAdd(e.Kind, packed, e.Name, mapsTo);
        }
        return new ClassificationCatalog(year, data);
    }

    /// <summary>The printed name without white space around it and without the table-1 ordinals before it
    /// (<c>十、卫生健康支出</c> is the name 卫生健康支出): ordinals are numbering, not part of the name.</summary>
    private static string WithoutOrdinals(string printed)
    {
        var text = ChineseText.SkipChineseOrdinals(printed.AsSpan().Trim());
        return text.Length == printed.Length ? printed : text.ToString();
    }

    private static TValue GetOrAdd<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!dictionary.TryGetValue(key, out var value))
        {
            dictionary.Add(key, value = new TValue());
        }
        return value;
    }
}
