using System.Text.Json;
using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Testing.Generators;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Export.Tests;

/// <summary>The library API: the laws of the export over generated disclosures, and its refusals.</summary>
public sealed class ExporterTests
{
    [Property(MaxTest = 25)]
    public Property Exported_amounts_sum_to_the_disclosure_s_own_amounts_whatever_the_row_group_size_and_file_size() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), Gen.Choose(1, 64).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (disclosure, rowGroupSize, rowGroupsPerFile) =>
        {
            using var temp = new TempDirectory();
            var summary = Exports.Write(temp.Path, [disclosure], rowGroupSize, rowGroupsPerFile);

            var expected = disclosure.Tables
                .SelectMany(t => t.Cells())
                .GroupBy(c => (Table: c.Location.Table.ToString(), Column: c.Location.Column.ToString()))
                .ToDictionary(g => g.Key, g => g.Sum(c => c.Amount.TotalFen));
            using var duck = new Duck(temp.Path);
            var actual = duck.Rows($"select table_kind, \"column\", sum(amount) from {duck.Table("cells")} group by all")
                .ToDictionary(r => (Table: (string)r[0]!, Column: (string)r[1]!), r => (decimal)r[2]! * 100m);

            Assert.Equal(disclosure.Cells().Count(), summary.Cells);
            Assert.Equal(expected.Count, actual.Count);
            foreach (var (key, fen) in expected)
            {
                Assert.Equal(fen, actual[key]);
            }
        });

    [Property(MaxTest = 15)]
    public Property Every_fact_indicator_and_finding_of_a_disclosure_is_one_row() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), disclosure =>
        {
            using var temp = new TempDirectory();
            var summary = Exports.Write(temp.Path, [disclosure]);
            int indicators = disclosure.ProjectSheets.Sum(s => s.LifetimeIndicators.Count + s.AnnualIndicators.Count) + (disclosure.OverallSheet?.Indicators.Count ?? 0);
            int findings = DisclosureValidator.Validate(disclosure).Findings.Count;
            Assert.Equal((disclosure.Facts.Count, indicators, findings), ((int)summary.Facts, (int)summary.Indicators, (int)summary.Findings));

            using var duck = new Duck(temp.Path);
            long Count(string table) => summary.Files.Any(f => f.StartsWith(table + "/", StringComparison.Ordinal))
                ? (long)duck.Rows($"select count(*) from {duck.Table(table)}").Single()[0]! : 0;
            Assert.Equal((disclosure.Facts.Count, indicators, findings), ((int)Count("facts"), (int)Count("indicators"), (int)Count("findings")));
        });

    [Fact]
    public void Small_row_groups_hold_the_same_rows_as_one_large_group()
    {
        var disclosures = Enumerable.Range(1, 3).Select(seed => DisclosureGenerators.ConsistentWithRows(40, seed)).ToList();
        using var temp = new TempDirectory();
        Exports.Write(Path.Combine(temp.Path, "small"), disclosures, rowGroupSize: 100);
        Exports.Write(Path.Combine(temp.Path, "large"), disclosures);

        using var duck = new Duck(temp.Path);
        string small = duck.Table("small/cells");
        string large = duck.Table("large/cells");
        long groups = (long)duck.Rows($"select count(distinct row_group_id) from parquet_metadata('{temp.Path.Replace('\\', '/')}/small/cells/*/*.parquet')").Single()[0]!;
        long rows = (long)duck.Rows($"select count(*) from {large}").Single()[0]!;
        Assert.Equal((rows + 99) / 100, groups);
        Assert.Empty(duck.Rows($"(select * from {small} except all select * from {large}) union all (select * from {large} except all select * from {small})"));
    }

    [Fact]
    public void A_partition_goes_on_in_numbered_files_of_at_most_the_row_groups_per_file_with_the_same_rows()
    {
        var disclosures = Enumerable.Range(1, 3).Select(seed => DisclosureGenerators.ConsistentWithRows(40, seed)).ToList();
        using var temp = new TempDirectory();
        var summary = Exports.Write(Path.Combine(temp.Path, "split"), disclosures, rowGroupSize: 100, rowGroupsPerFile: 3);
        Exports.Write(Path.Combine(temp.Path, "whole"), disclosures);

        using var duck = new Duck(temp.Path);
        string root = temp.Path.Replace('\\', '/');
        var groupsPerFile = duck.Rows($"select file_name, count(distinct row_group_id) from parquet_metadata('{root}/split/cells/*/*.parquet') group by all order by all")
            .Select(r => (File: Path.GetFileName((string)r[0]!), Groups: (long)r[1]!)).ToList();
        long rows = (long)duck.Rows($"select count(*) from {duck.Table("whole/cells")}").Single()[0]!;
        long groups = (rows + 99) / 100;
        // Every file but the last holds exactly 3 row groups; the files are numbered from 0 without a gap.
        Assert.Equal((groups + 2) / 3, groupsPerFile.Count);
        Assert.Equal(Enumerable.Range(0, groupsPerFile.Count).Select(i => $"part-{i:D5}.parquet"), groupsPerFile.Select(f => f.File));
        Assert.All(groupsPerFile.SkipLast(1), f => Assert.Equal(3, f.Groups));
        Assert.Equal(groups, groupsPerFile.Sum(f => f.Groups));
        Assert.Equal(groupsPerFile.Count, summary.Files.Count(f => f.StartsWith("cells/", StringComparison.Ordinal)));
        string split = duck.Table("split/cells");
        string whole = duck.Table("whole/cells");
        Assert.Empty(duck.Rows($"(select * from {split} except all select * from {whole}) union all (select * from {whole} except all select * from {split})"));
    }

    [Fact]
    public void Row_groups_per_file_below_one_are_refused()
    {
        using var temp = new TempDirectory();
        var e = Assert.Throws<ParquetExportException>(() => ParquetExporter.Create(new ParquetExportOptions(temp.Sub("out")) { RowGroupsPerFile = 0 }));
        Assert.Contains("row groups per file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_that_is_not_empty_is_refused_and_left_alone()
    {
        using var temp = new TempDirectory();
        string stale = Path.Combine(temp.Path, "cells");
        Directory.CreateDirectory(stale);

        var e = Assert.Throws<ParquetExportException>(() => ParquetExporter.Create(new ParquetExportOptions(temp.Path)));
        Assert.Contains(temp.Path, e.Message, StringComparison.Ordinal);
        Assert.Contains("not empty", e.Message, StringComparison.Ordinal);
        Assert.Equal([stale], Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_row_group_size_below_one_is_refused()
    {
        using var temp = new TempDirectory();
        var e = Assert.Throws<ParquetExportException>(() => ParquetExporter.Create(new ParquetExportOptions(temp.Sub("out")) { RowGroupSize = 0 }));
        Assert.Contains("row group size", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_after_completion_is_refused()
    {
        using var temp = new TempDirectory();
        await using var exporter = ParquetExporter.Create(new ParquetExportOptions(temp.Sub("out")));
        await exporter.CompleteAsync();
        var d = DisclosureGenerators.ConsistentWithRows(3, 1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => exporter.AddAsync(ExportDocument.Checked("x", new ImportResult(d, []), DisclosureValidator.Validate(d))));
    }

    [Fact]
    public void A_value_finer_than_its_column_is_refused_by_name_not_rounded()
    {
        var d = DisclosureGenerators.ConsistentWithRows(3, 1)
            .WithFacts([new ProseFact(FactKind.Share, new FactSubject(FactTopic.BasicExpenditure), 12.345678901234m, "%", 12)]);
        using var temp = new TempDirectory();

        var e = Assert.Throws<ParquetExportException>(() => Exports.Write(temp.Sub("out"), [d]));
        Assert.Contains("facts column value", e.Message, StringComparison.Ordinal);
        Assert.Contains("12.345678901234", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_descriptor_is_a_fiscal_data_package_whose_resources_are_the_files_written()
    {
        using var temp = new TempDirectory();
        var summary = Exports.Write(temp.Path, [DisclosureGenerators.ConsistentWithRows(10, 7)]);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.Path, ParquetExporter.DescriptorFileName)));
        var root = json.RootElement;
        Assert.Equal("fiscal-data-package", root.GetProperty("profile").GetString());

        var paths = root.GetProperty("resources").EnumerateArray().SelectMany(r => r.GetProperty("path").EnumerateArray().Select(p => p.GetString()!)).ToList();
        Assert.Equal(summary.Files.Where(f => f != ParquetExporter.DescriptorFileName), paths.Order(StringComparer.Ordinal));

        var cells = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "cells");
        var fields = cells.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
        using var duck = new Duck(temp.Path);
        var columns = duck.Rows($"select column_name from (describe select * from {duck.Table("cells")})").Select(r => (string)r[0]!).ToList();
        Assert.Equal(columns, fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("value", fields.Single(f => f.GetProperty("name").GetString() == "amount").GetProperty("columnType").GetString());
        var currency = cells.GetProperty("schema").GetProperty("extraFields").EnumerateArray().Single(f => f.GetProperty("columnType").GetString() == "value-currency:code");
        Assert.Equal("CNY", currency.GetProperty("constant").GetString());
    }

    [Fact]
    public void An_export_of_no_document_writes_only_the_descriptor()
    {
        using var temp = new TempDirectory();
        var summary = Exports.Write(temp.Sub("out"), []);
        Assert.Equal([ParquetExporter.DescriptorFileName], summary.Files);
        Assert.Equal([Path.Combine(temp.Sub("out"), ParquetExporter.DescriptorFileName)], Directory.EnumerateFileSystemEntries(temp.Sub("out")));
    }
}
