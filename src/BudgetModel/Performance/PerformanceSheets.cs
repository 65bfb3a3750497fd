using BudgetModel.Funding;

namespace BudgetModel.Performance;

/// <summary>
/// 项目资金: a project's money over one period (实施期 or 年度), in 元: the total and the breakdown by government level
/// (中央, 省级, 市县(区), 单位自筹, 其他). A level that is not printed is absent; a printed empty cell is zero.
/// </summary>
public sealed class ProjectFunding
{
    /// <summary>The amount of each level, indexed by <c>(int)level - 1</c>; zero where not printed. Held in the
    /// object itself (no array to follow), as a validator reads every breakdown of a province.</summary>
    private readonly LevelAmounts _amounts;

    /// <summary>Bit <c>(int)level - 1</c> set for each level printed.</summary>
    private readonly int _printed;

    /// <summary>The number of <see cref="FundingLevel"/> values (1 to 5).</summary>
    private const int LevelCount = 5;

    /// <summary>Creates a funding breakdown.</summary>
    /// <param name="total">实施期资金总额 / 年度资金总额.</param>
    /// <param name="byLevel">The amount of each level printed (copied).</param>
    /// <param name="line">The source line of the total, when imported.</param>
    /// <exception cref="ArgumentOutOfRangeException">A key is not a defined <see cref="FundingLevel"/>.</exception>
    public ProjectFunding(Money total, IReadOnlyDictionary<FundingLevel, Money> byLevel, int? line = null)
    {
        Guard.Against.Null(byLevel);
        Total = total;
        foreach (var (level, amount) in byLevel)
        {
            if (!IsDefined(level))
            {
                throw new ArgumentOutOfRangeException(nameof(byLevel), level, $"{level} is not a defined {nameof(FundingLevel)}.");
            }
            int index = (int)level - 1;
            _amounts[index] = amount;
            _printed |= 1 << index;
        }
        ByLevel = new LevelView(this);
        Line = line;
    }

    /// <summary>实施期资金总额 or 年度资金总额.</summary>
    public Money Total { get; }

    /// <summary>The amount by government level, as printed: read-only, enumerated in level order (中央 first).</summary>
    public IReadOnlyDictionary<FundingLevel, Money> ByLevel { get; }

    /// <summary>The source line of the total, when imported.</summary>
    public int? Line { get; }

    /// <summary>The sum of the level breakdown.</summary>
    public Money LevelSum
    {
        get
        {
            var sum = Money.Zero;
            foreach (var amount in _amounts)
            {
                sum += amount;
            }
            return sum;
        }
    }

    /// <summary>The amount of one level, zero when not printed.</summary>
    /// <param name="level">The level.</param>
    public Money this[FundingLevel level] => IsDefined(level) ? _amounts[(int)level - 1] : Money.Zero;

    /// <summary>True when the level is printed.</summary>
    private bool IsPrinted(FundingLevel level) => IsDefined(level) && (_printed & (1 << ((int)level - 1))) != 0;

    /// <summary>True for the five defined levels (1 to 5).</summary>
    private static bool IsDefined(FundingLevel level) => level is >= FundingLevel.Central and <= FundingLevel.Other;

    /// <summary>Five amounts stored inline.</summary>
    [System.Runtime.CompilerServices.InlineArray(LevelCount)]
    private struct LevelAmounts
    {
        private Money _first;
    }

    /// <summary><see cref="ByLevel"/>: the printed levels of the owner, without a dictionary of their own (a province
    /// has two breakdowns per project, and the validator reads them all).</summary>
    private sealed class LevelView(ProjectFunding owner) : IReadOnlyDictionary<FundingLevel, Money>
    {
        public Money this[FundingLevel key] => owner.IsPrinted(key) ? owner._amounts[(int)key - 1] : throw new KeyNotFoundException($"{key} is not printed.");

        public IEnumerable<FundingLevel> Keys => this.Select(static p => p.Key);

        public IEnumerable<Money> Values => this.Select(static p => p.Value);

        public int Count => System.Numerics.BitOperations.PopCount((uint)owner._printed);

        public bool ContainsKey(FundingLevel key) => owner.IsPrinted(key);

        public bool TryGetValue(FundingLevel key, out Money value)
        {
            bool printed = owner.IsPrinted(key);
            value = printed ? owner._amounts[(int)key - 1] : default;
            return printed;
        }

        public IEnumerator<KeyValuePair<FundingLevel, Money>> GetEnumerator()
        {
            for (int i = 0; i < LevelCount; i++)
            {
                if ((owner._printed & (1 << i)) != 0)
                {
                    yield return new KeyValuePair<FundingLevel, Money>((FundingLevel)(i + 1), owner._amounts[i]);
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>An indicator as printed on a sheet, with its source line.</summary>
/// <param name="Indicator">The indicator (一级/二级/三级/指标值).</param>
/// <param name="Line">The source line, when imported.</param>
public sealed record SheetIndicator(Indicator Indicator, int? Line = null);

/// <summary>
/// 项目支出绩效目标表: the performance targets of one project — its identity, funds over 实施期 and 年度 by level (元),
/// the prose fields and the indicators for both periods. Immutable.
/// </summary>
public sealed class ProjectPerformanceSheet
{
    /// <summary>Creates a sheet; use <see cref="ProjectPerformanceSheetBuilder"/> for a readable build.</summary>
    /// <param name="projectName">项目名称.</param>
    /// <param name="lifetimeFunding">实施期 funds.</param>
    /// <param name="annualFunding">年度 funds.</param>
    /// <param name="details">The descriptive fields.</param>
    /// <param name="lifetimeIndicators">实施期 indicators.</param>
    /// <param name="annualIndicators">年度 indicators.</param>
    /// <param name="line">The source line of the sheet's title, when imported.</param>
    public ProjectPerformanceSheet(
        string projectName,
        ProjectFunding lifetimeFunding,
        ProjectFunding annualFunding,
        ProjectSheetDetails details,
        IEnumerable<SheetIndicator> lifetimeIndicators,
        IEnumerable<SheetIndicator> annualIndicators,
        int? line = null)
    {
        Guard.Against.NullOrWhiteSpace(projectName);
        Guard.Against.Null(lifetimeFunding);
        Guard.Against.Null(annualFunding);
        Guard.Against.Null(details);
        Guard.Against.Null(lifetimeIndicators);
        Guard.Against.Null(annualIndicators);
        ProjectName = projectName;
        LifetimeFunding = lifetimeFunding;
        AnnualFunding = annualFunding;
        Details = details;
        LifetimeIndicators = lifetimeIndicators.ToArray();
        AnnualIndicators = annualIndicators.ToArray();
        Line = line;
    }

    /// <summary>项目名称.</summary>
    public string ProjectName { get; }

    /// <summary>实施期资金 (the project's whole life).</summary>
    public ProjectFunding LifetimeFunding { get; }

    /// <summary>年度资金 (this budget year).</summary>
    public ProjectFunding AnnualFunding { get; }

    /// <summary>主管部门, 实施单位, 项目属性, 项目期 and the prose fields.</summary>
    public ProjectSheetDetails Details { get; }

    /// <summary>实施期 indicators.</summary>
    public IReadOnlyList<SheetIndicator> LifetimeIndicators { get; }

    /// <summary>年度 indicators.</summary>
    public IReadOnlyList<SheetIndicator> AnnualIndicators { get; }

    /// <summary>The source line of the sheet, when imported.</summary>
    public int? Line { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ProjectName}: 年度 {AnnualFunding.Total.Yuan} 元";
}

/// <summary>The descriptive fields of a project performance sheet; every field may be absent.</summary>
/// <param name="DepartmentCode">主管部门代码, for example 209.</param>
/// <param name="DepartmentName">主管部门 name as printed.</param>
/// <param name="ImplementingUnit">实施单位.</param>
/// <param name="Attribute">项目属性, for example 一次性项目(1年结束).</param>
/// <param name="Period">项目期, for example 1年.</param>
/// <param name="Overview">项目概况.</param>
/// <param name="Basis">立项依据.</param>
/// <param name="Necessity">项目设立必要性.</param>
/// <param name="Measures">保证项目实施的制度、措施.</param>
/// <param name="Plan">项目实施计划.</param>
/// <param name="LifetimeGoal">总体目标 over 实施期.</param>
/// <param name="AnnualGoal">总体目标 for the year (年度目标).</param>
public sealed record ProjectSheetDetails(
    string? DepartmentCode = null,
    string? DepartmentName = null,
    string? ImplementingUnit = null,
    string? Attribute = null,
    string? Period = null,
    string? Overview = null,
    string? Basis = null,
    string? Necessity = null,
    string? Measures = null,
    string? Plan = null,
    string? LifetimeGoal = null,
    string? AnnualGoal = null)
{
    /// <summary>No details known.</summary>
    public static ProjectSheetDetails None { get; } = new();
}

/// <summary>
/// 整体支出绩效目标表: the unit's overall performance targets — staff figures, the year's funds by source and by
/// direction (基本支出 / 项目支出), and the indicators. Amounts are in 万元 as the sheet prints them.
/// </summary>
public sealed class OverallPerformanceSheet
{
    /// <summary>Creates an overall sheet.</summary>
    /// <param name="unitName">部门名称 as printed (may carry the unit code, 209001-…).</param>
    /// <param name="total">合计 (资金总额).</param>
    /// <param name="bySource">Funds by source (一般公共预算资金, 政府性基金预算资金, …).</param>
    /// <param name="byType">Funds by direction (基本支出, 项目支出).</param>
    /// <param name="staff">内设职能部门数, 所属预算单位数, 核定编制, 实际在职 and its parts.</param>
    /// <param name="indicators">年度绩效指标.</param>
    /// <param name="precision">How the amounts are printed (万元, two decimals in the seed).</param>
    /// <param name="line">The source line of the sheet's title, when imported.</param>
    public OverallPerformanceSheet(
        string unitName,
        Money total,
        IReadOnlyDictionary<FundSource, Money> bySource,
        IReadOnlyDictionary<ExpenditureType, Money> byType,
        StaffFigures staff,
        IEnumerable<SheetIndicator> indicators,
        PublishedPrecision precision,
        int? line = null)
    {
        Guard.Against.Null(unitName);
        Guard.Against.Null(bySource);
        Guard.Against.Null(byType);
        Guard.Against.Null(staff);
        Guard.Against.Null(indicators);
        UnitName = unitName;
        Total = total;
        BySource = new Dictionary<FundSource, Money>(bySource);
        ByType = new Dictionary<ExpenditureType, Money>(byType);
        Staff = staff;
        Indicators = indicators.ToArray();
        Precision = precision;
        Line = line;
    }

    /// <summary>部门名称 as printed.</summary>
    public string UnitName { get; }

    /// <summary>合计: the year's funds.</summary>
    public Money Total { get; }

    /// <summary>Funds by source.</summary>
    public IReadOnlyDictionary<FundSource, Money> BySource { get; }

    /// <summary>Funds by direction: 基本支出 and 项目支出.</summary>
    public IReadOnlyDictionary<ExpenditureType, Money> ByType { get; }

    /// <summary>Staff and organisation figures.</summary>
    public StaffFigures Staff { get; }

    /// <summary>年度绩效指标.</summary>
    public IReadOnlyList<SheetIndicator> Indicators { get; }

    /// <summary>How the sheet's amounts are printed.</summary>
    public PublishedPrecision Precision { get; }

    /// <summary>The source line, when imported.</summary>
    public int? Line { get; }
}

/// <summary>Staff and organisation figures from 概况 or the overall sheet; each may be absent.</summary>
/// <param name="InternalDepartments">内设机构 / 内设职能部门数.</param>
/// <param name="SubordinateUnits">所属预算单位数.</param>
/// <param name="AuthorizedStaff">编制 (核定的人员编制数).</param>
/// <param name="ActualStaff">实有 (实际在职人员总数).</param>
/// <param name="ActualOnEstablishment">其中：在编人员数.</param>
/// <param name="ActualOther">其他人员数.</param>
public sealed record StaffFigures(
    int? InternalDepartments = null,
    int? SubordinateUnits = null,
    int? AuthorizedStaff = null,
    int? ActualStaff = null,
    int? ActualOnEstablishment = null,
    int? ActualOther = null)
{
    /// <summary>Nothing known.</summary>
    public static StaffFigures None { get; } = new();
}
