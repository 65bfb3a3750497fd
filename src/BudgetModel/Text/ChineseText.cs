using System.Buffers;

namespace BudgetModel.Text;

/// <summary>
/// The character-level pieces of the library's text normalisations: white space removal, width folding,
/// the Chinese ordinal <c>一、</c> … <c>十二、</c>, and the stack-or-pool buffer that turns a span rewrite into a
/// string. Each normalisation composes them for its own purpose, and this is the one place their differences are
/// stated:
/// <list type="table">
/// <listheader><term>normalisation</term><description>purpose and steps</description></listheader>
/// <item><term><see cref="Funding.LabelText"/></term><description>Keys of the label tables (fund sources, indicator
/// levels), read from table rows, column headers and sheet cells. Removes white space; folds brackets and the colon
/// only (<see cref="FoldBracketsAndColon"/>: full-width digits and letters stay, so a label that differs only in
/// them still does not match; widening this would change which labels are accepted); strips leading ordinals of every
/// printed form, repeatedly (<c>一、</c>, <c>(一)</c>, <c>1.</c>, <c>①</c> …), a leading <c>其中</c>, and trailing
/// colons.</description></item>
/// <item><term><see cref="Classification.NameComparison"/></term><description>Official classification names, for
/// name lookup, name checks and the catalog harvest. Removes white space, folds every full-width form
/// (<see cref="FoldWidth"/>) and makes every bracket shape <c>()</c>, then strips the leading Chinese ordinals
/// (<c>十五、</c>, the form in which table 1 prints the 类; no other form).</description></item>
/// <item><term><see cref="Validation.NameText"/></term><description>Comparing names printed in different places
/// (projects, units) by equality and similarity. Folds every full-width form (<see cref="FoldWidth"/>), then drops
/// white space, punctuation, symbols and dashes altogether and lower-cases ASCII letters; keeps ordinals (they are
/// part of a project's name).</description></item>
/// <item><term>The importer's <c>Labels</c> (BudgetModel.Import)</term><description>Title, header and row labels of
/// published tables, for matching by meaning. Removes white space, folds every full-width form
/// (<see cref="FoldWidth"/>), strips one leading ordinal of every printed form (<c>十五、</c>, <c>(一)</c>, <c>1、</c>,
/// <c>①</c>); tests a Chinese ordinal with <see cref="ChineseOrdinalLength"/>.</description></item>
/// </list>
/// None of them ever lengthens a text: every step maps one character to at most one.
/// </summary>
internal static class ChineseText
{
    /// <summary>Texts up to this length are rewritten on the stack; longer ones in a pooled array.</summary>
    private const int StackLimit = 256;

    /// <summary>Rewrites <paramref name="text"/> into <paramref name="destination"/> (at least as long as the text)
    /// and returns the length written.</summary>
    internal delegate int Rewrite(ReadOnlySpan<char> text, Span<char> destination);

    /// <summary>Which characters <see cref="Squeeze(ReadOnlySpan{char}, Span{char}, Fold)"/> folds.</summary>
    internal enum Fold
    {
        /// <summary><see cref="FoldBracketsAndColon"/>.</summary>
        BracketsAndColon,

        /// <summary><see cref="FoldWidth"/>.</summary>
        FullWidthForms,
    }

    /// <summary>The string a span rewrite makes of <paramref name="text"/>, with a buffer on the stack for texts up to
    /// 256 characters and a pooled one beyond.</summary>
    internal static string ToNewString(ReadOnlySpan<char> text, Rewrite rewrite)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            return new string(buffer[..rewrite(text, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The ASCII form of a full-width ASCII form (U+FF01–U+FF5E: <c>（）</c> → <c>()</c>, <c>２０２４</c> →
    /// <c>2024</c>, <c>：</c> → <c>:</c>), and <c>[</c> / <c>]</c> for the brackets <c>〔【</c> / <c>〕】</c>; any other
    /// character unchanged.</summary>
    internal static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '〔' or '【' => '[',
        '〕' or '】' => ']',
        _ => c,
    };

    /// <summary><see cref="FoldWidth"/> of the brackets <c>（）［］【】〔〕</c> and the colon <c>：</c>; any other character
    /// (full-width digits and letters included) unchanged.</summary>
    internal static char FoldBracketsAndColon(char c) =>
        c is '（' or '）' or '［' or '］' or '【' or '】' or '〔' or '〕' or '：' ? FoldWidth(c) : c;

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> (at least as long) without its white
    /// space (every <see cref="char.IsWhiteSpace(char)"/> character, the ideographic space U+3000 included: PDF
    /// extraction puts spaces inside words, <c>市县(区)财政资 金</c>), folding each character as
    /// <paramref name="fold"/> says; returns the length written.</summary>
    internal static int Squeeze(ReadOnlySpan<char> text, Span<char> destination, Fold fold)
    {
        int length = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                destination[length++] = fold == Fold.FullWidthForms ? FoldWidth(c) : FoldBracketsAndColon(c);
            }
        }
        return length;
    }

    /// <summary>The text after its leading Chinese ordinals (<see cref="ChineseOrdinalLength"/>), every one of them, and
    /// the white space after each (<c>十、 十、卫生健康支出</c> → <c>卫生健康支出</c>).</summary>
    internal static ReadOnlySpan<char> SkipChineseOrdinals(ReadOnlySpan<char> text)
    {
        int length;
        while ((length = ChineseOrdinalLength(text)) > 0)
        {
            text = text[length..].TrimStart();
        }
        return text;
    }

    /// <summary>True for the Chinese numerals of ordinals: 一 … 十, 百, 零, 〇.</summary>
    internal static bool IsChineseNumeral(char c) =>
        c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '零' or '〇';

    /// <summary>The length of a leading Chinese ordinal — Chinese numerals and <c>、</c>, as in <c>一、</c>,
    /// <c>十二、</c>, <c>三十、</c> — or 0 when the text does not start with one (<c>十</c>, <c>一般</c>, <c>一 、</c>).</summary>
    internal static int ChineseOrdinalLength(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (n < text.Length && IsChineseNumeral(text[n]))
        {
            n++;
        }
        return n > 0 && n < text.Length && text[n] == '、' ? n + 1 : 0;
    }
}
