using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Assembles the prose lines of a document into paragraphs (<see cref="ProseParagraph"/>) across line and page
/// breaks: a line continues the open paragraph unless that paragraph has ended its sentence (。) or the line starts
/// with a numbered item (一、 （一） 1. （1） 第一部分); a page number printed in the text (—5—, - 5 -, 第5页) is page
/// furniture and neither text nor a break; a short line without sentence punctuation that does not continue a
/// paragraph is a heading, kept as the context of the paragraphs under it.
/// </summary>
internal sealed partial class ProseAssembler
{
    private ProseParagraph? _open;

    /// <summary>The last heading seen, the context of the paragraphs that follow.</summary>
    internal string? Heading { get; private set; }

    /// <summary>What a prose line is to the assembler.</summary>
    internal enum LineRole
    {
        /// <summary>Page furniture (a page number): skipped.</summary>
        Furniture,

        /// <summary>A heading: the open paragraph is done and the heading is the context from here on.</summary>
        Heading,

        /// <summary>Text of a paragraph.</summary>
        Text,
    }

    /// <summary>Takes a prose line. Returns its role and, in <paramref name="done"/>, a paragraph the line completed
    /// (the open one, when the line starts another or is a heading), or null.</summary>
    internal LineRole Add(SourceLine line, out ProseParagraph? done)
    {
        done = null;
        if (IsPageNumber(line))
        {
            return LineRole.Furniture;
        }
        bool continues = _open is not null && !_open.EndsSentence() && !StartsItem(line.TextSpan) && _open.Length < ProseParagraph.MaxLength;
        if (!continues && IsHeading(line, out var heading))
        {
            done = Take();
            Heading = heading;
            return LineRole.Heading;
        }
        if (!continues)
        {
            done = Take();
            _open = new ProseParagraph(Heading);
        }
        _open!.Append(line);
        return LineRole.Text;
    }

    /// <summary>The open paragraph, which is done (a table, a title or the end of the document follows); null when
    /// none is open.</summary>
    internal ProseParagraph? Take()
    {
        var p = _open;
        _open = null;
        return p;
    }

    /// <summary>Forgets the heading (a table or a part heading intervenes).</summary>
    internal void ResetHeading() => Heading = null;

    /// <summary>A line that is only a page number (—5—, - 5 -, 第5页, 5/21, 5): the layout's page-number shapes.</summary>
    internal static bool IsPageNumber(SourceLine line) =>
        line.SingleCell is { Length: <= 16 } cell && Pdf.PdfLayout.PageNumber().IsMatch(cell);

    /// <summary>A heading: one short cell (at most 40 characters) without sentence punctuation (。，).</summary>
    internal static bool IsHeading(SourceLine line, out string heading)
    {
        heading = line.SingleCell ?? string.Empty;
        return heading.Length is > 0 and <= 40 && !heading.Contains('。') && !heading.Contains('，');
    }

    /// <summary>True when a text starts with a numbered item: 一、 （一） (1) 1. 1、 （1） 第一部分 — a digit after the point
    /// is a decimal (1.50万元), not an item.</summary>
    internal static bool StartsItem(ReadOnlySpan<char> text) => ItemStart().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*(?:[、．]|\.(?!\d))|第[一二三四五六七八九十]{1,3}(?:部分|章|节))")]
    private static partial Regex ItemStart();
}
