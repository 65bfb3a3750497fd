namespace BudgetModel;

/// <summary>Sums of <see cref="Money"/>.</summary>
/// <remarks>
/// Sums are exact and independent of order: they are accumulated in 128 bits, so only a total outside
/// <see cref="Money.MinValue"/>..<see cref="Money.MaxValue"/> throws <see cref="BudgetOverflowException"/>, never a
/// partial sum that later comes back into range.
/// </remarks>
public static class MoneyEnumerable
{
    /// <summary>The exact sum of a sequence of amounts; zero for an empty sequence.</summary>
    /// <param name="source">The amounts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="BudgetOverflowException">The sum is out of range.</exception>
    public static Money Sum(this IEnumerable<Money> source)
    {
        Guard.Against.Null(source);
        if (source is Money[] array)
        {
            return Sum((ReadOnlySpan<Money>)array);
        }
        if (source is List<Money> list)
        {
            return Sum((ReadOnlySpan<Money>)System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        }
        Int128 total = 0;
        foreach (var m in source)
        {
            total += m.TotalFen;
        }
        return MoneyRounding.ToMoney(total, "Sum of Money");
    }

    /// <summary>The exact sum of a span of amounts; zero for an empty span.</summary>
    /// <param name="source">The amounts.</param>
    /// <exception cref="BudgetOverflowException">The sum is out of range.</exception>
    public static Money Sum(this ReadOnlySpan<Money> source)
    {
        Int128 total = 0;
        foreach (var m in source)
        {
            total += m.TotalFen;
        }
        return MoneyRounding.ToMoney(total, "Sum of Money");
    }

    /// <summary>The exact sum of the amounts a selector picks from a sequence; zero for an empty sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="selector">Picks an amount from an element.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
    /// <exception cref="BudgetOverflowException">The sum is out of range.</exception>
    public static Money Sum<T>(this IEnumerable<T> source, Func<T, Money> selector)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(selector);
        Int128 total = 0;
        foreach (var item in source)
        {
            total += selector(item).TotalFen;
        }
        return MoneyRounding.ToMoney(total, "Sum of Money");
    }
}
