namespace BudgetModel.Funding;

/// <summary>Expenditure by type (支出类型).</summary>
public enum ExpenditureType
{
    /// <summary>基本支出: 人员经费 + 公用经费.</summary>
    Basic = 1,

    /// <summary>项目支出.</summary>
    Project = 2,
}

/// <summary>The two parts of 基本支出.</summary>
public enum BasicExpenditureKind
{
    /// <summary>人员经费.</summary>
    Personnel = 1,

    /// <summary>公用经费.</summary>
    Public = 2,
}

/// <summary>The category of a project (项目类别).</summary>
public enum ProjectCategory
{
    /// <summary>人员类项目.</summary>
    Personnel = 1,

    /// <summary>运转类项目 (其他运转类).</summary>
    Operating = 2,

    /// <summary>特定目标类项目.</summary>
    SpecificPurpose = 3,
}

/// <summary>The government level a project's money comes from (performance sheets' 项目资金 rows).</summary>
public enum FundingLevel
{
    /// <summary>中央财政资金.</summary>
    Central = 1,

    /// <summary>省级财政资金.</summary>
    Provincial = 2,

    /// <summary>市县(区)财政资金.</summary>
    MunicipalCounty = 3,

    /// <summary>单位自筹.</summary>
    UnitSelfRaised = 4,

    /// <summary>其他资金.</summary>
    Other = 5,
}

/// <summary>The kinds of 单位资金.</summary>
public enum UnitFundsKind
{
    /// <summary>事业收入.</summary>
    ServiceRevenue = 1,

    /// <summary>事业单位经营收入.</summary>
    OperatingRevenue = 2,

    /// <summary>上级补助收入.</summary>
    SuperiorSubsidy = 3,

    /// <summary>附属单位上缴收入.</summary>
    SubordinateRemittance = 4,

    /// <summary>其他收入.</summary>
    Other = 5,
}
