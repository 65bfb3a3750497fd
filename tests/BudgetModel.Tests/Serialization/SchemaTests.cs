using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Serialization;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;

namespace BudgetModel.Tests.Serialization;

public class SchemaTests
{
    private static readonly JsonSchema DisclosureSchema = JsonSchema.FromText(DisclosureJson.Schema);
    private static readonly JsonSchema ReportSchema = JsonSchema.FromText(ReportJson.Schema);

    private static EvaluationResults Evaluate(JsonSchema schema, string json) =>
        schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", results.Details.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Fact]
    public void The_seed_disclosure_as_written_is_valid_under_the_schema()
    {
        var results = Evaluate(DisclosureSchema, DisclosureJson.Write(JsonSample.Build(), new DisclosureJsonOptions { Indented = true }));
        Assert.True(results.IsValid, Errors(results));
    }

    [Property(MaxTest = 60)]
    public Property Every_written_disclosure_is_valid_under_the_schema() =>
        Prop.ForAll(DisclosureGen.Disclosures.ToArbitrary(), disclosure =>
        {
            var results = Evaluate(DisclosureSchema, DisclosureJson.Write(disclosure));
            Assert.True(results.IsValid, Errors(results));
        });

    [Property(MaxTest = 60)]
    public Property Every_written_report_is_valid_under_the_report_schema() =>
        Prop.ForAll(Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(DisclosureGen.Finding, n)).ToArbitrary(), findings =>
        {
            var results = Evaluate(ReportSchema, ReportJson.Write(new ValidationReport(findings)));
            Assert.True(results.IsValid, Errors(results));
        });

    /// <summary>Documents the schema and the reader both refuse (the schema is not looser than the reader on these).</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "missing formatVersion", """{"unit":{"name":"x"},"budgetYear":2024}""" },
        { "other formatVersion", """{"formatVersion":"2.0","unit":{"name":"x"},"budgetYear":2024}""" },
        { "blank unit name", """{"formatVersion":"1.0","unit":{"name":"  "},"budgetYear":2024}""" },
        { "unknown property", """{"formatVersion":"1.0","unit":{"name":"x"},"budgetYear":2024,"budgetyear":2024}""" },
        { "year as string", """{"formatVersion":"1.0","unit":{"name":"x"},"budgetYear":"2024"}""" },
        { "amount as string", Table("""{"type":"function","code":"201","name":"a","values":{"total":"3.00"}}""") },
        { "code too long", Table("""{"type":"function","code":"20113990","name":"a","values":{"total":3.00}}""") },
        { "code as number", Table("""{"type":"function","code":201,"name":"a","values":{"total":3.00}}""") },
        { "unknown column", Table("""{"type":"function","code":"201","name":"a","values":{"totl":3.00}}""") },
        { "row without type", Table("""{"code":"201","name":"a","values":{"total":3.00}}""") },
        { "row of unknown type", Table("""{"type":"functional","code":"201","name":"a","values":{"total":3.00}}""") },
        { "row missing its code", Table("""{"type":"function","name":"a","values":{"total":3.00}}""") },
        { "property of another row type", Table("""{"type":"named","role":"detail","code":"201","name":"a","values":{"total":3.00}}""") },
        { "enum by number", Table("""{"type":"summary","summaryLine":1,"name":"合计","values":{"total":3.00}}""") },
        { "enum in other casing", Table("""{"type":"summary","summaryLine":"Total","name":"合计","values":{"total":3.00}}""") },
        { "economic code of the wrong system", Table("""{"type":"economic","departmentCode":"40101","name":"a","values":{"total":3.00}}""") },
    };

    private static string Table(string row) =>
        $$"""{"formatVersion":"1.0","unit":{"name":"x"},"budgetYear":2024,"tables":[{"kind":"expenditureSummary","unit":"wan","decimals":2,"rows":[{{row}}]}]}""";

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_schema_and_the_reader_refuse_the_same_bad_documents(string why, string json)
    {
        Assert.False(Evaluate(DisclosureSchema, json).IsValid, "the schema accepts: " + why);
        Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Read(json));
    }

    [Fact]
    public void A_minimal_document_is_valid_for_both()
    {
        const string json = """{"formatVersion":"1.0","unit":{"name":"汾阳市工业和信息化局"},"budgetYear":2024}""";
        Assert.True(Evaluate(DisclosureSchema, json).IsValid);
        var d = DisclosureJson.Read(json);
        Assert.Equal(2024, d.BudgetYear);
        Assert.Empty(d.Tables);
    }

    public static TheoryData<string, Type> Enumerations => new()
    {
        { "tableKind", typeof(TableKind) }, { "tableColumn", typeof(TableColumn) }, { "summaryLine", typeof(SummaryLine) },
        { "rowRole", typeof(RowRole) }, { "moneyUnit", typeof(MoneyUnit) }, { "disclosureLevel", typeof(DisclosureLevel) },
        { "disclosureSection", typeof(DisclosureSection) }, { "fundSource", typeof(FundSource) }, { "fundingLevel", typeof(FundingLevel) },
        { "expenditureType", typeof(ExpenditureType) }, { "projectCategory", typeof(ProjectCategory) },
        { "indicatorCategory", typeof(IndicatorCategory) }, { "indicatorSubcategory", typeof(IndicatorSubcategory) },
        { "factKind", typeof(FactKind) }, { "factTopic", typeof(FactTopic) }, { "mentionKind", typeof(MentionKind) },
        { "severity", typeof(Severity) }, { "findingKind", typeof(FindingKind) },
    };

    [Theory]
    [MemberData(nameof(Enumerations))]
    public void The_schema_lists_exactly_the_names_of_each_enumeration(string definition, Type enumType)
    {
        using var schema = JsonDocument.Parse(DisclosureJson.Schema);
        var listed = schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToArray();
        var names = Enum.GetNames(enumType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray();
        Assert.Equal(names, listed);
    }

    [Fact]
    public void Every_property_of_the_schema_has_a_description()
    {
        using var schema = JsonDocument.Parse(DisclosureJson.Schema);
        var missing = new List<string>();
        void Walk(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Object) return;
            if (e.TryGetProperty("properties", out var props))
            {
                foreach (var p in props.EnumerateObject())
                {
                    var hasOwn = p.Value.TryGetProperty("description", out _);
                    if (!hasOwn && !(p.Value.TryGetProperty("$ref", out var r) && Target(schema.RootElement, r.GetString()!).TryGetProperty("description", out _)))
                    {
                        missing.Add(path + "." + p.Name);
                    }
                }
            }
            foreach (var child in e.EnumerateObject())
            {
                if (child.Value.ValueKind == JsonValueKind.Object) Walk(child.Value, path + "/" + child.Name);
                if (child.Value.ValueKind == JsonValueKind.Array) foreach (var item in child.Value.EnumerateArray()) Walk(item, path + "/" + child.Name);
            }
        }
        Walk(schema.RootElement, "$");
        Assert.Empty(missing);
    }

    private static JsonElement Target(JsonElement root, string reference) =>
        root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);
}
