using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

// The JSON contract of format 1.0: plain mutable classes that mirror the format one to one (property order is the
// order written). Properties that the format requires are nullable here and checked by ContractReader, which names the
// missing property with its path. Every array is a BoundedList (MaxArrayLength). See docs/json.md.
namespace BudgetModel.Serialization;

internal sealed class DisclosureContract
{
    public string? FormatVersion { get; set; }

    public UnitContract? Unit { get; set; }

    public int? BudgetYear { get; set; }

    public BoundedList<DisclosureSection>? Sections { get; set; }

    public BoundedList<TableContract>? Tables { get; set; }

    public BoundedList<OtherTableContract>? OtherTables { get; set; }

    public BoundedList<ProjectSheetContract>? ProjectSheets { get; set; }

    public OverallSheetContract? OverallSheet { get; set; }

    public BoundedList<FactContract>? Facts { get; set; }

    public BoundedList<MentionContract>? Mentions { get; set; }

    public BoundedList<FindingContract>? ImportFindings { get; set; }
}

internal sealed class UnitContract
{
    public string? Name { get; set; }

    public string? Code { get; set; }

    public DisclosureLevel? Level { get; set; }

    public string? Duties { get; set; }

    public StaffContract? Staff { get; set; }
}

internal sealed class StaffContract
{
    public int? InternalDepartments { get; set; }

    public int? SubordinateUnits { get; set; }

    public int? AuthorizedStaff { get; set; }

    public int? ActualStaff { get; set; }

    public int? ActualOnEstablishment { get; set; }

    public int? ActualOther { get; set; }
}

internal sealed class TableContract
{
    public TableKind? Kind { get; set; }

    public MoneyUnit? Unit { get; set; }

    public int? Decimals { get; set; }

    public string? Title { get; set; }

    public string? PrintedNumber { get; set; }

    public string? UnitName { get; set; }

    public string? EmptyNote { get; set; }

    public int? Line { get; set; }

    public BoundedList<RowContract>? Rows { get; set; }
}

/// <summary>A table the library does not know, kept as printed.</summary>
internal sealed class OtherTableContract
{
    public string? Title { get; set; }

    public string? PrintedNumber { get; set; }

    public MoneyUnit? Unit { get; set; }

    public int? Decimals { get; set; }

    public string? UnitName { get; set; }

    public int? Line { get; set; }

    public BoundedList<OtherRowContract>? HeaderRows { get; set; }

    public BoundedList<OtherRowContract>? Rows { get; set; }
}

internal sealed class OtherRowContract
{
    public BoundedList<string>? Cells { get; set; }

    public int? Line { get; set; }
}

/// <summary>A row; the <c>type</c> discriminator picks the derived contract. A row without <c>type</c> reads as this
/// base class and is refused by the reader.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(FunctionRowContract), "function")]
[JsonDerivedType(typeof(SourceRowContract), "source")]
[JsonDerivedType(typeof(EconomicRowContract), "economic")]
[JsonDerivedType(typeof(RevenueRowContract), "revenue")]
[JsonDerivedType(typeof(NamedRowContract), "named")]
[JsonDerivedType(typeof(SummaryRowContract), "summary")]
internal class RowContract
{
    public string? Name { get; set; }

    public OrderedDictionary<TableColumn, decimal>? Values { get; set; }

    public int? Line { get; set; }
}

internal sealed class FunctionRowContract : RowContract
{
    public FunctionCode? Code { get; set; }
}

internal sealed class SourceRowContract : RowContract
{
    public FundSource? Source { get; set; }

    public bool? IsCarryOver { get; set; }
}

internal sealed class EconomicRowContract : RowContract
{
    public EconomicCode? DepartmentCode { get; set; }

    public EconomicCode? GovernmentCode { get; set; }

    public string? GovernmentName { get; set; }

    public bool? IsClass { get; set; }
}

internal sealed class RevenueRowContract : RowContract
{
    public RevenueCode? Code { get; set; }
}

internal sealed class NamedRowContract : RowContract
{
    public RowRole? Role { get; set; }
}

internal sealed class SummaryRowContract : RowContract
{
    public SummaryLine? SummaryLine { get; set; }
}

internal sealed class ProjectSheetContract
{
    public string? ProjectName { get; set; }

    public int? Line { get; set; }

    public DetailsContract? Details { get; set; }

    public FundingContract? LifetimeFunding { get; set; }

    public FundingContract? AnnualFunding { get; set; }

    public BoundedList<IndicatorContract>? LifetimeIndicators { get; set; }

    public BoundedList<IndicatorContract>? AnnualIndicators { get; set; }
}

internal sealed class DetailsContract
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

    public bool? KeyProject { get; set; }
}

internal sealed class FundingContract
{
    public Money? TotalYuan { get; set; }

    public OrderedDictionary<FundingLevel, Money>? ByLevelYuan { get; set; }

    public int? Line { get; set; }
}

internal sealed class IndicatorContract
{
    public IndicatorCategory? Category { get; set; }

    public IndicatorSubcategory? Subcategory { get; set; }

    public string? Name { get; set; }

    public IndicatorValue? Value { get; set; }

    public string? Activity { get; set; }

    public int? Line { get; set; }
}

internal sealed class OverallSheetContract
{
    public string? UnitName { get; set; }

    public MoneyUnit? Unit { get; set; }

    public int? Decimals { get; set; }

    public decimal? Total { get; set; }

    public OrderedDictionary<FundSource, decimal>? BySource { get; set; }

    public OrderedDictionary<ExpenditureType, decimal>? ByType { get; set; }

    public StaffContract? Staff { get; set; }

    public BoundedList<IndicatorContract>? Indicators { get; set; }

    public int? Line { get; set; }
}

internal sealed class FactContract
{
    public FactKind? Kind { get; set; }

    public SubjectContract? Subject { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public int? Decimals { get; set; }

    public SubjectContract? Base { get; set; }

    public int? ComparedYear { get; set; }

    public string? Reason { get; set; }

    public int? Line { get; set; }

    public string? Excerpt { get; set; }
}

internal sealed class SubjectContract
{
    public FactTopic? Topic { get; set; }

    public FundSource? Source { get; set; }

    public FunctionCode? Code { get; set; }

    public ProjectCategory? Category { get; set; }

    public string? Name { get; set; }

    public EconomicCode? Economic { get; set; }
}

internal sealed class MentionContract
{
    public MentionKind? Kind { get; set; }

    public string? Text { get; set; }

    public string? Code { get; set; }

    public int? Year { get; set; }

    public string? Context { get; set; }

    public int? Line { get; set; }
}

internal sealed class ReportContract
{
    public string? FormatVersion { get; set; }

    public BoundedList<FindingContract>? Findings { get; set; }

    public SummaryContract? Summary { get; set; }
}

internal sealed class SummaryContract
{
    public int? Errors { get; set; }

    public int? Warnings { get; set; }

    public int? Infos { get; set; }
}

internal sealed class FindingContract
{
    public string? RuleId { get; set; }

    public Severity? Severity { get; set; }

    public FindingKind? Kind { get; set; }

    public string? Message { get; set; }

    public TableKind? Table { get; set; }

    public string? Row { get; set; }

    public string? Code { get; set; }

    public string? Project { get; set; }

    public TableColumn? Column { get; set; }

    public BoundedList<int>? Lines { get; set; }

    public BoundedList<CellContract>? Cells { get; set; }

    public decimal? Expected { get; set; }

    public decimal? Actual { get; set; }

    public decimal? Difference { get; set; }

    public string? Unit { get; set; }

    public BoundContract? Bound { get; set; }
}

internal sealed class CellContract
{
    public TableKind? Table { get; set; }

    public int? RowIndex { get; set; }

    public string? RowKey { get; set; }

    public TableColumn? Column { get; set; }
}

internal sealed class BoundContract
{
    public decimal? Yuan { get; set; }
}
