namespace BudgetModel;

/// <summary>The unit an amount is published in.</summary>
public enum MoneyUnit
{
    /// <summary>元 (yuan). The unit of performance sheets and of many provinces' tables.</summary>
    Yuan = 0,

    /// <summary>万元 (10,000 yuan). The usual unit of the standard tables and of prose.</summary>
    Wan = 1,

    /// <summary>亿元 (100,000,000 yuan). Seen in prose and indicator values (<c>91亿</c>).</summary>
    Yi = 2,
}
