using BudgetModel.Funding;

namespace BudgetModel.Performance;

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
