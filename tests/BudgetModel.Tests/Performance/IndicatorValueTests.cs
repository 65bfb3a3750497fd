using BudgetModel.Performance;
using BudgetModel.Testing.Contracts;

namespace BudgetModel.Tests.Performance;

public class IndicatorValueTests
{
    // Every quantitative 指标值 of the seed, with its parts read by hand.
    [Theory]
    [InlineData("350户", IndicatorComparator.None, "350", "户")]
    [InlineData("≥90%", IndicatorComparator.AtLeast, "90", "%")]
    [InlineData("5年", IndicatorComparator.None, "5", "年")]
    [InlineData("364575元", IndicatorComparator.None, "364575", "元")]
    [InlineData("91亿", IndicatorComparator.None, "91", "亿")]
    [InlineData("100%", IndicatorComparator.None, "100", "%")]
    [InlineData("32323654.10元", IndicatorComparator.None, "32323654.10", "元")]
    [InlineData("≥20%", IndicatorComparator.AtLeast, "20", "%")]
    [InlineData("≥95%", IndicatorComparator.AtLeast, "95", "%")]
    [InlineData("250天", IndicatorComparator.None, "250", "天")]
    [InlineData("32500元", IndicatorComparator.None, "32500", "元")]
    [InlineData("7户", IndicatorComparator.None, "7", "户")]
    [InlineData("1704.4万元", IndicatorComparator.None, "1704.4", "万元")]
    [InlineData("4人", IndicatorComparator.None, "4", "人")]
    [InlineData("95040元", IndicatorComparator.None, "95040", "元")]
    [InlineData("1人", IndicatorComparator.None, "1", "人")]
    [InlineData("7500元", IndicatorComparator.None, "7500", "元")]
    [InlineData(">95%", IndicatorComparator.GreaterThan, "95", "%")]
    [InlineData("4根", IndicatorComparator.None, "4", "根")]
    [InlineData("3天", IndicatorComparator.None, "3", "天")]
    [InlineData("36400元", IndicatorComparator.None, "36400", "元")]
    [InlineData("589880元", IndicatorComparator.None, "589880", "元")]
    [InlineData("≥98%", IndicatorComparator.AtLeast, "98", "%")]
    [InlineData("95人", IndicatorComparator.None, "95", "人")]
    [InlineData("590.72万元", IndicatorComparator.None, "590.72", "万元")]
    [InlineData("<40户", IndicatorComparator.LessThan, "40", "户")]
    [InlineData("57.4万元", IndicatorComparator.None, "57.4", "万元")]
    [InlineData("101.15万元", IndicatorComparator.None, "101.15", "万元")]
    [InlineData("72.1万元", IndicatorComparator.None, "72.1", "万元")]
    [InlineData("108部", IndicatorComparator.None, "108", "部")]
    [InlineData("7个", IndicatorComparator.None, "7", "个")]
    [InlineData("6天", IndicatorComparator.None, "6", "天")]
    [InlineData("15万元", IndicatorComparator.None, "15", "万元")]
    [InlineData("2388米", IndicatorComparator.None, "2388", "米")]
    [InlineData("28.264485万元", IndicatorComparator.None, "28.264485", "万元")]
    [InlineData("24.583869万元", IndicatorComparator.None, "24.583869", "万元")]
    [InlineData("47.170052万元", IndicatorComparator.None, "47.170052", "万元")]
    [InlineData("6万元", IndicatorComparator.None, "6", "万元")]
    [InlineData("13.77万元", IndicatorComparator.None, "13.77", "万元")]
    [InlineData("22.635326万元", IndicatorComparator.None, "22.635326", "万元")]
    [InlineData("18人", IndicatorComparator.None, "18", "人")]
    [InlineData("10万元", IndicatorComparator.None, "10", "万元")]
    [InlineData("≥97%", IndicatorComparator.AtLeast, "97", "%")]
    [InlineData("4.3米", IndicatorComparator.None, "4.3", "米")]
    [InlineData("28.205万元", IndicatorComparator.None, "28.205", "万元")]
    [InlineData("5人", IndicatorComparator.None, "5", "人")]
    [InlineData("1年", IndicatorComparator.None, "1", "年")]
    [InlineData("17.7万元", IndicatorComparator.None, "17.7", "万元")]
    [InlineData(">17000辆", IndicatorComparator.GreaterThan, "17000", "辆")]
    [InlineData(">25000人", IndicatorComparator.GreaterThan, "25000", "人")]
    [InlineData("≥99%", IndicatorComparator.AtLeast, "99", "%")]
    [InlineData("≥96%", IndicatorComparator.AtLeast, "96", "%")]
    [InlineData("<1天", IndicatorComparator.LessThan, "1", "天")]
    [InlineData("64.9万元", IndicatorComparator.None, "64.9", "万元")]
    [InlineData(">50%", IndicatorComparator.GreaterThan, "50", "%")]
    [InlineData("3495人", IndicatorComparator.None, "3495", "人")]
    [InlineData("90万元", IndicatorComparator.None, "90", "万元")]
    [InlineData("≥100人", IndicatorComparator.AtLeast, "100", "人")]
    [InlineData("94500元", IndicatorComparator.None, "94500", "元")]
    [InlineData("3台", IndicatorComparator.None, "3", "台")]
    [InlineData("6套", IndicatorComparator.None, "6", "套")]
    [InlineData("25500元", IndicatorComparator.None, "25500", "元")]
    [InlineData("2人", IndicatorComparator.None, "2", "人")]
    [InlineData("22752元", IndicatorComparator.None, "22752", "元")]
    [InlineData("20000元", IndicatorComparator.None, "20000", "元")]
    [InlineData("10000元", IndicatorComparator.None, "10000", "元")]
    [InlineData("21个", IndicatorComparator.None, "21", "个")]
    [InlineData("≥80%", IndicatorComparator.AtLeast, "80", "%")]
    [InlineData("286.42万元", IndicatorComparator.None, "286.42", "万元")]
    [InlineData("6255.63万元", IndicatorComparator.None, "6255.63", "万元")]
    public void Every_quantitative_value_of_the_seed_parses_and_formats_back(string text, IndicatorComparator comparator, string number, string unit) =>
        AssertQuantity(text, comparator, number, unit);

    // Units of real sheets beyond the seed's (Beijing 2026: counts per period, counts in 万, data volumes).
    [Theory]
    [InlineData("≥4期/年", IndicatorComparator.AtLeast, "4", "期/年")]
    [InlineData("≥10万个", IndicatorComparator.AtLeast, "10", "万个")]
    [InlineData("≥500MB", IndicatorComparator.AtLeast, "500", "MB")]
    [InlineData("≥1TB", IndicatorComparator.AtLeast, "1", "TB")]
    [InlineData("2次/季度", IndicatorComparator.None, "2", "次/季度")]
    public void Counts_per_period_and_data_volumes_are_quantities(string text, IndicatorComparator comparator, string number, string unit) =>
        AssertQuantity(text, comparator, number, unit);

    /// <summary>The text parses as a quantity with these parts and formats back as written.</summary>
    private static void AssertQuantity(string text, IndicatorComparator comparator, string number, string unit)
    {
        var value = IndicatorValue.Parse(text);

        Assert.True(value.IsQuantitative);
        Assert.Equal(IndicatorValueKind.Quantitative, value.Kind);
        Assert.Equal(comparator, value.Comparator);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(text, value.ToString());
        Assert.Equal(text, value.Text);
        Assert.Equal(text, value.Format());
    }

    [Theory]
    [InlineData("良好")]
    [InlineData("有效改善")]
    [InlineData("持续改善")]
    [InlineData("及时")]
    [InlineData("推进")]
    [InlineData("有效推动")]
    [InlineData("提高97%")]
    [InlineData("有效提升")]
    [InlineData("减少")]
    [InlineData("及时有效")]
    [InlineData("有效推进")]
    [InlineData("有效")]
    [InlineData("按时发放")]
    [InlineData("树立政府形象")]
    [InlineData("明显改善")]
    [InlineData("有效提高")]
    [InlineData("提高1亿元")]
    [InlineData("有效带动")]
    [InlineData("保障")]
    [InlineData("是")]
    [InlineData("有效保障")]
    [InlineData("提升")]
    public void Every_qualitative_value_of_the_seed_parses_and_formats_back(string text)
    {
        var value = IndicatorValue.Parse(text);

        Assert.True(value.IsQualitative);
        Assert.False(value.IsQuantitative);
        Assert.Equal(IndicatorComparator.None, value.Comparator);
        Assert.Null(value.Number);
        Assert.Null(value.Unit);
        Assert.Equal(text, value.ToString());
        Assert.Equal(text, value.Format());
        Assert.False(value.TryGetMoney(out _));
    }

    [Theory]
    [InlineData("2024年12月底前完成")]
    [InlineData("100%完成")]
    [InlineData("不低于上年")]
    [InlineData("≥3家企业")]
    [InlineData("2024.1.1前完成")]
    [InlineData("250*130=32500元")]
    public void A_number_followed_by_other_text_is_qualitative(string text)
    {
        Assert.True(IndicatorValue.TryParse(text, out var value));
        Assert.True(value.IsQualitative);
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData("28.264485万元", 28_264_485L)]
    [InlineData("91亿", 910_000_000_000L)]
    [InlineData("364575元", 36_457_500L)]
    [InlineData("32323654.10元", 3_232_365_410L)]
    [InlineData("1704.4万元", 1_704_400_000L)]
    [InlineData("57.4万元", 57_400_000L)]
    [InlineData("2亿元", 20_000_000_000L)]
    [InlineData("1,424,237.32元", 142_423_732L)]
    public void Money_valued_indicators_give_their_amount(string text, long fen)
    {
        Assert.True(IndicatorValue.Parse(text).TryGetMoney(out var money));
        Assert.Equal(fen, money.TotalFen);
    }

    [Fact]
    public void Seed_money_examples_in_yuan()
    {
        Assert.True(IndicatorValue.Parse("28.264485万元").TryGetMoney(out var m1));
        Assert.Equal(282_644.85m, m1.Yuan);
        Assert.True(IndicatorValue.Parse("91亿").TryGetMoney(out var m2));
        Assert.Equal(9_100_000_000m, m2.Yuan);
    }

    [Theory]
    [InlineData("≥90%")]
    [InlineData("350户")]
    [InlineData("及时")]
    [InlineData("")]
    [InlineData("0.001元")]
    [InlineData("100000000000亿")]
    public void Values_that_are_not_whole_money_give_none(string text)
    {
        Assert.False(IndicatorValue.Parse(text).TryGetMoney(out var money));
        Assert.Equal(BudgetModel.Money.Zero, money);
    }

    [Theory]
    [InlineData("≥", 1)]
    [InlineData("＞", 1)]
    [InlineData("  ≥", 3)]
    [InlineData("≥良好", 1)]
    [InlineData("12.3.4%", 4)]
    [InlineData("1,00万元", 1)]
    [InlineData("5.%", 1)]
    [InlineData(".5%", 0)]
    [InlineData("1.5,000元", 3)]
    [InlineData("≥12.3.4", 5)]
    [InlineData("1234567890123456789012345678901元", 0)]
    public void Malformed_quantities_are_refused_with_the_position(string text, int position)
    {
        Assert.False(IndicatorValue.TryParse(text, out var value));
        Assert.Equal(IndicatorValue.Empty, value);
        var e = Assert.Throws<BudgetFormatException>(() => IndicatorValue.Parse(text));
        Assert.Equal(text, e.Text);
        Assert.Equal(position, e.Position);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Empty_cell_is_the_empty_value(string text)
    {
        var value = IndicatorValue.Parse(text);
        Assert.True(value.IsEmpty);
        Assert.Equal(IndicatorValue.Empty, value);
        Assert.Equal(string.Empty, value.ToString());
        Assert.Null(value.Number);
        Assert.Null(value.Unit);
    }

    [Fact]
    public void Default_is_empty()
    {
        ValueTypeContract.CheckDefault(IndicatorValue.Parse("  "));
        Assert.Equal(IndicatorValueKind.Empty, default(IndicatorValue).Kind);
        Assert.Equal(string.Empty, default(IndicatorValue).Text);
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorValue.Parse(null!));
        Assert.False(IndicatorValue.TryParse(null, out _));
    }

    [Theory]
    [InlineData(">=90%", IndicatorComparator.AtLeast)]
    [InlineData("＞＝90%", IndicatorComparator.AtLeast)]
    [InlineData("≧90%", IndicatorComparator.AtLeast)]
    [InlineData("不低于90%", IndicatorComparator.AtLeast)]
    [InlineData("不少于90%", IndicatorComparator.AtLeast)]
    [InlineData("90%以上", IndicatorComparator.AtLeast)]
    [InlineData("90％及以上", IndicatorComparator.AtLeast)]
    [InlineData("<=90%", IndicatorComparator.AtMost)]
    [InlineData("不高于90%", IndicatorComparator.AtMost)]
    [InlineData("不超过90%", IndicatorComparator.AtMost)]
    [InlineData("90%以内", IndicatorComparator.AtMost)]
    [InlineData("大于90%", IndicatorComparator.GreaterThan)]
    [InlineData("＞90%", IndicatorComparator.GreaterThan)]
    [InlineData("小于90%", IndicatorComparator.LessThan)]
    [InlineData("＜90%", IndicatorComparator.LessThan)]
    [InlineData("＝90%", IndicatorComparator.Equal)]
    [InlineData("= 90 %", IndicatorComparator.Equal)]
    public void Comparator_spellings_are_read_and_kept(string text, IndicatorComparator comparator)
    {
        var value = IndicatorValue.Parse(text);
        Assert.Equal(comparator, value.Comparator);
        Assert.Equal(90m, value.Number);
        Assert.Equal("%", value.Unit);
        Assert.Equal(text, value.ToString());
        Assert.Equal(comparator.GetSymbol() + "90%", value.Format());
    }

    [Fact]
    public void Canonical_format_drops_separators_and_spaces_but_keeps_decimals()
    {
        var value = IndicatorValue.Parse(" 1,424,237.32 元 ");
        Assert.Equal("1,424,237.32 元", value.ToString());
        Assert.Equal("1424237.32元", value.Format());
        Assert.Equal(value, IndicatorValue.Parse(value.Format()));
    }

    [Fact]
    public void Equality_is_by_meaning_and_satisfies_the_contract()
    {
        ValueTypeContract.CheckEquality(
            IndicatorValue.Parse("≥90%"),
            IndicatorValue.Parse(">=90.0%"),
            IndicatorValue.Parse("≥91%"),
            IndicatorValue.Parse(">90%"),
            IndicatorValue.Parse("≥90人"),
            IndicatorValue.Parse("90%"),
            IndicatorValue.Parse("提高90%"),
            IndicatorValue.Empty);
        ValueTypeContract.CheckEquality(
            IndicatorValue.Parse("及时"),
            IndicatorValue.Qualitative(" 及时 "),
            IndicatorValue.Parse("及时有效"),
            IndicatorValue.Empty);
        ValueTypeContract.CheckEquality(IndicatorValue.Empty, IndicatorValue.Parse(" "), IndicatorValue.Parse("0%"));
        ValueTypeContract.CheckEquality(
            IndicatorValue.Parse("91亿"),
            IndicatorValue.Quantitative(IndicatorComparator.None, 91m, "亿"),
            IndicatorValue.Parse("91亿元"));
    }

    [Fact]
    public void Quantitative_factory_writes_the_canonical_text()
    {
        var value = IndicatorValue.Quantitative(IndicatorComparator.AtLeast, 95.0m, "%");
        Assert.Equal("≥95.0%", value.ToString());
        Assert.Equal(IndicatorValue.Parse("≥95%"), value);
        Assert.Equal("7", IndicatorValue.Quantitative(IndicatorComparator.None, 7m, null).ToString());
        Assert.Null(IndicatorValue.Quantitative(IndicatorComparator.None, 7m, "").Unit);
    }

    [Fact]
    public void Quantitative_factory_refuses_what_cannot_be_read_back()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorValue.Quantitative(IndicatorComparator.None, -1m, "户"));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorValue.Quantitative((IndicatorComparator)9, 1m, "户"));
        Assert.Throws<ArgumentException>(() => IndicatorValue.Quantitative(IndicatorComparator.None, 1m, "家企业"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("350户")]
    [InlineData("≥")]
    public void Qualitative_factory_refuses_empty_and_quantitative_text(string text)
    {
        Assert.Throws<ArgumentException>(() => IndicatorValue.Qualitative(text));
    }
}
