using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading;

/// <summary>Normalisation of printed labels for matching: no white space, ASCII for full-width forms, no ordinal.</summary>
internal static partial class Labels
{

    /// <summary>Removes white space, maps full-width ASCII forms (（）：) to ASCII and drops a leading ordinal
    /// (<c>十五、</c>, <c>1.</c>, <c>①</c>, <c>（一）</c>).</summary>
    internal static string Normalize(string text)
    {
        int first = 0;
        while (first < text.Length && !IsRemovedOrMapped(text[first]))
        {
            first++;
        }
        if (first == text.Length)
        {
            // Nothing to remove or map (the common case): no copy.
            return StripOrdinal(text);
        }
        Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : new char[text.Length];
        text.AsSpan(0, first).CopyTo(buffer);
        int n = first;
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                buffer[n++] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        }
        return StripOrdinal(new string(buffer[..n]));
    }

    /// <summary>A Chinese numeral of an ordinal: 一 … 十, 百, 零, 〇 (the class <see cref="OrdinalPattern"/> starts with).</summary>
    private static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '零' or '〇';

    /// <summary>White space (<see cref="char.IsWhiteSpace(char)"/>, none of it above U+3000) or a full-width ASCII form
    /// (U+FF01–U+FF5E); the test of a CJK character is two comparisons.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsRemovedOrMapped(char c) => c is >= '\uFF01' and <= '\uFF5E' || (c <= '\u3000' && char.IsWhiteSpace(c));

    /// <summary>Drops a leading ordinal such as 十五、, ①, (一) or 1、.</summary>
    internal static string StripOrdinal(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }
        char first = s[0];
        if (first is >= '①' and <= '⑳')
        {
            return s[1..];
        }
        if (first != '(' && !IsChineseNumeral(first) && !(HasDigitOrdinalSeparator(s) && char.IsDigit(first)))
        {
            // No alternative of the pattern can match here (an amount such as 364,575 starts with a digit, not with
            // 1、 or 12.).
            return s;
        }
        foreach (var m in OrdinalPattern().EnumerateMatches(s))
        {
            return m.Length < s.Length ? s[m.Length..] : s;
        }
        return s;
    }

    /// <summary>True when 、 or . follows the first character, or the first two when the second is a digit: the
    /// pattern's <c>\d{1,2}[、.]</c> after a first digit (tested by the caller, after this cheaper test).</summary>
    private static bool HasDigitOrdinalSeparator(string s) =>
        (s.Length > 1 && s[1] is '、' or '.') || (s.Length > 2 && s[2] is '、' or '.' && char.IsDigit(s[1]));

    /// <summary>True when the text starts with a Chinese ordinal (一、 … 三十、).</summary>
    internal static bool HasChineseOrdinal(string text)
    {
        int i = 0;
        while (i < text.Length && IsChineseNumeral(text[i]))
        {
            i++;
        }
        return i > 0 && i < text.Length && text[i] == '、';
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百零〇]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))")]
    private static partial Regex OrdinalPattern();
}
