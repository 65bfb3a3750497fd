using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Testing.Generators;

/// <summary>
/// The amounts of one 支出功能分类 code (a 项, or the sum of the 项 under a 款 or 类), in fen, by fund and type. Every
/// table figure of a consistent disclosure is a projection of these seven numbers, so the rollups hold by construction.
/// </summary>
/// <param name="Basic">基本支出, all from 一般公共预算.</param>
/// <param name="GeneralProject">项目支出 from this year's 一般公共预算.</param>
/// <param name="FundProject">项目支出 from 政府性基金预算.</param>
/// <param name="CapitalProject">项目支出 from 国有资本经营预算.</param>
/// <param name="SpecialProject">项目支出 from 财政专户管理资金.</param>
/// <param name="UnitProject">项目支出 from 单位资金.</param>
/// <param name="CarryOver">项目支出 from 上年结转 (一般公共预算 carried over).</param>
internal readonly record struct Amounts(
    long Basic,
    long GeneralProject,
    long FundProject,
    long CapitalProject,
    long SpecialProject,
    long UnitProject,
    long CarryOver)
{
    /// <summary>一般公共预算 this year: 基本支出 + its 项目支出 (table 5's 合计).</summary>
    public long GeneralCurrent => Basic + GeneralProject;

    /// <summary>This year's money from every source (本年收入 / 当年预算安排).</summary>
    public long Current => GeneralCurrent + FundProject + CapitalProject + SpecialProject + UnitProject;

    /// <summary>项目支出 of this year, carry-over excluded (table 12).</summary>
    public long CurrentProject => GeneralProject + FundProject + CapitalProject + SpecialProject + UnitProject;

    /// <summary>项目支出 including carry-over (table 3).</summary>
    public long Project => CurrentProject + CarryOver;

    /// <summary>合计 including carry-over (table 3, table 1).</summary>
    public long Total => Current + CarryOver;

    /// <summary>一般公共预算 including carry-over (table 4's column).</summary>
    public long GeneralWithCarryOver => GeneralCurrent + CarryOver;

    /// <summary>财政拨款 including carry-over (table 4's 小计).</summary>
    public long Fiscal => GeneralCurrent + FundProject + CapitalProject + CarryOver;

    public static Amounts operator +(Amounts left, Amounts right) => new(
        left.Basic + right.Basic,
        left.GeneralProject + right.GeneralProject,
        left.FundProject + right.FundProject,
        left.CapitalProject + right.CapitalProject,
        left.SpecialProject + right.SpecialProject,
        left.UnitProject + right.UnitProject,
        left.CarryOver + right.CarryOver);
}

/// <summary>A row of the function hierarchy (类, 款 or 项) with the amounts under it.</summary>
internal sealed class FunctionNode(FunctionCode code, string name)
{
    public FunctionCode Code { get; } = code;

    public string Name { get; } = name;

    public Amounts Amounts { get; set; }
}

/// <summary>A line of table 6: an economic item with its amount, 人员经费 or 公用经费.</summary>
internal sealed record EconomicLine(string DepartmentCode, string GovernmentCode, bool Personnel, long Amount);

/// <summary>A project of table 12 or 13: one fund column, one amount.</summary>
internal sealed record PlannedProject(string Name, TableColumn Fund, long Amount);

/// <summary>Deterministic random choices (a seeded <see cref="Random"/>) in whole multiples of a grain of fen.</summary>
internal sealed class Chooser(int seed, long grain)
{
    private readonly Random _random = new(seed);

    /// <summary>The smallest amount, in fen: 10,000 (0.01 万元) for exact 万元 tables, 1 for exact 元.</summary>
    public long Grain { get; } = grain;

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Int(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An amount of 1 to <paramref name="maxWan"/> 万元 (in grains; never zero).</summary>
    public long Amount(long maxWan)
    {
        long maxGrains = Math.Max(1, maxWan * 1_000_000 / Grain);
        // Mostly modest amounts, sometimes large ones, as in real tables.
        long cap = Chance(0.7) ? Math.Max(1, maxGrains / 100) : maxGrains;
        return _random.NextInt64(1, cap + 1) * Grain;
    }

    /// <summary>A small amount of 1 to <paramref name="maxFen"/> fen in whole grains, never zero: one grain (0.01 万元)
    /// when the grain is larger. In 元 with <paramref name="maxFen"/> 8,000 most are under 50 元, which publish as
    /// 0.00 万元.</summary>
    public long Small(long maxFen) => _random.NextInt64(1, Math.Max(1, maxFen / Grain) + 1) * Grain;

    /// <summary>Splits <paramref name="total"/> (a multiple of <paramref name="grain"/>) into <paramref name="count"/>
    /// parts that are multiples of the grain and sum to it exactly; parts may be zero.</summary>
    public long[] Split(long total, int count, long grain)
    {
        var parts = new long[count];
        if (count == 1)
        {
            parts[0] = total;
            return parts;
        }
        long units = total / grain;
        var cuts = new long[count - 1];
        for (int i = 0; i < cuts.Length; i++)
        {
            cuts[i] = _random.NextInt64(0, units + 1);
        }
        Array.Sort(cuts);
        long previous = 0;
        for (int i = 0; i < cuts.Length; i++)
        {
            parts[i] = (cuts[i] - previous) * grain;
            previous = cuts[i];
        }
        parts[count - 1] = (units - previous) * grain;
        return parts;
    }

    /// <summary>Splits into parts of at least one grain each (so that none is zero); needs total ≥ count grains.</summary>
    public long[] SplitPositive(long total, int count)
    {
        var parts = Split(total - (count * Grain), count, Grain);
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] += Grain;
        }
        return parts;
    }
}
