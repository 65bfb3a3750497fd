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
        _ => "the entry is sound",
    };
}
