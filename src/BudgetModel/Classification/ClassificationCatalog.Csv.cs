using System.Globalization;
using System.Text;

namespace BudgetModel.Classification;

public sealed partial class ClassificationCatalog
{
    private const string CsvHeader = "kind,code,name,mapsTo";
    private static readonly string[] Columns = ["kind", "code", "name", "mapsTo"];

    /// <summary>
    /// Reads an edition from CSV text (format in docs/catalog.md): a required header line
    /// <c>kind,code,name,mapsTo</c> (the <c>mapsTo</c> column may be left out), then one entry per line with
    /// <c>kind</c> one of <c>function</c>, <c>economic-department</c>, <c>economic-government</c>, <c>revenue</c>.
    /// <c>mapsTo</c> is only for <c>economic-department</c> entries: the 政府 code of the same level.
    /// Blank lines and lines starting with <c>#</c> are skipped; fields may be quoted with <c>"</c>.
    /// </summary>
    /// <param name="reader">The CSV text. Read to its end; not disposed.</param>
    /// <param name="year">The budget year the edition applies from.</param>
    /// <returns>The catalog. Not checked for structure: see <see cref="FindOrphans"/>.</returns>
    /// <exception cref="CatalogFormatException">A line cannot be read, or a code is listed twice; names line and column.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
    public static ClassificationCatalog FromCsv(TextReader reader, int year)
    {
        Guard.Against.Null(reader);
        CheckYear(year);
        var data = new CatalogData();
        var firstLine = new Dictionary<(ClassificationKind, long), int>();
        var fields = new List<(string Value, int Start)>(4);
        int lineNumber = 0;
        int columnCount = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 && line.StartsWith('\uFEFF'))
            {
                line = line[1..];
            }
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }
            if (columnCount == 0)
            {
                columnCount = ReadHeader(line, lineNumber, fields);
                continue;
            }
            ReadEntry(line, lineNumber, columnCount, fields, data, firstLine);
        }
        if (columnCount == 0)
        {
            throw new CatalogFormatException(Math.Max(lineNumber, 1), "header", string.Empty, 0, $"the header line \"{CsvHeader}\" is missing");
        }
        return new ClassificationCatalog(year, data);
    }

    /// <summary>Reads an edition from CSV text held in a string; see <see cref="FromCsv(TextReader, int)"/>.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="year">The budget year the edition applies from.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogFormatException">A line cannot be read, or a code is listed twice; names line and column.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
    public static ClassificationCatalog FromCsv(string csv, int year)
    {
        Guard.Against.Null(csv);
        using var reader = new StringReader(csv);
        return FromCsv(reader, year);
    }

    /// <summary>
    /// The edition as CSV text in the format <see cref="FromCsv(TextReader, int)"/> reads: header, then function,
    /// 部门 economic (with <c>mapsTo</c>), 政府 economic and revenue entries in code order. The year is not part of
    /// the text.
    /// </summary>
    /// <returns>The CSV text, lines ending in <c>\n</c>.</returns>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append(CsvHeader).Append('\n');
        foreach (var code in FunctionCodes)
        {
            AppendRow(sb, "function", code.Value, _functions[code.Packed], null);
        }
        foreach (var code in EconomicCodes)
        {
            bool department = code.System == EconomicSystem.Department;
            string? mapsTo = department && _toGovernment.TryGetValue(code.Packed, out long target) ? CodeDigits.ToDigits(target) : null;
            AppendRow(sb, department ? "economic-department" : "economic-government", code.Value, _economics[code.Packed], mapsTo);
        }
        foreach (var code in RevenueCodes)
        {
            AppendRow(sb, "revenue", code.Value, _revenues[code.Packed], null);
        }
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, string kind, string code, string name, string? mapsTo)
    {
        sb.Append(kind).Append(',').Append(code).Append(',');
        if (name.AsSpan().IndexOfAny(",\"") >= 0)
        {
            sb.Append('"').Append(name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            sb.Append(name);
        }
        sb.Append(',').Append(mapsTo).Append('\n');
    }

    private static int ReadHeader(string line, int lineNumber, List<(string Value, int Start)> fields)
    {
        SplitFields(line, lineNumber, fields, null);
        bool ok = fields.Count is 3 or 4;
        for (int i = 0; ok && i < fields.Count; i++)
        {
            ok = string.Equals(fields[i].Value.Trim(), Columns[i], StringComparison.OrdinalIgnoreCase);
        }
        if (!ok)
        {
            throw new CatalogFormatException(lineNumber, "header", line, 0, $"the first line must be the header \"{CsvHeader}\" (mapsTo may be left out)");
        }
        return fields.Count;
    }

    private static void ReadEntry(
        string line,
        int lineNumber,
        int columnCount,
        List<(string Value, int Start)> fields,
        CatalogData data,
        Dictionary<(ClassificationKind, long), int> firstLine)
    {
        SplitFields(line, lineNumber, fields, columnCount);
        if (fields.Count < 3)
        {
            throw new CatalogFormatException(lineNumber, Columns[fields.Count], line, line.Length, $"a line needs at least the columns kind, code and name; found {fields.Count}");
        }
        if (fields.Count > columnCount)
        {
            throw new CatalogFormatException(lineNumber, "(extra)", line, fields[columnCount].Start, $"the header has {columnCount} columns; this line has {fields.Count}");
        }

        var (kindText, kindStart) = fields[0];
        var kind = kindText.Trim() switch
        {
            "function" => ClassificationKind.Function,
            "economic-department" => ClassificationKind.EconomicDepartment,
            "economic-government" => ClassificationKind.EconomicGovernment,
            "revenue" => ClassificationKind.Revenue,
            _ => throw new CatalogFormatException(lineNumber, "kind", line, kindStart, $"unknown kind \"{kindText.Trim()}\" (expected function, economic-department, economic-government or revenue)"),
        };

        long packed = ReadCode(line, lineNumber, "code", fields[1], kind);
        var (nameText, nameStart) = fields[2];
        long mapsTo = fields.Count > 3 && !fields[3].Value.AsSpan().Trim().IsEmpty
            ? ReadCode(line, lineNumber, "mapsTo", fields[3], null)
            : 0;

        // The entry's own rules (name, mapping, duplicate) are checked where the builder checks them too.
        var error = data.TryAdd(kind, packed, nameText, mapsTo);
        if (error != CatalogEntryError.None)
        {
            throw error switch
            {
                CatalogEntryError.Duplicate => new CatalogFormatException(
                    lineNumber,
                    "code",
                    line,
                    fields[1].Start,
                    string.Create(CultureInfo.InvariantCulture, $"{CatalogData.Describe(error, packed)} on line {firstLine[(kind, packed)]}")),
                CatalogEntryError.EmptyName or CatalogEntryError.LineBreakInName =>
                    new CatalogFormatException(lineNumber, "name", line, nameStart, CatalogData.Describe(error, packed)),
                CatalogEntryError.MappingFromNonDepartment or CatalogEntryError.MappingTargetNotGovernment or CatalogEntryError.MappingLevelDiffers =>
                    new CatalogFormatException(lineNumber, "mapsTo", line, fields[3].Start, CatalogData.Describe(error, packed)),
                _ => new System.Diagnostics.UnreachableException($"A parsed code is not empty ({error})."),
            };
        }
        firstLine.Add((kind, packed), lineNumber); // only to name the first line of a later duplicate
    }

    /// <summary>
    /// Reads the code of a field: of the list <paramref name="kind"/> (an economic kind also fixes the first digit), or
    /// for null any economic code (a mapping target, whose system <see cref="CatalogData.TryAdd"/> checks).
    /// </summary>
    private static long ReadCode(string line, int lineNumber, string column, (string Value, int Start) field, ClassificationKind? kind)
    {
        var raw = field.Value.AsSpan();
        int lead = raw.Length - raw.TrimStart().Length;
        var text = raw.Trim();
        int mask = kind switch
        {
            ClassificationKind.Function => CodeDigits.FunctionLengths,
            ClassificationKind.Revenue => CodeDigits.RevenueLengths,
            _ => CodeDigits.EconomicLengths,
        };
        var error = CodeDigits.Validate(text, mask, out int position);
        if (error == CodeError.None && kind is ClassificationKind.EconomicDepartment or ClassificationKind.EconomicGovernment)
        {
            char expected = kind == ClassificationKind.EconomicDepartment ? '3' : '5';
            if (text[0] != expected)
            {
                throw new CatalogFormatException(
                    lineNumber,
                    column,
                    line,
                    field.Start + lead,
                    $"a {(kind == ClassificationKind.EconomicDepartment ? "部门预算支出经济分类" : "政府预算支出经济分类")} code starts with {expected}");
            }
        }
        else if (error == CodeError.None && kind is null && text[0] is not ('3' or '5'))
        {
            (error, position) = (CodeError.WrongSystem, 0);
        }
        if (error != CodeError.None)
        {
            throw new CatalogFormatException(lineNumber, column, line, field.Start + lead + position, CodeDigits.Describe(error, text, position, mask));
        }
        return CodeDigits.Pack(text);
    }

    /// <summary>
    /// Splits a line on commas; a field starting with <c>"</c> (after white space) is quoted, <c>""</c> inside it
    /// being one quote. Records where each field starts in the line.
    /// </summary>
    private static void SplitFields(string line, int lineNumber, List<(string Value, int Start)> fields, int? columnCount)
    {
        fields.Clear();
        int i = 0;
        while (true)
        {
            int start = i;
            int probe = i;
            while (probe < line.Length && (line[probe] == ' ' || line[probe] == '\t'))
            {
                probe++;
            }
            string ColumnName() => columnCount is null ? "header" : fields.Count < Columns.Length ? Columns[fields.Count] : "(extra)";
            if (probe < line.Length && line[probe] == '"')
            {
                var sb = new StringBuilder();
                int j = probe + 1;
                while (true)
                {
                    if (j >= line.Length)
                    {
                        throw new CatalogFormatException(lineNumber, ColumnName(), line, probe, "the quoted field is not closed");
                    }
                    if (line[j] == '"')
                    {
                        if (j + 1 < line.Length && line[j + 1] == '"')
                        {
                            sb.Append('"');
                            j += 2;
                            continue;
                        }
                        j++;
                        break;
                    }
                    sb.Append(line[j]);
                    j++;
                }
                while (j < line.Length && (line[j] == ' ' || line[j] == '\t'))
                {
                    j++;
                }
                if (j < line.Length && line[j] != ',')
                {
                    throw new CatalogFormatException(lineNumber, ColumnName(), line, j, "text after the closing quote of a quoted field");
                }
                fields.Add((sb.ToString(), probe));
                i = j;
            }
            else
            {
                int comma = line.IndexOf(',', start);
                int end = comma < 0 ? line.Length : comma;
                fields.Add((line[start..end], start));
                i = end;
            }
            if (i >= line.Length)
            {
                return;
            }
            i++; // past the comma
        }
    }
}
