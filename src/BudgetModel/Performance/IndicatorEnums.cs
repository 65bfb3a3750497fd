namespace BudgetModel.Performance;

/// <summary>一级指标: the first level of a performance indicator.</summary>
public enum IndicatorCategory
{
    /// <summary>产出指标.</summary>
    Output = 1,

    /// <summary>效益指标.</summary>
    Benefit = 2,

    /// <summary>满意度指标.</summary>
    Satisfaction = 3,

    /// <summary>成本指标, where a province uses it as a first level.</summary>
    Cost = 4,
}

/// <summary>二级指标: the second level of a performance indicator.</summary>
public enum IndicatorSubcategory
{
    /// <summary>数量指标 (under 产出).</summary>
    Quantity = 1,

    /// <summary>质量指标 (under 产出).</summary>
    Quality = 2,

    /// <summary>时效指标 (under 产出).</summary>
    Timeliness = 3,

    /// <summary>成本指标 (under 产出, or the first level's own second level).</summary>
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
}
