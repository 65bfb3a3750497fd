using System.Globalization;

namespace BudgetModel.Import.Reading;

/// <summary>Reads the numbers printed in cells: <c>6542.05</c>, <c>1,424,237.32</c>, <c>0</c>, an empty cell.</summary>
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

    /// <summary>True for a cell that means "nothing here": empty, or a lone dash.</summary>
    internal static bool IsEmptyMark(string cell) => cell.Length == 0 || cell is "-" or "—" or "--" or "——" or "－" or "/";

    /// <summary>Reads a number; thousands separators are allowed, a lone dash means zero.</summary>
    /// <param name="cell">The cell text.</param>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The decimal places printed.</param>
    /// <param name="reason">Why the cell is not a number.</param>
    internal static bool TryParse(string cell, out decimal value, out int decimals, out string reason)
    {
        value = 0m;
        decimals = 0;
        reason = string.Empty;
        if (IsEmptyMark(cell))
        {
            return true;
        }
        Span<char> buffer = stackalloc char[Math.Min(cell.Length, 64)];
        if (cell.Length > 64)
        {
            reason = "too long to be an amount";
            return false;
        }
        int n = 0;
        int dot = -1;
        for (int i = 0; i < cell.Length; i++)
        {
            char c = cell[i];
            if (c is >= '０' and <= '９')
            {
                c = (char)('0' + (c - '０'));
            }
            else if (c == '．')
            {
                c = '.';
            }
            else if (c == '−')
            {
                c = '-';
            }
            if (c is ',' or ' ')
            {
                continue;
            }
            if (c == '.')
            {
                if (dot >= 0)
                {
                    reason = "two decimal points";
                    return false;
                }
                dot = n;
            }
            else if (c == '-')
            {
                if (n != 0)
                {
                    reason = "a minus sign inside the number";
                    return false;
                }
            }
            else if (!char.IsAsciiDigit(c))
            {
                reason = $"'{cell[i]}' is not part of a number";
                return false;
            }
            buffer[n++] = c;
        }
        var digits = buffer[..n];
        if (digits.IndexOfAnyInRange('0', '9') < 0)
        {
            reason = "no digits";
            return false;
        }
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            reason = "out of range";
            return false;
        }
        decimals = dot < 0 ? 0 : n - dot - 1;
        return true;
    }

    /// <summary>Converts a number in a unit to money when it is a whole number of fen.</summary>
    internal static bool TryToMoney(decimal value, MoneyUnit unit, out Money money, out string reason)
    {
        reason = string.Empty;
        try
        {
            money = Money.From(value, unit);
            return true;
        }
        catch (ArgumentException)
        {
            reason = $"{value} {UnitName(unit)} is finer than a fen";
        }
        catch (BudgetOverflowException)
        {
            reason = $"{value} {UnitName(unit)} is out of range";
        }
        money = Money.Zero;
        return false;
    }

    internal static string UnitName(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Wan => "万元",
        MoneyUnit.Yi => "亿元",
        _ => "元",
    };
}
