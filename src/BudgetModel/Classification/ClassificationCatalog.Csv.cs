using System.Globalization;
using System.Text;

namespace BudgetModel.Classification;

public sealed partial class ClassificationCatalog
{
    private const string CsvHeader = "kind,code,name,mapsTo";
    private static readonly string[] Columns = ["kind", "code", "name", "mapsTo"];

    /// <summary>The optional columns after kind, code and name (docs/catalog.md).</summary>
    private static readonly string[] OptionalColumns = ["mapsTo", "from", "until", "year", "documents", "variants"];

    /// <summary>
    /// Reads an edition from CSV text (format in docs/catalog.md): a required header line starting
    /// <c>kind,code,name</c>, optionally followed by the columns <c>mapsTo</c>, <c>from</c>, <c>until</c>,
    /// <c>year</c>, <c>documents</c> and <c>variants</c> in any order; then one entry per line with <c>kind</c> one
    /// of <c>function</c>, <c>economic-department</c>, <c>economic-government</c>, <c>revenue</c>.
    /// <c>mapsTo</c> is only for <c>economic-department</c> entries: the 政府 code of the same level.
    /// A line whose <c>until</c> is before <paramref name="year"/> is a former name of its code
    /// (<see cref="FormerName"/>); a line whose <c>from</c> is after it, or whose <c>year</c> is another year (a
    /// harvest of several years, <c>budgetmodel catalog build</c>), is not part of this edition and is skipped.
    /// <c>documents</c> and <c>variants</c> (written by the harvest) are read past.
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
        var fields = new List<(string Value, int Start)>(6);
        string[]? header = null;
        int lineNumber = 0;
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
            if (header is null)
            {
                header = ReadHeader(line, lineNumber, fields);
                continue;
            }
            ReadEntry(new CsvLine(line, lineNumber, header, fields), year, data, firstLine);
        }
        if (header is null)
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
        bool former = _formerNames.Count > 0;
        sb.Append(CsvHeader).Append(former ? ",from,until\n" : "\n");
        foreach (var code in FunctionCodes)
        {
            AppendRow(sb, CsvKind(ClassificationKind.Function), code.Value, _functions[code.Packed], null, null, former);
        }
        foreach (var code in EconomicCodes)
        {
            bool department = code.System == EconomicSystem.Department;
            string? mapsTo = department && _toGovernment.TryGetValue(code.Packed, out long target) ? CodeDigits.ToDigits(target) : null;
            AppendRow(sb, CsvKind(KindOf(code)), code.Value, _economics[code.Packed], mapsTo, null, former);
        }
        foreach (var code in RevenueCodes)
        {
            AppendRow(sb, CsvKind(ClassificationKind.Revenue), code.Value, _revenues[code.Packed], null, null, former);
        }
        foreach (var ((list, packed), names) in _formerNames.OrderBy(static kv => kv.Key.List).ThenBy(static kv => kv.Key.Code))
        {
            string kind = CsvKind(list switch
            {
                CatalogList.Function => ClassificationKind.Function,
                CatalogList.Revenue => ClassificationKind.Revenue,
                _ => KindOf(new EconomicCode(packed)),
            });
            foreach (var name in names)
            {
                AppendRow(sb, kind, CodeDigits.ToDigits(packed), name.Name, null, name, true);
            }
        }
        return sb.ToString();
    }

    /// <summary>The <c>kind</c> column's text for a list: <c>function</c>, <c>economic-department</c>,
    /// <c>economic-government</c> or <c>revenue</c> (what <see cref="FromCsv(TextReader, int)"/> reads).</summary>
    internal static string CsvKind(ClassificationKind kind) => kind switch
    {
        ClassificationKind.Function => "function",
        ClassificationKind.EconomicDepartment => "economic-department",
        ClassificationKind.EconomicGovernment => "economic-government",
        _ => "revenue",
    };

    /// <summary>Appends one line: kind, code, name (quoted when it needs to be), mapsTo, and with
    /// <paramref name="ranges"/> the from and until of a former name (empty for a current entry).</summary>
    internal static void AppendRow(StringBuilder sb, string kind, string code, string name, string? mapsTo, FormerName? former, bool ranges)
    {
        sb.Append(kind).Append(',').Append(code).Append(',');
        AppendField(sb, name);
        sb.Append(',').Append(mapsTo);
        if (ranges)
        {
            sb.Append(',').Append(former?.FirstEdition?.ToString(CultureInfo.InvariantCulture))
              .Append(',').Append(former?.LastEdition.ToString(CultureInfo.InvariantCulture));
        }
        sb.Append('\n');
    }

    /// <summary>Appends a CSV field, quoted when it holds a comma or a quote.</summary>
    internal static void AppendField(StringBuilder sb, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"") >= 0)
        {
            sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            sb.Append(value);
        }
    }

    /// <summary>One data line of the CSV with the header's columns.</summary>
    private readonly record struct CsvLine(string Text, int Number, string[] Header, List<(string Value, int Start)> Fields)
    {
        /// <summary>The field of a column, when the header has it and the line fills it (not blank).</summary>
        internal (string Value, int Start)? Field(string column)
        {
            int index = Array.IndexOf(Header, column);
            return index >= 0 && index < Fields.Count && !Fields[index].Value.AsSpan().Trim().IsEmpty ? Fields[index] : null;
        }

        /// <summary>A whole-number column (a year or a count) read, or null when absent or blank.</summary>
        internal int? ReadNumber(string column, int least)
        {
            if (Field(column) is not { } field)
            {
                return null;
            }
            var text = field.Value.AsSpan().Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < least || value > 9999 && column != "documents")
            {
                int lead = field.Value.Length - field.Value.AsSpan().TrimStart().Length;
                throw new CatalogFormatException(Number, column, Text, field.Start + lead,
                    column == "documents" ? "documents is a whole number of documents, 0 or more" : $"{column} is a year between 1 and 9999");
            }
            return value;
        }
    }

    private static string[] ReadHeader(string line, int lineNumber, List<(string Value, int Start)> fields)
    {
        SplitFields(line, lineNumber, fields, null);
        var header = new string[fields.Count];
        bool ok = true;
        for (int i = 0; ok && i < fields.Count; i++)
        {
            string name = fields[i].Value.Trim();
            string? known = i < 3
                ? string.Equals(name, Columns[i], StringComparison.OrdinalIgnoreCase) ? Columns[i] : null
                : Array.Find(OptionalColumns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            ok = known is not null && Array.IndexOf(header, known) < 0;
            header[i] = known!;
        }
        ok = ok && header.Length >= 3;
        if (!ok)
        {
            throw new CatalogFormatException(lineNumber, "header", line, 0,
                $"the first line must be the header \"{CsvHeader}\": kind, code and name, then any of {string.Join(", ", OptionalColumns)} once each");
        }
        if (Array.IndexOf(header, "year") >= 0 && (Array.IndexOf(header, "from") >= 0 || Array.IndexOf(header, "until") >= 0))
        {
            throw new CatalogFormatException(lineNumber, "header", line, 0, "a harvest's year column and an edition's from/until columns do not mix");
        }
        return header;
    }

    private static void ReadEntry(CsvLine csv, int year, CatalogData data, Dictionary<(ClassificationKind, long), int> firstLine)
    {
        var (line, lineNumber, header, fields) = csv;
        SplitFields(line, lineNumber, fields, header);
        int needed = Math.Max(Array.IndexOf(header, "kind"), Math.Max(Array.IndexOf(header, "code"), Array.IndexOf(header, "name"))) + 1;
        if (fields.Count < needed)
        {
            throw new CatalogFormatException(lineNumber, header[fields.Count], line, line.Length, $"a line needs at least the columns kind, code and name; found {fields.Count}");
        }
        if (fields.Count > header.Length)
        {
            throw new CatalogFormatException(lineNumber, "(extra)", line, fields[header.Length].Start, $"the header has {header.Length} columns; this line has {fields.Count}");
        }

        var (kindText, kindStart) = fields[Array.IndexOf(header, "kind")];
        var kind = kindText.Trim() switch
        {
            "function" => ClassificationKind.Function,
            "economic-department" => ClassificationKind.EconomicDepartment,
            "economic-government" => ClassificationKind.EconomicGovernment,
            "revenue" => ClassificationKind.Revenue,
            _ => throw new CatalogFormatException(lineNumber, "kind", line, kindStart, $"unknown kind \"{kindText.Trim()}\" (expected function, economic-department, economic-government or revenue)"),
        };

        var codeField = fields[Array.IndexOf(header, "code")];
        long packed = ReadCode(line, lineNumber, "code", codeField, kind);
        var (nameText, nameStart) = fields[Array.IndexOf(header, "name")];
        var mapsToField = csv.Field("mapsTo");
        long mapsTo = mapsToField is { } m ? ReadCode(line, lineNumber, "mapsTo", m, null) : 0;
        int? from = csv.ReadNumber("from", 1);
        int? until = csv.ReadNumber("until", 1);
        int? lineYear = csv.ReadNumber("year", 1);
        _ = csv.ReadNumber("documents", 0);
        if (from is { } f && until is { } u && f > u)
        {
            throw new CatalogFormatException(lineNumber, "from", line, csv.Field("from")!.Value.Start, "from is after until");
        }
        if (from > year || (lineYear is { } y && y != year))
        {
            return; // another edition's line
        }

        CatalogEntryError error;
        if (until < year)
        {
            if (mapsTo != 0)
            {
                throw new CatalogFormatException(lineNumber, "mapsTo", line, mapsToField!.Value.Start, "a former name (until before the edition's year) carries no mapping");
            }
            error = data.TryAddFormer(kind, packed, nameText, from, until.Value, year);
            if (error != CatalogEntryError.None)
            {
                throw new CatalogFormatException(lineNumber, "name", line, nameStart, CatalogData.Describe(error, packed));
            }
            return;
        }

        // The entry's own rules (name, mapping, duplicate) are checked where the builder checks them too.
        error = data.TryAdd(kind, packed, nameText, mapsTo);
        if (error != CatalogEntryError.None)
        {
            throw error switch
            {
                CatalogEntryError.Duplicate => new CatalogFormatException(
                    lineNumber,
                    "code",
                    line,
                    codeField.Start,
                    string.Create(CultureInfo.InvariantCulture, $"{CatalogData.Describe(error, packed)} on line {firstLine[(kind, packed)]}")),
                CatalogEntryError.EmptyName or CatalogEntryError.LineBreakInName =>
                    new CatalogFormatException(lineNumber, "name", line, nameStart, CatalogData.Describe(error, packed)),
                CatalogEntryError.MappingFromNonDepartment or CatalogEntryError.MappingTargetNotGovernment or CatalogEntryError.MappingLevelDiffers =>
                    new CatalogFormatException(lineNumber, "mapsTo", line, mapsToField!.Value.Start, CatalogData.Describe(error, packed)),
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
    private static void SplitFields(string line, int lineNumber, List<(string Value, int Start)> fields, string[]? header)
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
            string ColumnName() => header is null ? "header" : fields.Count < header.Length ? header[fields.Count] : "(extra)";
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
