namespace BudgetModel;

/// <summary>Sums of <see cref="Money"/>.</summary>
public static class MoneyEnumerable
{
    /// <summary>The exact sum of a sequence of amounts; zero for an empty sequence.</summary>
    /// <param name="source">The amounts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="BudgetOverflowException">The sum is out of range.</exception>
    public static Money Sum(this IEnumerable<Money> source)
    {
        Guard.Against.Null(source);
        var total = Money.Zero;
        if (source is Money[] array)
        {
            return Sum(array.AsSpan());
        }
        foreach (var m in source)
        {
            total += m;
        }
        return total;
    }

    /// <summary>The exact sum of a span of amounts; zero for an empty span.</summary>
    /// <param name="source">The amounts.</param>
    /// <exception cref="BudgetOverflowException">The sum is out of range.</exception>
    public static Money Sum(this ReadOnlySpan<Money> source)
    {
        var total = Money.Zero;
        foreach (var m in source)
        {
            total += m;
        }
        return total;
    }

    /// <summary>The exact sum of the amounts a selector picks from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="selector">Picks an amount from an element.</param>
    public static Money Sum<T>(this IEnumerable<T> source, Func<T, Money> selector)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(selector);
        var total = Money.Zero;
        foreach (var item in source)
        {
            total += selector(item);
        }
        return total;
    }
}
