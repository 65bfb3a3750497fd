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
}
