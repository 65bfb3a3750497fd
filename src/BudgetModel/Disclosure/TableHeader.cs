namespace BudgetModel.Disclosure;

/// <summary>
/// What a table says about itself besides its rows: its title and printed number, the unit name in its header,
/// the unit its amounts are in (单位：万元 / 单位：元), a note such as 本表为空表, and where it was read from.
/// </summary>
/// <param name="Precision">The unit and printed decimals of the table's amounts; every table knows its unit.</param>
/// <param name="Title">The title as printed, for example 2024年预算收支总表.</param>
/// <param name="PrintedNumber">The number printed before the title, for example 表一 or 预算公开表1.</param>
/// <param name="UnitName">The 单位名称 in the table's header.</param>
/// <param name="EmptyNote">A note that says the table is empty and why (本表为空表 / 无此项预算).</param>
/// <param name="Line">The 1-based source line of the title, when imported.</param>
public sealed record TableHeader(
    PublishedPrecision Precision,
    string? Title = null,
    string? PrintedNumber = null,
    string? UnitName = null,
    string? EmptyNote = null,
    int? Line = null)
{
    /// <summary>A header for a table in 万元 with two decimals and nothing else known.</summary>
    public static TableHeader Wan { get; } = new(PublishedPrecision.WanTwoDecimals);

    /// <summary>A header for a table in 元 with two decimals and nothing else known.</summary>
    public static TableHeader Yuan { get; } = new(PublishedPrecision.YuanTwoDecimals);
}
