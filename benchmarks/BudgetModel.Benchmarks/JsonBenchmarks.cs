using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Serialization;

namespace BudgetModel.Benchmarks;

/// <summary>
/// <see cref="DisclosureJson"/> writing and reading the whole seed disclosure, against System.Text.Json with default
/// options on plain DTOs of the same shape (<see cref="Dto.Disclosure"/>, the baseline of each category). The DTOs
/// are filled from DisclosureJson's own output in <see cref="Setup"/>, refusing any property they lack, so both sides
/// carry the same data; the baseline does no validation and builds no aggregate, so the ratio is the price of those.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class JsonBenchmarks
{
    private BudgetDisclosure _disclosure = null!;
    private Dto.Disclosure _dto = null!;
    private byte[] _utf8 = [];
    private byte[] _dtoUtf8 = [];

    /// <summary>Imports the seed and prepares both JSON texts (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _disclosure = DisclosureImporter.Import(SampleDisclosures.FenyangIndustryBureau2024).Disclosure;
        _utf8 = DisclosureJson.WriteToUtf8Bytes(_disclosure);
        var strict = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        _dto = JsonSerializer.Deserialize<Dto.Disclosure>(_utf8, strict)
            ?? throw new InvalidOperationException("DisclosureJson wrote null.");
        _dtoUtf8 = JsonSerializer.SerializeToUtf8Bytes(_dto);
        if (ReadDisclosureJson() != ReadDto())
        {
            throw new InvalidOperationException("The DTO does not carry the same tables as the disclosure.");
        }

        // Two seconds of every benchmark before BenchmarkDotNet's own warm-up: the tiered JIT recompiles the
        // serializer's and converters' methods in the background, which a short job on a busy machine would
        // otherwise partly measure (see ValidationBenchmarks.Setup).
        var warm = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 3 || warm.ElapsedMilliseconds < 2_000; i++)
        {
            _ = WriteDto() + WriteDisclosureJson() + ReadDto() + ReadDisclosureJson();
        }
    }

    /// <summary>Baseline: <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions)"/> of the DTO.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Write")]
    public int WriteDto() => JsonSerializer.SerializeToUtf8Bytes(_dto).Length;

    /// <summary><see cref="DisclosureJson.WriteToUtf8Bytes(BudgetDisclosure, DisclosureJsonOptions)"/> of the aggregate.</summary>
    [Benchmark, BenchmarkCategory("Write")]
    public int WriteDisclosureJson() => DisclosureJson.WriteToUtf8Bytes(_disclosure).Length;

    /// <summary>Baseline: <see cref="JsonSerializer.Deserialize{TValue}(ReadOnlySpan{byte}, JsonSerializerOptions)"/> into the DTO.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Read")]
    public int ReadDto() => JsonSerializer.Deserialize<Dto.Disclosure>(_dtoUtf8)!.Tables!.Count;

    /// <summary><see cref="DisclosureJson.Read(ReadOnlySpan{byte}, DisclosureJsonOptions)"/> into the aggregate (checked).</summary>
    [Benchmark, BenchmarkCategory("Read")]
    public int ReadDisclosureJson() => DisclosureJson.Read(_utf8).Tables.Count;
}

/// <summary>
/// Plain DTOs with the shape of the JSON format 1.0 (docs/json.md): strings for codes and enums, decimals for amounts,
/// dictionaries for column values. Only the baseline of <see cref="JsonBenchmarks"/> uses them.
/// </summary>
#pragma warning disable CS1591, CA1002, CA2227 // plain mutable DTOs, as a naive caller would write them
public static class Dto
{
    public sealed class Disclosure
    {
        public string? FormatVersion { get; set; }
        public Unit? Unit { get; set; }
        public int? BudgetYear { get; set; }
        public List<string>? Sections { get; set; }
        public List<Table>? Tables { get; set; }
        public List<ProjectSheet>? ProjectSheets { get; set; }
        public OverallSheet? OverallSheet { get; set; }
        public List<Fact>? Facts { get; set; }
        public List<Mention>? Mentions { get; set; }
        public List<Finding>? ImportFindings { get; set; }
    }

    public sealed class Unit
    {
        public string? Name { get; set; }
        public string? Code { get; set; }
        public string? Level { get; set; }
        public string? Duties { get; set; }
        public Staff? Staff { get; set; }
    }

    public sealed class Staff
    {
        public int? InternalDepartments { get; set; }
        public int? SubordinateUnits { get; set; }
        public int? AuthorizedStaff { get; set; }
        public int? ActualStaff { get; set; }
        public int? ActualOnEstablishment { get; set; }
        public int? ActualOther { get; set; }
    }

    public sealed class Table
    {
        public string? Kind { get; set; }
        public string? Unit { get; set; }
        public int? Decimals { get; set; }
        public string? Title { get; set; }
        public string? PrintedNumber { get; set; }
        public string? UnitName { get; set; }
        public string? EmptyNote { get; set; }
        public int? Line { get; set; }
        public List<Row>? Rows { get; set; }
    }

    [JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
    [JsonDerivedType(typeof(FunctionRow), "function")]
    [JsonDerivedType(typeof(SourceRow), "source")]
    [JsonDerivedType(typeof(EconomicRow), "economic")]
    [JsonDerivedType(typeof(RevenueRow), "revenue")]
    [JsonDerivedType(typeof(NamedRow), "named")]
    [JsonDerivedType(typeof(SummaryRow), "summary")]
    public class Row
    {
        public string? Name { get; set; }
        public Dictionary<string, decimal>? Values { get; set; }
        public int? Line { get; set; }
    }

    public sealed class FunctionRow : Row
    {
        public string? Code { get; set; }
    }

    public sealed class SourceRow : Row
    {
        public string? Source { get; set; }
        public bool? IsCarryOver { get; set; }
    }

    public sealed class EconomicRow : Row
    {
        public string? DepartmentCode { get; set; }
        public string? GovernmentCode { get; set; }
        public string? GovernmentName { get; set; }
        public bool? IsClass { get; set; }
    }

    public sealed class RevenueRow : Row
    {
        public string? Code { get; set; }
    }

    public sealed class NamedRow : Row
    {
        public string? Role { get; set; }
    }

    public sealed class SummaryRow : Row
    {
        public string? SummaryLine { get; set; }
    }

    public sealed class ProjectSheet
    {
        public string? ProjectName { get; set; }
        public int? Line { get; set; }
        public Details? Details { get; set; }
        public Funding? LifetimeFunding { get; set; }
        public Funding? AnnualFunding { get; set; }
        public List<Indicator>? LifetimeIndicators { get; set; }
        public List<Indicator>? AnnualIndicators { get; set; }
    }

    public sealed class Details
    {
        public string? DepartmentCode { get; set; }
        public string? DepartmentName { get; set; }
        public string? ImplementingUnit { get; set; }
        public string? Attribute { get; set; }
        public string? Period { get; set; }
        public string? Overview { get; set; }
        public string? Basis { get; set; }
        public string? Necessity { get; set; }
        public string? Measures { get; set; }
        public string? Plan { get; set; }
        public string? LifetimeGoal { get; set; }
        public string? AnnualGoal { get; set; }
    }

    public sealed class Funding
    {
        public decimal? TotalYuan { get; set; }
        public Dictionary<string, decimal>? ByLevelYuan { get; set; }
        public int? Line { get; set; }
    }

    public sealed class Indicator
    {
        public string? Category { get; set; }
        public string? Subcategory { get; set; }
        public string? Name { get; set; }
        public string? Value { get; set; }
        public int? Line { get; set; }
    }

    public sealed class OverallSheet
    {
        public string? UnitName { get; set; }
        public string? Unit { get; set; }
        public int? Decimals { get; set; }
        public decimal? Total { get; set; }
        public Dictionary<string, decimal>? BySource { get; set; }
        public Dictionary<string, decimal>? ByType { get; set; }
        public Staff? Staff { get; set; }
        public List<Indicator>? Indicators { get; set; }
        public int? Line { get; set; }
    }

    public sealed class Fact
    {
        public string? Kind { get; set; }
        public Subject? Subject { get; set; }
        public decimal? Value { get; set; }
        public string? Unit { get; set; }
        public int? Decimals { get; set; }
        public Subject? Base { get; set; }
        public int? ComparedYear { get; set; }
        public int? Line { get; set; }
        public string? Excerpt { get; set; }
    }

    public sealed class Subject
    {
        public string? Topic { get; set; }
        public string? Source { get; set; }
        public string? Code { get; set; }
        public string? Category { get; set; }
        public string? Name { get; set; }
    }

    public sealed class Mention
    {
        public string? Kind { get; set; }
        public string? Text { get; set; }
        public string? Code { get; set; }
        public int? Year { get; set; }
        public string? Context { get; set; }
        public int? Line { get; set; }
    }

    public sealed class Finding
    {
        public string? RuleId { get; set; }
        public string? Severity { get; set; }
        public string? Kind { get; set; }
        public string? Message { get; set; }
        public string? Table { get; set; }
        public string? Row { get; set; }
        public string? Code { get; set; }
        public string? Project { get; set; }
        public string? Column { get; set; }
        public List<int>? Lines { get; set; }
        public List<Cell>? Cells { get; set; }
        public decimal? Expected { get; set; }
        public decimal? Actual { get; set; }
        public decimal? Difference { get; set; }
        public string? Unit { get; set; }
        public Bound? Bound { get; set; }
    }

    public sealed class Cell
    {
        public string? Table { get; set; }
        public int? RowIndex { get; set; }
        public string? RowKey { get; set; }
        public string? Column { get; set; }
    }

    public sealed class Bound
    {
        public decimal? Yuan { get; set; }
    }
}
#pragma warning restore CS1591, CA1002, CA2227
