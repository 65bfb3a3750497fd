using System.Buffers;
using System.Globalization;
using BudgetModel.Text;

namespace BudgetModel.Validation;

/// <summary>
/// How the validator compares names printed in different places (project names in tables, sheets and prose; the
/// unit's name): a normal form and a similarity.
/// </summary>
/// <remarks>
/// The normal form drops white space, punctuation, symbols and dashes of every width (—, –, --, －), brackets of
/// every shape ((), （）, 〔〕, 【】), quotation marks and middle dots, and maps full-width ASCII forms to ASCII, so
/// 业务经费—政府采购 and 业务经费--政府采购 are the same name. The similarity is the Dice coefficient of the
/// character bigrams of the normal forms (2 × shared bigrams / total bigrams, counted as multisets): 1 for equal
/// names, 0.93 for 饮用水管道 / 饮水管道 in the seed's long project name, 0 for names with nothing in common.
/// <see cref="Similarity(string, string)"/> costs time linear in the names' lengths (plus a sort of each name's bigrams) and
/// allocates nothing for names up to 256 characters.
/// </remarks>
public static class NameText
{
    /// <summary>Names up to this length are normalised on the stack.</summary>
    private const int StackLimit = 256;

    /// <summary>The normal form of a name (see the type's remarks).</summary>
    /// <param name="name">The name as printed.</param>
    /// <returns>The normal form; empty for a name of punctuation only; the same instance when it is already normal.</returns>
    public static string Normalize(string name)
    {
        Guard.Against.Null(name);
        int first = 0;
        while (first < name.Length && IsNormal(name[first]))
        {
            first++;
        }
        if (first == name.Length)
        {
            return name;
        }
        return ChineseText.ToNewString(name, Normalize);
    }

    /// <summary>True when the normal form of <paramref name="name"/> is <paramref name="normal"/>, found without
    /// making it (stops at the first difference).</summary>
    internal static bool NormalizesTo(ReadOnlySpan<char> name, string normal)
    {
        int n = 0;
        foreach (char raw in name)
        {
            char ch = Map(raw);
            if (ch == '\0' && raw != '\0')
            {
                continue;
            }
            if (n == normal.Length || normal[n] != ch)
            {
                return false;
            }
            n++;
        }
        return n == normal.Length;
    }

    /// <summary>The first character of the normal form of <paramref name="name"/>, or null when it is empty.</summary>
    internal static char? FirstNormalChar(ReadOnlySpan<char> name)
    {
        foreach (char raw in name)
        {
            char ch = Map(raw);
            if (ch != '\0' || raw == '\0')
            {
                return ch;
            }
        }
        return null;
    }

    /// <summary>The Dice similarity of the character bigrams of two names' normal forms, from 0 to 1.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">Another name.</param>
    /// <returns>1 when the normal forms are equal; otherwise 2·|shared bigrams| / (|bigrams of a| + |bigrams of b|).</returns>
    public static double Similarity(string a, string b)
    {
        Guard.Against.Null(a);
        Guard.Against.Null(b);
        char[]? rentedA = null, rentedB = null;
        Span<char> x = a.Length <= StackLimit ? stackalloc char[StackLimit] : (rentedA = ArrayPool<char>.Shared.Rent(a.Length));
        Span<char> y = b.Length <= StackLimit ? stackalloc char[StackLimit] : (rentedB = ArrayPool<char>.Shared.Rent(b.Length));
        x = x[..Normalize(a, x)];
        y = y[..Normalize(b, y)];
        double result;
        if (x.SequenceEqual(y))
        {
            result = 1.0;
        }
        else if (x.Length < 2 || y.Length < 2)
        {
            result = 0.0;
        }
        else
        {
            uint[]? rentedX = null, rentedY = null;
            Span<uint> bx = x.Length <= StackLimit ? stackalloc uint[StackLimit] : (rentedX = ArrayPool<uint>.Shared.Rent(x.Length));
            Span<uint> by = y.Length <= StackLimit ? stackalloc uint[StackLimit] : (rentedY = ArrayPool<uint>.Shared.Rent(y.Length));
            bx = bx[..Bigrams(x, bx)];
            by = by[..Bigrams(y, by)];
            result = Dice(bx, by);
            if (rentedX is not null)
            {
                ArrayPool<uint>.Shared.Return(rentedX);
            }
            if (rentedY is not null)
            {
                ArrayPool<uint>.Shared.Return(rentedY);
            }
        }
        if (rentedA is not null)
        {
            ArrayPool<char>.Shared.Return(rentedA);
        }
        if (rentedB is not null)
        {
            ArrayPool<char>.Shared.Return(rentedB);
        }
        return result;
    }

    /// <summary>The similarity of two names prepared once (<see cref="ComparableName"/>): the same value as
    /// <see cref="Similarity(string, string)"/> of the names, with no allocation and no normalisation.</summary>
    internal static double Similarity(ComparableName a, ComparableName b)
    {
        if (string.Equals(a.Normal, b.Normal, StringComparison.Ordinal))
        {
            return 1.0;
        }
        if (a.Bigrams.Length == 0 || b.Bigrams.Length == 0)
        {
            return 0.0;
        }
        return Dice(a.Bigrams, b.Bigrams);
    }

    /// <summary>A cheap upper bound of <see cref="Similarity(ComparableName, ComparableName)"/> for names that are not
    /// equal: the Dice coefficient when every bigram of the shorter name is shared.</summary>
    internal static double SimilarityBound(ComparableName a, ComparableName b)
    {
        if (string.Equals(a.Normal, b.Normal, StringComparison.Ordinal))
        {
            return 1.0;
        }
        int m = a.Bigrams.Length, n = b.Bigrams.Length;
        return m + n == 0 ? 0.0 : 2.0 * Math.Min(m, n) / (m + n);
    }

    /// <summary>A unit name without a leading code such as <c>209-</c> or <c>209001-</c> (as the sheets print it).</summary>
    internal static string WithoutCodePrefix(string name)
    {
        var span = WithoutCodePrefix(name.AsSpan());
        return span.Length == name.Length ? name : span.ToString();
    }

    /// <summary><see cref="WithoutCodePrefix(string)"/> of a span, without copying.</summary>
    internal static ReadOnlySpan<char> WithoutCodePrefix(ReadOnlySpan<char> name)
    {
        var span = name.Trim();
        int i = 0;
        while (i < span.Length && char.IsAsciiDigit(span[i]))
        {
            i++;
        }
        if (i > 0 && i < span.Length && span[i] is '-' or '－' or '—' or ' ')
        {
            return span[(i + 1)..].Trim();
        }
        return span;
    }

    /// <summary>Formats a similarity for messages.</summary>
    internal static string Percent(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);

    // The width folding is ChineseText's, shared with the label and catalog-name normalisations; ChineseText states
    // how the three differ.

    /// <summary>The character a name keeps in its normal form at this position, or <c>'\0'</c> when it drops it.</summary>
    private static char Map(char raw)
    {
        char ch = ChineseText.FoldWidth(raw);
        if (char.IsAsciiLetterOrDigit(ch))
        {
            return char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch;
        }
        if (ch is >= '\u4E00' and <= '\u9FFF')
        {
            // CJK unified ideographs: letters without case (the common case, answered without a case-mapping call).
            return ch;
        }
        if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch) || ch == '\u3000')
        {
            return '\0';
        }
        return char.ToLowerInvariant(ch);
    }

    private static bool IsNormal(char ch) => Map(ch) == ch;

    /// <summary>Writes the normal form of <paramref name="name"/> into <paramref name="into"/> (at least as long) and
    /// returns its length.</summary>
    private static int Normalize(ReadOnlySpan<char> name, Span<char> into)
    {
        int n = 0;
        foreach (char raw in name)
        {
            char ch = Map(raw);
            if (ch != '\0' || raw == '\0')
            {
                into[n++] = ch;
            }
        }
        return n;
    }

    /// <summary>Writes the bigrams of a normal form (two UTF-16 units packed in 32 bits), sorted, and returns their count.</summary>
    private static int Bigrams(ReadOnlySpan<char> normal, Span<uint> into)
    {
        int count = normal.Length - 1;
        if (count <= 0)
        {
            return 0;
        }
        for (int i = 0; i < count; i++)
        {
            into[i] = ((uint)normal[i] << 16) | normal[i + 1];
        }
        into[..count].Sort();
        return count;
    }

    /// <summary>2 × |x ∩ y| / (|x| + |y|) for two sorted multisets.</summary>
    private static double Dice(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return 2.0 * shared / (x.Length + y.Length);
    }

    /// <summary>Bigrams of a normal form, as an array (for <see cref="ComparableName"/>).</summary>
    internal static uint[] BigramsOf(string normal)
    {
        if (normal.Length < 2)
        {
            return [];
        }
        var bigrams = new uint[normal.Length - 1];
        Bigrams(normal, bigrams);
        return bigrams;
    }
}

/// <summary>A name prepared for repeated comparison: its normal form, and the sorted bigrams of it computed on first use.</summary>
internal sealed class ComparableName
{
    private uint[]? _bigrams;

    internal ComparableName(string name) => Normal = NameText.Normalize(name);

    /// <summary>The normal form (<see cref="NameText.Normalize(string)"/>).</summary>
    internal string Normal { get; }

    /// <summary>The bigrams of the normal form, sorted; empty when it is shorter than two characters.</summary>
    internal uint[] Bigrams => _bigrams ??= NameText.BigramsOf(Normal);
}
