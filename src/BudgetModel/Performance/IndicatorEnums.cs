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

/// <summary>The comparator of a quantitative 指标值 (<c>≥90%</c>, <c>&lt;1天</c>); <c>default</c> is <see cref="None"/>.</summary>
public enum IndicatorComparator : byte
{
    /// <summary>No comparator: the value is a plain target (<c>350户</c>).</summary>
    None = 0,

    /// <summary>≥ (also <c>&gt;=</c>, <c>≧</c>, <c>不低于</c>, <c>不少于</c>, <c>不小于</c>, a trailing <c>以上</c>).</summary>
    AtLeast = 1,

    /// <summary>≤ (also <c>&lt;=</c>, <c>≦</c>, <c>不高于</c>, <c>不超过</c>, <c>不大于</c>, a trailing <c>以下</c> or <c>以内</c>).</summary>
    AtMost = 2,

    /// <summary>&gt; (also full-width <c>＞</c>, <c>大于</c>, <c>高于</c>, <c>超过</c>, <c>多于</c>).</summary>
    GreaterThan = 3,

    /// <summary>&lt; (also full-width <c>＜</c>, <c>小于</c>, <c>低于</c>, <c>少于</c>).</summary>
    LessThan = 4,

    /// <summary>= (also full-width <c>＝</c>, <c>等于</c>).</summary>
    Equal = 5,
}

/// <summary>What a 指标值 is; <c>default</c> is <see cref="Empty"/>.</summary>
public enum IndicatorValueKind : byte
{
    /// <summary>No value: the cell is empty (sheets have empty rows).</summary>
    Empty = 0,

    /// <summary>An optional comparator, a number and a unit: <c>≥90%</c>, <c>350户</c>, <c>28.205万元</c>.</summary>
    Quantitative = 1,

    /// <summary>Text: <c>及时</c>, <c>有效提升</c>, <c>提高97%</c>.</summary>
    Qualitative = 2,
}
