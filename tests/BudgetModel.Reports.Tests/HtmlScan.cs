using System.Net;
using System.Text.RegularExpressions;

namespace BudgetModel.Reports.Tests;

/// <summary>An element's start tag found in HTML: its name, attributes (decoded) and where it starts and ends.</summary>
internal sealed record Tag(string Name, IReadOnlyDictionary<string, string> Attributes, int Start, int End)
{
    internal string? this[string attribute] => Attributes.TryGetValue(attribute, out var v) ? v : null;

    internal IReadOnlyList<string> Classes => (this["class"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    internal bool HasClass(string c) => Classes.Contains(c);
}

/// <summary>Finds start tags in HTML (the report's own, or Chromium's serialised DOM): enough to check structure
/// without an HTML parser package. Attribute values are always double-quoted by both.</summary>
internal static partial class HtmlScan
{
    [GeneratedRegex("""<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>""")]
    private static partial Regex StartTag();

    [GeneratedRegex("""([^\s=>/]+)(?:="([^"]*)")?""")]
    private static partial Regex Attribute();

    internal static IEnumerable<Tag> Tags(string html, string? name = null)
    {
        foreach (Match m in StartTag().Matches(html))
        {
            if (name is not null && !m.Groups[1].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match a in Attribute().Matches(m.Groups[2].Value))
            {
                attributes.TryAdd(a.Groups[1].Value, WebUtility.HtmlDecode(a.Groups[2].Value));
            }
            yield return new Tag(m.Groups[1].Value.ToLowerInvariant(), attributes, m.Index, m.Index + m.Length);
        }
    }

    /// <summary>The element with an id, or null.</summary>
    internal static Tag? ById(string html, string id) => Tags(html).FirstOrDefault(t => t["id"] == id);

    /// <summary>The markup from the start of <paramref name="start"/> to the first <c>&lt;/name&gt;</c> after it
    /// (elements of the report do not nest in themselves where this is used: td, li, section of a table).</summary>
    internal static string Outer(string html, Tag start)
    {
        int end = html.IndexOf("</" + start.Name + ">", start.End, StringComparison.Ordinal);
        return end < 0 ? html[start.Start..] : html[start.Start..(end + start.Name.Length + 3)];
    }

    /// <summary>The text of some markup: tags removed, references decoded.</summary>
    internal static string TextOf(string markup) => WebUtility.HtmlDecode(Regex.Replace(markup, "<[^>]*>", ""));

    /// <summary>The cells (td) of each body row of the table section of a kind, by row then column name.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, Tag>> TableCells(string html, string documentId, string kind)
    {
        var section = ById(html, $"{documentId}-t-{kind}") ?? throw new InvalidOperationException($"No section for table {kind}.");
        int end = html.IndexOf("</section>", section.End, StringComparison.Ordinal);
        int body = html.IndexOf("<tbody>", section.End, StringComparison.Ordinal);
        var rows = new List<Dictionary<string, Tag>>();
        foreach (var tag in Tags(html[..end]).Where(t => t.Start > body))
        {
            if (tag.Name == "tr")
            {
                rows.Add([]);
            }
            else if (tag.Name == "td" && tag["data-column"] is { } column && rows.Count > 0)
            {
                rows[^1][column] = tag;
            }
        }
        return rows;
    }
}

/// <summary>One page scanned once: its tags by id, and the cells of its table sections on demand.</summary>
internal sealed class HtmlIndex
{
    private readonly Dictionary<string, Tag> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, Tag>>> _tables = new(StringComparer.Ordinal);

    internal HtmlIndex(string html)
    {
        Html = html;
        foreach (var tag in HtmlScan.Tags(html))
        {
            if (tag["id"] is { } id) _ids.TryAdd(id, tag);
        }
    }

    internal string Html { get; }

    internal Tag? ById(string id) => _ids.GetValueOrDefault(id);

    internal IReadOnlyList<IReadOnlyDictionary<string, Tag>> TableCells(string documentId, string kind)
    {
        string key = documentId + "/" + kind;
        if (!_tables.TryGetValue(key, out var cells))
        {
            _tables[key] = cells = HtmlScan.TableCells(Html, documentId, kind);
        }
        return cells;
    }
}
