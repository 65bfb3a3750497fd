using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BudgetModel.Classification;

namespace BudgetModel.Benchmarks;

/// <summary>
/// 支出功能分类 codes: parsing, the parent, and the catalog's name lookup, each against what a caller would
/// write without the type (the baseline of each category). Every benchmark walks the fifteen 7-digit (项) codes of the
/// seed per invocation; the tables report one operation.
/// Targets: nothing allocated; a lookup ≤ 50 ns.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CodeBenchmarks
{
    /// <summary>The 项 codes of the seed's tables 2, 3, 5 and 8, as printed.</summary>
    private static readonly string[] SeedItemCodes =
    [
        "2011399", "2080501", "2080505", "2080506", "2101101", "2101103", "2110301",
        "2120809", "2150201", "2150501", "2150502", "2150517", "2150799", "2210201", "2230105",
    ];

    /// <summary>Operations per invocation: one per seed code.</summary>
    private const int Codes = 15;

    private string[] _digits = [];
    private int[] _numbers = [];
    private FunctionCode[] _codes = [];
    private Dictionary<string, string> _namesByDigits = [];
    private ClassificationCatalog _catalog = ClassificationCatalog.Edition2024;

    /// <summary>
    /// Copies the seed codes (fresh strings, as a reader would produce), parses them once, and fills the baseline
    /// dictionary with the same entries as the catalog. Fails if a seed code is not in the catalog, so every
    /// lookup measured is a hit.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        if (SeedItemCodes.Length != Codes)
        {
            throw new InvalidOperationException($"{SeedItemCodes.Length} seed codes but Codes = {Codes}.");
        }
        _catalog = ClassificationCatalog.Edition2024;
        _digits = SeedItemCodes.Select(d => new string(d.AsSpan())).ToArray();
        _numbers = _digits.Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        _codes = _digits.Select(FunctionCode.Parse).ToArray();
        if (_codes.FirstOrDefault(c => !_catalog.Contains(c)) is { IsEmpty: false } missing)
        {
            throw new InvalidOperationException($"{missing} is not in ClassificationCatalog.Edition2024.");
        }
        _namesByDigits = _catalog.FunctionCodes.ToDictionary(c => c.Value, c => _catalog.GetName(c), StringComparer.Ordinal);
    }

    /// <summary>Baseline: <c>int.TryParse</c> of the same seven digits.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Codes), BenchmarkCategory("Parse")]
    public int ParseInt32()
    {
        int total = 0;
        foreach (var digits in _digits)
        {
            int.TryParse(digits.AsSpan(), NumberStyles.None, CultureInfo.InvariantCulture, out int value);
            total ^= value;
        }
        return total;
    }

    /// <summary><see cref="FunctionCode.TryParse(ReadOnlySpan{char}, out FunctionCode)"/> of a 7-digit code.</summary>
    [Benchmark(OperationsPerInvoke = Codes), BenchmarkCategory("Parse")]
    public int ParseFunctionCode()
    {
        int total = 0;
        foreach (var digits in _digits)
        {
            FunctionCode.TryParse(digits.AsSpan(), out var code);
            total ^= code.GetHashCode();
        }
        return total;
    }

    /// <summary>Baseline: the parent of a code held as an <see cref="int"/> (drop the last two digits).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Codes), BenchmarkCategory("Parent")]
    public int ParentInt32()
    {
        int total = 0;
        foreach (int number in _numbers)
        {
            total ^= number / 100;
        }
        return total;
    }

    /// <summary><see cref="FunctionCode.Parent"/> of a 项 (its 款).</summary>
    [Benchmark(OperationsPerInvoke = Codes), BenchmarkCategory("Parent")]
    public int ParentFunctionCode()
    {
        int total = 0;
        foreach (var code in _codes)
        {
            total ^= code.Parent.GetValueOrDefault().GetHashCode();
        }
        return total;
    }

    /// <summary>Baseline: a <see cref="Dictionary{TKey, TValue}"/> from digit strings to names, same entries.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Codes), BenchmarkCategory("Lookup")]
    public int LookupDictionary()
    {
        int total = 0;
        foreach (var digits in _digits)
        {
            if (_namesByDigits.TryGetValue(digits, out var name))
            {
                total += name.Length;
            }
        }
        return total;
    }

    /// <summary><see cref="ClassificationCatalog.TryGetName(FunctionCode, out string)"/> on the 2024 edition.</summary>
    [Benchmark(OperationsPerInvoke = Codes), BenchmarkCategory("Lookup")]
    public int LookupCatalog()
    {
        int total = 0;
        foreach (var code in _codes)
        {
            if (_catalog.TryGetName(code, out var name))
            {
                total += name.Length;
            }
        }
        return total;
    }
}
