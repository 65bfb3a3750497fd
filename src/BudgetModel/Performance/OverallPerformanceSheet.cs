using BudgetModel.Funding;

namespace BudgetModel.Performance;

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
