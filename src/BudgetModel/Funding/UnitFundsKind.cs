namespace BudgetModel.Funding;

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
