using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace BudgetModel.Classification;

/// <summary>
/// One edition (budget year) of the 政府收支分类科目: the names of the 支出功能分类, 支出经济分类 (both systems, with
/// the 部门 → 政府 mapping) and 收入分类 codes. Immutable; lookups by code are constant-time.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Edition2024"/>, <see cref="Edition2025"/> and <see cref="Edition2026"/> are built in (data derived from
/// published disclosures, embedded in the assembly and read on first use). Further or fuller editions are read
/// from CSV text with <see cref="FromCsv(TextReader, int)"/> (see docs/catalog.md) or built in code with a
/// <see cref="ClassificationCatalogBuilder"/>, and may be laid over the built-in one with <see cref="MergedWith"/>; <see cref="ClassificationCatalogSet"/> picks an edition by year.
/// </para>
/// <para>
/// Structure is not enforced on load, so that partial overlays can be read: <see cref="FindOrphans"/> reports
/// every 款 without its 类, 项 without its 款 (and so on), and every mapping to a missing 政府 code.
/// </para>
/// <para>
/// Names are compared after normalisation: white space removed, full-width forms and brackets folded
/// (<c>（）</c> = <c>()</c>), and a leading table-1 ordinal (<c>十五、</c>) dropped.
/// </para>
/// </remarks>
public sealed partial class ClassificationCatalog
{
    // Plain dictionaries keyed by the packed code, copied from the data and never written afterwards (so reads from
    // any thread are safe). Not FrozenDictionary instances over the code structs: building those compiled some 450
    // methods at the first use of Edition2024 (50-60 ms of a 500 ms command-line check), while Dictionary<long, …>
    // is compiled ahead of time in the runtime, and a lookup is as fast (docs/benchmarks.md, Command line).
    private readonly Dictionary<long, string> _functions;
    private readonly Dictionary<long, string> _economics;
    private readonly Dictionary<long, string> _revenues;
    private readonly Dictionary<long, long> _toGovernment;
    private readonly Dictionary<string, FunctionCode[]> _functionsByName;
    private readonly Dictionary<string, EconomicCode[]> _economicsByName;
    private readonly Dictionary<string, RevenueCode[]> _revenuesByName;
    private readonly Dictionary<(CatalogList List, long Code), FormerName[]> _formerNames;
    private ReadOnlyDictionary<EconomicCode, EconomicCode>? _governmentMappings;

    /// <summary>Builds a catalog from checked data (codes valid, mappings 部门 → 政府 of the same level); the data is
    /// copied, so the caller may go on changing it.</summary>
    internal ClassificationCatalog(int year, CatalogData data)
    {
        CheckYear(year);
        Year = year;
        _functions = new Dictionary<long, string>(data.Functions);
        _economics = new Dictionary<long, string>(data.Economics);
        _revenues = new Dictionary<long, string>(data.Revenues);
        _toGovernment = new Dictionary<long, long>(data.ToGovernment);
        _formerNames = data.FormerNames.ToDictionary(static kv => kv.Key, static kv => kv.Value.ToArray());

        var functionCodes = SortedCodes(_functions.Keys, static p => new FunctionCode(p));
        var economicCodes = SortedCodes(_economics.Keys, static p => new EconomicCode(p));
        var revenueCodes = SortedCodes(_revenues.Keys, static p => new RevenueCode(p));
        FunctionCodes = Array.AsReadOnly(functionCodes);
        FunctionClasses = Array.AsReadOnly(Array.FindAll(functionCodes, static c => c.Level == FunctionLevel.Class));
        EconomicCodes = Array.AsReadOnly(economicCodes);
        RevenueCodes = Array.AsReadOnly(revenueCodes);

        _functionsByName = IndexByName(functionCodes, _functions, static c => c.Packed);
        _economicsByName = IndexByName(economicCodes, _economics, static c => c.Packed);
        _revenuesByName = IndexByName(revenueCodes, _revenues, static c => c.Packed);

        // A former name finds its code too (table 1 of an older layout prints 十、医疗卫生与计划生育支出), unless it is
        // some code's current name; the name check then reports it as outdated.
        foreach (var ((list, packed), formers) in _formerNames)
        {
            foreach (var former in formers)
            {
                string key = NameComparison.Normalize(former.Name);
                _ = list switch
                {
                    CatalogList.Function => _functionsByName.TryAdd(key, [new FunctionCode(packed)]),
                    CatalogList.Economic => _economicsByName.TryAdd(key, [new EconomicCode(packed)]),
                    _ => _revenuesByName.TryAdd(key, [new RevenueCode(packed)]),
                };
            }
        }
    }

    /// <summary>The budget year this edition applies from.</summary>
    public int Year { get; }

    /// <summary>Every 支出功能分类 code of the edition, in code order.</summary>
    public IReadOnlyList<FunctionCode> FunctionCodes { get; }

    /// <summary>The 类 of the 支出功能分类, in code order (the order of table 1: 201 一般公共服务支出 … 234).</summary>
    public IReadOnlyList<FunctionCode> FunctionClasses { get; }

    /// <summary>Every 支出经济分类 code of the edition, in code order (部门 3xx first, then 政府 5xx).</summary>
    public IReadOnlyList<EconomicCode> EconomicCodes { get; }

    /// <summary>Every 收入分类 code of the edition, in code order.</summary>
    public IReadOnlyList<RevenueCode> RevenueCodes { get; }

    /// <summary>The 部门 → 政府 mappings of the economic classification, keyed by 部门 code.</summary>
    public IReadOnlyDictionary<EconomicCode, EconomicCode> GovernmentMappings => _governmentMappings ??= new(
        _toGovernment.ToDictionary(static kv => new EconomicCode(kv.Key), static kv => new EconomicCode(kv.Value)));

    /// <summary>True when the edition holds the code.</summary>
    /// <param name="code">A function code.</param>
    /// <returns>True when known.</returns>
    public bool Contains(FunctionCode code) => _functions.ContainsKey(code.Packed);

    /// <summary>True when the edition holds the code.</summary>
    /// <param name="code">An economic code of either system.</param>
    /// <returns>True when known.</returns>
    public bool Contains(EconomicCode code) => _economics.ContainsKey(code.Packed);

    /// <summary>True when the edition holds the code.</summary>
    /// <param name="code">A revenue code.</param>
    /// <returns>True when known.</returns>
    public bool Contains(RevenueCode code) => _revenues.ContainsKey(code.Packed);

    /// <summary>The catalog name of a code, if the edition holds it.</summary>
    /// <param name="code">A function code.</param>
    /// <param name="name">The name, for example 产业发展 for 2150517; null when unknown.</param>
    /// <returns>True when known.</returns>
    public bool TryGetName(FunctionCode code, [NotNullWhen(true)] out string? name) => _functions.TryGetValue(code.Packed, out name);

    /// <summary>The catalog name of a code, if the edition holds it.</summary>
    /// <param name="code">An economic code of either system.</param>
    /// <param name="name">The name, for example 基本工资 for 30101; null when unknown.</param>
    /// <returns>True when known.</returns>
    public bool TryGetName(EconomicCode code, [NotNullWhen(true)] out string? name) => _economics.TryGetValue(code.Packed, out name);

    /// <summary>The catalog name of a code, if the edition holds it.</summary>
    /// <param name="code">A revenue code.</param>
    /// <param name="name">The name, for example 非税收入 for 103; null when unknown.</param>
    /// <returns>True when known.</returns>
    public bool TryGetName(RevenueCode code, [NotNullWhen(true)] out string? name) => _revenues.TryGetValue(code.Packed, out name);

    /// <summary>The catalog name of a code.</summary>
    /// <param name="code">A function code.</param>
    /// <returns>The name.</returns>
    /// <exception cref="UnknownClassificationCodeException">The edition does not hold the code.</exception>
    public string GetName(FunctionCode code) =>
        _functions.TryGetValue(code.Packed, out var name) ? name : throw new UnknownClassificationCodeException(ClassificationKind.Function, code.Value, Year);

    /// <summary>The catalog name of a code.</summary>
    /// <param name="code">An economic code of either system.</param>
    /// <returns>The name.</returns>
    /// <exception cref="UnknownClassificationCodeException">The edition does not hold the code.</exception>
    public string GetName(EconomicCode code) =>
        _economics.TryGetValue(code.Packed, out var name) ? name : throw new UnknownClassificationCodeException(KindOf(code), code.Value, Year);

    /// <summary>The catalog name of a code.</summary>
    /// <param name="code">A revenue code.</param>
    /// <returns>The name.</returns>
    /// <exception cref="UnknownClassificationCodeException">The edition does not hold the code.</exception>
    public string GetName(RevenueCode code) =>
        _revenues.TryGetValue(code.Packed, out var name) ? name : throw new UnknownClassificationCodeException(ClassificationKind.Revenue, code.Value, Year);

    /// <summary>
    /// The 政府预算支出经济分类 code that a 部门预算支出经济分类 code maps to, as table 6 prints it
    /// (30101 基本工资 → 50101 工资奖金津补贴).
    /// </summary>
    /// <param name="department">A 部门 code (3xx).</param>
    /// <param name="government">The 政府 code (5xx), or <c>default</c>.</param>
    /// <returns>False when the code is not a 部门 code or has no mapping in this edition.</returns>
    public bool TryMapToGovernment(EconomicCode department, out EconomicCode government)
    {
        bool found = _toGovernment.TryGetValue(department.Packed, out long packed);
        government = new EconomicCode(packed);
        return found;
    }

    /// <summary>
    /// The function code carrying <paramref name="name"/>, when exactly one code of the edition does
    /// (for table 1, which prints 类 names without codes: <c>十五、资源勘探工业信息等支出</c> → 215).
    /// </summary>
    /// <param name="name">A name as printed; normalised before comparison.</param>
    /// <param name="code">The code, or <c>default</c> when no code or several codes carry the name.</param>
    /// <returns>True when exactly one code carries the name.</returns>
    /// <remarks>Names below 类 repeat (行政运行 is 2150201 and 2150501): use the level overload or <see cref="FindFunctionsByName"/>.
    /// A former name (<see cref="GetFormerNames(FunctionCode)"/>) that is no code's current name finds its code too.</remarks>
    public bool TryFindFunctionByName(string name, out FunctionCode code) =>
        TryFindUnique(_functionsByName, name, static _ => true, out code);

    /// <summary>The function code of the given level carrying <paramref name="name"/>, when exactly one does.</summary>
    /// <param name="name">A name as printed; normalised before comparison.</param>
    /// <param name="level">The level to search (for table 1: <see cref="FunctionLevel.Class"/>).</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>True when exactly one code of that level carries the name.</returns>
    public bool TryFindFunctionByName(string name, FunctionLevel level, out FunctionCode code) =>
        TryFindUnique(_functionsByName, name, c => c.Level == level, out code);

    /// <summary>Every function code carrying <paramref name="name"/>, in code order (empty when none).</summary>
    /// <param name="name">A name as printed; normalised before comparison.</param>
    /// <returns>The codes.</returns>
    public IReadOnlyList<FunctionCode> FindFunctionsByName(string name) => FindAll(_functionsByName, name);

    /// <summary>
    /// The economic code of the given system carrying <paramref name="name"/>, when exactly one does
    /// (for table 6, which prints names without codes: 基本工资 → 30101, 工资奖金津补贴 → 50101).
    /// </summary>
    /// <param name="name">A name as printed; normalised before comparison.</param>
    /// <param name="system">The system to search: 住房公积金 is 30113 in one and 50103 in the other.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>True when exactly one code of that system carries the name.</returns>
    public bool TryFindEconomicByName(string name, EconomicSystem system, out EconomicCode code) =>
        TryFindUnique(_economicsByName, name, c => c.System == system, out code);

    /// <summary>The revenue code carrying <paramref name="name"/>, when exactly one code of the edition does.</summary>
    /// <param name="name">A name as printed; normalised before comparison.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>True when exactly one code carries the name.</returns>
    public bool TryFindRevenueByName(string name, out RevenueCode code) =>
        TryFindUnique(_revenuesByName, name, static _ => true, out code);

    /// <summary>The names the code carried in earlier editions (医疗卫生与计划生育支出 for 210, until 2018), in the
    /// order listed; empty when none is recorded.</summary>
    /// <param name="code">A function code.</param>
    /// <returns>The former names.</returns>
    public IReadOnlyList<FormerName> GetFormerNames(FunctionCode code) => FormerNamesOf(CatalogList.Function, code.Packed);

    /// <inheritdoc cref="GetFormerNames(FunctionCode)"/>
    public IReadOnlyList<FormerName> GetFormerNames(EconomicCode code) => FormerNamesOf(CatalogList.Economic, code.Packed);

    /// <inheritdoc cref="GetFormerNames(FunctionCode)"/>
    public IReadOnlyList<FormerName> GetFormerNames(RevenueCode code) => FormerNamesOf(CatalogList.Revenue, code.Packed);

    /// <summary>
    /// Compares a published name with the catalog name of the code; an unknown code is reported, not thrown. Names
    /// are compared after removing what printing changes and nothing else (<see cref="NameComparison"/>); a name
    /// that differs is a <see cref="NameCheckOutcome.FormerName"/> when it is one of the code's former names, a
    /// <see cref="NameCheckOutcome.Misspelling"/> when it is within a few characters' edits of the catalog name
    /// (<see cref="NameComparison.IsMisspelling"/>), and otherwise a <see cref="NameCheckOutcome.Mismatch"/>.
    /// </summary>
    /// <param name="code">The code as published.</param>
    /// <param name="publishedName">The name printed beside it.</param>
    /// <returns>The outcome, with the catalog name when the code is known.</returns>
    public NameCheck CheckName(FunctionCode code, string publishedName) => Check(_functions, CatalogList.Function, code.Packed, publishedName);

    /// <inheritdoc cref="CheckName(FunctionCode, string)"/>
    public NameCheck CheckName(EconomicCode code, string publishedName) => Check(_economics, CatalogList.Economic, code.Packed, publishedName);

    /// <inheritdoc cref="CheckName(FunctionCode, string)"/>
    public NameCheck CheckName(RevenueCode code, string publishedName) => Check(_revenues, CatalogList.Revenue, code.Packed, publishedName);

    /// <summary>
    /// Every entry whose parent is missing (a 款 without its 类, a 项 without its 款, a 目 without its 项) and every
    /// 部门 economic code whose 政府 mapping target is missing, in kind and code order. Empty for a sound catalog.
    /// </summary>
    /// <returns>The orphans.</returns>
    public IReadOnlyList<CatalogOrphan> FindOrphans()
    {
        var orphans = new List<CatalogOrphan>();
        foreach (var code in FunctionCodes)
        {
            if (code.Parent is { } parent && !_functions.ContainsKey(parent.Packed))
            {
                orphans.Add(new(ClassificationKind.Function, code.Value, _functions[code.Packed], OrphanReason.MissingParent, parent.Value));
            }
        }
        foreach (var code in EconomicCodes)
        {
            if (code.Parent is { } parent && !_economics.ContainsKey(parent.Packed))
            {
                orphans.Add(new(KindOf(code), code.Value, _economics[code.Packed], OrphanReason.MissingParent, parent.Value));
            }
            if (_toGovernment.TryGetValue(code.Packed, out long target) && !_economics.ContainsKey(target))
            {
                orphans.Add(new(KindOf(code), code.Value, _economics[code.Packed], OrphanReason.MissingMappingTarget, CodeDigits.ToDigits(target)));
            }
        }
        foreach (var code in RevenueCodes)
        {
            if (code.Parent is { } parent && !_revenues.ContainsKey(parent.Packed))
            {
                orphans.Add(new(ClassificationKind.Revenue, code.Value, _revenues[code.Packed], OrphanReason.MissingParent, parent.Value));
            }
        }
        orphans.Sort(static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Code, b.Code));
        return orphans.AsReadOnly();
    }

    /// <summary>
    /// A new catalog holding this edition's entries with <paramref name="overlay"/>'s laid over them: an overlay
    /// entry adds a code or renames an existing one, an overlay mapping adds or replaces one. Nothing is removed.
    /// The result has the overlay's <see cref="Year"/> (a 2025 overlay on the 2024 edition is a 2025 edition).
    /// </summary>
    /// <param name="overlay">The entries to lay over this edition, for example read by <see cref="FromCsv(TextReader, int)"/>.</param>
    /// <returns>The merged catalog.</returns>
    public ClassificationCatalog MergedWith(ClassificationCatalog overlay)
    {
        Guard.Against.Null(overlay);
        var data = ToData();
        var top = overlay.ToData();
        foreach (var (k, v) in top.Functions)
        {
            data.Functions[k] = v;
        }
        foreach (var (k, v) in top.Economics)
        {
            data.Economics[k] = v;
        }
        foreach (var (k, v) in top.Revenues)
        {
            data.Revenues[k] = v;
        }
        foreach (var (k, v) in top.ToGovernment)
        {
            data.ToGovernment[k] = v;
        }
        foreach (var (k, v) in top.FormerNames)
        {
            if (!data.FormerNames.TryGetValue(k, out var names))
            {
                data.FormerNames.Add(k, names = []);
            }
            foreach (var former in v)
            {
                names.RemoveAll(n => string.Equals(n.Name, former.Name, StringComparison.Ordinal));
                names.Add(former);
            }
        }
        return new ClassificationCatalog(overlay.Year, data);
    }

    /// <summary>The edition's year and size, for example <c>ClassificationCatalog 2024 (55 function, 30 economic, 3 revenue codes)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"ClassificationCatalog {Year} ({FunctionCodes.Count} function, {EconomicCodes.Count} economic, {RevenueCodes.Count} revenue codes)";

    internal CatalogData ToData()
    {
        var data = new CatalogData();
        foreach (var (k, v) in _functions)
        {
            data.Functions.Add(k, v);
        }
        foreach (var (k, v) in _economics)
        {
            data.Economics.Add(k, v);
        }
        foreach (var (k, v) in _revenues)
        {
            data.Revenues.Add(k, v);
        }
        foreach (var (k, v) in _toGovernment)
        {
            data.ToGovernment.Add(k, v);
        }
        foreach (var (k, v) in _formerNames)
        {
            data.FormerNames.Add(k, [.. v]);
        }
        return data;
    }

    internal static ClassificationKind KindOf(EconomicCode code) =>
        code.System == EconomicSystem.Government ? ClassificationKind.EconomicGovernment : ClassificationKind.EconomicDepartment;

    internal static void CheckYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(year), year, "A budget year is between 1 and 9999.");
        }
    }

    /// <summary>The codes in code order. A code orders as its packed value (<c>CompareTo</c> compares them), so the
    /// packed values are sorted.</summary>
    private static TCode[] SortedCodes<TCode>(Dictionary<long, string>.KeyCollection codes, Func<long, TCode> unpack)
        where TCode : struct
    {
        var packed = new long[codes.Count];
        codes.CopyTo(packed, 0);
        Array.Sort(packed);
        var sorted = new TCode[packed.Length];
        for (int i = 0; i < packed.Length; i++)
        {
            sorted[i] = unpack(packed[i]);
        }
        return sorted;
    }

    /// <summary>The codes of each normalised name (<see cref="NameComparison"/>), each list in code order.</summary>
    private static Dictionary<string, TCode[]> IndexByName<TCode>(TCode[] sortedCodes, Dictionary<long, string> names, Func<TCode, long> pack)
        where TCode : struct
    {
        var index = new Dictionary<string, TCode[]>(StringComparer.Ordinal);
        foreach (var code in sortedCodes)
        {
            var key = NameComparison.Normalize(names[pack(code)]);
            index[key] = index.TryGetValue(key, out var codes) ? [.. codes, code] : [code];
        }
        return index;
    }

    private static bool TryFindUnique<TCode>(Dictionary<string, TCode[]> index, string name, Func<TCode, bool> filter, out TCode code)
        where TCode : struct
    {
        Guard.Against.Null(name);
        code = default;
        if (!index.TryGetValue(NameComparison.Normalize(name), out var candidates))
        {
            return false;
        }
        int found = 0;
        foreach (var candidate in candidates)
        {
            if (filter(candidate))
            {
                code = candidate;
                found++;
            }
        }
        if (found != 1)
        {
            code = default;
        }
        return found == 1;
    }

    private static ReadOnlyCollection<TCode> FindAll<TCode>(Dictionary<string, TCode[]> index, string name)
        where TCode : struct
    {
        Guard.Against.Null(name);
        return index.TryGetValue(NameComparison.Normalize(name), out var codes) ? Array.AsReadOnly(codes) : ReadOnlyCollection<TCode>.Empty;
    }

    private ReadOnlyCollection<FormerName> FormerNamesOf(CatalogList list, long code) =>
        _formerNames.TryGetValue((list, code), out var names) ? Array.AsReadOnly(names) : ReadOnlyCollection<FormerName>.Empty;

    private NameCheck Check(Dictionary<long, string> names, CatalogList list, long code, string publishedName)
    {
        Guard.Against.Null(publishedName);
        if (!names.TryGetValue(code, out var expected))
        {
            return NameCheck.Unknown;
        }
        string printed = NameComparison.Normalize(publishedName);
        string wanted = NameComparison.Normalize(expected);
        if (string.Equals(wanted, printed, StringComparison.Ordinal))
        {
            return NameCheck.Matched(expected);
        }
        if (_formerNames.TryGetValue((list, code), out var formers))
        {
            foreach (var former in formers)
            {
                if (string.Equals(NameComparison.Normalize(former.Name), printed, StringComparison.Ordinal))
                {
                    return NameCheck.FromFormer(expected, former);
                }
            }
        }
        int distance = NameComparison.EditDistance(wanted, printed);
        return NameCheck.Differs(expected, distance, NameComparison.IsMisspellingDistance(wanted, printed, distance));
    }
}
