using System.Buffers;
using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading;

/// <summary>Normalisation of printed labels for matching: no white space, ASCII for full-width forms, no ordinal.</summary>
internal static partial class Labels
{
    private const string ChineseNumerals = "一二三四五六七八九十百零〇";

    /// <summary>What <see cref="Normalize"/> removes or maps: every white-space character (<see cref="char.IsWhiteSpace(char)"/>)
    /// and the full-width ASCII forms U+FF01–U+FF5E.</summary>
    private static readonly SearchValues<char> WhiteSpaceOrFullWidth = SearchValues.Create(
        "\u0009\u000A\u000B\u000C\u000D\u0020\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000"
        + string.Create(0xFF5E - 0xFF01 + 1, 0, static (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xFF01 + i);
            }
        }));

    /// <summary>Removes white space, maps full-width ASCII forms (（）：) to ASCII and drops a leading ordinal
    /// (<c>十五、</c>, <c>1.</c>, <c>①</c>, <c>（一）</c>).</summary>
    internal static string Normalize(string text)
    {
        int first = text.AsSpan().IndexOfAny(WhiteSpaceOrFullWidth);
        if (first < 0)
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
        if (first != '(' && !char.IsDigit(first) && !ChineseNumerals.Contains(first, StringComparison.Ordinal))
        {
            // No alternative of the pattern can start here.
            return s;
        }
        foreach (var m in OrdinalPattern().EnumerateMatches(s))
        {
            return m.Length < s.Length ? s[m.Length..] : s;
        }
        return s;
    }

    /// <summary>True when the text starts with a Chinese ordinal (一、 … 三十、).</summary>
    internal static bool HasChineseOrdinal(string text)
    {
        int i = 0;
        while (i < text.Length && ChineseNumerals.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }
        return i > 0 && i < text.Length && text[i] == '、';
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百零〇]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))")]
    private static partial Regex OrdinalPattern();
}
