using System.Text;

namespace BudgetModel.Classification;

/// <summary>
/// The one normalisation of classification names used for name lookup and name checks: a leading Chinese
/// ordinal as printed in table 1 (<c>十五、</c>) is dropped, all white space (including U+3000 and NBSP) is
/// removed, full-width ASCII forms (U+FF01–U+FF5E, e.g. <c>（）</c>) become their ASCII forms, and the
/// brackets <c>〔〕【】</c> become <c>[]</c>.
/// </summary>
internal static class CatalogNames
{
    private const string ChineseNumerals = "一二三四五六七八九十百零〇";

    internal static string Normalize(string name)
    {
        var text = name.AsSpan().Trim();
        text = text[OrdinalLength(text)..];
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '〔' or '【' => '[',
                '〕' or '】' => ']',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>The length of a leading ordinal such as <c>三十、</c>, or 0.</summary>
    private static int OrdinalLength(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && ChineseNumerals.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }
        return i > 0 && i < text.Length && text[i] == '、' ? i + 1 : 0;
    }
}
