using BudgetModel.Disclosure;

namespace BudgetModel.Export.Tests;

/// <summary>The corpus and the seed exported by the command line and read back with DuckDB.</summary>
public sealed class CorpusExportTests(CorpusExport export) : IClassFixture<CorpusExport>
{
    [Fact]
    public void The_batch_has_documents_of_two_years_and_one_that_cannot_be_read()
    {
        // What the other tests rely on: more than one partition, and an unreadable document in the batch.
        Assert.True(export.Read.Select(e => e.Result!.Disclosure.BudgetYear).Distinct().Count() >= 2);
        Assert.Equal("readme-not-a-disclosure.txt", Path.GetFileName(Assert.Single(export.Unreadable).File));
        Assert.Contains(export.Read, e => e.File.EndsWith("seed-fenyang-2024.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_reports_the_unreadable_files_and_exports_the_rest()
    {
        Assert.Equal(2, export.ExitCode);
        foreach (var bad in export.Unreadable)
        {
            Assert.Contains(bad.File, export.Stderr, StringComparison.Ordinal);
        }
        Assert.Contains($"Exported {export.Read.Count + export.Unreadable.Count} documents ({export.Unreadable.Count} unreadable)", export.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Totals_by_document_table_and_column_equal_the_library_sums_to_the_fen()
    {
        var expected = new Dictionary<(string, string, string), long>();
        foreach (var e in export.Read)
        {
            foreach (var cell in e.Result!.Disclosure.Cells())
            {
                var key = (e.Id, cell.Location.Table.ToString(), cell.Location.Column.ToString());
                expected[key] = expected.GetValueOrDefault(key) + cell.Amount.TotalFen;
            }
        }
        using var duck = new Duck(export.Output);
        var actual = duck.Rows($"select document_id, table_kind, \"column\", sum(amount), count(*) from {duck.Table("cells")} group by all")
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!), r => (decimal)r[3]!);

        Assert.Equal(expected.Count, actual.Count);
        foreach (var (key, fen) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var yuan), $"no cells for {key}");
            Assert.Equal(fen, yuan * 100m);
        }
    }

    [Fact]
    public void Totals_by_document_equal_the_library_sums_and_the_documents_table_counts_every_cell()
    {
        using var duck = new Duck(export.Output);
        var totals = duck.Rows($"select c.document_id, sum(c.amount), count(*), any_value(d.cells) from {duck.Table("cells")} c join {duck.Table("documents")} d using (document_id) group by all")
            .ToDictionary(r => (string)r[0]!, r => (Yuan: (decimal)r[1]!, Rows: (long)r[2]!, Counted: (int)r[3]!));
        foreach (var e in export.Read.Where(e => e.Result!.Disclosure.Tables.Count > 0))
        {
            var cells = e.Result!.Disclosure.Cells().ToList();
            Assert.Equal(cells.Sum(c => c.Amount.TotalFen), totals[e.Id].Yuan * 100m);
            Assert.Equal(cells.Count, totals[e.Id].Rows);
            Assert.Equal(cells.Count, totals[e.Id].Counted);
        }
    }

    [Fact]
    public void Finding_counts_by_rule_and_severity_per_document_match_the_reports()
    {
        var expected = export.Read
            .SelectMany(e => e.Report!.Findings.Select(f => (e.Id, f.RuleId, f.Severity.ToString())))
            .GroupBy(k => k)
            .ToDictionary(g => g.Key, g => (long)g.Count());
        using var duck = new Duck(export.Output);
        var actual = duck.Rows($"select document_id, rule_id, severity, count(*) from {duck.Table("findings")} group by all")
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!), r => (long)r[3]!);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal), actual.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void Finding_differences_and_places_are_those_of_the_reports()
    {
        using var duck = new Duck(export.Output);
        var rows = duck.Rows($"select document_id, finding_index, rule_id, difference, line, message from {duck.Table("findings")}")
            .ToDictionary(r => ((string)r[0]!, (int)r[1]!), r => r);
        foreach (var e in export.Read)
        {
            for (int i = 0; i < e.Report!.Findings.Count; i++)
            {
                var f = e.Report.Findings[i];
                var row = rows[(e.Id, i)];
                Assert.Equal(f.RuleId, row[2]);
                Assert.Equal(f.Difference, (decimal?)row[3]);
                Assert.Equal(f.Location.Lines.Count > 0 ? f.Location.Lines[0] : null, (int?)row[4]);
                Assert.Equal(f.Message, row[5]);
            }
        }
    }

    [Fact]
    public void Every_document_has_one_documents_row_and_an_unreadable_one_has_no_year_and_no_other_rows()
    {
        using var duck = new Duck(export.Output);
        var documents = duck.Rows($"select document_id, file, sha256, status, year, failure from {duck.Table("documents")}")
            .ToDictionary(r => (string)r[0]!);
        Assert.Equal(export.Read.Count + export.Unreadable.Count, documents.Count);
        foreach (var e in export.Read)
        {
            var row = documents[e.Id];
            Assert.Equal(("ok", e.File, e.Id), ((string)row[3]!, (string)row[1]!, (string)row[2]!));
            Assert.Equal((long)e.Result!.Disclosure.BudgetYear, row[4]);
        }
        foreach (var e in export.Unreadable)
        {
            var row = documents[e.Id];
            Assert.Equal("unreadable", row[3]);
            Assert.Null(row[4]);
            Assert.False(string.IsNullOrEmpty((string?)row[5]));
            foreach (var table in new[] { "cells", "facts", "indicators", "findings" })
            {
                Assert.Empty(duck.Rows($"select 1 from {duck.Table(table)} where document_id = '{e.Id}'"));
            }
        }
    }

    [Fact]
    public void Files_are_partitioned_by_year_in_Hive_style_and_each_document_is_in_its_year()
    {
        var years = export.Read.Select(e => e.Result!.Disclosure.BudgetYear).Distinct().Order().ToList();
        var files = Directory.EnumerateFiles(export.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(export.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        foreach (var year in years)
        {
            Assert.Contains($"cells/year={year}/part-00000.parquet", files);
            // A table gets a file in a year only when the year has rows for it: the findings of that year's documents.
            bool findings = export.Read.Any(e => e.Result!.Disclosure.BudgetYear == year && e.Report!.Findings.Count > 0);
            Assert.Equal(findings, files.Contains($"findings/year={year}/part-00000.parquet"));
            Assert.Contains($"documents/year={year}/part-00000.parquet", files);
        }
        Assert.Contains("documents/year=__HIVE_DEFAULT_PARTITION__/part-00000.parquet", files);
        Assert.Contains("datapackage.json", files);
        Assert.All(files.Where(f => f != "datapackage.json"),
            f => Assert.Matches(@"^(cells|facts|indicators|findings|documents)/year=(\d{4}|__HIVE_DEFAULT_PARTITION__)/part-\d{5}\.parquet$", f));

        using var duck = new Duck(export.Output);
        var yearOf = duck.Rows($"select distinct document_id, year from {duck.Table("cells")}").ToDictionary(r => (string)r[0]!, r => (long)r[1]!);
        foreach (var e in export.Read.Where(e => e.Result!.Disclosure.Tables.Count > 0))
        {
            Assert.Equal(e.Result!.Disclosure.BudgetYear, yearOf[e.Id]);
        }
    }

    [Fact]
    public void Amounts_are_exact_decimals_not_doubles()
    {
        using var duck = new Duck(export.Output);
        string TypeOf(string table, string column) =>
            (string)duck.Rows($"select column_type from (describe select * from {duck.Table(table)}) where column_name = '{column}'").Single()[0]!;

        Assert.Equal("DECIMAL(20,2)", TypeOf("cells", "amount"));
        Assert.Equal("DECIMAL(20,2)", TypeOf("facts", "amount"));
        Assert.Equal("DECIMAL(38,10)", TypeOf("facts", "value"));
        Assert.Equal("DECIMAL(20,2)", TypeOf("indicators", "amount"));
        Assert.Equal("DECIMAL(38,10)", TypeOf("findings", "difference"));
        Assert.Equal("DECIMAL(21,3)", TypeOf("findings", "bound"));
        Assert.Equal("INTEGER", TypeOf("cells", "page"));
        Assert.Equal("BIGINT", TypeOf("cells", "year"));
    }

    [Fact]
    public void Pages_of_PDF_cells_are_the_import_source_map_s()
    {
        using var duck = new Duck(export.Output);
        var pdf = export.Read.First(e => e.File.EndsWith(".pdf", StringComparison.Ordinal) && e.Result!.Disclosure.Tables.Count > 0);
        var expected = pdf.Result!.Disclosure.Cells()
            .Select(c => (c.Location.Table.ToString(), c.Location.RowIndex, c.Location.Column.ToString(), pdf.Result.Source!.TryLocate(c.Line)?.Page))
            .ToList();
        var actual = duck.Rows($"select table_kind, row_index, \"column\", page from {duck.Table("cells")} where document_id = '{pdf.Id}'")
            .Select(r => ((string)r[0]!, (int)r[1]!, (string)r[2]!, (int?)r[3]))
            .ToList();
        Assert.Contains(expected, c => c.Page is not null);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_same_input_exported_again_gives_byte_identical_files()
    {
        string again = export.NewDirectory("again");
        var (code, _, _) = CorpusExport.Run(export.Input, again);
        Assert.Equal(export.ExitCode, code);

        var first = Directory.EnumerateFiles(export.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(export.Output, f)).Order(StringComparer.Ordinal).ToList();
        var second = Directory.EnumerateFiles(again, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, second);
        foreach (var file in first)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(export.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))), $"{file} differs");
        }
    }

    [Fact]
    public void The_three_public_figures_of_the_seed_are_one_query_away()
    {
        var seed = export.Read.Single(e => e.File.EndsWith("seed-fenyang-2024.txt", StringComparison.Ordinal));
        var table = seed.Result!.Disclosure.ThreePublicExpenses!;
        using var duck = new Duck(export.Output);
        var rows = duck.Rows($"select row_key, amount from {duck.Table("cells")} where document_id = '{seed.Id}' and table_kind = 'ThreePublicExpenses' and \"column\" = 'Total'")
            .ToDictionary(r => (string)r[0]!, r => (decimal)r[1]!);
        foreach (var line in new[] { SummaryLine.Total, SummaryLine.Reception, SummaryLine.OverseasTravel })
        {
            if (table.Summary(line) is { } row)
            {
                Assert.Equal(row.Total.Yuan, rows[line.ToString()]);
            }
        }
        Assert.True(table.Summary(SummaryLine.Total) is not null);
    }
}
