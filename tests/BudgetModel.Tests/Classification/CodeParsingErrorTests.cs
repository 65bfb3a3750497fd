using BudgetModel.Classification;

namespace BudgetModel.Tests.Classification;

/// <summary>Bad input gives a BudgetFormatException naming the text and where it went wrong; TryParse neither throws nor allocates.</summary>
public class CodeParsingErrorTests
{
    public static TheoryData<string, int> BadFunctionCodes => new()
    {
        { "", 0 },
        { " ", 0 },
        { " 215", 0 },
        { "215 ", 3 },
        { "21a05", 2 },
        { "２１５", 0 },                          // full-width digits
        { "2150", 4 },                            // 4 digits: not a level; position is the end
        { "21505170", 7 },                         // 8 digits: the first digit past the 7 allowed
        { "215051712", 7 },
        { new string('9', 30), 7 },               // 30 digits: refused before any arithmetic
        { "-215", 0 },
        { "21505.", 5 },
    };

    [Theory]
    [MemberData(nameof(BadFunctionCodes))]
    public void Function_code_errors_carry_text_and_position(string text, int position)
    {
        var ex = Assert.Throws<BudgetFormatException>(() => FunctionCode.Parse(text));
        Assert.Equal(text, ex.Text);
        Assert.Equal(position, ex.Position);
        Assert.Contains("支出功能分类", ex.What, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
        Assert.False(FunctionCode.TryParse(text, out var code));
        Assert.True(code.IsEmpty);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("3010", 4)]
    [InlineData("301011", 5)]
    [InlineData("3O101", 1)]
    [InlineData("999999999999999999999999999999", 5)]
    public void Economic_code_errors_carry_text_and_position(string text, int position)
    {
        var ex = Assert.Throws<BudgetFormatException>(() => EconomicCode.Parse(text));
        Assert.Equal(position, ex.Position);
        Assert.False(EconomicCode.TryParse(text, out _));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("1030", 4)]
    [InlineData("1030148012", 9)]
    [InlineData("10301x8", 5)]
    [InlineData("999999999999999999999999999999", 9)]
    public void Revenue_code_errors_carry_text_and_position(string text, int position)
    {
        var ex = Assert.Throws<BudgetFormatException>(() => RevenueCode.Parse(text));
        Assert.Equal(position, ex.Position);
        Assert.False(RevenueCode.TryParse(text, out _));
    }

    [Fact]
    public void Null_text_is_an_argument_error_not_a_null_reference()
    {
        Assert.Throws<ArgumentNullException>(() => FunctionCode.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => EconomicCode.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => RevenueCode.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => FunctionCode.FromParts(null!, "06"));
    }

    [Fact]
    public void TryParse_does_not_allocate_on_success_or_failure()
    {
        string[] inputs = ["2150517", "21505", "2150", "21a05", "", new string('9', 30), "30101", "50905", "1030148", "401"];
        // Warm up (JIT, static initialisers).
        Run(inputs);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int accepted = Run(inputs);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(accepted > 0);

        static int Run(string[] inputs)
        {
            int ok = 0;
            for (int round = 0; round < 100; round++)
            {
                foreach (var s in inputs)
                {
                    ok += FunctionCode.TryParse(s, out _) ? 1 : 0;
                    ok += EconomicCode.TryParse(s, out _) ? 1 : 0;
                    ok += RevenueCode.TryParse(s, out _) ? 1 : 0;
                    ok += FunctionCode.TryFromParts(s.AsSpan(0, Math.Min(3, s.Length)), "05", "17", out _) ? 1 : 0;
                }
            }
            return ok;
        }
    }
}
