namespace BudgetModel.Funding;

/// <summary>
/// The official Chinese labels of the funding enumerations, and reading them back from the text of a
/// disclosure. The one place where these labels live.
/// </summary>
/// <remarks>
/// <para>Reading is tolerant of the ways real disclosures print a label: white space anywhere (PDF extraction
/// splits <c>市县(区)财政资 金</c>), full-width or half-width brackets and colons, a leading ordinal
/// (<c>一、一般公共预算</c>, <c>(一)</c>, <c>1、</c>, <c>①</c>), a leading <c>其中:</c>, and the seed's variants of each
/// label (<c>政府性基金</c>, <c>政府性基金预算资金</c>, <c>政府性基金预算拨款收入</c> …).</para>
/// <para>The <c>TryParse…</c> methods return false for text that names no member; the <c>Parse…</c> methods throw
/// <see cref="BudgetFormatException"/> naming the text and listing the accepted labels.
/// <c>GetLabel</c> throws <see cref="ArgumentOutOfRangeException"/> for a value that is not a defined member.</para>
/// </remarks>
public static class FundingLabels
{
    /// <summary>财政拨款: the label of the group <see cref="FundSources.FiscalAppropriation"/>.</summary>
    public const string FiscalAppropriationLabel = "财政拨款";

    private static readonly LabelTable<FundSource> FundSourceTable = new(
        "fund source",
        0,
        (FundSource.GeneralPublicBudget, ["一般公共预算", "一般公共预算资金", "一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算收入"]),
        (FundSource.GovernmentFundBudget, ["政府性基金预算", "政府性基金", "政府性基金预算资金", "政府性基金预算拨款", "政府性基金预算拨款收入", "政府性基金预算收入", "政府性基金拨款", "政府性基金拨款收入"]),
        (FundSource.StateCapitalOperationBudget, ["国有资本经营预算", "国有资本经营预算资金", "国有资本经营预算拨款", "国有资本经营预算拨款收入", "国有资本经营预算收入", "国有资本经营收入", "国有资本经营拨款", "国有资本经营拨款收入"]),
        (FundSource.SocialInsuranceFundBudget, ["社会保险基金预算", "社会保险基金预算资金", "社会保险基金", "社会保险基金预算收入"]),
        (FundSource.FiscalSpecialAccount, ["财政专户管理资金", "专户管理资金", "财政专户管理资金收入", "财政专户资金", "财政专户拨款", "财政专户拨款收入"]),
        (FundSource.UnitFunds, ["单位资金", "单位资金收入"]),
        (FundSource.CarryOver, ["上年结转", "上年财政拨款结转", "上年结转收入", "上年结转资金", "上年结转安排"]),
        (FundSource.FiscalAppropriation, [FiscalAppropriationLabel, "财政拨款收入", "财政拨款(补助)", "财政拨款(补助)收入", "财政补助收入", "预算拨款", "预算拨款收入"]));

    private static readonly LabelTable<UnitFundsKind> UnitFundsKindTable = new(
        "kind of unit funds",
        0,
        (UnitFundsKind.ServiceRevenue, ["事业收入"]),
        (UnitFundsKind.OperatingRevenue, ["事业单位经营收入", "经营收入"]),
        (UnitFundsKind.SuperiorSubsidy, ["上级补助收入"]),
        (UnitFundsKind.SubordinateRemittance, ["附属单位上缴收入"]),
        (UnitFundsKind.Other, ["其他收入"]));

    private static readonly LabelTable<ExpenditureType> ExpenditureTypeTable = new(
        "expenditure type",
        0,
        (ExpenditureType.Basic, ["基本支出"]),
        (ExpenditureType.Project, ["项目支出"]));

    private static readonly LabelTable<BasicExpenditureKind> BasicExpenditureKindTable = new(
        "kind of basic expenditure",
        0,
        (BasicExpenditureKind.Personnel, ["人员经费", "人员支出"]),
        (BasicExpenditureKind.Public, ["公用经费", "公用支出"]));

    private static readonly LabelTable<ProjectCategory> ProjectCategoryTable = new(
        "project category",
        0,
        (ProjectCategory.Personnel, ["人员类项目", "人员类"]),
        (ProjectCategory.Operating, ["运转类项目", "运转类", "其他运转类项目", "其他运转类"]),
        (ProjectCategory.SpecificPurpose, ["特定目标类项目", "特定目标类"]));

    // Prefixes of at least four characters are accepted: the seed cuts 市县(区)财政资金 short as 市县(区)财政资.
    private static readonly LabelTable<FundingLevel> FundingLevelTable = new(
        "funding level",
        4,
        (FundingLevel.Central, ["中央财政资金", "中央", "中央资金", "中央财政"]),
        (FundingLevel.Provincial, ["省级财政资金", "省级", "省级资金", "省级财政", "省财政资金"]),
        (FundingLevel.MunicipalCounty, ["市县(区)财政资金", "市县(区)", "市县(区)资金", "市县(区)财政", "市县财政资金", "市县级财政资金", "市县(区)级财政资金", "市级财政资金", "县级财政资金", "区级财政资金"]),
        (FundingLevel.UnitSelfRaised, ["单位自筹", "单位自筹资金", "自筹资金", "自筹"]),
        (FundingLevel.Other, ["其他资金", "其他"]));

    /// <summary>The official label of a fund source: <c>一般公共预算</c>, <c>上年结转</c> ….</summary>
    /// <param name="value">A defined fund source.</param>
    public static string GetLabel(FundSource value) => FundSourceTable.GetLabel(value, nameof(value));

    /// <summary>The official label of a kind of 单位资金: <c>事业收入</c> ….</summary>
    /// <param name="value">A defined kind.</param>
    public static string GetLabel(UnitFundsKind value) => UnitFundsKindTable.GetLabel(value, nameof(value));

    /// <summary>The official label of an expenditure type: <c>基本支出</c> or <c>项目支出</c>.</summary>
    /// <param name="value">A defined expenditure type.</param>
    public static string GetLabel(ExpenditureType value) => ExpenditureTypeTable.GetLabel(value, nameof(value));

    /// <summary>The official label of a part of 基本支出: <c>人员经费</c> or <c>公用经费</c>.</summary>
    /// <param name="value">A defined kind.</param>
    public static string GetLabel(BasicExpenditureKind value) => BasicExpenditureKindTable.GetLabel(value, nameof(value));

    /// <summary>The official label of a project category: <c>人员类项目</c>, <c>运转类项目</c> or <c>特定目标类项目</c>.</summary>
    /// <param name="value">A defined category.</param>
    public static string GetLabel(ProjectCategory value) => ProjectCategoryTable.GetLabel(value, nameof(value));

    /// <summary>The official label of a funding level: <c>中央财政资金</c>, <c>市县(区)财政资金</c> ….</summary>
    /// <param name="value">A defined level.</param>
    public static string GetLabel(FundingLevel value) => FundingLevelTable.GetLabel(value, nameof(value));

    /// <summary>Reads a fund source label; false if the text names none.</summary>
    /// <param name="text">The label as printed, for example <c>一、一般公共预算</c> or <c>政府性基金预算拨款收入</c>.</param>
    /// <param name="value">The fund source; <c>default</c> when false is returned.</param>
    public static bool TryParseFundSource(ReadOnlySpan<char> text, out FundSource value) => FundSourceTable.TryParse(text, out value);

    /// <summary>Reads a fund source label.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no fund source.</exception>
    public static FundSource ParseFundSource(string text) => FundSourceTable.Parse(text);

    /// <summary>Reads the label of a kind of 单位资金; false if the text names none.</summary>
    /// <param name="text">The label as printed, for example <c>事业单位经营收入</c>.</param>
    /// <param name="value">The kind; <c>default</c> when false is returned.</param>
    public static bool TryParseUnitFundsKind(ReadOnlySpan<char> text, out UnitFundsKind value) => UnitFundsKindTable.TryParse(text, out value);

    /// <summary>Reads the label of a kind of 单位资金.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no kind.</exception>
    public static UnitFundsKind ParseUnitFundsKind(string text) => UnitFundsKindTable.Parse(text);

    /// <summary>Reads an expenditure type label; false if the text names none.</summary>
    /// <param name="text">The label as printed, for example <c>基本支出</c>.</param>
    /// <param name="value">The type; <c>default</c> when false is returned.</param>
    public static bool TryParseExpenditureType(ReadOnlySpan<char> text, out ExpenditureType value) => ExpenditureTypeTable.TryParse(text, out value);

    /// <summary>Reads an expenditure type label.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no expenditure type.</exception>
    public static ExpenditureType ParseExpenditureType(string text) => ExpenditureTypeTable.Parse(text);

    /// <summary>Reads the label of a part of 基本支出; false if the text names none.</summary>
    /// <param name="text">The label as printed, for example <c>人员经费</c>.</param>
    /// <param name="value">The kind; <c>default</c> when false is returned.</param>
    public static bool TryParseBasicExpenditureKind(ReadOnlySpan<char> text, out BasicExpenditureKind value) => BasicExpenditureKindTable.TryParse(text, out value);

    /// <summary>Reads the label of a part of 基本支出.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no kind.</exception>
    public static BasicExpenditureKind ParseBasicExpenditureKind(string text) => BasicExpenditureKindTable.Parse(text);

    /// <summary>Reads a project category label; false if the text names none.</summary>
    /// <param name="text">The label as printed, for example <c>其他运转类</c>.</param>
    /// <param name="value">The category; <c>default</c> when false is returned.</param>
    public static bool TryParseProjectCategory(ReadOnlySpan<char> text, out ProjectCategory value) => ProjectCategoryTable.TryParse(text, out value);

    /// <summary>Reads a project category label.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no project category.</exception>
    public static ProjectCategory ParseProjectCategory(string text) => ProjectCategoryTable.Parse(text);

    /// <summary>
    /// Reads a funding level label; false if the text names none. A prefix of at least four characters that
    /// fits one level only is accepted (<c>市县(区)财政资</c>, cut short by extraction).
    /// </summary>
    /// <param name="text">The label as printed, for example <c>其中:中央财政资金</c> or <c>市县（区）财政资 金</c>.</param>
    /// <param name="value">The level; <c>default</c> when false is returned.</param>
    public static bool TryParseFundingLevel(ReadOnlySpan<char> text, out FundingLevel value) => FundingLevelTable.TryParse(text, out value);

    /// <summary>Reads a funding level label, accepting the same forms as <see cref="TryParseFundingLevel"/>.</summary>
    /// <param name="text">The label as printed.</param>
    /// <exception cref="BudgetFormatException">The text names no funding level.</exception>
    public static FundingLevel ParseFundingLevel(string text) => FundingLevelTable.Parse(text);
}
