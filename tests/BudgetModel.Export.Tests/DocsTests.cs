using System.Text.RegularExpressions;

namespace BudgetModel.Export.Tests;

/// <summary>docs/export.md says what the files are: its column tables are the exported columns, and its SQL runs.</summary>
public sealed partial class DocsTests(CorpusExport export) : IClassFixture<CorpusExport>
{
    private static readonly Lazy<string> Page = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "export.md")));

    [Fact]
    public void Every_table_s_columns_and_types_are_documented_in_file_order()
    {
        foreach (var table in ParquetExporter.Tables)
        {
            var documented = Section(table.Name)
                .Select(line => ColumnRow().Match(line))
                .Where(m => m.Success)
                .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value == "yes"))
                .ToList();
            var actual = table.Columns.Select(c => (c.Name, c.SqlType, c.Nullable))
                .Append(("year", "BIGINT (partition)", table.Name == "documents"))
                .ToList();
            Assert.Equal(actual, documented);
        }
    }

    [Fact]
    public void Every_SQL_example_runs_on_the_export_of_the_corpus_and_gives_rows()
    {
        var blocks = Blocks("sql");
        Assert.True(blocks.Count >= 4);
        using var duck = new Duck(export.Output);
        string root = export.Output.Replace('\\', '/');
        foreach (var sql in blocks)
        {
            var rows = duck.Rows(sql.Replace("'out/", $"'{root}/", StringComparison.Ordinal).TrimEnd().TrimEnd(';'));
            Assert.True(rows.Count > 0, $"no row from:\n{sql}");
        }
    }

    private static List<string> Section(string table)
    {
        var lines = Page.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int start = Array.IndexOf(lines, $"### `{table}`");
        Assert.True(start >= 0, $"docs/export.md has no section ### `{table}`");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith('#')).ToList();
    }

    private static List<string> Blocks(string language)
    {
        var lines = Page.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] == "```" + language)
            {
                int end = Array.IndexOf(lines, "```", i + 1);
                blocks.Add(string.Join('\n', lines[(i + 1)..end]));
                i = end;
            }
        }
        return blocks;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetModel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"BudgetModel.sln not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\| `(\w+)` \| ([^|]+?) \| (yes|no) \|")]
    private static partial Regex ColumnRow();
}
