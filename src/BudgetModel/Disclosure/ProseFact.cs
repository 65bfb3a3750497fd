using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>
/// One figure the prose states, with the precision it was stated at and where it came from:
/// <c>一般公共预算拨款收入924.56万元，占14.13%</c> is an <see cref="FactKind.Amount"/> fact and a
/// <see cref="FactKind.Share"/> fact whose <see cref="Base"/> is <see cref="FactTopic.TotalRevenue"/>.
/// </summary>
/// <param name="Kind">What kind of claim.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Value">The number as stated (negative for a decrease).</param>
/// <param name="Unit">The unit as stated: 万元, 元, 亿元, %, 个, 辆, 平方米 ….</param>
/// <param name="Decimals">Decimal places stated: the precision the check allows for.</param>
/// <param name="Line">The source line, when imported.</param>
/// <param name="Excerpt">The words it was read from, when imported.</param>
public sealed record ProseFact(FactKind Kind, FactSubject Subject, decimal Value, string Unit, int Decimals, int? Line = null, string? Excerpt = null)
{
    private readonly decimal _value = Value;
    private readonly string _unit = Unit;
    private (Money? Amount, bool OutOfRange) _amount = AmountOf(Value, Unit);

    /// <summary>The number as stated (negative for a decrease).</summary>
    public decimal Value
    {
        get => _value;
        init
        {
            _value = value;
            _amount = AmountOf(_value, _unit);
        }
    }

    /// <summary>The unit as stated: 万元, 元, 亿元, %, 个, 辆, 平方米 ….</summary>
    public string Unit
    {
        get => _unit;
        init
        {
            _unit = value;
            _amount = AmountOf(_value, _unit);
        }
    }

    /// <summary>For a share: what it is a share of (收入总计 for the revenue shares). For an amount: the total it is a
    /// part of, when the prose lists it in a breakdown (预算4,684.30万元，包括在职人员经费2,422.61万元、…: 支出总计); the parts
    /// of a breakdown sum to the total stated before them (<c>BM-PROSE-PARTS</c>).</summary>
    public FactSubject? Base { get; init; }

    /// <summary>For a change: the year compared with (2023 in 比2023年减少), when the prose names it.</summary>
    public int? ComparedYear { get; init; }

    /// <summary>The reason the prose gives for the figure or its change (主要原因是人员经费增加 → 人员经费增加), when it
    /// gives one.</summary>
    public string? Reason { get; init; }

    /// <summary>The stated amount as <see cref="Money"/> when <see cref="Unit"/> is 元, 万元 or 亿元 and the amount is
    /// within <see cref="Money"/>'s range (computed once, when the fact is made); otherwise null.</summary>
    public Money? Amount => _amount.Amount;

    /// <summary>True when <see cref="Unit"/> is a money unit but the amount is beyond the range of <see cref="Money"/>
    /// (about ±9.2 × 10^16 元): the fact is no amount the rules can compare, and <c>BM-PROSE-AMOUNT</c> reports it.</summary>
    public bool IsAmountOutOfRange => _amount.OutOfRange;

    /// <summary>The precision the amount was stated at, when it is an amount.</summary>
    public PublishedPrecision? Precision => MoneyUnitOf(Unit) is { } unit ? new PublishedPrecision(unit, Math.Clamp(Decimals, 0, 6)) : null;

    private static (Money?, bool) AmountOf(decimal value, string? unit) =>
        unit is not null && MoneyUnitOf(unit) is { } u
            ? (Money.TryFrom(value, u, MidpointRounding.AwayFromZero, out var money) ? (money, false) : (null, true))
            : (null, false);

    private static MoneyUnit? MoneyUnitOf(string unit) => unit switch
    {
        "元" => MoneyUnit.Yuan,
        "万元" => MoneyUnit.Wan,
        "亿元" or "亿" => MoneyUnit.Yi,
        _ => null,
    };
}
