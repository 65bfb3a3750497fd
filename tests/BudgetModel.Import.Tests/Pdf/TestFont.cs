using BudgetModel.Testing.Printing;

namespace BudgetModel.Import.Tests.Pdf;

/// <summary>
/// The CJK TrueType font the generated PDFs embed: AR PL SungtiL GB (Fixtures/fonts/gbsn00lp.ttf, Arphic Public
/// License), read once from the test output folder so that no test depends on the machine's fonts.
/// </summary>
internal static class TestFont
{
    private static readonly Lazy<PrintFont> Lazy = new(() =>
        PrintFont.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fonts", "gbsn00lp.ttf")));

    /// <summary>The font.</summary>
    internal static PrintFont Font => Lazy.Value;
}
