namespace BudgetModel.Disclosure;

/// <summary>
/// A table the library does not know (no <see cref="TableKind"/> fits it), kept as printed so that nothing of the
/// document is dropped: its title and printed number, its unit when declared, its header cells and its rows of cell
/// texts with their source lines. The rules do not check it; <c>BM-TABLE-UNRECOGNISED</c> reports each one as Info.
/// Immutable; add with <see cref="DisclosureBuilder.AddOtherTable"/>.
/// </summary>
public sealed class OtherTable
{
    private readonly OtherTableRow[] _header;
    private readonly OtherTableRow[] _rows;

    /// <summary>Creates a table.</summary>
    /// <param name="title">The title as printed, for example 2026年政府性基金预算“三公”经费支出表.</param>
    /// <param name="headerRows">The header rows (column headings, one or more printed rows), in order.</param>
    /// <param name="rows">The body rows, in print order.</param>
    /// <param name="printedNumber">The number printed before the title (表9, 公开09表 …), when printed.</param>
    /// <param name="precision">The unit and decimals the table declares (单位：万元), when it declares one.</param>
    /// <param name="unitName">The 单位名称 in the table's header, when printed.</param>
    /// <param name="line">The 1-based source line of the title, when imported.</param>
    public OtherTable(string title, IEnumerable<OtherTableRow> headerRows, IEnumerable<OtherTableRow> rows, string? printedNumber = null,
        PublishedPrecision? precision = null, string? unitName = null, int? line = null)
    {
        Guard.Against.Null(title);
        Guard.Against.Null(headerRows);
        Guard.Against.Null(rows);
        Title = title;
        _header = headerRows.ToArray();
        _rows = rows.ToArray();
        if (Array.Exists(_header, r => r is null) || Array.Exists(_rows, r => r is null))
        {
            Preconditions.ThrowArgument(nameof(rows), $"The table '{title}' has a null row.");
        }
        PrintedNumber = printedNumber;
        Precision = precision;
        UnitName = unitName;
        Line = line;
    }

    /// <summary>The title as printed.</summary>
    public string Title { get; }

    /// <summary>The number printed before the title, when printed.</summary>
    public string? PrintedNumber { get; }

    /// <summary>The unit and decimals the table declares, when it declares one.</summary>
    public PublishedPrecision? Precision { get; }

    /// <summary>The 单位名称 in the table's header, when printed.</summary>
    public string? UnitName { get; }

    /// <summary>The 1-based source line of the title, when imported.</summary>
    public int? Line { get; }

    /// <summary>The header rows (column headings), in order.</summary>
    public IReadOnlyList<OtherTableRow> HeaderRows => _header;

    /// <summary>The body rows, in print order.</summary>
    public IReadOnlyList<OtherTableRow> Rows => _rows;

    /// <inheritdoc />
    public override string ToString() => $"{PrintedNumber} {Title} (not a known table kind), {_rows.Length} rows".TrimStart();
}
