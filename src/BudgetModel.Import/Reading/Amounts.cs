namespace BudgetModel.Import.Reading;

/// <summary>
/// The importer's view of an amount cell: whether a cell is meant as a number at all, what counts as an empty cell,
/// and reading it with the library's parser (<see cref="Money.TryParse(ReadOnlySpan{char}, MoneyUnit, out Money)"/>)
/// after the repairs PDF extraction needs.
/// </summary>
internal static class Amounts
{
    /// <summary>True when a cell looks like a number at all (digits, separators, sign), even if malformed.</summary>
    internal static bool LooksNumeric(string cell)
    {
        if (cell.Length == 0)
        {
            return false;
        }
        bool digit = false;
        foreach (char c in cell)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
            {
                digit = true;
            }
            else if (c is not ('.' or ',' or '，' or '-' or '−' or '．' or ' '))
            {
                return false;
            }
        }
        return digit;
    }

    /// <summary>True for a cell that means "nothing here": empty, or a lone dash or slash.</summary>
    internal static bool IsEmptyMark(string cell) => cell.Length == 0 || cell is "-" or "—" or "--" or "——" or "－" or "/";

    /// <summary>
    /// Reads an amount cell; a number without a unit is in <paramref name="unit"/> (the table's 单位). An empty mark is
    /// zero, and spaces inside the number (PDF extraction splits <c>1 424 237.32</c>) are dropped; everything else is
    /// <see cref="Money"/>'s grammar, so a value finer than a fen or out of range is refused.
    /// </summary>
    /// <param name="cell">The cell text.</param>
    /// <param name="unit">The unit of a bare number.</param>
    /// <param name="amount">The amount; zero when false is returned.</param>
    /// <param name="reason">Why the cell is not an amount; empty when true is returned.</param>
    internal static bool TryRead(string cell, MoneyUnit unit, out Money amount, out string reason)
    {
        reason = string.Empty;
        if (IsEmptyMark(cell))
        {
            amount = Money.Zero;
            return true;
        }
        scoped ReadOnlySpan<char> text = cell.AsSpan().Trim();
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 128)];
        if (text.Contains(' ') && text.Length <= buffer.Length)
        {
            int n = 0;
            foreach (char c in text)
            {
                if (c != ' ')
                {
                    buffer[n++] = c;
                }
            }
            text = buffer[..n];
        }
        if (Money.TryParse(text, unit, out amount))
        {
            return true;
        }
        try
        {
            _ = Money.Parse(text, unit);
            reason = "not an amount";
        }
        catch (BudgetFormatException e)
        {
            reason = e.Reason;
        }
        return false;
    }
}
