namespace BudgetModel.Testing.Printing;

/// <summary>
/// A table: an optional printed number on its own line (公开03表) or before the title (表3 …), the title, a unit line
/// (名称 left, 单位 right), header rows with merged cells, body rows (one string per column, empty for an empty cell;
/// body cells merged down over several rows in <see cref="MergedColumns"/>),
/// the ruling, whether the header is repeated on each page the table runs over, and an optional note under it.
/// </summary>
public sealed record TableBlock(
    string? Title,
    IReadOnlyList<TableColumnLayout> Columns,
    IReadOnlyList<IReadOnlyList<HeaderCell>> Header,
    IReadOnlyList<IReadOnlyList<string>> Body) : LayoutBlock
{
    /// <summary>A number printed on its own line above the title (公开03表), or null.</summary>
    public string? NumberLine { get; init; }

    /// <summary>The left part of the unit line (部门名称：某某市测试局), or null.</summary>
    public string? UnitName { get; init; }

    /// <summary>The right part of the unit line (单位：万元), or null.</summary>
    public string? UnitLabel { get; init; }

    /// <summary>The ruling.</summary>
    public Ruling Ruling { get; init; } = Ruling.Grid;

    /// <summary>True to print the header again on every page the table continues on.</summary>
    public bool RepeatHeader { get; init; } = true;

    /// <summary>A note printed under the table (注：本单位无政府性基金预算), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Font size of header and body cells.</summary>
    public double FontSize { get; init; } = 9;

    /// <summary>White space between a column's edge and its left- or right-aligned text, in points.</summary>
    public double Padding { get; init; } = 3;

    /// <summary>Height of one line of a body row (a wrapped cell makes its row two lines high).</summary>
    public double RowHeight { get; init; } = 18;

    /// <summary>True to print the table on landscape pages.</summary>
    public bool Landscape { get; init; }

    /// <summary>The columns whose body cells are merged down (a project's name over its indicator rows): a non-empty
    /// cell spans the rows under it that leave the column empty, up to the next non-empty cell, the end of the page or
    /// the end of the table; its text is centred vertically over them, does not make its first row taller, and no rule
    /// is drawn across it. Empty for none.</summary>
    public IReadOnlyList<int> MergedColumns { get; init; } = [];

    /// <summary>True to start the table on a new page (the usual case).</summary>
    public bool NewPage { get; init; } = true;
}
