using System.Text;
using System.Text.Json.Nodes;
using BudgetModel.Disclosure;
using BudgetModel.Serialization;

namespace BudgetModel.Tests.Serialization;

/// <summary>Every kind of bad input ends in one <see cref="DisclosureJsonException"/> that says where and what.</summary>
public class HostileInputTests
{
    private static readonly string SeedJson = DisclosureJson.Write(JsonSample.Build());

    private static DisclosureJsonException Refuse(string json, DisclosureJsonOptions? options = null) =>
        Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Read(json, options));

    private static DisclosureJsonException Refuse(byte[] utf8, DisclosureJsonOptions? options = null) =>
        Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Read(utf8, options));

    /// <summary>The seed's JSON with one value replaced by raw JSON text (which may be invalid on purpose).</summary>
    private static string WithRaw(Func<JsonNode, (JsonNode Parent, string Property)> at, string raw)
    {
        var root = JsonNode.Parse(SeedJson)!;
        var (parent, property) = at(root);
        parent[property] = "__RAW__";
        return root.ToJsonString().Replace("\"__RAW__\"", raw, StringComparison.Ordinal);
    }

    /// <summary>Table index 2 of the seed is 预算支出总表; its row 25 is 2150517 产业发展 (3,793.87万元).</summary>
    private static (JsonNode, string) T3Row2150517(JsonNode root, string property) =>
        (root["tables"]![JsonSample.ExpenditureSummaryIndex]!["rows"]![JsonSample.IndustryDevelopmentRow]!, property);

    private static (JsonNode, string) T3Row2150517Value(JsonNode root, string column) =>
        (root["tables"]![JsonSample.ExpenditureSummaryIndex]!["rows"]![JsonSample.IndustryDevelopmentRow]!["values"]!, column);

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("<disclosure/>")]
    [InlineData("{'formatVersion':'1.0'}")]
    [InlineData("{\"formatVersion\":\"1.0\",}")]
    [InlineData("{\"formatVersion\":\"1.0\" /* comment */}")]
    public void Text_that_is_not_json_is_refused_with_a_position(string text)
    {
        var e = Refuse(text);
        Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
        Assert.False(string.IsNullOrWhiteSpace(e.Problem));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_json_are_refused()
    {
        var e = Refuse([0xFF, 0xFE, 0x00, 0x7B, 0xC3, 0x28]);
        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_refused_with_its_path()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"formatVersion":"1.0","unit":{"name":"汾阳XX"},"budgetYear":2024}""");
        int at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var e = Refuse(bytes);
        Assert.Equal("$.unit.name", e.Path);
    }

    [Fact]
    public void Text_with_an_unpaired_surrogate_is_refused()
    {
        var e = Refuse("{\"formatVersion\":\"1.0\",\"unit\":{\"name\":\"a\uD800b\"},\"budgetYear\":2024}");
        Assert.Equal("$", e.Path);
        var escaped = Refuse("""{"formatVersion":"1.0","unit":{"name":"a\uD800b"},"budgetYear":2024}""");
        Assert.Equal("$.unit.name", escaped.Path);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("2024")]
    [InlineData("\"disclosure\"")]
    public void A_root_that_is_not_an_object_is_refused(string json)
    {
        var e = Refuse(json);
        Assert.Equal("$", e.Path);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(4000)]
    public void Truncated_json_is_refused_and_nothing_is_returned(int keep)
    {
        var e = Refuse(SeedJson[..Math.Min(keep, SeedJson.Length - 1)]);
        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_even_where_unknown_properties_are_ignored()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var json = SeedJson[..^1] + ",\"extension\":" + deep + "}";
        var e = Refuse(json, new DisclosureJsonOptions { IgnoreUnknownProperties = true });
        Assert.Contains("depth", e.Problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("16", e.Problem, StringComparison.Ordinal);
        // Within the limit, the same extension is skipped.
        var shallow = SeedJson[..^1] + ",\"extension\":[[[1]]]}";
        Assert.Equal(2024, DisclosureJson.Read(shallow, new DisclosureJsonOptions { IgnoreUnknownProperties = true }).BudgetYear);
    }

    [Fact]
    public void Nesting_inside_the_format_beyond_a_lowered_limit_is_refused()
    {
        // Row values sit at depth 6; a limit of 8 passes, the default passes, and a deeper extension fails at 8.
        Assert.NotNull(DisclosureJson.Read(SeedJson, new DisclosureJsonOptions { MaxDepth = 8 }));
        var json = SeedJson[..^1] + ",\"x\":[[[[[[[[1]]]]]]]]}";
        var e = Refuse(json, new DisclosureJsonOptions { MaxDepth = 8, IgnoreUnknownProperties = true });
        Assert.Contains("8", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_property_is_refused_with_its_path()
    {
        var json = SeedJson.Replace("\"budgetYear\":2024", "\"budgetYear\":2024,\"budgetYear\":2025", StringComparison.Ordinal);
        var e = Refuse(json);
        Assert.Equal("$.budgetYear", e.Path);
        Assert.Contains("appears twice", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_column_in_a_rows_values_is_refused()
    {
        var json = WithRaw(r => T3Row2150517(r, "values"), """{"total":3793.87,"total":3793.88}""");
        var e = Refuse(json);
        Assert.Equal("$.tables[2].rows[25].values.total", e.Path);
    }

    [Fact]
    public void An_unknown_property_is_refused_by_default_and_skipped_on_request()
    {
        var json = WithRaw(r => T3Row2150517(r, "comment"), "\"cut short\"");
        var e = Refuse(json);
        Assert.Equal("$.tables[2].rows[25].comment", e.Path);
        Assert.Contains("'comment'", e.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Contract", e.Problem, StringComparison.Ordinal);
        var d = DisclosureJson.Read(json, new DisclosureJsonOptions { IgnoreUnknownProperties = true });
        Assert.Equal(3_793_870_000L, d.ExpenditureSummary!.Rows[JsonSample.IndustryDevelopmentRow].Total.TotalFen);
    }

    [Fact]
    public void An_unknown_column_is_refused_even_when_unknown_properties_are_ignored()
    {
        var json = WithRaw(r => T3Row2150517(r, "values"), """{"totl":3793.87}""");
        var e = Refuse(json, new DisclosureJsonOptions { IgnoreUnknownProperties = true });
        Assert.Equal("$.tables[2].rows[25].values.totl", e.Path);
        Assert.Contains("TableColumn", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("budgetYear", "\"2024\"", "$.budgetYear")]
    [InlineData("budgetYear", "2024.5", "$.budgetYear")]
    [InlineData("budgetYear", "true", "$.budgetYear")]
    [InlineData("unit", "\"汾阳市工业和信息化局\"", "$.unit")]
    [InlineData("tables", "{}", "$.tables")]
    [InlineData("sections", "[\"overview\",3]", "$.sections[1]")]
    public void A_value_of_the_wrong_type_is_refused_with_its_path(string property, string raw, string path)
    {
        var e = Refuse(WithRaw(r => (r, property), raw));
        Assert.Equal(path, e.Path);
        Assert.NotNull(e.LineNumber);
    }

    [Theory]
    [InlineData("\"3793.87\"")]
    [InlineData("null")]
    [InlineData("[3793.87]")]
    public void A_string_or_other_non_number_where_an_amount_belongs_is_refused(string raw)
    {
        var e = Refuse(WithRaw(r => T3Row2150517Value(r, "total"), raw));
        Assert.Equal("$.tables[2].rows[25].values.total", e.Path);
    }

    [Theory]
    [InlineData("100000000000000000000000000000")] // 1E29: beyond decimal
    [InlineData("1234567890123456789012345678901234567890")] // 40 digits
    [InlineData("0.1234567890123456789012345678901234567890")] // 40 decimals
    [InlineData("3793.870000000000000000000000000000000001")] // would round silently to a fen-exact value
    [InlineData("1E400")]
    [InlineData("3.79387E3")]
    public void Numbers_a_decimal_cannot_hold_exactly_are_refused(string raw)
    {
        var e = Refuse(WithRaw(r => T3Row2150517Value(r, "total"), raw));
        Assert.Equal("$.tables[2].rows[25].values.total", e.Path);
        Assert.NotNull(e.LineNumber);
    }

    [Theory]
    [InlineData("3793.8700001")] // finer than a fen in 万元
    [InlineData("99999999999999999999.99")] // beyond the range of Money
    public void Amounts_finer_than_a_fen_or_beyond_money_are_refused(string raw)
    {
        var e = Refuse(WithRaw(r => T3Row2150517Value(r, "total"), raw));
        Assert.Equal("$.tables[2].rows[25].values.total", e.Path);
        Assert.Contains(raw + " 万元", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wan_amount_with_six_decimals_is_exact_to_the_fen_and_accepted()
    {
        var d = DisclosureJson.Read(WithRaw(r => T3Row2150517Value(r, "total"), "3793.870001"));
        Assert.Equal(3_793_870_001L, d.ExpenditureSummary!.Rows[JsonSample.IndustryDevelopmentRow].Total.TotalFen);
    }

    [Fact]
    public void A_sheet_amount_finer_than_a_fen_is_refused_with_its_path_and_line()
    {
        var e = Refuse(WithRaw(r => (r["projectSheets"]![0]!["annualFunding"]!, "totalYuan"), "364575.001"));
        Assert.Equal("$.projectSheets[0].annualFunding.totalYuan", e.Path);
        Assert.Contains("finer than one fen", e.Problem, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
    }

    [Theory]
    [InlineData("\"21505170\"", "digits")]
    [InlineData("\"2150\"", "digits")]
    [InlineData("\"21505l7\"", "not an ASCII digit")]
    [InlineData("\"\"", "empty")]
    [InlineData("2150517", "string")]
    public void A_code_of_the_wrong_form_is_refused_with_its_path(string raw, string reason)
    {
        var e = Refuse(WithRaw(r => T3Row2150517(r, "code"), raw));
        Assert.Equal("$.tables[2].rows[25].code", e.Path);
        Assert.Contains(reason, e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("formatVersion", "$.formatVersion")]
    [InlineData("unit", "$.unit")]
    [InlineData("budgetYear", "$.budgetYear")]
    public void A_missing_required_property_of_the_document_is_named(string property, string path)
    {
        var root = JsonNode.Parse(SeedJson)!.AsObject();
        root.Remove(property);
        var e = Refuse(root.ToJsonString());
        Assert.Equal(path, e.Path);
        Assert.Contains("missing", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("values")]
    [InlineData("code")]
    public void A_missing_required_property_of_a_row_is_named(string property)
    {
        var root = JsonNode.Parse(SeedJson)!;
        Assert.True(T3Row2150517(root, property).Item1.AsObject().Remove(property));
        var e = Refuse(root.ToJsonString());
        Assert.Equal("$.tables[2].rows[25]." + property, e.Path);
    }

    [Theory]
    [InlineData("projectSheets/0/annualIndicators/2", "name", "$.projectSheets[0].annualIndicators[2].name")]
    [InlineData("projectSheets/1/lifetimeIndicators/1", "value", "$.projectSheets[1].lifetimeIndicators[1].value")]
    [InlineData("projectSheets/0/lifetimeFunding", "totalYuan", "$.projectSheets[0].lifetimeFunding.totalYuan")]
    [InlineData("projectSheets/1", "projectName", "$.projectSheets[1].projectName")]
    [InlineData("facts/3/subject", "topic", "$.facts[3].subject.topic")]
    [InlineData("facts/4", "unit", "$.facts[4].unit")]
    [InlineData("mentions/1", "text", "$.mentions[1].text")]
    [InlineData("overallSheet/indicators/0", "value", "$.overallSheet.indicators[0].value")]
    public void A_missing_property_of_a_nested_element_is_named_by_its_path(string at, string property, string path)
    {
        // The paths of valid elements are never made; a refusal still names the element exactly.
        var root = JsonNode.Parse(SeedJson)!;
        var node = root;
        foreach (var step in at.Split('/'))
        {
            node = int.TryParse(step, System.Globalization.CultureInfo.InvariantCulture, out int i) ? node[i]! : node[step]!;
        }
        Assert.True(node.AsObject().Remove(property), $"the seed's JSON has {path}");
        var e = Refuse(root.ToJsonString());
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void A_row_without_its_type_is_refused()
    {
        var root = JsonNode.Parse(SeedJson)!;
        var row = root["tables"]![9]!["rows"]![0]!.AsObject(); // 三公 table: summary rows carry no code
        row.Remove("type");
        row.Remove("summaryLine");
        var e = Refuse(root.ToJsonString());
        Assert.Equal("$.tables[9].rows[0]", e.Path);
        Assert.Contains("'type'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var e = Refuse(SeedJson.Replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":\"2.0\"", StringComparison.Ordinal));
        Assert.Equal("$.formatVersion", e.Path);
    }

    [Fact]
    public void Two_tables_of_one_kind_are_refused()
    {
        var root = JsonNode.Parse(SeedJson)!;
        var tables = root["tables"]!.AsArray();
        tables.Add(tables[1]!.DeepClone());
        var e = Refuse(root.ToJsonString());
        Assert.Equal($"$.tables[{tables.Count - 1}].kind", e.Path);
    }

    [Fact]
    public void An_unknown_enumeration_name_is_refused_with_the_names_it_accepts()
    {
        var e = Refuse(WithRaw(r => (r["tables"]![1]!, "kind"), "\"expenditure\""));
        Assert.Equal("$.tables[1].kind", e.Path);
        Assert.Contains("expenditureSummary", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_with_impossible_decimals_is_refused()
    {
        var e = Refuse(WithRaw(r => (r["tables"]![1]!, "decimals"), "7"));
        Assert.Equal("$.tables[1].decimals", e.Path);
    }

    [Fact]
    public void An_array_longer_than_the_limit_is_refused()
    {
        // The seed has 8 sections (within the limit) and 13 tables (beyond it).
        var e = Refuse(SeedJson, new DisclosureJsonOptions { MaxArrayLength = 8 });
        Assert.Matches(@"^\$\.tables(\[\d+\])?", e.Path);
        Assert.Contains("8", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_larger_than_max_bytes_is_refused_before_parsing()
    {
        var e = Refuse(Encoding.UTF8.GetBytes(SeedJson), new DisclosureJsonOptions { MaxBytes = 1000 });
        Assert.Equal("$", e.Path);
        Assert.Contains("MaxBytes", e.Problem, StringComparison.Ordinal);
        Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Read(SeedJson, new DisclosureJsonOptions { MaxBytes = 1000 }));
    }

    [Fact]
    public void A_200_megabyte_stream_is_refused_with_the_default_limits_after_reading_little_of_it()
    {
        using var stream = new EndlessArrayStream(200L * 1024 * 1024);
        var e = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Read(stream));
        // 100,000 mentions of 33 bytes come long before 32 MiB: the count limit refuses it first.
        Assert.StartsWith("$.mentions[", e.Path, StringComparison.Ordinal);
        Assert.Contains("MaxArrayLength", e.Problem, StringComparison.Ordinal);
        Assert.True(stream.Served < 8L * 1024 * 1024, $"served {stream.Served} bytes");
    }

    [Fact]
    public void A_200_megabyte_stream_is_refused_by_max_bytes_as_the_bytes_arrive()
    {
        using var stream = new EndlessArrayStream(200L * 1024 * 1024);
        var options = new DisclosureJsonOptions { MaxBytes = 4L * 1024 * 1024, MaxArrayLength = int.MaxValue };
        var e = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Read(stream, options));
        Assert.Equal("$", e.Path);
        Assert.Contains("MaxBytes", e.Problem, StringComparison.Ordinal);
        Assert.Equal(options.MaxBytes + 1, stream.Served);
    }

    [Fact]
    public async Task A_200_megabyte_stream_is_refused_asynchronously_too()
    {
        using var stream = new EndlessArrayStream(200L * 1024 * 1024);
        var options = new DisclosureJsonOptions { MaxBytes = 4L * 1024 * 1024, MaxArrayLength = int.MaxValue };
        var e = await Assert.ThrowsAsync<DisclosureJsonException>(async () => await DisclosureJson.ReadAsync(stream, options));
        Assert.Contains("MaxBytes", e.Problem, StringComparison.Ordinal);
        Assert.Equal(options.MaxBytes + 1, stream.Served);
    }

    [Fact]
    public void A_200_megabyte_stream_is_refused_by_the_array_limit_even_without_a_byte_limit()
    {
        using var stream = new EndlessArrayStream(200L * 1024 * 1024);
        var options = new DisclosureJsonOptions { MaxBytes = long.MaxValue, MaxArrayLength = 10_000 };
        var e = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Read(stream, options));
        Assert.StartsWith("$.mentions[", e.Path, StringComparison.Ordinal);
        Assert.Contains("10000", e.Problem, StringComparison.Ordinal);
        Assert.True(stream.Served < 4L * 1024 * 1024, $"served {stream.Served} bytes");
    }

    [Fact]
    public void Report_reading_shares_the_errors()
    {
        var e = Assert.Throws<DisclosureJsonException>(() => ReportJson.Read("""{"formatVersion":"1.0","findings":[{"ruleId":"R","severity":"fatal","kind":"import","message":"m"}]}"""));
        Assert.Equal("$.findings[0].severity", e.Path);
        var summary = Assert.Throws<DisclosureJsonException>(() => ReportJson.Read("""{"formatVersion":"1.0","findings":[],"summary":{"errors":1,"warnings":0,"infos":0}}"""));
        Assert.Equal("$.summary.errors", summary.Path);
    }

    [Fact]
    public void The_message_names_the_path_the_problem_and_the_position()
    {
        var e = Refuse(WithRaw(r => T3Row2150517Value(r, "total"), "\"3793.87\""));
        Assert.StartsWith("Invalid disclosure JSON at $.tables[2].rows[25].values.total (line 1, byte ", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<BudgetModelException>(e);
    }
}

/// <summary>
/// A stream of a disclosure whose mentions array never ends, generated lazily: the bytes are made as they are read,
/// nothing of the declared length is allocated.
/// </summary>
internal sealed class EndlessArrayStream(long length) : Stream
{
    private static readonly byte[] Head = Encoding.UTF8.GetBytes("""{"formatVersion":"1.0","unit":{"name":"x"},"budgetYear":2024,"mentions":[""");
    private static readonly byte[] Element = Encoding.UTF8.GetBytes("""{"kind":"year","text":"比2023年"},""");

    public long Served { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => Served; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = 0;
        while (n < buffer.Length && Served < length)
        {
            buffer[n++] = Served < Head.Length ? Head[Served] : Element[(Served - Head.Length) % Element.Length];
            Served++;
        }
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
