namespace BudgetModel.Testing.Printing;

/// <summary>
/// The CJK TrueType font a printed disclosure embeds. The package carries no font (a CJK font is several megabytes and
/// each has its own licence): a test supplies one, typically a file its repository carries, or the one Debian's
/// <c>fonts-arphic-gbsn00lp</c> installs (<see cref="DebianGbsn00lpPath"/>). PdfPig 0.1.16 embeds AR PL SungtiL GB
/// (gbsn00lp.ttf) and reads its text back exactly; other fonts must map every printed character to a glyph.
/// </summary>
public sealed class PrintFont
{
    /// <summary>Where Debian's <c>fonts-arphic-gbsn00lp</c> package installs AR PL SungtiL GB.</summary>
    public const string DebianGbsn00lpPath = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";

    private PrintFont(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    /// <summary>The bytes of the TrueType file.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>A font from the bytes of a TrueType file.</summary>
    /// <param name="trueType">The file's bytes.</param>
    /// <returns>The font.</returns>
    /// <exception cref="ArgumentException"><paramref name="trueType"/> is empty.</exception>
    public static PrintFont FromBytes(ReadOnlyMemory<byte> trueType)
    {
        if (trueType.IsEmpty)
        {
            throw new ArgumentException("A TrueType font has bytes.", nameof(trueType));
        }
        return new PrintFont(trueType);
    }

    /// <summary>A font read from a TrueType file.</summary>
    /// <param name="path">The .ttf file.</param>
    /// <returns>The font.</returns>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static PrintFont FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The TrueType font to embed is not there.", path);
        }
        return FromBytes(File.ReadAllBytes(path));
    }

    /// <summary>The first of <paramref name="candidates"/> that exists, else Debian's gbsn00lp.ttf when installed.</summary>
    /// <param name="candidates">Paths to try in order (a repository's own copy first).</param>
    /// <returns>The font, or null when none of the files exists.</returns>
    public static PrintFont? TryFind(params IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var path in candidates.Append(DebianGbsn00lpPath))
        {
            if (File.Exists(path))
            {
                return FromFile(path);
            }
        }
        return null;
    }
}
