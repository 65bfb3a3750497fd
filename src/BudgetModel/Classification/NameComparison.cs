using BudgetModel.Text;

namespace BudgetModel.Classification;

/// <summary>
/// How classification names are compared: the one normalisation used by name lookup, name checks and the catalog
/// harvest. It removes what printing changes and nothing else: leading table-1 ordinals (<c>十五、</c>), all white
/// space (including U+3000 and NBSP), the width of full-width ASCII forms (<c>（）</c> = <c>()</c>, <c>２</c> = <c>2</c>),
/// and the shape of brackets (<c>()</c>, <c>（）</c>, <c>[]</c>, <c>［］</c>, <c>〔〕</c>, <c>【】</c> are one pair). Characters,
/// their order and punctuation other than brackets are kept, so 对个人和家庭补助 is not 对个人和家庭的补助 and
/// 维修（护）费 is not 维修护费.
/// </summary>
/// <remarks>Built from the pieces in <see cref="ChineseText"/>, which also states how it differs from the label and
/// name normalisations.</remarks>
public static class NameComparison
{
    /// <summary>The normal form of a classification name (see the type's summary).</summary>
    /// <param name="name">The name as printed.</param>
    /// <returns>The normal form.</returns>
    public static string Normalize(string name)
    {
        Guard.Against.Null(name);
        string squeezed = ChineseText.ToNewString(name, SqueezeFolded);
        // Leading ordinals go after the white space (十 、 is 十、), every one of them (so the form is a fixed point).
        int start = squeezed.Length - ChineseText.SkipChineseOrdinals(squeezed).Length;
        return start == 0 ? squeezed : squeezed[start..];
    }

    /// <summary>True when two printed names are the same name once printing differences are removed.</summary>
    /// <param name="first">A name as printed.</param>
    /// <param name="second">Another name as printed.</param>
    /// <returns>True when their normal forms are equal.</returns>
    public static bool AreSame(string first, string second) =>
        string.Equals(Normalize(first), Normalize(second), StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="printed"/> differs from <paramref name="expected"/> as a misspelling does: their
    /// normal forms differ, by at most one edit (a character inserted, deleted or replaced) per four characters of
    /// the longer, and by exactly one edit for names of two or three characters. 维护（护）费 for 维修（护）费 is one;
    /// 物业管理费 for 取暖费 is a different name.
    /// </summary>
    /// <param name="expected">The catalog name.</param>
    /// <param name="printed">The name as printed.</param>
    /// <returns>True for a misspelling; false for the same name or a different one.</returns>
    public static bool IsMisspelling(string expected, string printed)
    {
        string a = Normalize(expected), b = Normalize(printed);
        return IsMisspellingDistance(a, b, EditDistance(a, b));
    }

    /// <summary>The Levenshtein distance of two texts, character by character (inserted, deleted or replaced).</summary>
    internal static int EditDistance(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>The misspelling test of <see cref="IsMisspelling"/> on normal forms and their distance.</summary>
    internal static bool IsMisspellingDistance(string expected, string printed, int distance)
    {
        int longer = Math.Max(expected.Length, printed.Length);
        return distance > 0 && longer >= 2 && (distance * 4 <= longer || (distance == 1 && longer >= 3));
    }

    private static int SqueezeFolded(ReadOnlySpan<char> text, Span<char> destination)
    {
        int length = ChineseText.Squeeze(text, destination, ChineseText.Fold.FullWidthForms);
        for (int i = 0; i < length; i++)
        {
            destination[i] = destination[i] switch
            {
                '[' => '(',
                ']' => ')',
                _ => destination[i],
            };
        }
        return length;
    }
}
