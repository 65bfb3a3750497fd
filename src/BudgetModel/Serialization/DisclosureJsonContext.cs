using System.Text.Json.Serialization;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of the format's contract: no reflection at run time, trimming- and
/// AOT-safe. The runtime settings (indentation, strictness, limits) are layered on by
/// <see cref="DisclosureJsonOptions"/>; this context is never used on its own.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    Converters =
    [
        typeof(ExactDecimalJsonConverter),
        typeof(FunctionCodeJsonConverter),
        typeof(EconomicCodeJsonConverter),
        typeof(RevenueCodeJsonConverter),
        typeof(IndicatorValueJsonConverter),
        typeof(StableNameEnumConverter<TableKind>),
        typeof(StableNameEnumConverter<TableColumn>),
        typeof(StableNameEnumConverter<SummaryLine>),
        typeof(StableNameEnumConverter<RowRole>),
        typeof(StableNameEnumConverter<MoneyUnit>),
        typeof(StableNameEnumConverter<DisclosureLevel>),
        typeof(StableNameEnumConverter<DisclosureSection>),
        typeof(StableNameEnumConverter<FundSource>),
        typeof(StableNameEnumConverter<FundingLevel>),
        typeof(StableNameEnumConverter<ExpenditureType>),
        typeof(StableNameEnumConverter<ProjectCategory>),
        typeof(StableNameEnumConverter<IndicatorCategory>),
        typeof(StableNameEnumConverter<IndicatorSubcategory>),
        typeof(StableNameEnumConverter<FactKind>),
        typeof(StableNameEnumConverter<FactTopic>),
        typeof(StableNameEnumConverter<MentionKind>),
        typeof(StableNameEnumConverter<Severity>),
        typeof(StableNameEnumConverter<FindingKind>),
    ])]
[JsonSerializable(typeof(DisclosureContract))]
[JsonSerializable(typeof(ReportContract))]
internal sealed partial class DisclosureJsonContext : JsonSerializerContext;
