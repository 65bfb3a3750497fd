namespace BudgetModel.Funding;

/// <summary>Groups of fund sources and facts about them.</summary>
public static class FundSources
{
    private static readonly FundSource[] FiscalAppropriationSources =
    [
        FundSource.GeneralPublicBudget,
        FundSource.GovernmentFundBudget,
        FundSource.StateCapitalOperationBudget,
    ];

    /// <summary>
    /// 财政拨款 (fiscal appropriation): 一般公共预算, 政府性基金预算 and 国有资本经营预算, in that order,
    /// the order of the standard tables' columns.
    /// </summary>
    public static IReadOnlyList<FundSource> FiscalAppropriation { get; } = Array.AsReadOnly(FiscalAppropriationSources);

    /// <summary>True when the source is part of 财政拨款 (<see cref="FiscalAppropriation"/>); false for
    /// <see cref="FundSource.FiscalAppropriation"/> itself, the whole of those parts.</summary>
    /// <param name="source">A fund source; an undefined value is not part of 财政拨款.</param>
    public static bool IsFiscalAppropriation(this FundSource source) =>
        source is FundSource.GeneralPublicBudget or FundSource.GovernmentFundBudget or FundSource.StateCapitalOperationBudget;
}
