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
