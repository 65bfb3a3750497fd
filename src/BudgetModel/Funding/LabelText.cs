using BudgetModel.Text;

namespace BudgetModel.Funding;

/// <summary>
/// The label normaliser: turns a label as printed in a disclosure (a table row, a column header, a
/// performance-sheet cell) into the form the label tables (<see cref="LabelTable{TEnum}"/>: fund sources, indicator
/// levels) are keyed on. Built from the pieces in <see cref="ChineseText"/>, which also states how it differs from the
/// catalog's and the validator's normal forms of names.
/// </summary>
/// <remarks>
/// Normalisation, in order:
/// <list type="number">
/// <item>removes every white-space character, including the ideographic space U+3000 (PDF extraction puts
/// spaces inside words: <c>市县(区)财政资 金</c>);</item>
/// <item>unifies full-width punctuation with half-width: <c>（）</c> → <c>()</c>, <c>【】〔〕</c> → <c>[]</c>,
/// <c>：</c> → <c>:</c>;</item>
/// <item>strips leading ordinals, repeatedly: <c>一、</c>, <c>十二、</c>, <c>(一)</c>, <c>（一）、</c>, <c>1、</c>,
/// <c>1.</c> (not before a digit), <c>(1)</c>, circled and parenthesised digits such as <c>①</c>, <c>⑴</c>, <c>⒈</c>;</item>
/// <item>strips a leading <c>其中</c> (“of which”) with its optional colon, as in <c>其中:中央财政资金</c>;</item>
/// <item>strips trailing colons (<c>实施期资金总额:</c>).</item>
/// </list>
/// Normalising never lengthens the text. Normalisation is idempotent.
/// </remarks>
internal static class LabelText
{
    private const string OfWhich = "其中";

    /// <summary>Normalises <paramref name="text"/> into a new string.</summary>
    internal static string Normalize(ReadOnlySpan<char> text) => ChineseText.ToNewString(text, Normalize);

    /// <summary>
    /// Normalises <paramref name="text"/> into <paramref name="destination"/>, which must be at least as long
    /// as <paramref name="text"/>; returns the normalised length.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            Preconditions.ThrowArgument(nameof(destination), "The destination must be at least as long as the text.");
        }

        int length = ChineseText.Squeeze(text, destination, ChineseText.Fold.BracketsAndColon);

        var span = destination[..length];
        int start = 0;
        while (true)
        {
            int skipped = LeadingOrdinalLength(span[start..]);
            if (skipped == 0)
            {
                skipped = LeadingOfWhichLength(span[start..]);
            }
            if (skipped == 0)
            {
                break;
            }
            start += skipped;
        }

        int end = length;
        while (end > start && span[end - 1] == ':')
        {
            end--;
        }

        if (start > 0)
        {
            span[start..end].CopyTo(destination);
        }
        return end - start;
    }

    /// <summary>
    /// The length of a leading ordinal in already whitespace-free, punctuation-unified text, or 0 if none.
    /// </summary>
    internal static int LeadingOrdinalLength(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return 0;
        }

        // ① … ⑳ (U+2460–2473), ⑴ … ⒇ (U+2474–2487), ⒈ … ⒛ (U+2488–249B), ❶ … ❿ (U+2776–277F).
        char first = s[0];
        if (first is >= '\u2460' and <= '\u249B' or >= '\u2776' and <= '\u277F')
        {
            return 1 + SeparatorLength(s[1..]);
        }

        // (一) (1)
        if (first == '(')
        {
            int close = s.IndexOf(')');
            if (close > 1 && IsOrdinalBody(s[1..close]))
            {
                return close + 1 + SeparatorLength(s[(close + 1)..]);
            }
            return 0;
        }

        // 一、 十二、
        if (ChineseText.IsChineseNumeral(first))
        {
            return ChineseText.ChineseOrdinalLength(s);
        }

        // 1、 1. 1． (not 1.5)
        int n = 0;
        while (n < s.Length && char.IsAsciiDigit(s[n]))
        {
            n++;
        }
        if (n == 0 || n >= s.Length)
        {
            return 0;
        }
        char separator = s[n];
        if (separator == '、' || (separator is '.' or '．' && (n + 1 >= s.Length || !char.IsAsciiDigit(s[n + 1]))))
        {
            return n + 1;
        }
        return 0;
    }

    private static bool IsOrdinalBody(ReadOnlySpan<char> body)
    {
        if (body.Length > 3)
        {
            return false;
        }
        foreach (char c in body)
        {
            if (!ChineseText.IsChineseNumeral(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static int SeparatorLength(ReadOnlySpan<char> s) =>
        !s.IsEmpty && s[0] is '、' or '.' or '．' ? 1 : 0;

    private static int LeadingOfWhichLength(ReadOnlySpan<char> s)
    {
        if (!s.StartsWith(OfWhich, StringComparison.Ordinal) || s.Length == OfWhich.Length)
        {
            return 0;
        }
        return s.Length > OfWhich.Length + 1 && s[OfWhich.Length] == ':' ? OfWhich.Length + 1 : OfWhich.Length;
    }
}
