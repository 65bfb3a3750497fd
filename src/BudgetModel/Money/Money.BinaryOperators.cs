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
        long r;
        try
        {
            r = checked(left._fen * right);
        }
        catch (OverflowException e)
        {
            return Preconditions.ThrowOverflow<Money>("Money * long", e);
        }
        if (r == long.MinValue)
        {
            Preconditions.ThrowOverflow("Money * long");
        }
        return new Money(r);
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
    /// Multiplies by a decimal factor, rounding the result to the fen with the named rounding.
    /// </summary>
    /// <param name="factor">The factor, for example a rate.</param>
    /// <param name="rounding">How to round a result finer than a fen.</param>
    public Money Multiply(decimal factor, MidpointRounding rounding)
    {
        decimal product;
        try
        {
            product = new decimal(_fen) * factor;
        }
        catch (OverflowException e)
        {
            return Preconditions.ThrowOverflow<Money>("Money * decimal", e);
        }
        return FromScaled(product, 1, rounding, nameof(factor));
    }

    /// <summary>
    /// Divides by a decimal divisor, rounding the quotient to the fen with the named rounding.
    /// </summary>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <param name="rounding">How to round a quotient finer than a fen.</param>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(decimal divisor, MidpointRounding rounding)
    {
        if (divisor == 0m)
        {
            throw new DivideByZeroException("Money cannot be divided by zero.");
        }
        decimal quotient;
        try
        {
            quotient = new decimal(_fen) / divisor;
        }
        catch (OverflowException e)
        {
            return Preconditions.ThrowOverflow<Money>("Money / decimal", e);
        }
        return FromScaled(quotient, 1, rounding, nameof(divisor));
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
