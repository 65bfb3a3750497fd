using Parquet.Schema;

namespace BudgetModel.Export.Tables;

/// <summary>What every exported table has, whatever its row record: a name, a description and its columns' docs.</summary>
internal interface IExportTable
{
    /// <summary>The table's name: its folder under the output directory.</summary>
    string Name { get; }

    /// <summary>What one row is, one sentence.</summary>
    string Description { get; }

    /// <summary>The columns in file order (the partition column, <c>year</c>, is not in the files).</summary>
    IReadOnlyList<(string Name, string SqlType, string TableSchemaType, bool Nullable, string Description, string? FiscalColumnType)> Columns { get; }
}

/// <summary>An exported table: its name, its columns in file order, and the Parquet schema they make.</summary>
/// <typeparam name="TRow">The row record.</typeparam>
internal sealed class ExportTable<TRow> : IExportTable
{
    internal ExportTable(string name, string description, IReadOnlyList<ExportColumn<TRow>> columns)
    {
        Name = name;
        Description = description;
        TypedColumns = columns;
        Schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The columns, with how each reads its value from a row.</summary>
    internal IReadOnlyList<ExportColumn<TRow>> TypedColumns { get; }

    /// <summary>The Parquet schema of the table's files.</summary>
    internal ParquetSchema Schema { get; }

    /// <inheritdoc />
    public IReadOnlyList<(string Name, string SqlType, string TableSchemaType, bool Nullable, string Description, string? FiscalColumnType)> Columns =>
        TypedColumns.Select(c => (c.Name, c.SqlType, c.TableSchemaType, c.Nullable, c.Description, c.FiscalColumnType)).ToArray();
}
