namespace BudgetModel.Import;

/// <summary>The rule ids of import diagnostics (<see cref="Validation.FindingKind.Import"/> findings).</summary>
public static class ImportRules
{
    /// <summary>A cell that should hold an amount holds text that is not one (error: the figure is lost).</summary>
    public const string Cell = "BM-IMPORT-CELL";

    /// <summary>A row's cells were shifted by the extraction and have been realigned (warning).</summary>
    public const string Shift = "BM-IMPORT-SHIFT";

    /// <summary>A row of a table could not be understood (error when it carries amounts, else warning).</summary>
    public const string Row = "BM-IMPORT-ROW";

    /// <summary>A printed name (a class, an economic item, a fund source) is not known, so the row has no code.</summary>
    public const string Name = "BM-IMPORT-NAME";

    /// <summary>A title that looks like a table's matches no known table kind; the table is skipped (warning).</summary>
    public const string UnknownTable = "BM-IMPORT-TABLE-UNKNOWN";

    /// <summary>A second table of a kind already read; it is skipped (warning).</summary>
    public const string DuplicateTable = "BM-IMPORT-TABLE-DUPLICATE";

    /// <summary>A table does not declare its unit (单位：万元 / 单位：元); 万元 is assumed (warning).</summary>
    public const string TableUnit = "BM-IMPORT-TABLE-UNIT";

    /// <summary>A table ends without the summary lines its kind prints (合计, 收入总计 …): it may be cut short (warning).</summary>
    public const string SummaryMissing = "BM-IMPORT-SUMMARY-MISSING";

    /// <summary>A table title with no rows under it (warning).</summary>
    public const string EmptyTable = "BM-IMPORT-TABLE-EMPTY";

    /// <summary>A performance sheet's field or funding figure could not be read.</summary>
    public const string Sheet = "BM-IMPORT-SHEET";

    /// <summary>An indicator row of a performance sheet could not be read whole (warning).</summary>
    public const string Indicator = "BM-IMPORT-INDICATOR";

    /// <summary>The unit's name could not be found; a placeholder is used (error).</summary>
    public const string Unit = "BM-IMPORT-UNIT";
}
