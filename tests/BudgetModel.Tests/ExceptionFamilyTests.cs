using System.Reflection;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Tests;

/// <summary>Issue 16: bad text is a <see cref="FormatException"/>, overflow an <see cref="OverflowException"/>, every
/// exception of the library is one of its errors (<see cref="IBudgetModelError"/>), and the leaves are sealed.</summary>
public class ExceptionFamilyTests
{
    private static readonly Type[] Exceptions = typeof(BudgetModel.Money).Assembly.GetExportedTypes()
        .Where(t => typeof(Exception).IsAssignableFrom(t)).ToArray();

    [Fact]
    public void Every_exception_of_the_library_is_one_of_its_errors()
    {
        Assert.NotEmpty(Exceptions);
        Assert.All(Exceptions, t => Assert.True(typeof(IBudgetModelError).IsAssignableFrom(t), t.Name));
    }

    [Fact]
    public void Every_exception_is_sealed_but_the_two_bases_other_errors_specialise()
    {
        // BudgetModelException is the base of the import, JSON, catalog and validation errors; BudgetFormatException
        // the base of CatalogFormatException (a format error with a CSV line and column).
        var open = Exceptions.Where(t => !t.IsSealed).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["BudgetFormatException", "BudgetModelException"], open);
        Assert.All(Exceptions.Where(t => !t.IsSealed), t => Assert.Contains(Exceptions, d => d.BaseType == t));
    }

    [Fact]
    public void Bad_text_is_a_format_exception_wherever_it_is_read()
    {
        Assert.IsAssignableFrom<FormatException>(Record.Exception(() => BudgetModel.Money.Parse("3,79.87")));
        Assert.IsAssignableFrom<FormatException>(Record.Exception(() => FunctionCode.Parse("21x")));
        Assert.IsAssignableFrom<FormatException>(Record.Exception(() => EconomicCode.Parse("3")));
        Assert.IsAssignableFrom<FormatException>(Record.Exception(() => IndicatorValue.Parse("12.3.4%")));
        Assert.IsAssignableFrom<FormatException>(Record.Exception(() => ClassificationCatalog.FromCsv("kind,code,name\nfunction,2x,名称\n", 2025)));
        var e = Assert.IsType<BudgetFormatException>(Record.Exception(() => BudgetModel.Money.Parse("12..5")));
        Assert.IsAssignableFrom<IBudgetModelError>(e);
    }

    [Fact]
    public void Overflow_is_an_overflow_exception_naming_the_operation()
    {
        var e = Assert.IsType<BudgetOverflowException>(Record.Exception(() => BudgetModel.Money.MaxValue + BudgetModel.Money.FromFen(1)));
        Assert.IsAssignableFrom<OverflowException>(e);
        Assert.IsAssignableFrom<IBudgetModelError>(e);
        Assert.Contains("+", e.Operation, StringComparison.Ordinal);
    }
}
