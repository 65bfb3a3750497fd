using System.Globalization;
using System.Text;

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
/// </remarks>
public static class NameText
{
    /// <summary>The normal form of a name (see the type's remarks).</summary>
    /// <param name="name">The name as printed.</param>
    /// <returns>The normal form; empty for a name of punctuation only.</returns>
    public static string Normalize(string name)
    {
        Guard.Against.Null(name);
        var sb = new StringBuilder(name.Length);
        foreach (char raw in name)
        {
            char ch = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch) || ch == '\u3000')
            {
                continue;
            }
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    /// <summary>The Dice similarity of the character bigrams of two names' normal forms, from 0 to 1.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">Another name.</param>
    /// <returns>1 when the normal forms are equal; otherwise 2·|shared bigrams| / (|bigrams of a| + |bigrams of b|).</returns>
    public static double Similarity(string a, string b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 1.0;
        }
        if (x.Length < 2 || y.Length < 2)
        {
            return 0.0;
        }
        var counts = new Dictionary<(char, char), int>();
        for (int i = 0; i + 1 < x.Length; i++)
        {
            var key = (x[i], x[i + 1]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        int shared = 0;
        for (int i = 0; i + 1 < y.Length; i++)
        {
            var key = (y[i], y[i + 1]);
            if (counts.TryGetValue(key, out int n) && n > 0)
            {
                counts[key] = n - 1;
                shared++;
            }
        }
        return 2.0 * shared / (x.Length - 1 + y.Length - 1);
    }

    /// <summary>A unit name without a leading code such as <c>209-</c> or <c>209001-</c> (as the sheets print it).</summary>
    internal static string WithoutCodePrefix(string name)
    {
        var span = name.AsSpan().Trim();
        int i = 0;
        while (i < span.Length && char.IsAsciiDigit(span[i]))
        {
            i++;
        }
        if (i > 0 && i < span.Length && span[i] is '-' or '－' or '—' or ' ')
        {
            return span[(i + 1)..].Trim().ToString();
        }
        return span.ToString();
    }

    /// <summary>Formats a similarity for messages.</summary>
    internal static string Percent(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);
}
