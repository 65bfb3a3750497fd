using System.Diagnostics;

namespace BudgetModel.Classification;

/// <summary>What is wrong with a catalog entry, as found by <see cref="CatalogData.TryAdd"/>.</summary>
internal enum CatalogEntryError
{
    /// <summary>Nothing: the entry was added.</summary>
    None = 0,

    /// <summary>The code is the empty code.</summary>
    EmptyCode,

    /// <summary>The name is empty or white space.</summary>
    EmptyName,

    /// <summary>The name holds a line break (an entry is one line of the catalog CSV).</summary>
    LineBreakInName,

    /// <summary>A mapping is given for an entry that is not a 部门 economic code.</summary>
    MappingFromNonDepartment,

    /// <summary>The mapping target is not a 政府 economic code.</summary>
    MappingTargetNotGovernment,

    /// <summary>The mapping target is of another level (类 to 款).</summary>
    MappingLevelDiffers,

    /// <summary>The list already holds the code.</summary>
    Duplicate,

    /// <summary>A former name's edition range is empty (its first edition after its last) or does not end before the
    /// edition it is part of.</summary>
    FormerNameRange,

    /// <summary>The same former name is listed twice for one code.</summary>
    DuplicateFormerName,
}

/// <summary>The three code lists of an edition (both economic systems share one).</summary>
internal enum CatalogList
{
    /// <summary>支出功能分类.</summary>
    Function,

    /// <summary>支出经济分类, 部门 and 政府.</summary>
    Economic,

    /// <summary>收入分类.</summary>
    Revenue,
}

/// <summary>
/// Mutable working data from which a <see cref="ClassificationCatalog"/> is frozen, and the one place where a new
/// entry is checked (<see cref="TryAdd"/>): <see cref="ClassificationCatalog.FromCsv(TextReader, int)"/> reports a
/// failed check with the line and column, <see cref="ClassificationCatalogBuilder"/> as an argument error.
/// </summary>
internal sealed class CatalogData
{
    // Keyed by the packed code (CodeDigits), not by the code structs: Dictionary<long, …> is compiled ahead of time
    // in the runtime, a dictionary per code struct is compiled at the first use of the catalog.

    /// <summary>Function names by packed <see cref="FunctionCode"/>.</summary>
    internal Dictionary<long, string> Functions { get; } = [];

    /// <summary>Economic names (both systems) by packed <see cref="EconomicCode"/>.</summary>
    internal Dictionary<long, string> Economics { get; } = [];

    /// <summary>Revenue names by packed <see cref="RevenueCode"/>.</summary>
    internal Dictionary<long, string> Revenues { get; } = [];

    /// <summary>The packed 政府 code of each packed 部门 code that maps to one.</summary>
    internal Dictionary<long, long> ToGovernment { get; } = [];

    /// <summary>Former names by list and packed code, each list in the order added.</summary>
    internal Dictionary<(CatalogList List, long Code), List<FormerName>> FormerNames { get; } = [];

    /// <summary>The list of a kind: economic codes of both systems share one (their first digits differ).</summary>
    internal static CatalogList ListOf(ClassificationKind kind) => kind switch
    {
        ClassificationKind.Function => CatalogList.Function,
        ClassificationKind.Revenue => CatalogList.Revenue,
        _ => CatalogList.Economic,
    };

    /// <summary>
    /// Checks a former name of a code and, when sound, adds it (the name trimmed). The code need not be in the
    /// edition: a code dropped from the classification may still be printed under its old name.
    /// </summary>
    /// <param name="kind">The list.</param>
    /// <param name="code">The packed code (0: the empty code).</param>
    /// <param name="name">The former name, not trimmed yet.</param>
    /// <param name="firstEdition">The first edition that used the name, when known.</param>
    /// <param name="lastEdition">The last edition that used the name.</param>
    /// <param name="editionYear">The year of the edition being built: the name must have gone out of use before it.</param>
    /// <returns><see cref="CatalogEntryError.None"/>, or the first thing wrong.</returns>
    internal CatalogEntryError TryAddFormer(ClassificationKind kind, long code, string name, int? firstEdition, int lastEdition, int editionYear)
    {
        if (code == 0)
        {
            return CatalogEntryError.EmptyCode;
        }
        string trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return CatalogEntryError.EmptyName;
        }
        if (trimmed.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return CatalogEntryError.LineBreakInName;
        }
        if (lastEdition >= editionYear || lastEdition < 1 || firstEdition is { } first && (first > lastEdition || first < 1))
        {
            return CatalogEntryError.FormerNameRange;
        }
        var key = (ListOf(kind), code);
        if (!FormerNames.TryGetValue(key, out var names))
        {
            FormerNames.Add(key, names = []);
        }
        else if (names.Exists(n => string.Equals(n.Name, trimmed, StringComparison.Ordinal)))
        {
            return CatalogEntryError.DuplicateFormerName;
        }
        names.Add(new FormerName(trimmed, firstEdition, lastEdition));
        return CatalogEntryError.None;
    }

    /// <summary>
    /// Checks an entry and, when it is sound, adds it (the name trimmed) with its mapping. Nothing is added on failure.
    /// The code's syntax is the caller's business (a parsed code is valid); for an economic entry
    /// <paramref name="kind"/> is the system of <paramref name="code"/>.
    /// </summary>
    /// <param name="kind">The list.</param>
    /// <param name="code">The packed code (0: the empty code).</param>
    /// <param name="name">The name, not trimmed yet.</param>
    /// <param name="mapsTo">The packed 政府 code a 部门 code maps to, or 0 for none.</param>
    /// <returns><see cref="CatalogEntryError.None"/>, or the first thing wrong, in the order of the enum.</returns>
    internal CatalogEntryError TryAdd(ClassificationKind kind, long code, string name, long mapsTo)
    {
        if (code == 0)
        {
            return CatalogEntryError.EmptyCode;
        }
        Debug.Assert(
            kind is ClassificationKind.Function or ClassificationKind.Revenue
            || (kind == ClassificationKind.EconomicGovernment) == (CodeDigits.FirstDigit(code) == 5),
            "An economic entry's kind is the system of its code.");
        string trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return CatalogEntryError.EmptyName;
        }
        if (trimmed.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return CatalogEntryError.LineBreakInName;
        }
        if (mapsTo != 0)
        {
            if (kind != ClassificationKind.EconomicDepartment)
            {
                return CatalogEntryError.MappingFromNonDepartment;
            }
            if (CodeDigits.FirstDigit(mapsTo) != 5)
            {
                return CatalogEntryError.MappingTargetNotGovernment;
            }
            if (CodeDigits.Length(mapsTo) != CodeDigits.Length(code))
            {
                return CatalogEntryError.MappingLevelDiffers;
            }
        }
        bool added = kind switch
        {
            ClassificationKind.Function => Functions.TryAdd(code, trimmed),
            ClassificationKind.Revenue => Revenues.TryAdd(code, trimmed),
            _ => Economics.TryAdd(code, trimmed),
        };
        if (!added)
        {
            return CatalogEntryError.Duplicate;
        }
        if (mapsTo != 0)
        {
            ToGovernment.Add(code, mapsTo);
        }
        return CatalogEntryError.None;
    }

    /// <summary>The reason for a failed <see cref="TryAdd"/>, in the words of the catalog CSV format (docs/catalog.md).</summary>
    /// <param name="error">Not <see cref="CatalogEntryError.None"/>.</param>
    /// <param name="code">The packed code of the entry, named by a duplicate.</param>
    /// <returns>The reason, lower case, without a final stop.</returns>
    internal static string Describe(CatalogEntryError error, long code) => error switch
    {
        CatalogEntryError.EmptyCode => "the code is empty",
        CatalogEntryError.EmptyName => "the name is empty",
        CatalogEntryError.LineBreakInName => "the name holds a line break",
        CatalogEntryError.MappingFromNonDepartment => "only economic-department entries (部门预算支出经济分类, 3xx) map to a government code",
        CatalogEntryError.MappingTargetNotGovernment => "a department code maps to an economic-government code (政府预算支出经济分类, 5xx)",
        CatalogEntryError.MappingLevelDiffers => "a department code maps to a government code of the same level (类 to 类, 款 to 款)",
        CatalogEntryError.Duplicate => $"the code {CodeDigits.ToDigits(code)} is already listed",
        CatalogEntryError.FormerNameRange => "a former name's editions run from its first (from, when given) to its last (until), which is before the edition's year",
        CatalogEntryError.DuplicateFormerName => $"this former name of {CodeDigits.ToDigits(code)} is already listed",
        _ => "the entry is sound",
    };
}
