using BudgetModel.Performance;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetModel.Testing.Generators;

/// <summary>FsCheck generators for performance indicators and their values (指标值).</summary>
public static class IndicatorGenerators
{
    private static readonly string[] QualitativeTexts =
    [
        "及时", "良好", "有效提升", "有效推进", "有效推动", "及时有效", "按时发放", "树立政府形象", "推进", "保障",
        "有效保障", "持续改善", "有效改善", "明显改善", "减少", "有效", "有效提高", "有效带动", "提升", "是",
        "提高97%", "提高1亿元", "2024年12月底前完成", "100%完成", "不低于上年",
    ];

    private static readonly string[] IndicatorNames =
    [
        "煤改电户数", "设备运行", "支付质保金期限", "“煤改电”设备质保金", "用户满意度", "第一书记全年出勤天数",
        "补助发放的及时性", "涉及国有企业数", "临时工人数", "增加税收", "维护职工稳定", "企业满意度",
    ];

    /// <summary>
    /// Quantitative values: every comparator, a non-negative number below 10^12 (as a count of its last decimal place) with 0 to 6 decimals, trailing zeros kept,
    /// and every unit of <see cref="IndicatorUnits.All"/> or none. Each value's text is its canonical form.
    /// </summary>
    public static Arbitrary<IndicatorValue> Quantitative() => QuantitativeGen().ToArbitrary();

    /// <summary>
    /// Any value: empty, quantitative (<see cref="Quantitative"/>) or qualitative (texts from real
    /// disclosures, including ones with numbers such as <c>提高97%</c>).
    /// </summary>
    public static Arbitrary<IndicatorValue> Any() => AnyGen().ToArbitrary();

    /// <summary>
    /// Indicators whose 二级 stands under a 一级 it may stand under (<see cref="IndicatorTaxonomy.IsValidUnder"/>),
    /// with a name from the seed and any value.
    /// </summary>
    public static Gen<Indicator> ValidIndicator() =>
        from subcategory in Gen.Elements(Enum.GetValues<IndicatorSubcategory>())
        from category in Gen.Elements(Enum.GetValues<IndicatorCategory>().Where(c => IndicatorTaxonomy.IsValidUnder(c, subcategory)).ToArray())
        from name in Gen.Elements(IndicatorNames)
        from value in AnyGen()
        select new Indicator(category, subcategory, name, value);

    private static Gen<IndicatorValue> QuantitativeGen()
    {
        var units = IndicatorUnits.All.Select(u => (string?)u).Append(null).ToArray();
        var mantissa = Gen.Choose(0, 999_999).SelectMany(high => Gen.Choose(0, 999_999), (high, low) => (long)high * 1_000_000 + low);
        var number = mantissa.SelectMany(_ => Gen.Choose(0, 6), (m, scale) => WithScale(m, scale));
        return from comparator in Gen.Elements(Enum.GetValues<IndicatorComparator>())
               from n in number
               from unit in Gen.Elements(units)
               select IndicatorValue.Quantitative(comparator, n, unit);
    }

    private static Gen<IndicatorValue> AnyGen() =>
        Gen.Frequency(
            (1, Gen.Constant(IndicatorValue.Empty)),
            (3, QuantitativeGen()),
            (2, Gen.Elements(QualitativeTexts).Select(IndicatorValue.Qualitative)));

    // Keeps the scale, so that trailing zeros (32323654.10) are generated too.
    private static decimal WithScale(long mantissa, int scale) =>
        new(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, false, (byte)scale);
}
