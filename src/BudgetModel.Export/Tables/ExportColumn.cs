using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace BudgetModel.Export.Tables;

/// <summary>One column of an exported table: its name, Parquet field, how to read its value from a row record and
/// what it means (for docs/export.md and the datapackage.json).</summary>
/// <typeparam name="TRow">The row record of the table.</typeparam>
internal abstract class ExportColumn<TRow>
{
    private protected ExportColumn(string name, bool nullable, string description)
    {
        Name = name;
        Nullable = nullable;
        Description = description;
    }

    /// <summary>The column name (snake_case, as SQL sees it).</summary>
    internal string Name { get; }

    /// <summary>True when the column may be null (Parquet OPTIONAL).</summary>
    internal bool Nullable { get; }

    /// <summary>What the column holds, one sentence.</summary>
    internal string Description { get; }

    /// <summary>The Fiscal Data Package column type, when the column has one (cells only).</summary>
    internal string? FiscalColumnType { get; init; }

    /// <summary>The Parquet field.</summary>
    internal abstract DataField Field { get; }

    /// <summary>The type DuckDB reads the column as, for the docs: VARCHAR, INTEGER, BOOLEAN, DECIMAL(20,2).</summary>
    internal abstract string SqlType { get; }

    /// <summary>The Table Schema type of the column (string, integer, number, boolean).</summary>
    internal abstract string TableSchemaType { get; }

    /// <summary>Writes the column of the first <paramref name="count"/> rows as the next column of a row group.</summary>
    internal abstract Task WriteAsync(ParquetRowGroupWriter writer, TRow[] rows, int count, string table, CancellationToken cancellationToken);

    /// <summary>The error of a null in a column that is not nullable: a bug of the mapping, named.</summary>
    private protected ParquetExportException NullIn(string table) =>
        new($"The {table} column {Name} is not nullable but a row has no value for it.");
}

/// <summary>A text column (Parquet BYTE_ARRAY, UTF-8 string).</summary>
internal sealed class TextColumn<TRow>(string name, Func<TRow, string?> value, bool nullable, string description)
    : ExportColumn<TRow>(name, nullable, description)
{
    internal override DataField Field { get; } = new DataField<string>(name, nullable);

    internal override string SqlType => "VARCHAR";

    internal override string TableSchemaType => "string";

    internal override async Task WriteAsync(ParquetRowGroupWriter writer, TRow[] rows, int count, string table, CancellationToken cancellationToken)
    {
        var values = new string?[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = value(rows[i]);
            if (values[i] is null && !Nullable)
            {
                throw NullIn(table);
            }
        }
        await writer.WriteAsync(Field, values).ConfigureAwait(false);
    }
}

/// <summary>A column of a value type, nullable or not (Parquet INT32, BOOLEAN …).</summary>
internal class ValueColumn<TRow, T>(string name, Func<TRow, T?> value, bool nullable, string description, string sqlType, string tableSchemaType)
    : ExportColumn<TRow>(name, nullable, description)
    where T : struct
{
    internal override DataField Field { get; } = nullable ? new DataField<T?>(name) : new DataField<T>(name);

    internal override string SqlType => sqlType;

    internal override string TableSchemaType => tableSchemaType;

    internal override Task WriteAsync(ParquetRowGroupWriter writer, TRow[] rows, int count, string table, CancellationToken cancellationToken) =>
        ValueColumns.WriteAsync(writer, Field, rows, count, value, Nullable, () => NullIn(table), cancellationToken);
}

/// <summary>A whole-number column (Parquet INT32).</summary>
internal sealed class IntColumn<TRow>(string name, Func<TRow, int?> value, bool nullable, string description)
    : ValueColumn<TRow, int>(name, value, nullable, description, "INTEGER", "integer");

/// <summary>A true/false column (Parquet BOOLEAN).</summary>
internal sealed class BoolColumn<TRow>(string name, Func<TRow, bool?> value, bool nullable, string description)
    : ValueColumn<TRow, bool>(name, value, nullable, description, "BOOLEAN", "boolean");

/// <summary>An exact decimal column (Parquet DECIMAL(precision, scale)). A value with more decimals than the scale, or
/// more whole digits than the precision leaves, is refused with a <see cref="ParquetExportException"/>: never rounded.</summary>
internal sealed class DecimalColumn<TRow>(string name, int precision, int scale, Func<TRow, decimal?> value, bool nullable, string description)
    : ExportColumn<TRow>(name, nullable, description)
{
    private readonly decimal _limit = Pow10(precision - scale);

    internal override DataField Field { get; } = new DecimalDataField(name, precision, scale, forceByteArrayEncoding: false, isNullable: nullable);

    internal override string SqlType => $"DECIMAL({precision},{scale})";

    internal override string TableSchemaType => "number";

    internal override Task WriteAsync(ParquetRowGroupWriter writer, TRow[] rows, int count, string table, CancellationToken cancellationToken) =>
        ValueColumns.WriteAsync(writer, Field, rows, count, row => Checked(value(row), table), Nullable, () => NullIn(table), cancellationToken);

    private decimal? Checked(decimal? v, string table)
    {
        if (v is { } d && (decimal.Round(d, scale) != d || Math.Abs(d) >= _limit))
        {
            throw new ParquetExportException(
                $"The {table} column {Name} is DECIMAL({precision},{scale}) but a row has {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}, which it cannot hold exactly.");
        }
        return v;
    }

    private static decimal Pow10(int digits)
    {
        decimal p = 1m;
        for (int i = 0; i < digits && i < 28; i++)
        {
            p *= 10m;
        }
        return digits >= 29 ? decimal.MaxValue : p;
    }
}

/// <summary>Writes a column of value-type cells, nullable or not, from pooled buffers.</summary>
internal static class ValueColumns
{
    internal static async Task WriteAsync<TRow, T>(ParquetRowGroupWriter writer, DataField field, TRow[] rows, int count, Func<TRow, T?> value,
        bool nullable, Func<ParquetExportException> nullError, CancellationToken cancellationToken)
        where T : struct
    {
        if (nullable)
        {
            var values = ArrayPool<T?>.Shared.Rent(count);
            try
            {
                for (int i = 0; i < count; i++)
                {
                    values[i] = value(rows[i]);
                }
                await writer.WriteAsync<T>(field, values.AsMemory(0, count), null, null, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<T?>.Shared.Return(values);
            }
            return;
        }
        var plain = ArrayPool<T>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < count; i++)
            {
                plain[i] = value(rows[i]) ?? throw nullError();
            }
            await writer.WriteAsync<T>(field, plain.AsMemory(0, count), null, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(plain);
        }
    }
}
