namespace BudgetModel.Funding;

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
