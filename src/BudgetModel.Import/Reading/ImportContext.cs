using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>What the readers of one document share: the log, the catalog, the unit's name and the mentions.</summary>
internal sealed class ImportContext
{
    internal ImportContext(ClassificationCatalog catalog, string? unitName)
    {
        Catalog = catalog;
        UnitName = unitName;
    }

    internal ImportLog Log { get; } = new();

    /// <summary>True when the text was laid out from a PDF: every row's cells sit under their header cells, so columns
    /// are read from the headers (<see cref="HeaderMap"/>) rather than by position.</summary>
    internal bool AlignedCells { get; init; }

    /// <summary>For a PDF, whether each line (index = line − 1) is a table row rather than a title, note or prose.</summary>
    internal bool[]? TableRows { get; init; }

    /// <summary>True when the layout says the line is not a table row (a heading or prose after a table); false for text.</summary>
    internal bool IsOutsideTables(int line) => TableRows is { } rows && line >= 1 && line <= rows.Length && !rows[line - 1];

    /// <summary>For a PDF, the cells of each line (index = line − 1) that go on from the row above, merged with it (bit i
    /// for cell i); null for a line where that is not known, or for text.</summary>
    internal ulong?[]? Continued { get; init; }

    /// <summary>Whether cell <paramref name="cell"/> of line <paramref name="line"/> goes on from the row above (one cell
    /// merged over both rows: no rule between them), as the layout drew it; null when not known (text, a line outside a
    /// table frame, a cell beyond the 64th).</summary>
    internal bool? ContinuesAbove(int line, int cell) =>
        Continued is { } all && line >= 1 && line <= all.Length && all[line - 1] is { } mask && cell is >= 0 and < 64
            ? (mask & (1UL << cell)) != 0
            : null;

    internal ClassificationCatalog Catalog { get; }

    private ClassificationCatalog? _proseCatalog;

    /// <summary>Makes <see cref="ProseCatalog"/> (once, when first asked for); null: the catalog itself.</summary>
    internal Func<ClassificationCatalog>? ExtendCatalog { get; init; }

    /// <summary>The catalog the explanations of expenditure look names up in: <see cref="Catalog"/> with the function
    /// codes the document's own tables print and it lacks (<see cref="PrintedFunctions"/>).</summary>
    internal ClassificationCatalog ProseCatalog => _proseCatalog ??= ExtendCatalog?.Invoke() ?? Catalog;

    /// <summary>True once a performance sheet of the document was seen to centre its level labels in their merged rows
    /// (<see cref="OnePeriodIndicatorRows"/>): the document's other sheets are read the same way.</summary>
    internal bool CentredIndicatorLabels { get; set; }

    /// <summary>The budget year as far as it is known (the cover's, else the first title's that states one); null before.</summary>
    internal int? BudgetYear { get; set; }

    /// <summary>The unit's name from the cover, when found.</summary>
    internal string? UnitName { get; set; }

    internal List<ProseMention> Mentions { get; } = [];

    internal void MentionUnitName(string name, int line, string context) =>
        Mentions.Add(new ProseMention(MentionKind.UnitName, name, line, Context: context));

    /// <summary>True when a row name is the unit's own name (the unit row of a project table).</summary>
    internal bool IsUnitName(string name, string? tableUnitName)
    {
        var n = Labels.Normalize(name);
        return (UnitName is not null && n == Labels.Normalize(UnitName)) || (tableUnitName is not null && n == Labels.Normalize(tableUnitName));
    }
}
