using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>What kind of claim a sentence of the prose makes.</summary>
public enum FactKind
{
    /// <summary>An amount: 预算收入总计6,542.05万元.</summary>
    Amount = 1,

    /// <summary>A share of a base, in percent: 占14.13%.</summary>
    Share = 2,

    /// <summary>A change on last year, as an amount (negative for 减少): 比上年增加6131.69万元.</summary>
    ChangeAmount = 3,

    /// <summary>A change on last year, in percent (negative for 下降): 增长1494.22%.</summary>
    ChangePercent = 4,

    /// <summary>A count: 项目21个, 公务用车实有1辆, 内设机构7个.</summary>
    Count = 5,

    /// <summary>A physical quantity such as floor area: 建筑总面积275.36平方米.</summary>
    Quantity = 6,
}

/// <summary>What a prose fact is about: the figure of the tables (or of other facts) it restates.</summary>
public enum FactTopic
{
    /// <summary>收入总计.</summary>
    TotalRevenue = 1,

    /// <summary>本年收入 (本年收入合计).</summary>
    CurrentYearRevenue = 2,

    /// <summary>上年结转 (revenue side).</summary>
    CarryOverRevenue = 3,

    /// <summary>Revenue of one fund source (<see cref="FactSubject.Source"/>).</summary>
    RevenueBySource = 4,

    /// <summary>支出总计.</summary>
    TotalExpenditure = 5,

    /// <summary>本年预算安排 (expenditure).</summary>
    CurrentYearExpenditure = 6,

    /// <summary>上年结转 (expenditure side).</summary>
    CarryOverExpenditure = 7,

    /// <summary>基本支出.</summary>
    BasicExpenditure = 8,

    /// <summary>项目支出.</summary>
    ProjectExpenditure = 9,

    /// <summary>人员经费.</summary>
    PersonnelExpenses = 10,

    /// <summary>公用经费.</summary>
    PublicExpenses = 11,

    /// <summary>财政拨款收支总预算.</summary>
    FiscalAppropriationTotal = 12,

    /// <summary>财政拨款 of one fund (<see cref="FactSubject.Source"/>), carry-over included.</summary>
    FiscalBySource = 13,

    /// <summary>当年拨款收入 (财政拨款, this year).</summary>
    FiscalCurrentYear = 14,

    /// <summary>上年结转收入 (财政拨款).</summary>
    FiscalCarryOver = 15,

    /// <summary>财政拨款 expenditure of one function class (<see cref="FactSubject.Code"/>).</summary>
    FiscalExpenditureByClass = 16,

    /// <summary>一般公共预算当年支出.</summary>
    GeneralBudgetCurrentYear = 17,

    /// <summary>一般公共预算当年支出 of one function class (<see cref="FactSubject.Code"/>).</summary>
    GeneralBudgetByClass = 18,

    /// <summary>“三公”经费 total.</summary>
    ThreePublicTotal = 19,

    /// <summary>因公出国（境）费.</summary>
    OverseasTravel = 20,

    /// <summary>公务接待费.</summary>
    Reception = 21,

    /// <summary>公务用车购置费.</summary>
    VehiclePurchase = 22,

    /// <summary>公务用车运行维护费.</summary>
    VehicleOperation = 23,

    /// <summary>机关运行经费.</summary>
    OperatingExpenses = 24,

    /// <summary>政府采购预算总额.</summary>
    ProcurementTotal = 25,

    /// <summary>政府采购货物预算.</summary>
    ProcurementGoods = 26,

    /// <summary>政府采购工程预算.</summary>
    ProcurementWorks = 27,

    /// <summary>政府采购服务预算.</summary>
    ProcurementServices = 28,

    /// <summary>整体绩效目标涉及资金.</summary>
    OverallPerformanceFunds = 29,

    /// <summary>Projects under performance management (纳入绩效目标管理的项目): count or amount.</summary>
    PerformanceProjects = 30,

    /// <summary>Projects of one category (<see cref="FactSubject.Category"/>): count or amount.</summary>
    ProjectsByCategory = 31,

    /// <summary>Projects whose targets are disclosed (公开项目绩效目标): count, amount or share.</summary>
    DisclosedPerformanceProjects = 32,

    /// <summary>One project by name (<see cref="FactSubject.Name"/>).</summary>
    Project = 33,

    /// <summary>公务用车: vehicles (实有).</summary>
    Vehicles = 34,

    /// <summary>公务用车编制.</summary>
    AuthorizedVehicles = 35,

    /// <summary>办公用房建筑总面积.</summary>
    OfficeFloorArea = 36,

    /// <summary>Equipment worth more than a threshold (通用设备 …台（套）).</summary>
    Equipment = 37,

    /// <summary>Anything else, named in <see cref="FactSubject.Name"/>.</summary>
    Other = 99,
}

/// <summary>The subject of a prose fact: a topic and, where the topic needs one, a fund source, a function class,
/// a project category or a name.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Source">The fund source, for source topics.</param>
/// <param name="Code">The function class, for class topics.</param>
/// <param name="Category">The project category, for <see cref="FactTopic.ProjectsByCategory"/>.</param>
/// <param name="Name">A project or other name, as the prose prints it.</param>
public sealed record FactSubject(FactTopic Topic, FundSource? Source = null, FunctionCode? Code = null, ProjectCategory? Category = null, string? Name = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Topic + (Source is { } s ? $"({s})" : string.Empty) + (Code is { } c ? $"({c})" : string.Empty)
        + (Category is { } k ? $"({k})" : string.Empty) + (Name is { } n ? $"({n})" : string.Empty);
}

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

    /// <summary>For a share: what it is a share of (收入总计 for the revenue shares).</summary>
    public FactSubject? Base { get; init; }

    /// <summary>For a change: the year compared with (2023 in 比2023年减少), when the prose names it.</summary>
    public int? ComparedYear { get; init; }

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

/// <summary>What a <see cref="ProseMention"/> mentions.</summary>
public enum MentionKind
{
    /// <summary>The unit's name (cover, table header, prose, sheet).</summary>
    UnitName = 1,

    /// <summary>A function class named with its code in the prose: 卫生健康支出（210类）.</summary>
    FunctionClass = 2,

    /// <summary>A year the prose names (比2023年, 截至2023年12月31日, 2024年度).</summary>
    Year = 3,
}

/// <summary>A name, class or year the document mentions, for the reviewers' consistency checks.</summary>
/// <param name="Kind">What is mentioned.</param>
/// <param name="Text">The text as printed (a name, a class name).</param>
/// <param name="Line">The source line, when imported.</param>
/// <param name="Code">The code printed with a class name.</param>
/// <param name="Year">The year, for <see cref="MentionKind.Year"/>.</param>
/// <param name="Context">Where the mention stands: cover, table header, prose, sheet …; or the words around a year.</param>
public sealed record ProseMention(MentionKind Kind, string Text, int? Line = null, string? Code = null, int? Year = null, string? Context = null);
