using System.Globalization;

namespace BudgetModel.Validation;

/// <summary>
/// Reads the quantitative form of a 指标值 or stated figure: an optional comparator (≥ ≤ &gt; &lt; =, also full-width),
/// a number (thousands separators allowed), and a short unit without digits: <c>350户</c>, <c>≥90%</c>,
/// <c>28.205万元</c>, <c>91亿</c>. Kept small and internal to the validator; the indicator type reads values its own way.
/// </summary>
internal readonly record struct Quantity(string Comparator, decimal Number, int Decimals, string Unit)
{
    private const string ComparatorChars = "≥≤><=＞＜≧≦＝";

    /// <summary>True when the text begins like a quantity: a comparator or a digit.</summary>
    internal static bool LooksQuantitative(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length > 0 && (char.IsAsciiDigit(t[0]) || ComparatorChars.Contains(t[0], StringComparison.Ordinal));
    }

    /// <summary>Parses the whole text as comparator, number, unit; false for anything else (a range, a product, a
    /// number followed by more digits or a long phrase).</summary>
    internal static bool TryParse(string text, out Quantity quantity)
    {
        quantity = default;
        var t = text.AsSpan().Trim();
        int i = 0;
        while (i < t.Length && ComparatorChars.Contains(t[i], StringComparison.Ordinal) && i < 2)
        {
            i++;
        }
        var comparator = t[..i].ToString();
        int start = i;
        int decimals = -1;
        while (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] == ',' || (t[i] == '.' && decimals < 0)))
        {
            if (t[i] == '.')
            {
                decimals = 0;
            }
            else if (decimals >= 0 && char.IsAsciiDigit(t[i]))
            {
                decimals++;
            }
            i++;
        }
        if (i == start || !char.IsAsciiDigit(t[start]) || !char.IsAsciiDigit(t[i - 1]))
        {
            return false;
        }
        var numberText = t[start..i].ToString().Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(numberText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        var unit = t[i..].Trim();
        if (unit.Length > 8)
        {
            return false;
        }
        foreach (char ch in unit)
        {
            if (char.IsDigit(ch) || ComparatorChars.Contains(ch, StringComparison.Ordinal) || ch is '*' or '×' or '-' or '~' or '～' or '—' or '+' or '/' or '.')
            {
                return false;
            }
        }
        quantity = new Quantity(comparator, number, Math.Max(decimals, 0), unit.ToString());
        return true;
    }

    /// <summary>The amount when the unit is money (元, 万元, 亿元, 亿), with the precision it was stated at.</summary>
    internal bool TryGetMoney(out Money amount, out PublishedPrecision precision)
    {
        MoneyUnit? unit = Unit switch
        {
            "元" => MoneyUnit.Yuan,
            "万元" or "万" => MoneyUnit.Wan,
            "亿元" or "亿" => MoneyUnit.Yi,
            _ => null,
        };
        if (unit is not { } u)
        {
            amount = default;
            precision = default;
            return false;
        }
        amount = Money.From(Number, u, MidpointRounding.AwayFromZero);
        precision = new PublishedPrecision(u, Math.Min(Decimals, 6));
        return true;
    }
}
