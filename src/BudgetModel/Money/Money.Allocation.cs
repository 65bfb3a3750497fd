namespace BudgetModel;

public readonly partial struct Money
{
    /// <summary>
    /// Splits the amount into <paramref name="count"/> shares that add up to it exactly.
    /// </summary>
    /// <remarks>
    /// Every share is the quotient truncated toward zero; the remainder (fewer than <paramref name="count"/> fen)
    /// is handed out one fen at a time to the first shares. Shares therefore differ by at most one fen, are in
    /// non-increasing order of magnitude, all have the sign of the amount, and the result is deterministic:
    /// 1.00 元 split 3 ways is 0.34, 0.33, 0.33 元; −1.00 元 is −0.34, −0.33, −0.33 元.
    /// </remarks>
    /// <param name="count">The number of shares, at least 1.</param>
    /// <returns>A new array of <paramref name="count"/> shares whose sum is this amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public Money[] Split(int count)
    {
        if (count < 1)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(count), count, "An amount is split into at least one share.");
        }
        var shares = new Money[count];
        Split(shares);
        return shares;
    }

    /// <summary>
    /// Splits the amount into as many shares as <paramref name="destination"/> holds, without allocating;
    /// the same shares as <see cref="Split(int)"/>.
    /// </summary>
    /// <param name="destination">Receives the shares; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is empty.</exception>
    public void Split(Span<Money> destination)
    {
        if (destination.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(destination), "An amount is split into at least one share.");
        }
        long quotient = Math.DivRem(_fen, destination.Length, out long remainder);
        long unit = Math.Sign(_fen);
        // |remainder| < Length: the first |remainder| shares take one more fen each (of the amount's sign).
        int extra = (int)Math.Abs(remainder);
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = new Money(i < extra ? quotient + unit : quotient);
        }
    }

    /// <summary>
    /// Shares the amount out in proportion to <paramref name="ratios"/>, so that the shares add up to it exactly.
    /// </summary>
    /// <remarks>
    /// <para>Each share starts as its exact proportional part truncated toward zero. The fen left over (fewer than
    /// the number of non-zero ratios) are handed out one at a time by the largest-remainder method: to the shares
    /// whose truncated fraction was largest, ties going to the lower index. So every share is within one fen of
    /// its exact proportional value, a zero ratio gets zero, equal ratios get shares that differ by at most one
    /// fen, and the result is deterministic. Shares of a negative amount are the negated shares of its magnitude.</para>
    /// <para>Example: 100.00 元 by 1 : 1 : 1 is 33.34, 33.33, 33.33 元; 0.05 元 by 3 : 7 is 0.02, 0.03 元
    /// (1.5 and 3.5 fen: the tie goes to the first).</para>
    /// </remarks>
    /// <param name="ratios">Non-negative weights, not all zero; for example the 万元 figures of the parts, in fen.</param>
    /// <returns>A new array with one share per ratio whose sum is this amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is negative.</exception>
    public Money[] Allocate(params ReadOnlySpan<long> ratios)
    {
        if (ratios.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(ratios), "At least one ratio is needed.");
        }
        Int128 total = 0;
        foreach (long ratio in ratios)
        {
            if (ratio < 0)
            {
                Preconditions.ThrowArgumentOutOfRange(nameof(ratios), ratio, "A ratio cannot be negative.");
            }
            total += ratio;
        }
        if (total == 0)
        {
            Preconditions.ThrowArgument(nameof(ratios), "The ratios cannot all be zero.");
        }

        // Work on the magnitude: |fen| · ratio < 2^63 · 2^63 fits an Int128.
        Int128 magnitude = Math.Abs(_fen);
        long sign = _fen < 0 ? -1 : 1;
        var shares = new Money[ratios.Length];
        var remainders = new Int128[ratios.Length];
        Int128 handedOut = 0;
        for (int i = 0; i < ratios.Length; i++)
        {
            var (share, remainder) = Int128.DivRem(magnitude * ratios[i], total);
            shares[i] = new Money((long)share * sign);
            remainders[i] = remainder;
            handedOut += share;
        }

        // Fewer than ratios.Length fen remain; each goes to the largest remaining fraction, lowest index first.
        long left = (long)(magnitude - handedOut);
        if (left > 0)
        {
            var order = new int[ratios.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            // A total order (remainder descending, then index), so the unstable sort is still deterministic.
            Array.Sort(order, (a, b) =>
            {
                int byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (int j = 0; j < left; j++)
            {
                int i = order[j];
                shares[i] = new Money(shares[i]._fen + sign);
            }
        }
        return shares;
    }
}
