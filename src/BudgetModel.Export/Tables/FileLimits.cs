using Parquet;

namespace BudgetModel.Export.Tables;

/// <summary>How every partition file is written: the Parquet options, and the most row groups of one file.</summary>
/// <param name="RowGroupsPerFile">The most row groups of one file before the partition goes on in its next file.</param>
/// <param name="Parquet">The Parquet.Net options (compression).</param>
internal sealed record FileLimits(int RowGroupsPerFile, ParquetOptions Parquet);
