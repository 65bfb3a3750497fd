using DuckDB.NET.Data;

namespace BudgetModel.Export.Tests;

/// <summary>SQL over an export's files with an in-memory DuckDB, as an analyst would read them.</summary>
internal sealed class Duck : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _root;

    internal Duck(string exportDirectory)
    {
        _root = exportDirectory.Replace('\\', '/');
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
    }

    /// <summary>The <c>read_parquet</c> of a table's files, with the year read from the partition directories.</summary>
    internal string Table(string name) => $"read_parquet('{_root}/{name}/*/*.parquet', hive_partitioning = true)";

    /// <summary>The rows of a query, each as its values (DBNull as null).</summary>
    internal List<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
