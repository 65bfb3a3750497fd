using System.Text.RegularExpressions;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Assembles the prose lines of a document into paragraphs (<see cref="ProseParagraph"/>) across line and page
/// breaks: a line continues the open paragraph unless that paragraph has ended its sentence (。) or the line starts
/// with a numbered item (一、 （一） 1. （1） 第一部分); a page number printed in the text (—5—, - 5 -, 第5页) is page
/// furniture and neither text nor a break; a short line without sentence punctuation that does not continue a
/// paragraph is a heading, kept as the context of the paragraphs under it — unless it may be a wrapped sentence start
/// (long, unnumbered) and the next line continues it as text: then it is that paragraph's first line.
/// </summary>
internal sealed partial class ProseAssembler
{
    private ProseParagraph? _open;

    /// <summary>A line taken as a heading that may be the first line of a sentence wrapped onto the next (see
    /// <see cref="MayBeWrappedStart"/>), with the heading before it; null when the last line was none.</summary>
    private (SourceLine Line, string? HeadingBefore)? _wrapped;

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
        var wrapped = _wrapped;
        _wrapped = null;
        if (!continues && IsHeading(line, out var heading))
        {
            done = Take();
            if (MayBeWrappedStart(heading))
            {
                _wrapped = (line, Heading);
            }
            Heading = heading;
            return LineRole.Heading;
        }
        if (!continues && wrapped is { } start && !StartsItem(line.TextSpan))
        {
            // 深圳市信访局纳入2026年部门预算的政府采购项目共有 | 1,100.30万元，其中：…: the line taken as a heading was the
            // start of this sentence, which the layout wrapped; the paragraph starts with it, under the heading before.
            done = Take();
            Heading = start.HeadingBefore;
            _open = new ProseParagraph(Heading);
            _open.Append(start.Line);
            _open.Append(line);
            return LineRole.Text;
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

    /// <summary>A heading that may be the first line of a sentence the layout wrapped: a long line (20 characters or
    /// more) that starts no numbered item and ends like no heading (说明, 情况, 表, 图, a colon) — a heading of that
    /// length is numbered, a caption short. It is one when the next line continues it as text (no item, no heading).</summary>
    internal static bool MayBeWrappedStart(string heading) =>
        heading.Length >= 20 && !StartsItem(heading)
        && !heading.EndsWith("说明", StringComparison.Ordinal) && !heading.EndsWith("情况", StringComparison.Ordinal)
        && !heading.EndsWith('表') && !heading.EndsWith('图') && !heading.EndsWith('：') && !heading.EndsWith(':');

    /// <summary>True when a text starts with a numbered item: 一、 （一） (1) 1. 1、 （1） 第一部分 — a digit after the point
    /// is a decimal (1.50万元), not an item.</summary>
    internal static bool StartsItem(ReadOnlySpan<char> text) => ItemStart().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*(?:[、．]|\.(?!\d))|第[一二三四五六七八九十]{1,3}(?:部分|章|节))")]
    private static partial Regex ItemStart();
}
