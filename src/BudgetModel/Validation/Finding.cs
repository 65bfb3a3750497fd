using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// One finding of validation or import: which rule, how serious, where, and by how much. Amounts are stated in
/// <see cref="Unit"/> (the unit of the figures compared), exactly.
/// </summary>
/// <param name="RuleId">The rule's stable id, for example BM-T3-ROLLUP.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Kind">What sort of finding.</param>
/// <param name="Message">A readable English sentence naming the figures (Chinese terms kept as printed).</param>
/// <param name="Location">Where.</param>
public sealed record Finding(string RuleId, Severity Severity, FindingKind Kind, string Message, FindingLocation Location)
{
    /// <summary>The value the rule expects (for example the sum of the parts), in <see cref="Unit"/>.</summary>
    public decimal? Expected { get; init; }

    /// <summary>The value published, in <see cref="Unit"/>.</summary>
    public decimal? Actual { get; init; }

    /// <summary><see cref="Actual"/> − <see cref="Expected"/>, when both are known.</summary>
    public decimal? Difference => Actual is { } a && Expected is { } e ? a - e : null;

    /// <summary>The unit of <see cref="Expected"/> and <see cref="Actual"/>: 万元, 元, %, 个 ….</summary>
    public string? Unit { get; init; }

    /// <summary>The unit of <see cref="Expected"/> and <see cref="Actual"/> as a <see cref="BudgetModel.MoneyUnit"/>
    /// when <see cref="Unit"/> is 元, 万元 or 亿元; null for other units (%, 个 …).</summary>
    public MoneyUnit? AmountUnit => Unit switch
    {
        "元" => MoneyUnit.Yuan,
        "万元" => MoneyUnit.Wan,
        "亿元" => MoneyUnit.Yi,
        _ => null,
    };

    /// <summary><see cref="Expected"/> as <see cref="Money"/>, when the finding is about amounts
    /// (<see cref="AmountUnit"/> is known); null otherwise. A value finer than a fen is rounded half away from zero.</summary>
    public Money? ExpectedAmount => AsMoney(Expected);

    /// <summary><see cref="Actual"/> as <see cref="Money"/>, when the finding is about amounts; null otherwise.</summary>
    public Money? ActualAmount => AsMoney(Actual);

    /// <summary><see cref="Difference"/> as <see cref="Money"/>, when the finding is about amounts and both values are
    /// known; null otherwise.</summary>
    public Money? DifferenceAmount => AsMoney(Difference);

    /// <summary>The rounding bound that applied to the relation, when it is between published amounts.</summary>
    public RoundingBound? Bound { get; init; }

    private Money? AsMoney(decimal? value) =>
        value is { } v && AmountUnit is { } unit && Money.TryFrom(v, unit, MidpointRounding.AwayFromZero, out var money) ? money : null;

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {RuleId} at {Location}: {Message}";
}
