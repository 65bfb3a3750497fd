namespace BudgetModel.Import.Tests;

/// <summary>Files of the repository the tests read (docs, schemas), found from the test's output folder.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetModel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"BudgetModel.sln not found above {AppContext.BaseDirectory}.");
    });

    /// <summary>The text of a file, by its path from the repository root (forward slashes).</summary>
    internal static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine([RootPath.Value, .. relativePath.Split('/')]));

    /// <summary>The bytes of a file, by its path from the repository root (forward slashes).</summary>
    internal static byte[] ReadBytes(string relativePath) =>
        File.ReadAllBytes(Path.Combine([RootPath.Value, .. relativePath.Split('/')]));

    /// <summary>The fenced code blocks of a Markdown file with the given info string (<c>json</c>, <c>csharp</c>), in order.</summary>
    internal static IReadOnlyList<string> CodeBlocks(string markdownPath, string language)
    {
        var blocks = new List<string>();
        var lines = Read(markdownPath).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```" + language)
            {
                continue;
            }
            int end = Array.IndexOf(lines, "```", i + 1);
            if (end < 0)
            {
                throw new InvalidOperationException($"{markdownPath}: the block at line {i + 1} is not closed.");
            }
            blocks.Add(string.Join('\n', lines[(i + 1)..end]));
            i = end;
        }
        return blocks;
    }
}
