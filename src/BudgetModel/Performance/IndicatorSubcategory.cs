namespace BudgetModel.Performance;

/// <summary>二级指标: the second level of a performance indicator.</summary>
public enum IndicatorSubcategory
{
    /// <summary>数量指标 (under 产出).</summary>
    Quantity = 1,

    /// <summary>质量指标 (under 产出).</summary>
    Quality = 2,

    /// <summary>时效指标 (under 产出).</summary>
    Timeliness = 3,

    /// <summary>成本指标 (under 产出; also accepted under a 成本 first level).</summary>
    Cost = 4,

    /// <summary>经济效益指标 (under 效益).</summary>
    EconomicBenefit = 5,

    /// <summary>社会效益指标 (under 效益).</summary>
    SocialBenefit = 6,

    /// <summary>生态效益指标 (under 效益).</summary>
    EcologicalBenefit = 7,

    /// <summary>可持续影响指标 (under 效益).</summary>
    Sustainability = 8,

    /// <summary>服务对象满意度指标 (under 满意度).</summary>
    ServiceRecipientSatisfaction = 9,

    /// <summary>经济成本指标 (under a 成本 first level, as in the Ministry of Finance's 2021 template).</summary>
    EconomicCost = 10,

    /// <summary>社会成本指标 (under a 成本 first level).</summary>
    SocialCost = 11,

    /// <summary>生态环境成本指标 (under a 成本 first level).</summary>
    EnvironmentalCost = 12,
}
