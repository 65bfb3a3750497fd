using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetModel.Disclosure;
using BudgetModel.Serialization;

namespace BudgetModel.Tests.Serialization;

public class DisclosureJsonTests
{
    private static readonly BudgetDisclosure Seed = JsonSample.Build();

    private static JsonNode Node(BudgetDisclosure d) => JsonNode.Parse(DisclosureJson.Write(d))!;

    private static JsonNode TableNode(JsonNode root, string kind) => root["tables"]!.AsArray().Single(t => (string?)t!["kind"] == kind)!;

    /// <summary>The raw text of a JSON number as written (not a re-formatted double).</summary>
    private static string Raw(JsonNode node) => node.ToJsonString();

    [Fact]
    public void Seed_disclosure_reads_back_structurally_equal_and_writes_the_same_bytes()
    {
        var json = DisclosureJson.Write(Seed);
        var back = DisclosureJson.Read(json);
        Assert.Empty(DisclosureComparer.Differences(Seed, back));
        Assert.Equal(json, DisclosureJson.Write(back));
    }

    /// <summary>An indicator's 活动 (an overall sheet laid out by activity) is written as <c>activity</c> when it has
    /// one, left out when not, read back, and told apart by the comparer.</summary>
    [Fact]
    public void An_indicators_activity_is_written_only_when_it_has_one_and_read_back()
    {
        var sheet = Seed.ProjectSheets[0];
        var annual = sheet.AnnualIndicators.Select((i, k) => k == 0 ? i with { Activity = "审计业务" } : i).ToList();
        var d = Seed.WithProjectSheets(
            [new BudgetModel.Performance.ProjectPerformanceSheet(sheet.ProjectName, sheet.LifetimeFunding, sheet.AnnualFunding, sheet.Details, sheet.LifetimeIndicators, annual, sheet.Line),
             .. Seed.ProjectSheets.Skip(1)]);
        var indicators = Node(d)["projectSheets"]![0]!["annualIndicators"]!.AsArray();
        Assert.Equal("审计业务", (string?)indicators[0]!["activity"]);
        Assert.All(indicators.Skip(1), i => Assert.False(i!.AsObject().ContainsKey("activity")));
        var back = DisclosureJson.Read(DisclosureJson.Write(d));
        Assert.Equal("审计业务", back.ProjectSheets[0].AnnualIndicators[0].Activity);
        Assert.Empty(DisclosureComparer.Differences(d, back));
        Assert.NotEmpty(DisclosureComparer.Differences(Seed, back));
    }

    [Fact]
    public void Amounts_are_written_exactly_as_published_in_the_tables_unit()
    {
        var root = Node(Seed);
        var t3 = TableNode(root, "expenditureSummary");
        Assert.Equal("wan", (string?)t3["unit"]);
        Assert.Equal(2, (int?)t3["decimals"]);
        var total = t3["rows"]![0]!["values"]!;
        Assert.Equal("6542.05", Raw(total["total"]!));
        Assert.Equal("286.42", Raw(total["basic"]!));
        Assert.Equal("6255.63", Raw(total["project"]!));
        // An empty cell keeps the table's two printed decimals.
        Assert.Equal("0.00", Raw(t3["rows"]![1]!["values"]!["basic"]!));
        // A 元 table with fen.
        var t11 = TableNode(root, "operatingExpenses");
        Assert.Equal("yuan", (string?)t11["unit"]);
        Assert.Equal("282644.85", Raw(t11["rows"]![0]!["values"]!["total"]!));
    }

    [Fact]
    public void Sheet_amounts_are_in_yuan_as_their_names_say()
    {
        var root = Node(Seed);
        var sheet = root["projectSheets"]![0]!;
        Assert.Equal("364575", Raw(sheet["annualFunding"]!["totalYuan"]!));
        Assert.Equal("364575", Raw(sheet["annualFunding"]!["byLevelYuan"]!["municipalCounty"]!));
        Assert.Equal("0", Raw(sheet["annualFunding"]!["byLevelYuan"]!["central"]!));
        var towns = root["projectSheets"]![1]!;
        Assert.Equal("32323654.1", Raw(towns["lifetimeFunding"]!["totalYuan"]!));
    }

    [Fact]
    public void Amounts_read_back_as_the_same_decimal_to_the_fen()
    {
        var back = DisclosureJson.Read(DisclosureJson.Write(Seed));
        Assert.Equal(6_542_050_000L, back.ExpenditureSummary!.TotalRow!.Total.TotalFen);
        Assert.Equal(28_264_485L, back.OperatingExpenses!.UnitRows[0].Total.TotalFen);
        Assert.Equal(3_232_365_410L, back.ProjectSheets[1].LifetimeFunding.Total.TotalFen);
    }

    [Fact]
    public void Codes_are_strings_that_keep_their_digits_and_length()
    {
        var root = Node(Seed);
        var codes = TableNode(root, "expenditureSummary")["rows"]!.AsArray().Skip(1).Select(r => r!["code"]!.GetValue<string>()).ToArray();
        // Table 3 as the seed prints it (lines 154–185).
        Assert.Equal(
            [
                "201", "20113", "2011399", "208", "20805", "2080501", "2080505", "2080506", "210", "21011", "2101101", "2101103",
                "211", "21103", "2110301", "212", "21208", "2120809", "215", "21502", "2150201", "21505", "2150501", "2150502",
                "2150517", "21507", "2150799", "221", "22102", "2210201", "223", "22301", "2230105",
            ],
            codes);
        var t6 = TableNode(root, "generalBudgetBasicExpenditure")["rows"]!.AsArray();
        Assert.Equal("30101", t6[2]!["departmentCode"]!.GetValue<string>());
        Assert.Equal("50101", t6[2]!["governmentCode"]!.GetValue<string>());
        // The 类 row 301 工资福利支出 prints no 政府预算 code: the property is absent, not null.
        Assert.Equal("301", t6[1]!["departmentCode"]!.GetValue<string>());
        Assert.False(t6[1]!.AsObject().ContainsKey("governmentCode"));
        var t7 = TableNode(root, "governmentFundRevenue")["rows"]!.AsArray();
        Assert.Equal("1030148", t7[3]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void Enumerations_are_stable_camel_case_english_names()
    {
        var root = Node(Seed);
        var t10 = TableNode(root, "threePublicExpenses");
        var lines = t10["rows"]!.AsArray().Select(r => r!["summaryLine"]!.GetValue<string>()).ToArray();
        Assert.Equal(["overseasTravel", "reception", "vehicles", "vehiclePurchase", "vehicleOperation", "total"], lines);
        Assert.Equal(["total", "generalBudget", "governmentFund", "stateCapital"], t10["rows"]![0]!["values"]!.AsObject().Select(p => p.Key).ToArray());
        Assert.Equal("warning", (string?)root["importFindings"]![0]!["severity"]);
        Assert.Equal("output", (string?)root["projectSheets"]![0]!["annualIndicators"]![0]!["category"]);
        Assert.Equal("serviceRecipientSatisfaction", (string?)root["projectSheets"]![0]!["annualIndicators"]![6]!["subcategory"]);
        Assert.Equal(
            ["overview", "tables", "explanation", "procurement", "assets", "performance", "glossary", "threePublicExplanation"],
            root["sections"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray());
    }

    [Fact]
    public void Chinese_text_is_written_unescaped_and_the_format_version_first()
    {
        var json = DisclosureJson.Write(Seed);
        Assert.StartsWith("{\"formatVersion\":\"1.0\",", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"汾阳市工业和信息化局\"", json, StringComparison.Ordinal);
        Assert.Contains("“三公”经费", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Indented_output_uses_two_spaces_and_newlines_and_reads_back_the_same()
    {
        var options = new DisclosureJsonOptions { Indented = true };
        var json = DisclosureJson.Write(Seed, options);
        Assert.StartsWith("{\n  \"formatVersion\": \"1.0\",\n  \"unit\": {\n    \"name\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
        Assert.Equal(DisclosureJson.Write(Seed), DisclosureJson.Write(DisclosureJson.Read(json)));
    }

    [Fact]
    public async Task Every_write_overload_gives_the_same_bytes()
    {
        var options = new DisclosureJsonOptions { Indented = true };
        var expected = Encoding.UTF8.GetBytes(DisclosureJson.Write(Seed, options));

        Assert.Equal(expected, DisclosureJson.WriteToUtf8Bytes(Seed, options));

        using var stream = new MemoryStream();
        DisclosureJson.Write(Seed, stream, options);
        Assert.Equal(expected, stream.ToArray());

        using var asyncStream = new MemoryStream();
        await DisclosureJson.WriteAsync(Seed, asyncStream, options);
        Assert.Equal(expected, asyncStream.ToArray());

        var buffer = new ArrayBufferWriter<byte>();
        DisclosureJson.Write(Seed, buffer, options);
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());

        var viaWriter = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(viaWriter, options.WriterOptions))
        {
            DisclosureJson.Write(Seed, writer);
        }
        Assert.Equal(expected, viaWriter.WrittenSpan.ToArray());

        using var text = new StringWriter();
        DisclosureJson.Write(Seed, text, options);
        Assert.Equal(expected, Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Fact]
    public async Task Every_read_overload_reads_the_same_disclosure()
    {
        var json = DisclosureJson.Write(Seed);
        var bytes = Encoding.UTF8.GetBytes(json);
        var fromString = DisclosureJson.Read(json);
        var fromBytes = DisclosureJson.Read(bytes);
        var fromStream = DisclosureJson.Read(new MemoryStream(bytes));
        var fromAsync = await DisclosureJson.ReadAsync(new OneByteStream(bytes));
        foreach (var d in new[] { fromString, fromBytes, fromStream, fromAsync })
        {
            Assert.Empty(DisclosureComparer.Differences(Seed, d));
        }
    }

    [Fact]
    public void Reading_a_stream_in_tiny_chunks_works_and_leaves_it_open()
    {
        var bytes = DisclosureJson.WriteToUtf8Bytes(Seed);
        var d = DisclosureJson.Read(new OneByteStream(bytes));
        Assert.Empty(DisclosureComparer.Differences(Seed, d));
        using var stream = new MemoryStream(bytes);
        DisclosureJson.Read(stream);
        Assert.True(stream.CanRead); // a disposed MemoryStream cannot be read
        Assert.Equal(bytes.Length, stream.Position);
    }

    [Fact]
    public void Negative_zero_reads_as_zero_and_is_written_as_zero()
    {
        var root = Node(Seed);
        TableNode(root, "expenditureSummary")["rows"]![1]!["values"]!["basic"] = JsonValue.Create("__NZ__");
        var json = root.ToJsonString().Replace("\"__NZ__\"", "-0.00", StringComparison.Ordinal);
        var d = DisclosureJson.Read(json);
        Assert.Equal(0L, d.ExpenditureSummary!.Rows[1][TableColumn.Basic].TotalFen);
        Assert.Equal("0.00", Raw(TableNode(Node(d), "expenditureSummary")["rows"]![1]!["values"]!["basic"]!));
    }

    [Fact]
    public void Value_converters_serve_a_callers_own_types()
    {
        var options = new JsonSerializerOptions { Converters = { new FunctionCodeJsonConverter(), new MoneyJsonConverter(MoneyUnit.Wan) } };
        var code = BudgetModel.Classification.FunctionCode.Parse("2150517");
        Assert.Equal("\"2150517\"", JsonSerializer.Serialize(code, options));
        Assert.Equal(code, JsonSerializer.Deserialize<BudgetModel.Classification.FunctionCode>("\"2150517\"", options));
        Assert.Equal("6542.05", JsonSerializer.Serialize(BudgetModel.Money.FromWan(6542.05m), options));
        Assert.Equal(BudgetModel.Money.FromWan(6542.05m), JsonSerializer.Deserialize<BudgetModel.Money>("6542.05", options));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BudgetModel.Money>("6542.0500001", options));
        Assert.Contains("finer than one fen", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_converters_write_digits_and_refuse_anything_else_by_name()
    {
        // Codes of the seed: 2150517 产业发展, 30101 基本工资 (named in its prose), 1030148 国有土地使用权出让收入; the refused texts are a
        // 6-digit code, an economic code of no system (4…) and a code with a full-width digit.
        CheckCodeConverter(new FunctionCodeJsonConverter(), "2150517", "215051", "function classification code (支出功能分类科目编码)");
        CheckCodeConverter(new EconomicCodeJsonConverter(), "30101", "40101", "economic classification code (支出经济分类科目编码)");
        CheckCodeConverter(new RevenueCodeJsonConverter(), "1030148", "10301４8", "revenue classification code (收入分类科目编码)");
    }

    private static void CheckCodeConverter<TCode>(System.Text.Json.Serialization.JsonConverter<TCode> converter, string digits, string bad, string term)
        where TCode : struct
    {
        var options = new JsonSerializerOptions { Converters = { converter } };
        var code = JsonSerializer.Deserialize<TCode>($"\"{digits}\"", options);
        Assert.Equal($"\"{digits}\"", JsonSerializer.Serialize(code, options));
        // An escaped digit reads as the digit; the empty code writes the empty string.
        Assert.Equal(code, JsonSerializer.Deserialize<TCode>($"\"\\u00{(int)digits[0]:x2}{digits[1..]}\"", options));
        Assert.Equal("\"\"", JsonSerializer.Serialize(default(TCode), options));

        var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TCode>($"\"{bad}\"", options));
        Assert.Contains($"\"{bad}\" is not a", refused.Message, StringComparison.Ordinal);
        Assert.Contains(term, refused.Message, StringComparison.Ordinal);
        var tooLong = new string('1', 60);
        Assert.Contains($"\"{tooLong}\" is not a", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TCode>($"\"{tooLong}\"", options)).Message, StringComparison.Ordinal);
        var number = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TCode>(digits, options));
        Assert.Contains("as a string of digits", number.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_refuse_limits_that_make_no_sense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureJsonOptions { MaxDepth = 3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureJsonOptions { MaxArrayLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureJsonOptions { MaxBytes = -1 });
    }

    [Fact]
    public void The_schemas_are_embedded()
    {
        using var disclosure = JsonDocument.Parse(DisclosureJson.Schema);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", disclosure.RootElement.GetProperty("$schema").GetString());
        using var report = JsonDocument.Parse(ReportJson.Schema);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", report.RootElement.GetProperty("$schema").GetString());
    }
}

/// <summary>A stream that hands out one byte per read, to exercise incremental reading.</summary>
internal sealed class OneByteStream(byte[] bytes) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public override int Read(Span<byte> buffer)
    {
        if (_position >= bytes.Length || buffer.IsEmpty) return 0;
        buffer[0] = bytes[_position++];
        return 1;
    }
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

public class DocumentationTests
{
    private static string Docs()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetModel.sln")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        return File.ReadAllText(Path.Combine(dir.FullName, "docs", "json.md"));
    }

    private static string Block(JsonNode node)
    {
        var text = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_table_10_and_sheet_are_what_the_writer_writes()
    {
        var docs = Docs();
        var root = JsonNode.Parse(DisclosureJson.Write(JsonSample.Build()))!;
        var t10 = root["tables"]!.AsArray().Single(t => (string?)t!["kind"] == "threePublicExpenses")!;
        // JsonNode re-prints numbers as written, so amounts such as 0.00 and 0.20 keep their decimals.
        Assert.Contains(Block(t10), docs, StringComparison.Ordinal);
        Assert.Contains(Block(root["projectSheets"]![0]!), docs, StringComparison.Ordinal);
    }
}
