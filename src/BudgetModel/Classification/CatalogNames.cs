using BudgetModel.Text;

namespace BudgetModel.Classification;

/// <summary>
/// The one normalisation of classification names used for name lookup and name checks: a leading Chinese
/// ordinal as printed in table 1 (<c>十五、</c>) is dropped, all white space (including U+3000 and NBSP) is
/// removed, full-width ASCII forms (U+FF01–U+FF5E, e.g. <c>（）</c>) become their ASCII forms, and the
/// brackets <c>〔〕【】</c> become <c>[]</c>. Built from the pieces in <see cref="ChineseText"/>, which also states
/// how it differs from the label and name normalisations.
/// </summary>
internal static class CatalogNames
{
    internal static string Normalize(string name)
    {
        var text = name.AsSpan().Trim();
        return ChineseText.ToNewString(text[ChineseText.ChineseOrdinalLength(text)..], SqueezeFullWidth);
    }

    private static int SqueezeFullWidth(ReadOnlySpan<char> text, Span<char> destination) =>
        ChineseText.Squeeze(text, destination, ChineseText.Fold.FullWidthForms);
}
