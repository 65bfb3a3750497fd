using BudgetModel;

namespace BudgetModel.Tests.Money;

using Money = BudgetModel.Money;

public class MoneyParseTests
{
    // Every form found in the seed and its prose, with the amount worked out by hand in fen.
    [Theory]
    [InlineData("6,542.05", MoneyUnit.Wan, 6_542_050_000L)]          // table cell, 万元
    [InlineData("6542.05", MoneyUnit.Wan, 6_542_050_000L)]
    [InlineData("6542.05万元", MoneyUnit.Yuan, 6_542_050_000L)]      // the suffix wins over the bare unit
    [InlineData("6,542.05万元", MoneyUnit.Yuan, 6_542_050_000L)]
    [InlineData("364,575", MoneyUnit.Yuan, 36_457_500L)]
    [InlineData("364575元", MoneyUnit.Wan, 36_457_500L)]
    [InlineData("1,424,237.32", MoneyUnit.Yuan, 142_423_732L)]
    [InlineData("142.423732万元", MoneyUnit.Yuan, 142_423_732L)]    // the same project in the prose
    [InlineData("32,323,654.1", MoneyUnit.Yuan, 3_232_365_410L)]
    [InlineData("32323654.10元", MoneyUnit.Wan, 3_232_365_410L)]
    [InlineData("16779754.9元", MoneyUnit.Wan, 1_677_975_490L)]
    [InlineData("1704.4万元", MoneyUnit.Yuan, 1_704_400_000L)]
    [InlineData("1704.40", MoneyUnit.Wan, 1_704_400_000L)]
    [InlineData("28.205万元", MoneyUnit.Yuan, 28_205_000L)]
    [InlineData("28.264485万元", MoneyUnit.Yuan, 28_264_485L)]
    [InlineData("5000万元", MoneyUnit.Yuan, 5_000_000_000L)]
    [InlineData("0万元", MoneyUnit.Yuan, 0L)]
    [InlineData("0.20万元", MoneyUnit.Yuan, 200_000L)]
    [InlineData("91亿", MoneyUnit.Yuan, 910_000_000_000L)]
    [InlineData("1亿元", MoneyUnit.Wan, 10_000_000_000L)]
    [InlineData("28.205万", MoneyUnit.Yuan, 28_205_000L)]
    [InlineData("１２３，４５６．７８", MoneyUnit.Yuan, 12_345_678L)]     // full-width digits and punctuation
    [InlineData("１２３４５６．７８元", MoneyUnit.Wan, 12_345_678L)]
    [InlineData("-0.05", MoneyUnit.Yuan, -5L)]
    [InlineData("－1,234.5", MoneyUnit.Yuan, -123_450L)]               // full-width minus U+FF0D
    [InlineData("−3.00万元", MoneyUnit.Yuan, -3_000_000L)]              // minus sign U+2212
    [InlineData("+12", MoneyUnit.Yuan, 1_200L)]
    [InlineData("-0", MoneyUnit.Yuan, 0L)]
    [InlineData(" 924.56\t", MoneyUnit.Wan, 924_560_000L)]
    [InlineData("924.56 万元", MoneyUnit.Yuan, 924_560_000L)]
    [InlineData("1.230元", MoneyUnit.Yuan, 123L)]                       // trailing zeros are not finer than a fen
    [InlineData("0.000001万元", MoneyUnit.Yuan, 1L)]
    [InlineData("0.0000000001亿", MoneyUnit.Yuan, 1L)]
    [InlineData("000000000000000000000000000012", MoneyUnit.Yuan, 1_200L)]
    [InlineData("92233720368547758.07", MoneyUnit.Yuan, long.MaxValue)]
    [InlineData("-92,233,720,368,547,758.07元", MoneyUnit.Wan, -long.MaxValue)]
    public void Parses_every_form_of_the_seed(string text, MoneyUnit bareUnit, long expectedFen)
    {
        Assert.Equal(expectedFen, Money.Parse(text, bareUnit).TotalFen);
        Assert.True(Money.TryParse(text, bareUnit, out var viaTry));
        Assert.Equal(expectedFen, viaTry.TotalFen);
    }

    [Fact]
    public void A_bare_number_is_yuan_in_the_overloads_without_a_unit_and_in_IParsable()
    {
        Assert.Equal(654_205L, Money.Parse("6542.05").TotalFen);
        Assert.Equal(654_205L, Money.Parse("6542.05".AsSpan()).TotalFen);
        Assert.Equal(654_205L, ParseVia<Money>("6542.05").TotalFen);
        Assert.Equal(654_205L, SpanParseVia<Money>("6542.05").TotalFen);
        Assert.True(Money.TryParse("6542.05", out var m));
        Assert.Equal(654_205L, m.TotalFen);
        // A provider that would read "6542.05" differently is ignored: the grammar is culture-invariant.
        var commaDecimal = new System.Globalization.NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
        Assert.True(Money.TryParse("6542.05", commaDecimal, out m));
        Assert.Equal(654_205L, m.TotalFen);
    }

    private static T ParseVia<T>(string s) where T : IParsable<T> => T.Parse(s, null);

    private static T SpanParseVia<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);

    // Bad input: each a BudgetFormatException naming the text and the position where reading failed.
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("\t\u3000", 0)]
    [InlineData("abc", 0)]
    [InlineData("12a", 2)]
    [InlineData("12万美元", 2)]
    [InlineData("1 2", 2)]
    [InlineData("1.2.3", 3)]
    [InlineData("1..2", 2)]
    [InlineData("6542.05.00万元", 7)]
    [InlineData("1.", 2)]
    [InlineData(".5", 0)]
    [InlineData("-", 1)]
    [InlineData("--1", 1)]
    [InlineData("元", 0)]
    [InlineData("1,23", 4)]
    [InlineData("1,2345", 5)]
    [InlineData("1234,567", 4)]
    [InlineData(",123", 0)]
    [InlineData("1,,234", 2)]
    [InlineData("1,234,", 6)]
    [InlineData("1.5,0", 3)]
    [InlineData("1e5", 1)]
    [InlineData("123456789012345678901234567890", 19)]   // 30 digits: out of range at the 20th digit
    [InlineData("92233720368547758.08", 19)]             // one fen beyond MaxValue
    [InlineData("100000000000亿", 12)]                    // in range as digits, out of range in fen: at the unit
    [InlineData("1.234元", 4)]                            // finer than a fen
    [InlineData("0.0000001万元", 8)]
    [InlineData("1.2300001", 8)]
    public void Bad_input_is_a_typed_error_with_its_position(string text, int position)
    {
        var e = Assert.Throws<BudgetFormatException>(() => Money.Parse(text, MoneyUnit.Yuan));
        Assert.Equal(text, e.Text);
        Assert.Equal(position, e.Position);
        Assert.Equal("money", e.What);
        Assert.False(Money.TryParse(text, MoneyUnit.Yuan, out var result));
        Assert.Equal(Money.Zero, result);
        Assert.False(Money.TryParse(text, out _));
    }

    [Fact]
    public void Null_text_is_an_argument_error_for_Parse_and_false_for_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => Money.Parse((string)null!, (IFormatProvider?)null));
        Assert.False(Money.TryParse((string?)null, out _));
        Assert.False(Money.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Out_of_range_text_is_a_format_error_not_a_bare_overflow()
    {
        var e = Assert.Throws<BudgetFormatException>(() => Money.Parse("123456789012345678901234567890万元", MoneyUnit.Yuan));
        Assert.Contains("range", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.234元", MidpointRounding.AwayFromZero, 123L)]
    [InlineData("1.235元", MidpointRounding.AwayFromZero, 124L)]
    [InlineData("1.235元", MidpointRounding.ToEven, 124L)]
    [InlineData("1.245元", MidpointRounding.ToEven, 124L)]
    [InlineData("1.2450000001元", MidpointRounding.ToEven, 125L)]
    [InlineData("1.245元", MidpointRounding.AwayFromZero, 125L)]
    [InlineData("-1.235元", MidpointRounding.AwayFromZero, -124L)]
    [InlineData("-1.231元", MidpointRounding.ToNegativeInfinity, -124L)]
    [InlineData("-1.239元", MidpointRounding.ToPositiveInfinity, -123L)]
    [InlineData("1.239元", MidpointRounding.ToZero, 123L)]
    [InlineData("1.231元", MidpointRounding.ToPositiveInfinity, 124L)]
    [InlineData("0.0000001万元", MidpointRounding.AwayFromZero, 0L)]
    [InlineData("0.0000001万元", MidpointRounding.ToPositiveInfinity, 1L)]
    [InlineData("0.0000005万元", MidpointRounding.AwayFromZero, 1L)]
    [InlineData("0.0000005万元", MidpointRounding.ToEven, 0L)]
    [InlineData("1.23元", MidpointRounding.ToPositiveInfinity, 123L)]     // exact input is never moved
    public void Finer_than_a_fen_is_rounded_only_when_the_caller_names_a_rounding(string text, MidpointRounding rounding, long expectedFen)
    {
        Assert.Equal(expectedFen, Money.Parse(text, MoneyUnit.Yuan, rounding).TotalFen);
        Assert.True(Money.TryParse(text, MoneyUnit.Yuan, rounding, out var m));
        Assert.Equal(expectedFen, m.TotalFen);
    }

    [Fact]
    public void Rounding_up_past_the_range_is_out_of_range()
    {
        Assert.Throws<BudgetFormatException>(() => Money.Parse("92233720368547758.075", MoneyUnit.Yuan, MidpointRounding.AwayFromZero));
        Assert.Equal(long.MaxValue, Money.Parse("92233720368547758.074", MoneyUnit.Yuan, MidpointRounding.AwayFromZero).TotalFen);
    }

    [Fact]
    public void Undefined_units_and_roundings_are_argument_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Parse("1", (MoneyUnit)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Parse("1", MoneyUnit.Yuan, (MidpointRounding)42));
    }

    [Fact]
    public void TryParse_does_not_allocate()
    {
        string[] texts = ["6,542.05万元", "１２３，４５６．７８", "1.234元", "abc", "123456789012345678901234567890", "", "91亿"];
        long total = 0;
        foreach (var t in texts)
        {
            Money.TryParse(t, MoneyUnit.Wan, out var warm);
            Money.TryParse(t, MoneyUnit.Wan, MidpointRounding.AwayFromZero, out warm);
            total += warm.TotalFen;
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            foreach (var t in texts)
            {
                Money.TryParse(t, MoneyUnit.Wan, out var m);
                Money.TryParse(t, MoneyUnit.Wan, MidpointRounding.AwayFromZero, out var r);
                total += m.TotalFen + r.TotalFen;
            }
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, total);
    }
}
