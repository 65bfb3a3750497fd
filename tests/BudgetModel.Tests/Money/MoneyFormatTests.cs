using System.Text;
using BudgetModel;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Money;

using Money = BudgetModel.Money;

public class MoneyFormatTests
{
    [Theory]
    // 28.264485万元 = 282,644.85 元 (a performance-sheet figure of the seed).
    [InlineData(28_264_485L, "Y", "282644.85")]
    [InlineData(28_264_485L, "YN", "282,644.85")]
    [InlineData(28_264_485L, "YU", "282644.85元")]
    [InlineData(28_264_485L, "YNU", "282,644.85元")]
    [InlineData(28_264_485L, "Y2", "282644.85")]
    [InlineData(28_264_485L, "Y1", "282644.9")]
    [InlineData(28_264_485L, "YN0", "282,645")]
    [InlineData(28_264_485L, "W", "28.264485")]
    [InlineData(28_264_485L, "W6", "28.264485")]
    [InlineData(28_264_485L, "W2", "28.26")]
    [InlineData(28_264_485L, "W0", "28")]
    [InlineData(28_264_485L, "WU2", "28.26万元")]
    [InlineData(28_264_485L, "WNU", "28.264485万元")]
    [InlineData(28_264_485L, "", "282,644.85元")]
    [InlineData(28_264_485L, "G", "282,644.85元")]
    [InlineData(28_264_485L, null, "282,644.85元")]
    // 6,542.05万元, the budget's total.
    [InlineData(6_542_050_000L, "W", "6542.05")]
    [InlineData(6_542_050_000L, "WN2", "6,542.05")]
    [InlineData(6_542_050_000L, "WNU2", "6,542.05万元")]
    [InlineData(6_542_050_000L, "W4", "6542.0500")]
    [InlineData(6_542_050_000L, "Y", "65420500.00")]
    [InlineData(6_542_050_000L, "YNU", "65,420,500.00元")]
    // 364575元, published as 36.46万元.
    [InlineData(36_457_500L, "W", "36.4575")]
    [InlineData(36_457_500L, "W2", "36.46")]
    [InlineData(36_457_500L, "YNU", "364,575.00元")]
    [InlineData(36_457_500L, "Y0", "364575")]
    // 28.205万元 rounds half away from zero (四舍五入) to 28.21, as the prose prints it.
    [InlineData(28_205_000L, "W2", "28.21")]
    [InlineData(-28_205_000L, "W2", "-28.21")]
    [InlineData(28_204_999L, "W2", "28.20")]
    [InlineData(5_000_000_000L, "W", "5000")]
    [InlineData(5_000_000_000L, "WN", "5,000")]
    [InlineData(0L, "Y", "0.00")]
    [InlineData(0L, "W", "0")]
    [InlineData(0L, "W2", "0.00")]
    [InlineData(0L, "", "0.00元")]
    [InlineData(-5L, "Y", "-0.05")]
    [InlineData(-5L, "W", "-0.000005")]
    [InlineData(-5L, "W2", "0.00")]         // rounds to zero: no sign
    [InlineData(-49L, "Y0", "0")]
    [InlineData(-50L, "Y0", "-1")]
    [InlineData(long.MaxValue, "YN", "92,233,720,368,547,758.07")]
    [InlineData(-long.MaxValue, "WNU", "-9,223,372,036,854.775807万元")]
    [InlineData(long.MaxValue, "W0", "9223372036855")]
    public void Formats_as_documented(long fen, string? format, string expected)
    {
        var m = Money.FromFen(fen);
        Assert.Equal(expected, m.ToString(format, null));
        Assert.Equal(expected, m.ToString(format));

        Span<char> chars = stackalloc char[64];
        Assert.True(m.TryFormat(chars, out int written, format, null));
        Assert.Equal(expected, chars[..written].ToString());

        Span<byte> bytes = stackalloc byte[64];
        Assert.True(m.TryFormat(bytes, out int bytesWritten, format, null));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes[..bytesWritten].ToArray());
    }

    [Fact]
    public void ToString_and_interpolation_use_the_default_and_the_given_format()
    {
        var m = Money.FromWan(6542.05m);
        Assert.Equal("65,420,500.00元", m.ToString());
        Assert.Equal("合计 6,542.05万元", $"合计 {m:WNU2}");
    }

    [Fact]
    public void A_destination_too_small_gives_false()
    {
        var m = Money.FromFen(28_264_485);
        Span<char> chars = stackalloc char[9];
        Assert.False(m.TryFormat(chars, out int written, "YN", null)); // needs 10
        Assert.Equal(0, written);
        Assert.True(m.TryFormat(chars[..9], out written, "Y", null));  // exactly 9
        Span<byte> bytes = stackalloc byte[12];
        Assert.False(m.TryFormat(bytes, out int bytesWritten, "YNU", null)); // 10 ASCII + 3 bytes for 元
        Assert.Equal(0, bytesWritten);
    }

    [Theory]
    [InlineData("X", 0)]
    [InlineData("y", 0)]
    [InlineData("NY", 0)]
    [InlineData("Y3", 1)]
    [InlineData("W7", 1)]
    [InlineData("W22", 2)]
    [InlineData("YNX", 2)]
    [InlineData("YUN", 2)]
    [InlineData("W-1", 1)]
    public void An_unknown_format_is_a_typed_error(string format, int position)
    {
        var m = Money.FromFen(1);
        var e = Assert.Throws<BudgetFormatException>(() => m.ToString(format));
        Assert.Equal(format, e.Text);
        Assert.Equal(position, e.Position);
        Assert.Throws<BudgetFormatException>(() => m.TryFormat(new char[64], out _, format, null));
    }

    [Fact]
    public void TryFormat_does_not_allocate()
    {
        var values = new[] { Money.FromFen(28_264_485), Money.FromFen(-long.MaxValue), Money.Zero };
        string[] formats = ["YNU", "W", "WNU2", "Y0", ""];
        var chars = new char[64];
        var bytes = new byte[64];
        long total = 0;
        foreach (var m in values)
        {
            foreach (var f in formats)
            {
                m.TryFormat(chars, out int w, f, null);
                m.TryFormat(bytes, out int b, f, null);
                total += w + b;
            }
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            foreach (var m in values)
            {
                foreach (var f in formats)
                {
                    m.TryFormat(chars, out int w, f, null);
                    m.TryFormat(bytes, out int b, f, null);
                    total += w + b;
                }
            }
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    public static readonly TheoryData<string, MoneyUnit> RoundTripFormats = new()
    {
        { "Y", MoneyUnit.Yuan }, { "YN", MoneyUnit.Yuan }, { "YU", MoneyUnit.Yuan }, { "YNU", MoneyUnit.Yuan },
        { "Y2", MoneyUnit.Yuan }, { "YNU2", MoneyUnit.Yuan }, { "", MoneyUnit.Yuan }, { "G", MoneyUnit.Yuan },
        { "W", MoneyUnit.Wan }, { "WN", MoneyUnit.Wan }, { "WU", MoneyUnit.Wan }, { "WNU", MoneyUnit.Wan },
        { "W6", MoneyUnit.Wan }, { "WNU6", MoneyUnit.Wan },
    };

    [Theory]
    [MemberData(nameof(RoundTripFormats))]
    public void Parse_of_a_round_trip_format_gives_the_amount_back(string format, MoneyUnit unit)
    {
        Prop.ForAll(MoneyGenerators.Money(), x => Money.Parse(x.ToString(format), unit) == x)
            .QuickCheckThrowOnFailure();
        foreach (var x in new[] { Money.MaxValue, Money.MinValue, Money.Zero, Money.FromFen(1), Money.FromFen(-1) })
        {
            Assert.Equal(x, Money.Parse(x.ToString(format), unit));
        }
    }

    public static readonly TheoryData<string, MoneyUnit, int> RoundedFormats = new()
    {
        { "Y0", MoneyUnit.Yuan, 0 }, { "YN1", MoneyUnit.Yuan, 1 },
        { "W0", MoneyUnit.Wan, 0 }, { "W1", MoneyUnit.Wan, 1 }, { "WN2", MoneyUnit.Wan, 2 }, { "WU2", MoneyUnit.Wan, 2 },
        { "W3", MoneyUnit.Wan, 3 }, { "W4", MoneyUnit.Wan, 4 }, { "WNU5", MoneyUnit.Wan, 5 },
    };

    [Theory]
    [MemberData(nameof(RoundedFormats))]
    public void Parse_of_a_rounded_format_is_within_half_a_unit_of_the_last_place(string format, MoneyUnit unit, int decimals)
    {
        // Half a unit of the last place, in fen, worked out independently: 10^(scale − decimals) / 2.
        long fenPerLastPlace = (unit == MoneyUnit.Yuan ? 100L : 1_000_000L) / (long)Math.Pow(10, decimals);
        Prop.ForAll(MoneyGenerators.Money(), x =>
        {
            var back = Money.Parse(x.ToString(format), unit);
            long error = Math.Abs((back - x).TotalFen);
            return error * 2 <= fenPerLastPlace
                && back.TotalFen % fenPerLastPlace == 0
                && back == new PublishedPrecision(unit, decimals).Publish(x);
        }).QuickCheckThrowOnFailure();
    }
}
