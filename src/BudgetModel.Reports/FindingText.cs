using System.Globalization;
using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Reports;

/// <summary>How a finding is marked in the report: the styles of the cells it takes part in.</summary>
internal enum Mark
{
    /// <summary>An information that is not rounding drift.</summary>
    Note = 0,

    /// <summary>Rounding drift: a relation missed by no more than the rounding of the published figures.</summary>
    Drift = 1,

    /// <summary>A warning.</summary>
    Warning = 2,

    /// <summary>An error.</summary>
    Error = 3,
}

/// <summary>The words the reports give a finding: its mark, its relation (expected, actual, difference, bound) and the
/// places of its lines in the source documents. One place for the HTML report and the CLI's text report.</summary>
internal static class FindingText
{
    /// <summary>The mark of a finding: its severity, and for information whether it is rounding drift.</summary>
    internal static Mark MarkOf(Finding f) => f.Severity switch
    {
        Severity.Error => Mark.Error,
        Severity.Warning => Mark.Warning,
        _ => f.Kind == FindingKind.RoundingDrift ? Mark.Drift : Mark.Note,
    };

    /// <summary>The CSS class suffix of a mark (<c>error</c>, <c>warning</c>, <c>drift</c>, <c>note</c>).</summary>
    internal static string Css(Mark mark) => mark switch
    {
        Mark.Error => "error",
        Mark.Warning => "warning",
        Mark.Drift => "drift",
        _ => "note",
    };

    /// <summary>The word a reader sees (and a screen reader says) for a mark.</summary>
    internal static string Word(Mark mark) => mark switch
    {
        Mark.Error => "error",
        Mark.Warning => "warning",
        Mark.Drift => "rounding drift",
        _ => "note",
    };

    /// <summary>The symbol shown beside a marked cell: never the only sign (the word and the border say it too).</summary>
    internal static string Symbol(Mark mark) => mark switch
    {
        Mark.Error => "✖",
        Mark.Warning => "▲",
        Mark.Drift => "≈",
        _ => "ℹ",
    };

    /// <summary>True for the hint that names the single cell explaining a group of errors (BM-CULPRIT, one cell).</summary>
    internal static bool IsCulprit(Finding f) => f.Kind == FindingKind.Culprit && f.Location.Cells.Count == 1;

    /// <summary>The relation of a finding: <c>expected 11.00 万元, actual 11.90 万元, difference +0.90 万元, rounding
    /// bound ±0.03 万元</c>; null when it states no amount.</summary>
    internal static string? Relation(Finding f)
    {
        if (f.Expected is null && f.Actual is null)
        {
            return null;
        }
        string unit = f.Unit is null ? "" : " " + f.Unit;
        var parts = new List<string>(4);
        if (f.Expected is { } e) parts.Add($"expected {Number(e)}{unit}");
        if (f.Actual is { } a) parts.Add($"actual {Number(a)}{unit}");
        if (f.Difference is { } d) parts.Add($"difference {(d > 0 ? "+" : "")}{Number(d)}{unit}");
        if (f.Bound is { } b) parts.Add($"rounding bound ±{Number(BoundIn(b, f.Unit))}{unit}");
        return string.Join(", ", parts);
    }

    /// <summary>A rounding bound in the finding's unit (万元 or 元; 元 otherwise).</summary>
    private static decimal BoundIn(RoundingBound bound, string? unit) => unit == "万元" ? bound.Wan : bound.Yuan;

    private static string Number(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>The lines of a finding as places in the source documents, by document in order of first mention —
    /// for a PDF the pages (<c>p. 12</c>, <c>pp. 12, 13</c>), for text the lines — each with its document's name when
    /// <paramref name="withDocument"/> (<c>tables.pdf p. 12; notes.pdf p. 3</c>); a line <paramref name="locate"/> does
    /// not know stays a line.</summary>
    internal static string Sources(IReadOnlyList<int> lines, Func<int, SourcePlace?> locate, bool withDocument)
    {
        var groups = new List<(string? Document, List<int> Pages, List<int> Lines)>();
        foreach (var line in lines)
        {
            var place = locate(line) ?? new SourcePlace(null, line);
            int at = groups.FindIndex(g => g.Document == place.Document);
            if (at < 0)
            {
                groups.Add((place.Document, [], []));
                at = groups.Count - 1;
            }
            var (_, pages, own) = groups[at];
            if (place.Page is { } page)
            {
                if (!pages.Contains(page)) pages.Add(page);
            }
            else if (!own.Contains(place.Line))
            {
                own.Add(place.Line);
            }
        }
        return string.Join("; ", groups.Select(g =>
        {
            var where = new List<string>(2);
            if (g.Pages.Count > 0) where.Add((g.Pages.Count == 1 ? "p. " : "pp. ") + string.Join(", ", g.Pages));
            if (g.Lines.Count > 0) where.Add((g.Lines.Count == 1 ? "line " : "lines ") + string.Join(", ", g.Lines));
            string text = string.Join(", ", where);
            return withDocument && g.Document is { Length: > 0 } d ? $"{Path.GetFileName(d)} {text}" : text;
        }));
    }
}
