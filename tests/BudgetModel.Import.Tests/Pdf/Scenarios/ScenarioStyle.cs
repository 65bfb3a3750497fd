using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests.Pdf.Scenarios;

/// <summary>How function codes are printed.</summary>
internal enum CodeStyle
{
    /// <summary>One column: 2010801.</summary>
    Whole,

    /// <summary>Three columns 类 | 款 | 项: 201 | 08 | 01.</summary>
    Split,

    /// <summary>No code: names with ordinals and indentation (一、… （一）… 1.…).</summary>
    Absent,
}

/// <summary>The layout choices of a scenario.</summary>
internal sealed record ScenarioStyle
{
    /// <summary>How codes are printed.</summary>
    public CodeStyle Codes { get; init; } = CodeStyle.Whole;

    /// <summary>True for amounts in 元 (with thousands separators), false for 万元.</summary>
    public bool Yuan { get; init; }

    /// <summary>The ruling of every table.</summary>
    public Ruling Ruling { get; init; } = Ruling.Grid;

    /// <summary>True to print three header rows with a merged group header (项目 / 本年预算 / 其中).</summary>
    public bool ThreeRowHeader { get; init; }

    /// <summary>Column order of 支出总表 and 一般公共预算支出表.</summary>
    public IReadOnlyList<TableColumn> ExpenditureColumns { get; init; } = [TableColumn.Total, TableColumn.Basic, TableColumn.Project];

    /// <summary>Width of the name column of the function tables (narrow to wrap long names).</summary>
    public double NameWidth { get; init; } = 190;

    /// <summary>Width of the amount columns.</summary>
    public double AmountWidth { get; init; } = 70;

    /// <summary>Line height of body rows.</summary>
    public double RowHeight { get; init; } = 18;

    /// <summary>True to repeat the header on every page a table runs over.</summary>
    public bool RepeatHeader { get; init; } = true;

    /// <summary>The printed number of table n: (number line, title prefix).</summary>
    public Func<int, (string? Line, string? Prefix)> Number { get; init; } = n => (null, $"表{n} ");

    /// <summary>The left part of each table's unit line.</summary>
    public string UnitNameLabel { get; init; } = "部门名称：";

    /// <summary>Title of 一般公共预算基本支出表 (its wording varies).</summary>
    public string BasicTitle { get; init; } = "一般公共预算基本支出预算表";

    /// <summary>The note of the empty 政府性基金预算支出表.</summary>
    public string FundNote { get; init; } = "注：本单位无政府性基金预算，本表无数据。";

    /// <summary>Page furniture.</summary>
    public PageFooter Footer { get; init; } = PageFooter.Chinese;

    /// <summary>Running header on every page but the first, or null.</summary>
    public string? RunningHeader { get; init; }
}
