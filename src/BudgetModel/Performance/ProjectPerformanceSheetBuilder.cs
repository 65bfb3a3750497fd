using BudgetModel.Funding;

namespace BudgetModel.Performance;

/// <summary>
/// Builds a <see cref="ProjectPerformanceSheet"/> readably, amounts in 元:
/// <code>
/// var sheet = new ProjectPerformanceSheetBuilder("“煤改电”设备质保金")
///     .Lifetime(364575m, (FundingLevel.MunicipalCounty, 364575m))
///     .Annual(364575m, (FundingLevel.MunicipalCounty, 364575m))
///     .Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "煤改电户数", "350户")
///     .Build();
/// </code>
/// Indicators added with <see cref="Indicator(IndicatorCategory, IndicatorSubcategory, string, string)"/> go to both
/// periods; use <see cref="LifetimeIndicator"/> or <see cref="AnnualIndicator"/> for one.
/// </summary>
public sealed class ProjectPerformanceSheetBuilder
{
    private readonly string _name;
    private readonly List<SheetIndicator> _lifetime = [];
    private readonly List<SheetIndicator> _annual = [];
    private ProjectFunding _lifetimeFunding = new(Money.Zero, new Dictionary<FundingLevel, Money>());
    private ProjectFunding _annualFunding = new(Money.Zero, new Dictionary<FundingLevel, Money>());
    private ProjectSheetDetails _details = ProjectSheetDetails.None;
    private int? _line;

    /// <summary>Starts a sheet for a project.</summary>
    /// <param name="projectName">项目名称.</param>
    public ProjectPerformanceSheetBuilder(string projectName)
    {
        Guard.Against.NullOrWhiteSpace(projectName);
        _name = projectName;
    }

    /// <summary>Sets 实施期 funds in 元: the total and the amount of each level printed.</summary>
    /// <param name="totalYuan">实施期资金总额.</param>
    /// <param name="levels">The levels.</param>
    public ProjectPerformanceSheetBuilder Lifetime(decimal totalYuan, params (FundingLevel Level, decimal Yuan)[] levels)
    {
        _lifetimeFunding = Funding(totalYuan, levels);
        return this;
    }

    /// <summary>Sets 年度 funds in 元: the total and the amount of each level printed.</summary>
    /// <param name="totalYuan">年度资金总额.</param>
    /// <param name="levels">The levels.</param>
    public ProjectPerformanceSheetBuilder Annual(decimal totalYuan, params (FundingLevel Level, decimal Yuan)[] levels)
    {
        _annualFunding = Funding(totalYuan, levels);
        return this;
    }

    /// <summary>Sets 实施期 funds.</summary>
    /// <param name="funding">The funds.</param>
    public ProjectPerformanceSheetBuilder Lifetime(ProjectFunding funding)
    {
        _lifetimeFunding = Guard.Against.Null(funding);
        return this;
    }

    /// <summary>Sets 年度 funds.</summary>
    /// <param name="funding">The funds.</param>
    public ProjectPerformanceSheetBuilder Annual(ProjectFunding funding)
    {
        _annualFunding = Guard.Against.Null(funding);
        return this;
    }

    /// <summary>Sets the descriptive fields.</summary>
    /// <param name="details">The fields.</param>
    public ProjectPerformanceSheetBuilder WithDetails(ProjectSheetDetails details)
    {
        _details = Guard.Against.Null(details);
        return this;
    }

    /// <summary>Sets the source line of the sheet.</summary>
    /// <param name="line">1-based line.</param>
    public ProjectPerformanceSheetBuilder AtLine(int line)
    {
        _line = line;
        return this;
    }

    /// <summary>Adds an indicator to both periods.</summary>
    /// <param name="category">一级指标.</param>
    /// <param name="subcategory">二级指标.</param>
    /// <param name="name">三级指标.</param>
    /// <param name="value">指标值 as published.</param>
    public ProjectPerformanceSheetBuilder Indicator(IndicatorCategory category, IndicatorSubcategory subcategory, string name, string value)
    {
        LifetimeIndicator(category, subcategory, name, value);
        return AnnualIndicator(category, subcategory, name, value);
    }

    /// <summary>Adds an 实施期 indicator.</summary>
    /// <param name="category">一级指标.</param>
    /// <param name="subcategory">二级指标.</param>
    /// <param name="name">三级指标.</param>
    /// <param name="value">指标值 as published.</param>
    public ProjectPerformanceSheetBuilder LifetimeIndicator(IndicatorCategory category, IndicatorSubcategory subcategory, string name, string value)
    {
        _lifetime.Add(new SheetIndicator(new Indicator(category, subcategory, name, IndicatorValue.Parse(value))));
        return this;
    }

    /// <summary>Adds a 年度 indicator.</summary>
    /// <param name="category">一级指标.</param>
    /// <param name="subcategory">二级指标.</param>
    /// <param name="name">三级指标.</param>
    /// <param name="value">指标值 as published.</param>
    public ProjectPerformanceSheetBuilder AnnualIndicator(IndicatorCategory category, IndicatorSubcategory subcategory, string name, string value)
    {
        _annual.Add(new SheetIndicator(new Indicator(category, subcategory, name, IndicatorValue.Parse(value))));
        return this;
    }

    /// <summary>Adds indicators read by an importer, with their lines.</summary>
    /// <param name="lifetime">实施期 indicators.</param>
    /// <param name="annual">年度 indicators.</param>
    public ProjectPerformanceSheetBuilder AddIndicators(IEnumerable<SheetIndicator> lifetime, IEnumerable<SheetIndicator> annual)
    {
        _lifetime.AddRange(Guard.Against.Null(lifetime));
        _annual.AddRange(Guard.Against.Null(annual));
        return this;
    }

    /// <summary>Builds the immutable sheet.</summary>
    public ProjectPerformanceSheet Build() => new(_name, _lifetimeFunding, _annualFunding, _details, _lifetime, _annual, _line);

    private static ProjectFunding Funding(decimal totalYuan, (FundingLevel Level, decimal Yuan)[] levels)
    {
        Guard.Against.Null(levels);
        var map = new Dictionary<FundingLevel, Money>();
        foreach (var (level, yuan) in levels)
        {
            map[level] = Money.FromYuan(yuan);
        }
        return new ProjectFunding(Money.FromYuan(totalYuan), map);
    }
}
