using System.Text;
using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading;

/// <summary>Normalisation of printed labels for matching: no white space, ASCII for full-width forms, no ordinal.</summary>
internal static partial class Labels
{
    private const string ChineseNumerals = "一二三四五六七八九十百零〇";

    /// <summary>Removes white space, maps full-width ASCII forms (（）：) to ASCII and drops a leading ordinal
    /// (<c>十五、</c>, <c>1.</c>, <c>①</c>, <c>（一）</c>).</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        var s = sb.ToString();
        return StripOrdinal(s);
    }

    /// <summary>Drops a leading ordinal such as 十五、, ①, (一) or 1、.</summary>
    internal static string StripOrdinal(string s)
    {
        if (s.Length > 0 && s[0] is >= '①' and <= '⑳')
        {
            return s[1..];
        }
        var m = OrdinalPattern().Match(s);
        return m.Success && m.Length < s.Length ? s[m.Length..] : s;
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
