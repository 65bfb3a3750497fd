using BudgetModel;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Money;

using Money = BudgetModel.Money;

public class MoneyArithmeticTests
{
    private static readonly Arbitrary<Money> Amounts = MoneyGenerators.Money();

    /// <summary>Any long except long.MinValue, biased to the edges: the whole domain of Money.</summary>
    private static readonly Arbitrary<Money> AnyAmount = Gen.Frequency(
            (3, FsCheck.FSharp.Gen.Choose64(-long.MaxValue, long.MaxValue)),
            (1, Gen.Elements(long.MaxValue, -long.MaxValue, 0L, 1L, -1L, long.MaxValue - 1)),
            (2, Gen.Choose(-1000, 1000).Select(i => (long)i)))
        .Select(Money.FromFen)
        .ToArbitrary();

    [Fact]
    public void Default_is_zero_yuan()
    {
        Money d = default;
        Assert.Equal(0L, d.TotalFen);
        Assert.True(d.IsZero);
        Assert.Equal(0m, d.Yuan);
        Assert.Equal(0m, d.Wan);
        Assert.Equal(Money.Zero, d);
        Assert.Equal("0.00元", d.ToString());
    }

    [Fact]
    public void Creates_from_and_reads_back_in_yuan_wan_and_yi()
    {
        var m = Money.FromYuan(282_644.85m);
        Assert.Equal(28_264_485L, m.TotalFen);
        Assert.Equal(28.264485m, m.Wan);
        Assert.Equal(282_644.85m, m.In(MoneyUnit.Yuan));
        Assert.Equal(0.0028264485m, m.In(MoneyUnit.Yi));
        Assert.Equal(m, Money.FromWan(28.264485m));
        Assert.Equal(m, Money.From(0.0028264485m, MoneyUnit.Yi));
        Assert.Equal(28.26m, m.ToWan(2));
        Assert.Equal(28.2645m, m.ToWan(4));
    }

    [Fact]
    public void Input_finer_than_a_fen_is_refused_unless_a_rounding_is_named()
    {
        Assert.Throws<ArgumentException>(() => Money.FromYuan(1.234m));
        Assert.Throws<ArgumentException>(() => Money.FromWan(0.0000001m));
        Assert.Throws<ArgumentException>(() => Money.From(0.00000000001m, MoneyUnit.Yi));
        Assert.Equal(123L, Money.FromYuan(1.234m, MidpointRounding.AwayFromZero).TotalFen);
        Assert.Equal(0L, Money.FromWan(0.0000005m, MidpointRounding.ToEven).TotalFen);
        Assert.Equal(1L, Money.FromWan(0.0000005m, MidpointRounding.AwayFromZero).TotalFen);
    }

    [Fact]
    public void Out_of_range_creation_is_a_budget_overflow()
    {
        Assert.Throws<BudgetOverflowException>(() => Money.FromFen(long.MinValue));
        Assert.Throws<BudgetOverflowException>(() => Money.FromYuan(100_000_000_000_000_000m));
        Assert.Throws<BudgetOverflowException>(() => Money.FromWan(decimal.MaxValue));
        Assert.Throws<BudgetOverflowException>(() => Money.From(1_000_000_000m, MoneyUnit.Yi));
    }

    [Property]
    public Property Addition_is_exact() =>
        Prop.ForAll(Amounts, Amounts, (a, b) => (a + b).TotalFen == a.TotalFen + b.TotalFen && Money.Add(a, b) == a + b);

    [Property]
    public Property Addition_is_commutative() => Prop.ForAll(Amounts, Amounts, (a, b) => a + b == b + a);

    [Property]
    public Property Addition_is_associative() =>
        Prop.ForAll(Amounts, Amounts, Amounts, (a, b, c) => (a + b) + c == a + (b + c));

    [Property]
    public Property Subtraction_inverts_addition() =>
        Prop.ForAll(Amounts, Amounts, (a, b) => (a + b) - b == a && (a - b).TotalFen == a.TotalFen - b.TotalFen);

    [Property]
    public Property Zero_minus_x_is_minus_x_and_x_minus_x_is_zero_over_the_whole_range() =>
        Prop.ForAll(AnyAmount, x =>
            Money.Zero - x == -x
            && (-x).TotalFen == -x.TotalFen
            && x - x == Money.Zero
            && -(-x) == x
            && Money.Negate(x) == -x
            && x + -x == Money.Zero
            && (x.Abs().TotalFen == Math.Abs(x.TotalFen)));

    [Property]
    public Property Comparison_agrees_with_the_count_of_fen() =>
        Prop.ForAll(AnyAmount, AnyAmount, (a, b) =>
            (a < b) == (a.TotalFen < b.TotalFen)
            && (a <= b) == (a.TotalFen <= b.TotalFen)
            && Math.Sign(a.CompareTo(b)) == Math.Sign(a.TotalFen.CompareTo(b.TotalFen))
            && Money.Max(a, b).TotalFen == Math.Max(a.TotalFen, b.TotalFen)
            && Money.Min(a, b).TotalFen == Math.Min(a.TotalFen, b.TotalFen));

    [Property]
    public Property Addition_and_subtraction_are_exact_or_raise_budget_overflow() =>
        Prop.ForAll(AnyAmount, AnyAmount, (a, b) =>
        {
            Int128 sum = (Int128)a.TotalFen + b.TotalFen;
            Int128 difference = (Int128)a.TotalFen - b.TotalFen;
            return ExactOrOverflow(() => a + b, sum) && ExactOrOverflow(() => a - b, difference);
        });

    [Property]
    public Property Multiplication_is_exact_or_raises_budget_overflow() =>
        Prop.ForAll(AnyAmount, AnyAmount, (a, k) =>
        {
            long factor = k.TotalFen;
            Int128 product = (Int128)a.TotalFen * factor;
            return ExactOrOverflow(() => a * factor, product)
                && ExactOrOverflow(() => factor * a, product)
                && ExactOrOverflow(() => Money.Multiply(a, factor), product);
        });

    private static bool ExactOrOverflow(Func<Money> operation, Int128 expected)
    {
        if (expected > long.MaxValue || expected < -long.MaxValue)
        {
            try
            {
                operation();
                return false;
            }
            catch (BudgetOverflowException)
            {
                return true;
            }
        }
        return operation().TotalFen == (long)expected;
    }

    [Fact]
    public void Overflow_at_the_edges_is_a_budget_overflow_never_a_wrap()
    {
        Assert.Throws<BudgetOverflowException>(() => Money.MaxValue + Money.FromFen(1));
        Assert.Throws<BudgetOverflowException>(() => Money.MinValue - Money.FromFen(1));
        Assert.Throws<BudgetOverflowException>(() => Money.MinValue + Money.FromFen(-1));
        Assert.Throws<BudgetOverflowException>(() => Money.MaxValue * 2);
        Assert.Throws<BudgetOverflowException>(() => Money.FromFen(-1) * long.MinValue); // would be long.MinValue·−1
        Assert.Throws<BudgetOverflowException>(() => Money.FromFen(1) * long.MinValue);  // long.MinValue is outside Money
        Assert.Equal(-long.MaxValue, (Money.MaxValue * -1).TotalFen);
        Assert.Equal(Money.MinValue, -Money.MaxValue);
    }

    [Fact]
    public void Sums_are_exact_and_only_the_total_must_be_in_range()
    {
        Money[] seedParts = [Money.FromWan(793.80m), Money.FromWan(3232.37m)];
        Assert.Equal(Money.FromWan(4026.17m), seedParts.Sum());
        Assert.Equal(Money.FromWan(4026.17m), ((ReadOnlySpan<Money>)seedParts).Sum());
        Assert.Equal(Money.FromWan(4026.17m), new List<Money>(seedParts).Sum());
        Assert.Equal(Money.FromWan(4026.17m), seedParts.Select(m => m).Sum());
        Assert.Equal(Money.FromWan(4026.17m), seedParts.Sum(m => m));
        Assert.Equal(Money.Zero, Array.Empty<Money>().Sum());

        // A partial sum beyond the range that comes back is fine; a total beyond it is not.
        Money[] comesBack = [Money.MaxValue, Money.FromFen(1), Money.FromFen(-1)];
        Assert.Equal(Money.MaxValue, comesBack.Sum());
        Assert.Equal(Money.MaxValue, comesBack.Where(_ => true).Sum());
        Assert.Throws<BudgetOverflowException>(() => new[] { Money.MaxValue, Money.FromFen(1) }.Sum());
        Assert.Throws<BudgetOverflowException>(() => new[] { Money.MinValue, Money.FromFen(-1) }.Where(_ => true).Sum());
        Assert.Throws<BudgetOverflowException>(() => new[] { Money.MaxValue, Money.MaxValue }.Sum(m => m));
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Money>)null!).Sum());
    }

    [Property]
    public Property Sum_of_a_thousand_generated_amounts_never_overflows_and_is_exact() =>
        Prop.ForAll(Gen.ArrayOf(Amounts.Generator, 1000).ToArbitrary(), values =>
        {
            Int128 expected = 0;
            foreach (var v in values)
            {
                expected += v.TotalFen;
            }
            return values.Sum().TotalFen == (long)expected;
        });

    [Theory]
    [InlineData(-5L, 2L, MidpointRounding.AwayFromZero, -3L)]
    [InlineData(-5L, 2L, MidpointRounding.ToEven, -2L)]
    [InlineData(-5L, 2L, MidpointRounding.ToZero, -2L)]
    [InlineData(-5L, 2L, MidpointRounding.ToNegativeInfinity, -3L)]
    [InlineData(-5L, 2L, MidpointRounding.ToPositiveInfinity, -2L)]
    [InlineData(7L, 2L, MidpointRounding.ToEven, 4L)]
    [InlineData(100L, 3L, MidpointRounding.AwayFromZero, 33L)]
    [InlineData(200L, 3L, MidpointRounding.AwayFromZero, 67L)]
    [InlineData(200L, -3L, MidpointRounding.AwayFromZero, -67L)]
    [InlineData(long.MaxValue, -1L, MidpointRounding.ToEven, -long.MaxValue)]
    [InlineData(long.MaxValue, long.MinValue, MidpointRounding.AwayFromZero, -1L)]
    [InlineData(long.MaxValue, long.MinValue, MidpointRounding.ToZero, 0L)]
    public void Division_by_a_whole_number_rounds_as_named(long fen, long divisor, MidpointRounding rounding, long expected)
    {
        Assert.Equal(expected, Money.FromFen(fen).Divide(divisor, rounding).TotalFen);
        Assert.Equal(expected, Money.FromFen(fen).Divide((decimal)divisor, rounding).TotalFen);
    }

    [Fact]
    public void Division_by_zero_is_refused()
    {
        Assert.Throws<DivideByZeroException>(() => Money.FromFen(1).Divide(0L, MidpointRounding.ToEven));
        Assert.Throws<DivideByZeroException>(() => Money.FromFen(1).Divide(0m, MidpointRounding.ToEven));
        Assert.Throws<DivideByZeroException>(() => Money.FromFen(1).RatioTo(Money.Zero));
    }

    [Fact]
    public void Multiplication_and_division_by_decimals_are_exact_before_the_one_rounding()
    {
        // 3 × (0.5 − 10⁻²⁸) = 1.5 − 3·10⁻²⁸: below the midpoint, so 1 fen. In decimal the product would round to 1.5 first.
        Assert.Equal(1L, Money.FromFen(3).Multiply(0.4999999999999999999999999999m, MidpointRounding.AwayFromZero).TotalFen);
        // 1.5 exactly.
        Assert.Equal(2L, Money.FromFen(3).Multiply(0.5m, MidpointRounding.AwayFromZero).TotalFen);
        Assert.Equal(2L, Money.FromFen(3).Multiply(0.5m, MidpointRounding.ToEven).TotalFen);
        Assert.Equal(1L, Money.FromFen(3).Multiply(0.5m, MidpointRounding.ToZero).TotalFen);
        // 6,542.05万元 × 14.13% = 924.391665万元 → 9,243,916.65 元 exactly.
        Assert.Equal(924_391_665L, Money.FromWan(6542.05m).Multiply(0.1413m, MidpointRounding.AwayFromZero).TotalFen);
        // A factor whose 96-bit mantissa has the top bit of every word set: 79228162514264337593543950335 × 10⁻²⁸.
        Assert.Equal(8L, Money.FromFen(1).Multiply(7.9228162514264337593543950335m, MidpointRounding.AwayFromZero).TotalFen);
        // 1 / 3 fen, 2 / 3 fen.
        Assert.Equal(0L, Money.FromFen(1).Divide(3m, MidpointRounding.AwayFromZero).TotalFen);
        Assert.Equal(1L, Money.FromFen(2).Divide(3m, MidpointRounding.AwayFromZero).TotalFen);
        // 1 ÷ 0.4 = 2.5 fen.
        Assert.Equal(3L, Money.FromFen(1).Divide(0.4m, MidpointRounding.AwayFromZero).TotalFen);
        Assert.Equal(2L, Money.FromFen(1).Divide(0.4m, MidpointRounding.ToEven).TotalFen);
        Assert.Throws<BudgetOverflowException>(() => Money.MaxValue.Multiply(1.5m, MidpointRounding.ToEven));
        Assert.Throws<BudgetOverflowException>(() => Money.MaxValue.Divide(0.5m, MidpointRounding.ToEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromFen(1).Divide(2L, (MidpointRounding)9));
    }

    [Property]
    public Property Yuan_to_wan_rounded_to_d_decimals_and_back_loses_at_most_half_a_unit() =>
        Prop.ForAll(Amounts, Gen.Choose(0, 6).ToArbitrary(), (x, d) =>
        {
            var back = Money.FromWan(x.ToWan(d));
            long fenPerLastPlace = 1_000_000L / (long)Math.Pow(10, d);
            return Math.Abs((back - x).TotalFen) * 2 <= fenPerLastPlace
                && back == x.Round(MoneyUnit.Wan, d, MidpointRounding.AwayFromZero);
        });

    [Theory]
    [InlineData(28_205_000L, 2, MidpointRounding.AwayFromZero, 28.21)]
    [InlineData(28_205_000L, 2, MidpointRounding.ToEven, 28.20)]
    [InlineData(-28_205_000L, 2, MidpointRounding.AwayFromZero, -28.21)]
    [InlineData(36_457_500L, 2, MidpointRounding.ToZero, 36.45)]
    [InlineData(36_457_500L, 3, MidpointRounding.ToEven, 36.458)]
    public void Yuan_to_wan_for_display_rounds_half_away_from_zero_unless_told_otherwise(long fen, int decimals, MidpointRounding rounding, double expected)
    {
        var m = Money.FromFen(fen);
        Assert.Equal((decimal)expected, m.ToWan(decimals, rounding));
        if (rounding == MidpointRounding.AwayFromZero)
        {
            Assert.Equal((decimal)expected, m.ToWan(decimals));
        }
        Assert.Equal(Money.FromWan((decimal)expected), m.Round(MoneyUnit.Wan, decimals, rounding));
    }

    [Fact]
    public void Rounding_up_next_to_the_edge_is_a_budget_overflow()
    {
        Assert.Throws<BudgetOverflowException>(() => Money.MaxValue.Round(MoneyUnit.Wan, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.MaxValue, Money.MaxValue.Round(MoneyUnit.Yuan, 2, MidpointRounding.AwayFromZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Zero.Round(MoneyUnit.Wan, 11, MidpointRounding.ToEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Zero.ToWan(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Zero.ToWan(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Zero.Round(MoneyUnit.Wan, -1, MidpointRounding.ToEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Zero.Divide(2L, (MidpointRounding)(-1)));
    }

    [Fact]
    public void Money_satisfies_the_value_type_contract_across_signs_and_edges()
    {
        BudgetModel.Testing.Contracts.ValueTypeContract.CheckEquality(
            Money.FromWan(28.264485m), Money.FromYuan(282_644.85m), Money.FromWan(28.26m), Money.FromWan(-28.264485m), Money.Zero);
        BudgetModel.Testing.Contracts.ValueTypeContract.CheckOrdering(
            Money.MinValue, Money.FromWan(-6542.05m), Money.FromFen(-1), Money.Zero, Money.FromFen(1), Money.FromWan(28.205m), Money.MaxValue);
        BudgetModel.Testing.Contracts.ValueTypeContract.CheckDefault(Money.FromFen(0));
    }
}
