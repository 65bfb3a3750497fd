using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetModel.Export.Tables;

namespace BudgetModel.Export;

/// <summary>
/// The <c>datapackage.json</c> of an export: a Frictionless Data Package (profile <c>fiscal-data-package</c>, FDP
/// 1.0-rc.1) with one resource per table that has files, each listing its files and its schema. The <c>cells</c>
/// resource carries the fiscal model: each column's <c>columnType</c>, and the currency (CNY) as a constant extra field.
/// Written the same for the same files: no timestamp, fixed order, LF line ends.
/// </summary>
internal static class DataPackage
{
    internal static byte[] Write(IReadOnlyList<IExportTable> tables, IReadOnlyDictionary<string, IReadOnlyList<string>> files)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "fiscal-data-package");
            json.WriteString("name", "budgetmodel-export");
            json.WriteString("title", "Chinese budget disclosures (部门/单位预算公开), checked and exported by BudgetModel");
            json.WriteString("description",
                "Tidy tables of the disclosures given to budgetmodel export: every amount of every standard table (cells, in 元), the prose facts, "
                + "the performance indicators, the validation findings and the documents. Parquet, partitioned by budget year (Hive style). Schema: docs/export.md.");
            json.WriteStartArray("resources");
            foreach (var table in tables)
            {
                if (!files.TryGetValue(table.Name, out var paths) || paths.Count == 0)
                {
                    continue;
                }
                WriteResource(json, table, paths);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteResource(Utf8JsonWriter json, IExportTable table, IReadOnlyList<string> paths)
    {
        bool fiscal = table.Name == CellsTable.Table.Name;
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("description", table.Description);
        json.WriteString("format", "parquet");
        json.WriteString("mediatype", "application/vnd.apache.parquet");
        json.WriteStartArray("path");
        foreach (var path in paths)
        {
            json.WriteStringValue(path);
        }
        json.WriteEndArray();
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", column.TableSchemaType);
            json.WriteString("description", column.Description);
            if (column.SqlType.StartsWith("DECIMAL", StringComparison.Ordinal))
            {
                json.WriteString("parquetType", column.SqlType);
            }
            if (fiscal && column.FiscalColumnType is { } columnType)
            {
                json.WriteString("columnType", columnType);
            }
            if (!column.Nullable)
            {
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", true);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        // The partition column: in the directory names, not in the files.
        json.WriteStartObject();
        json.WriteString("name", "year");
        json.WriteString("type", "integer");
        json.WriteString("description", "The budget year (预算年度), from the Hive partition directory year=YYYY; null for a document that could not be read.");
        if (fiscal)
        {
            json.WriteString("columnType", "date:fiscal-year");
        }
        json.WriteEndObject();
        json.WriteEndArray();
        if (fiscal)
        {
            json.WriteStartArray("extraFields");
            WriteConstant(json, "currency", "value-currency:code", "CNY");
            WriteConstant(json, "phase", "phase:id", "proposed"); // budgets (预算), not final accounts (决算)
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>An FDP constant field: a column every row has with the same value, not stored in the files.</summary>
    private static void WriteConstant(Utf8JsonWriter json, string name, string columnType, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("type", "string");
        json.WriteString("columnType", columnType);
        json.WriteString("constant", value);
        json.WriteEndObject();
    }
}
