using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Validation;

namespace BudgetModel.Export.Tests;

/// <summary>Exports of disclosures built in code, through the library API.</summary>
internal static class Exports
{
    /// <summary>Exports the disclosures (ids doc-0, doc-1 …) into <paramref name="directory"/> with the row group size and
    /// the row groups per file given.</summary>
    internal static ExportSummary Write(string directory, IEnumerable<BudgetDisclosure> disclosures, int rowGroupSize = ParquetExportOptions.DefaultRowGroupSize,
        int rowGroupsPerFile = ParquetExportOptions.DefaultRowGroupsPerFile)
    {
        return Run().GetAwaiter().GetResult();

        async Task<ExportSummary> Run()
        {
            await using var exporter = ParquetExporter.Create(new ParquetExportOptions(directory) { RowGroupSize = rowGroupSize, RowGroupsPerFile = rowGroupsPerFile });
            int i = 0;
            foreach (var d in disclosures)
            {
                await exporter.AddAsync(ExportDocument.Checked($"doc-{i++}", new ImportResult(d, []), DisclosureValidator.Validate(d)));
            }
            return await exporter.CompleteAsync();
        }
    }
}
