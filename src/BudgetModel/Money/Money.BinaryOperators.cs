using System.Numerics;
using System.Runtime.CompilerServices;

namespace BudgetModel;

public readonly partial struct Money
{
    /// <summary>Exact sum. Throws <see cref="BudgetOverflowException"/> on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator +(Money left, Money right)
    {
        long r = unchecked(left._fen + right._fen);
        // Overflow when both operands have the same sign and the result's sign differs.
        if (((left._fen ^ r) & (right._fen ^ r)) < 0 || r == long.MinValue)
        {
            Preconditions.ThrowOverflow("Money + Money");
        }
        return new Money(r);
    }

    /// <summary>Exact difference. Throws <see cref="BudgetOverflowException"/> on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator -(Money left, Money right)
    {
        long r = unchecked(left._fen - right._fen);
        if (((left._fen ^ right._fen) & (left._fen ^ r)) < 0 || r == long.MinValue)
        {
            Preconditions.ThrowOverflow("Money - Money");
        }
        return new Money(r);
    }

    /// <summary>Negation; always succeeds (the range is symmetric).</summary>
    public static Money operator -(Money value) => new(-value._fen);

    /// <summary>Identity.</summary>
    public static Money operator +(Money value) => value;

    /// <summary>Exact product with a whole number. Throws <see cref="BudgetOverflowException"/> on overflow.</summary>
    public static Money operator *(Money left, long right)
    {
        long high = Math.BigMul(left._fen, right, out long low);
        // The 128-bit product fits a long when the high half is the sign extension of the low half.
        if (high != (low >> 63) || low == long.MinValue)
        {
            Preconditions.ThrowOverflow("Money * long");
        }
        return new Money(low);
    }

    /// <summary>Exact product with a whole number.</summary>
    public static Money operator *(long left, Money right) => right * left;

    /// <summary>Adds two amounts (the named form of <c>+</c>).</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts (the named form of <c>-</c>).</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount (the named form of unary <c>-</c>).</summary>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies by a whole number (the named form of <c>*</c>).</summary>
    public static Money Multiply(Money left, long right) => left * right;

    /// <summary>
    /// Multiplies by a decimal factor, rounding the exact product to the fen with the named rounding.
    /// </summary>
    /// <remarks>The product is computed exactly (not in <see cref="decimal"/>, which would round silently to
    /// 28 digits first), then rounded once.</remarks>
    /// <param name="factor">The factor, for example a rate.</param>
    /// <param name="rounding">How to round a result finer than a fen.</param>
    /// <exception cref="BudgetOverflowException">The result is out of range.</exception>
    public Money Multiply(decimal factor, MidpointRounding rounding)
    {
        MoneyRounding.Check(rounding, nameof(rounding));
        var (mantissa, scale) = Decompose(factor);
        var product = MoneyRounding.Divide(new BigInteger(_fen) * mantissa, BigInteger.Pow(10, scale), rounding);
        return MoneyRounding.ToMoney(product, "Money * decimal");
    }

    /// <summary>
    /// Divides by a decimal divisor, rounding the exact quotient to the fen with the named rounding.
    /// There is no <c>/</c> operator: a division must say how it rounds.
    /// </summary>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <param name="rounding">How to round a quotient finer than a fen.</param>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="BudgetOverflowException">The result is out of range.</exception>
    public Money Divide(decimal divisor, MidpointRounding rounding)
    {
        if (divisor == 0m)
        {
            throw new DivideByZeroException("Money cannot be divided by zero.");
        }
        MoneyRounding.Check(rounding, nameof(rounding));
        var (mantissa, scale) = Decompose(divisor);
        var quotient = MoneyRounding.Divide(new BigInteger(_fen) * BigInteger.Pow(10, scale), mantissa, rounding);
        return MoneyRounding.ToMoney(quotient, "Money / decimal");
    }

    /// <summary>
    /// Divides by a whole number, rounding the exact quotient to the fen with the named rounding.
    /// To share an amount out without losing a fen, use <see cref="Split(int)"/> instead.
    /// </summary>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <param name="rounding">How to round a quotient finer than a fen.</param>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(long divisor, MidpointRounding rounding)
    {
        if (divisor == 0)
        {
            throw new DivideByZeroException("Money cannot be divided by zero.");
        }
        MoneyRounding.Check(rounding, nameof(rounding));
        // In 128 bits so that long.MinValue as divisor and the remainder test cannot overflow.
        return MoneyRounding.ToMoney(MoneyRounding.Divide((Int128)_fen, (Int128)divisor, rounding), "Money / long");
    }

    private static (BigInteger Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The 96-bit mantissa is three 32-bit words stored as ints: reinterpret each as unsigned.
        var mantissa = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return (bits[3] < 0 ? -mantissa : mantissa, value.Scale);
    }

    /// <summary>The ratio of two amounts, exact as far as <see cref="decimal"/> allows.</summary>
    /// <param name="other">The denominator; not zero.</param>
    /// <exception cref="DivideByZeroException"><paramref name="other"/> is zero.</exception>
    public decimal RatioTo(Money other)
    {
        if (other._fen == 0)
        {
            throw new DivideByZeroException("Cannot take a ratio to zero yuan.");
        }
        return new decimal(_fen) / other._fen;
    }
}
