using BudgetModel.Classification;

namespace BudgetModel.Import.Reading;

/// <summary>
/// The function codes a document's own tables print with their names (a row that starts with the code and its name:
/// <c>2010802 | 一般行政管理事务 | 339.50</c>) and the catalog lacks: the notes may name such a 款 or 项 in words
/// (审计事务（款）一般行政管理事务（项）), and the disclosure's tables tell its code. Collected over the whole text, so
/// notes printed before the tables find them too.
/// </summary>
internal static class PrintedFunctions
{
    /// <summary><paramref name="catalog"/> with the codes the text's table rows print and it lacks laid over it (the
    /// first name printed for a code); the catalog itself when there are none.</summary>
    internal static ClassificationCatalog Extend(ClassificationCatalog catalog, string text, CellStrings? strings)
    {
        ClassificationCatalogBuilder? builder = null;
        HashSet<FunctionCode>? added = null;
        var reader = new LineReader(text, strings);
        while (reader.TryRead(out var line))
        {
            if (line.NonEmptyCount < 3)
            {
                continue;
            }
            var cells = line.NonEmpty();
            if (!FunctionCode.TryParse(cells[0].Text.Trim(), out var code) || catalog.Contains(code)
                || NameOf(cells[1].Text) is not { } name || !IsFigure(cells[2].Text) || !(added ??= []).Add(code))
            {
                continue;
            }
            (builder ??= new ClassificationCatalogBuilder(catalog.Year)).AddFunction(code, name);
        }
        return builder is null ? catalog : catalog.MergedWith(builder.Build());
    }

    /// <summary>The cell as a name: Chinese characters (brackets and 、 allowed) without white space; null otherwise.</summary>
    private static string? NameOf(string cell)
    {
        var name = string.Concat(cell.Where(c => !char.IsWhiteSpace(c)));
        if (name.Length < 2)
        {
            return null;
        }
        foreach (var c in name)
        {
            if (!(c is >= '\u4e00' and <= '\u9fff' or '（' or '）' or '、' or '(' or ')'))
            {
                return null;
            }
        }
        return name;
    }

    private static bool IsFigure(string cell)
    {
        var t = cell.Trim();
        return t.Length > 0 && (char.IsAsciiDigit(t[0]) || (t[0] is '-' or '－' or '—' && t.Length == 1));
    }
}
