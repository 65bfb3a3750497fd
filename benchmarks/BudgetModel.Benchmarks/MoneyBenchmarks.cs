using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BudgetModel.Benchmarks;

/// <summary>
/// Money arithmetic against the same operations on <see cref="decimal"/> (the baseline of each category).
/// Every operation runs over <see cref="Count"/> pairs of amounts per invocation, so that one operation is
/// far above the timer's resolution; the tables report the time of one operation.
/// Targets: ratio ≤ 1.0 and nothing allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class MoneyArithmeticBenchmarks
{
    /// <summary>Amounts per invocation (and the length of the summed sequence).</summary>
    public const int Count = 1_000;

    private Money[] _left = [];
    private Money[] _right = [];
    private Money[] _moneyResults = [];
    private decimal[] _leftDecimal = [];
    private decimal[] _rightDecimal = [];
    private decimal[] _decimalResults = [];

    /// <summary>
    /// Amounts of the size the seed publishes (up to about 100 万元 in 元, with fen), the same values in both
    /// representations; fixed seed so that every run sees the same data.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240101);
        _left = new Money[Count];
        _right = new Money[Count];
        _moneyResults = new Money[Count];
        _leftDecimal = new decimal[Count];
        _rightDecimal = new decimal[Count];
        _decimalResults = new decimal[Count];
        for (int i = 0; i < Count; i++)
        {
            long a = random.NextInt64(-100_000_000, 100_000_000);
            long b = random.NextInt64(-100_000_000, 100_000_000);
            _left[i] = Money.FromFen(a);
            _right[i] = Money.FromFen(b);
            // The decimal a table carries: yuan with two decimals (scale 2), as decimal.Parse of "1234.56" gives.
            _leftDecimal[i] = new decimal(a) / 100m;
            _rightDecimal[i] = new decimal(b) / 100m;
        }
        if (SumMoney().Yuan != SumDecimal())
        {
            throw new InvalidOperationException("Money and decimal inputs differ.");
        }
    }

    /// <summary>Baseline: element-wise decimal addition.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Add")]
    public decimal[] AddDecimal()
    {
        var left = _leftDecimal;
        var right = _rightDecimal;
        var results = _decimalResults;
        for (int i = 0; i < left.Length; i++)
        {
            results[i] = left[i] + right[i];
        }
        return results;
    }

    /// <summary>Element-wise <see cref="Money"/> addition (checked for overflow).</summary>
    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Add")]
    public Money[] AddMoney()
    {
        var left = _left;
        var right = _right;
        var results = _moneyResults;
        for (int i = 0; i < left.Length; i++)
        {
            results[i] = left[i] + right[i];
        }
        return results;
    }

    /// <summary>Baseline: element-wise decimal subtraction.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Subtract")]
    public decimal[] SubtractDecimal()
    {
        var left = _leftDecimal;
        var right = _rightDecimal;
        var results = _decimalResults;
        for (int i = 0; i < left.Length; i++)
        {
            results[i] = left[i] - right[i];
        }
        return results;
    }

    /// <summary>Element-wise <see cref="Money"/> subtraction (checked for overflow).</summary>
    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Subtract")]
    public Money[] SubtractMoney()
    {
        var left = _left;
        var right = _right;
        var results = _moneyResults;
        for (int i = 0; i < left.Length; i++)
        {
            results[i] = left[i] - right[i];
        }
        return results;
    }

    /// <summary>Baseline: <see cref="decimal.CompareTo(decimal)"/> of each pair, summed.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Compare")]
    public int CompareDecimal()
    {
        var left = _leftDecimal;
        var right = _rightDecimal;
        int total = 0;
        for (int i = 0; i < left.Length; i++)
        {
            total += left[i].CompareTo(right[i]);
        }
        return total;
    }

    /// <summary><see cref="Money.CompareTo(Money)"/> of each pair, summed.</summary>
    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Compare")]
    public int CompareMoney()
    {
        var left = _left;
        var right = _right;
        int total = 0;
        for (int i = 0; i < left.Length; i++)
        {
            total += left[i].CompareTo(right[i]);
        }
        return total;
    }

    /// <summary>Baseline: the sum of 1,000 decimals in a plain loop (decimal addition is checked).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Sum1000")]
    public decimal SumDecimal()
    {
        decimal total = 0m;
        foreach (var value in _leftDecimal)
        {
            total += value;
        }
        return total;
    }

    /// <summary>The exact sum of 1,000 amounts: <c>amounts.Sum()</c> on a <c>Money[]</c>, as a caller writes it.</summary>
    [Benchmark, BenchmarkCategory("Sum1000")]
    public Money SumMoney() => _left.Sum();
}

/// <summary>
/// Reading amounts from text: <see cref="Money.TryParse(ReadOnlySpan{char}, MoneyUnit, out Money)"/> on the
/// forms the seed prints, against <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out decimal)"/>
/// of the bare number (the baseline of each category). Targets: ratio ≤ 1.5 and nothing allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class MoneyParseBenchmarks
{
    // Fields, not constants, so that the JIT cannot fold the input.
    private readonly string _wanText = "6,542.05";
    private readonly string _wanBare = "6542.05";
    private readonly string _yuanText = "364,575元";
    private readonly string _yuanBare = "364575";

    /// <summary>Checks that every input is read, and to the same amount, so that no benchmark measures a failure path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (ParseWanMoney().Wan != ParseWanDecimal() || ParseYuanMoney().Yuan != ParseYuanDecimal() || ParseWanDecimal() != 6542.05m)
        {
            throw new InvalidOperationException("Money.TryParse and decimal.TryParse disagree on the benchmark inputs.");
        }
    }

    /// <summary>Baseline: <c>decimal.TryParse("6542.05")</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Parse 6,542.05")]
    public decimal ParseWanDecimal()
    {
        decimal.TryParse(_wanBare.AsSpan(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value);
        return value;
    }

    /// <summary><c>6,542.05</c> read from a 万元 table.</summary>
    [Benchmark, BenchmarkCategory("Parse 6,542.05")]
    public Money ParseWanMoney()
    {
        Money.TryParse(_wanText.AsSpan(), MoneyUnit.Wan, out var value);
        return value;
    }

    /// <summary>Baseline: <c>decimal.TryParse("364575")</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Parse 364,575元")]
    public decimal ParseYuanDecimal()
    {
        decimal.TryParse(_yuanBare.AsSpan(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value);
        return value;
    }

    /// <summary><c>364,575元</c>, the unit read from the text.</summary>
    [Benchmark, BenchmarkCategory("Parse 364,575元")]
    public Money ParseYuanMoney()
    {
        Money.TryParse(_yuanText.AsSpan(), MoneyUnit.Yuan, out var value);
        return value;
    }
}

/// <summary>
/// Writing amounts into a caller's buffer: <see cref="Money.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider)"/>
/// against <see cref="decimal.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider)"/> with the
/// equivalent standard format (the baseline of each category). Targets: ratio ≤ 1.5 and nothing allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class MoneyFormatBenchmarks
{
    private readonly char[] _buffer = new char[64];
    private readonly Money _yuan = Money.FromFen(36_457_500);          // 364,575.00 元
    private readonly decimal _yuanDecimal = 364_575.00m;
    private readonly Money _wan = Money.FromFen(6_542_050_000);        // 6,542.05 万元
    private readonly decimal _wanDecimal = 6_542.05m;

    /// <summary>Checks that both sides write the same text, so that the pairs are like for like.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Check(FormatYuanDecimal, FormatYuanMoney, "364,575.00");
        Check(FormatWanDecimal, FormatWanMoney, "6542.05");
    }

    private void Check(Func<int> baseline, Func<int> money, string expected)
    {
        string fromDecimal = new(_buffer, 0, baseline());
        string fromMoney = new(_buffer, 0, money());
        if (fromDecimal != expected || fromMoney != expected)
        {
            throw new InvalidOperationException($"Expected {expected}; decimal wrote {fromDecimal}, Money wrote {fromMoney}.");
        }
    }

    /// <summary>Baseline: <c>364575.00m</c> in <c>N2</c> (invariant): <c>364,575.00</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Format YN")]
    public int FormatYuanDecimal()
    {
        _yuanDecimal.TryFormat(_buffer, out int written, "N2", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>364,575 元 in <c>YN</c>: <c>364,575.00</c>.</summary>
    [Benchmark, BenchmarkCategory("Format YN")]
    public int FormatYuanMoney()
    {
        _yuan.TryFormat(_buffer, out int written, "YN", null);
        return written;
    }

    /// <summary>Baseline: <c>6542.05m</c> in <c>F2</c> (invariant): <c>6542.05</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Format W2")]
    public int FormatWanDecimal()
    {
        _wanDecimal.TryFormat(_buffer, out int written, "F2", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>6,542.05 万元 in <c>W2</c>: <c>6542.05</c>.</summary>
    [Benchmark, BenchmarkCategory("Format W2")]
    public int FormatWanMoney()
    {
        _wan.TryFormat(_buffer, out int written, "W2", null);
        return written;
    }
}
