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
