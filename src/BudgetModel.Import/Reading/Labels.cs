using BudgetModel.Funding;
using BudgetModel.Text;

namespace BudgetModel.Import.Reading;

/// <summary>Normalisation of printed labels for matching: no white space, ASCII for full-width forms, no ordinal — the
/// importer's use of the library's text pieces (<see cref="ChineseText"/>).</summary>
internal static class Labels
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
        // Nothing to remove or map (the common case): no copy.
        return StripOrdinal(first == text.Length ? text : ChineseText.ToNewString(text, SqueezeWidth));
    }

    /// <summary>The importer's rewrite: white space out, every full-width form folded (<see cref="ChineseText.Squeeze"/>).</summary>
    private static int SqueezeWidth(ReadOnlySpan<char> text, Span<char> destination) =>
        ChineseText.Squeeze(text, destination, ChineseText.Fold.FullWidthForms);

    /// <summary>White space (<see cref="char.IsWhiteSpace(char)"/>, none of it above U+3000) or a character
    /// <see cref="ChineseText.FoldWidth"/> changes; the test of a CJK character is two comparisons.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsRemovedOrMapped(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' or '〔' or '【' or '〕' or '】' || (c <= '\u3000' && char.IsWhiteSpace(c));

    /// <summary>Drops one leading ordinal such as 十五、, ①, (一), (1) or 1、 (the library's ordinal,
    /// <see cref="LabelText.LeadingOrdinalLength"/>), unless the ordinal is all the text.</summary>
    internal static string StripOrdinal(string s)
    {
        int length = LabelText.LeadingOrdinalLength(s);
        return length > 0 && length < s.Length ? s[length..] : s;
    }

    /// <summary>True when the text starts with a Chinese ordinal (一、 … 三十、).</summary>
    internal static bool HasChineseOrdinal(string text) => ChineseText.ChineseOrdinalLength(text) > 0;

    /// <summary>True when a normalised label names a category of projects rather than a project: 部门特定目标类项目,
    /// 其他运转类项目, 人员类项目 (the 类型 levels of a project library), printed as a group row over its projects.</summary>
    internal static bool IsProjectCategory(string normalized) =>
        normalized.Length > 3 && normalized.EndsWith("类项目", StringComparison.Ordinal);
}
