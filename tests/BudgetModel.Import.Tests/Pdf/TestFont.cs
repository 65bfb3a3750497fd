namespace BudgetModel.Import.Tests.Pdf;

/// <summary>
/// The CJK TrueType font the generated PDFs embed: AR PL SungtiL GB (Fixtures/fonts/gbsn00lp.ttf, Arphic Public
/// License), read once from the test output folder so that no test depends on the machine's fonts.
/// </summary>
internal static class TestFont
{
    private static readonly Lazy<byte[]> Font = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fonts", "gbsn00lp.ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The test font is not in the test output folder (see Fixtures/fonts/README.md and the csproj).", path);
        }
        return File.ReadAllBytes(path);
    });

    /// <summary>The bytes of the TrueType file.</summary>
    internal static ReadOnlyMemory<byte> Bytes => Font.Value;
}
