using System.Globalization;
using System.Net;

namespace BudgetModel.Reports;

/// <summary>Writes HTML to a caller's writer. Every text that did not come from this library goes through
/// <see cref="Text"/> or <see cref="Attr"/>, which encode it (<see cref="WebUtility.HtmlEncode(string?, TextWriter)"/>:
/// <c>&lt; &gt; &amp; " '</c> become references, so nothing a document prints can open a tag, end an attribute or a
/// <c>&lt;style&gt;</c>); <see cref="Raw"/> is for the library's own markup only.</summary>
internal sealed class Html(TextWriter writer)
{
    internal TextWriter Writer => writer;

    /// <summary>The library's own markup, written as it is.</summary>
    internal Html Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    /// <summary>A text, encoded.</summary>
    internal Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            WebUtility.HtmlEncode(text, writer);
        }
        return this;
    }

    /// <summary>A whole number.</summary>
    internal Html Number(int n)
    {
        writer.Write(n.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary><c> name="value"</c>, the value encoded; nothing when the value is null.</summary>
    internal Html Attr(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        Text(value);
        writer.Write('"');
        return this;
    }

    /// <summary>A whole element: <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c>, the text encoded.</summary>
    internal Html Element(string tag, string? cssClass, string? text)
    {
        writer.Write('<');
        writer.Write(tag);
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }
        writer.Write('>');
        Text(text);
        writer.Write("</");
        writer.Write(tag);
        writer.Write('>');
        return this;
    }
}
