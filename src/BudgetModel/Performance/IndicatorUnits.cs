using System.Collections.Frozen;

namespace BudgetModel.Performance;

/// <summary>
/// The units a quantitative 指标值 may carry (<c>户</c>, <c>%</c>, <c>万元</c>, <c>人次</c>, <c>平方米</c>, <c>期/年</c>,
/// <c>TB</c> …), and
/// which of them are money. A number followed by any other text is read as qualitative text, not as a
/// quantity with an unknown unit, so that values such as <c>2024年12月底前完成</c> load as written.
/// </summary>
public static class IndicatorUnits
{
    private static readonly string[] AllUnits =
    [
        // Shares and rates.
        "%", "‰", "个百分点", "倍", "分",
        // Money.
        "元", "万元", "亿", "亿元",
        // People, households, organisations.
        "人", "人次", "万人", "万人次", "名", "户", "户次", "万户", "家", "所", "位",
        // Time.
        "天", "日", "个工作日", "工作日", "周", "个月", "月", "季度", "年", "小时", "分钟",
        // Counts of things.
        "个", "项", "次", "批", "批次", "件", "台", "套", "辆", "部", "根", "箱", "张", "本", "册", "份", "篇",
        "期", "场", "座", "间", "处", "条", "块", "棵", "株", "头", "只", "组", "类", "种", "宗", "支", "片", "篇次",
        "万个", "万件", "万份", "万次",
        // Rates: money per person and time (cost standards), times per period.
        "元/人", "元/人/天", "元/人/日", "元/人/月", "元/人/年", "元/天", "元/次", "元/年", "次/年", "次/月", "次/周",
        "次/季度", "期/年", "期/月", "个/年", "项/年",
        // Data volumes (审计数据, 存储容量).
        "KB", "MB", "GB", "TB", "PB",
        // Length, area, volume, weight, energy.
        "米", "千米", "公里", "平方米", "万平方米", "平方公里", "亩", "万亩", "公顷", "立方米", "万立方米",
        "吨", "万吨", "千克", "公斤", "千瓦", "千瓦时", "万千瓦时", "兆瓦",
    ];

    private static readonly FrozenSet<string> UnitSet = AllUnits.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        UnitSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every unit a quantitative 指标值 may carry, as written.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(AllUnits);

    /// <summary>True when <paramref name="unit"/> is one of <see cref="All"/> (compared ordinally, as written).</summary>
    /// <param name="unit">A unit, for example <c>人次</c>.</param>
    public static bool IsKnown(ReadOnlySpan<char> unit) => UnitLookup.Contains(unit);

    /// <summary>
    /// The money unit a unit names: <c>元</c> → <see cref="MoneyUnit.Yuan"/>, <c>万元</c> → <see cref="MoneyUnit.Wan"/>,
    /// <c>亿</c> and <c>亿元</c> → <see cref="MoneyUnit.Yi"/>. False for every other unit.
    /// </summary>
    /// <param name="unit">A unit.</param>
    /// <param name="moneyUnit">The money unit; <c>default</c> when false is returned.</param>
    public static bool TryGetMoneyUnit(ReadOnlySpan<char> unit, out MoneyUnit moneyUnit)
    {
        switch (unit)
        {
            case "元":
                moneyUnit = MoneyUnit.Yuan;
                return true;
            case "万元":
                moneyUnit = MoneyUnit.Wan;
                return true;
            case "亿" or "亿元":
                moneyUnit = MoneyUnit.Yi;
                return true;
            default:
                moneyUnit = default;
                return false;
        }
    }

    /// <summary>The unit as the interned string of <see cref="All"/>, or null if not known.</summary>
    internal static string? Intern(ReadOnlySpan<char> unit) =>
        UnitLookup.TryGetValue(unit, out var known) ? known : null;
}
