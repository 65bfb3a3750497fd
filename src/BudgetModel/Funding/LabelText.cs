namespace BudgetModel.Funding;

/// <summary>
/// The library's one label normaliser: turns a label as printed in a disclosure (a table row, a column
/// header, a performance-sheet cell) into the form the label tables are keyed on. Reused by every part of
/// the library that reads Chinese labels (fund sources, indicator levels, the importer).
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
    internal static string Normalize(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256
            ? stackalloc char[256]
            : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            int length = Normalize(text, buffer);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

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

        int length = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            destination[length++] = UnifyPunctuation(c);
        }

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

    /// <summary>Half-width form of the full-width brackets and colon; other characters unchanged.</summary>
    internal static char UnifyPunctuation(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '【' or '〔' or '［' => '[',
        '】' or '〕' or '］' => ']',
        '：' => ':',
        _ => c,
    };

    /// <summary>True for the Chinese numerals used in ordinals (一 … 十, 百, 零, 〇).</summary>
    internal static bool IsChineseNumeral(char c) =>
        c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '零' or '〇';

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

        // 一、 十二、 1、 1. 1．
        int n = 0;
        if (IsChineseNumeral(first))
        {
            while (n < s.Length && IsChineseNumeral(s[n]))
            {
                n++;
            }
        }
        else if (char.IsAsciiDigit(first))
        {
            while (n < s.Length && char.IsAsciiDigit(s[n]))
            {
                n++;
            }
        }
        if (n == 0 || n >= s.Length)
        {
            return 0;
        }
        char separator = s[n];
        if (separator == '、')
        {
            return n + 1;
        }
        if (separator is '.' or '．' && char.IsAsciiDigit(first) && (n + 1 >= s.Length || !char.IsAsciiDigit(s[n + 1])))
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
            if (!IsChineseNumeral(c) && !char.IsAsciiDigit(c))
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
