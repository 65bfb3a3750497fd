using System.Numerics;

namespace BudgetModel;

/// <summary>
/// Exact rounding of a quotient to a whole number, for every <see cref="MidpointRounding"/> mode.
/// One place for the rule, shared by <see cref="Money"/>'s division, decimal multiplication, rounding to a
/// published precision and parsing.
/// </summary>
internal static class MoneyRounding
{
    /// <summary>
    /// Decides whether an inexact value, truncated toward zero, must move one step away from zero.
    /// </summary>
    /// <param name="mode">The rounding mode.</param>
    /// <param name="halfComparison">The sign of (dropped fraction − ½): negative, zero (exactly half) or positive.
    /// Only called when the dropped fraction is not zero.</param>
    /// <param name="negative">True when the value is negative.</param>
    /// <param name="truncatedIsOdd">True when the truncated magnitude is odd (for <see cref="MidpointRounding.ToEven"/>).</param>
    internal static bool AwayFromZero(MidpointRounding mode, int halfComparison, bool negative, bool truncatedIsOdd) => mode switch
    {
        MidpointRounding.ToZero => false,
        MidpointRounding.ToNegativeInfinity => negative,
        MidpointRounding.ToPositiveInfinity => !negative,
        MidpointRounding.AwayFromZero => halfComparison >= 0,
        MidpointRounding.ToEven => halfComparison > 0 || (halfComparison == 0 && truncatedIsOdd),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown MidpointRounding mode."),
    };

    /// <summary>Throws when <paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</summary>
    internal static void Check(MidpointRounding mode, string paramName)
    {
        if (mode is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, mode, "Unknown MidpointRounding mode.");
        }
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, rounded to a whole number as named.</summary>
    /// <typeparam name="T">An integer type wide enough for the operands (<see cref="Int128"/> or <see cref="BigInteger"/>).</typeparam>
    internal static T Divide<T>(T numerator, T denominator, MidpointRounding mode)
        where T : IBinaryInteger<T>
    {
        if (T.IsNegative(denominator))
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var (quotient, remainder) = T.DivRem(numerator, denominator);
        if (T.IsZero(remainder))
        {
            return quotient;
        }
        bool negative = T.IsNegative(numerator);
        var twiceRemainder = T.Abs(remainder) + T.Abs(remainder);
        int halfComparison = twiceRemainder.CompareTo(denominator);
        bool odd = !T.IsEvenInteger(quotient);
        if (AwayFromZero(mode, halfComparison, negative, odd))
        {
            return negative ? quotient - T.One : quotient + T.One;
        }
        return quotient;
    }

    /// <summary>Narrows a wide integer count of fen to a <see cref="Money"/>, or throws <see cref="BudgetOverflowException"/>.</summary>
    internal static Money ToMoney<T>(T fen, string operation)
        where T : IBinaryInteger<T>
    {
        if (fen > T.CreateTruncating(long.MaxValue) || fen < T.CreateTruncating(-long.MaxValue))
        {
            Preconditions.ThrowOverflow(operation);
        }
        return new Money(long.CreateTruncating(fen));
    }
}
