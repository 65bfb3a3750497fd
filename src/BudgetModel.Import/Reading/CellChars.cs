namespace BudgetModel.Import.Reading;

/// <summary>Character tests on a cell's text, without a delegate or an enumerator per call (the readers run them on
/// nearly every cell).</summary>
internal static class CellChars
{
    /// <summary>True when every character is an ASCII digit; true for "".</summary>
    internal static bool AllAsciiDigits(string text) => !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>True when some character is an ASCII digit.</summary>
    internal static bool AnyAsciiDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');

    /// <summary>True when some character is a letter (<see cref="char.IsLetter(char)"/>: Latin, CJK …).</summary>
    internal static bool AnyLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A whole number written with ASCII or full-width digits (what a regex's \d matches in prose: 行政编制１７名);
    /// null when it has another character or does not fit an <see cref="int"/>.</summary>
    internal static int? WholeNumber(ReadOnlySpan<char> digits)
    {
        long value = 0;
        if (digits.IsEmpty)
        {
            return null;
        }
        foreach (char c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;
            if (d < 0)
            {
                return null;
            }
            value = (value * 10) + d;
            if (value > int.MaxValue)
            {
                return null;
            }
        }
        return (int)value;
    }
}
