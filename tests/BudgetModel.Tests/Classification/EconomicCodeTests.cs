using BudgetModel.Classification;
using BudgetModel.Testing.Contracts;

namespace BudgetModel.Tests.Classification;

public class EconomicCodeTests
{
    private static EconomicCode E(string s) => EconomicCode.Parse(s);

    [Fact]
    public void Satisfies_the_value_type_contract()
    {
        ValueTypeContract.CheckEquality(E("30101"), E("30101"), E("50101"), E("301"), E("30102"), default);
        ValueTypeContract.CheckOrdering(default, E("301"), E("30101"), E("30199"), E("302"), E("30201"), E("303"), E("501"), E("50101"), E("509"), E("50905"));
    }

    [Fact]
    public void Default_is_the_empty_code_of_the_department_system()
    {
        var empty = default(EconomicCode);
        Assert.True(empty.IsEmpty);
        Assert.Equal(EconomicLevel.None, empty.Level);
        Assert.Equal(EconomicSystem.Department, empty.System);
        Assert.Equal(string.Empty, empty.Value);
        Assert.Null(empty.Parent);
        Assert.Empty(empty.Ancestors);
    }

    [Theory]
    [InlineData("301", EconomicSystem.Department, EconomicLevel.Class, null)]
    [InlineData("30101", EconomicSystem.Department, EconomicLevel.Section, "301")]
    [InlineData("30302", EconomicSystem.Department, EconomicLevel.Section, "303")]
    [InlineData("509", EconomicSystem.Government, EconomicLevel.Class, null)]
    [InlineData("50905", EconomicSystem.Government, EconomicLevel.Section, "509")]
    public void System_level_and_parent_follow_the_digits(string text, EconomicSystem system, EconomicLevel level, string? parent)
    {
        var code = E(text);
        Assert.Equal(system, code.System);
        Assert.Equal(level, code.Level);
        Assert.Equal(parent, code.Parent?.Value);
        Assert.Equal(parent is null ? Array.Empty<EconomicCode>() : [E(parent)], code.Ancestors);
        Assert.Equal(text[..3], code.Class.Value);
    }

    [Fact]
    public void IsAncestorOf_stays_within_a_system()
    {
        Assert.True(E("301").IsAncestorOf(E("30101")));
        Assert.False(E("301").IsAncestorOf(E("50101")));
        Assert.False(E("501").IsAncestorOf(E("30101")));
        Assert.False(E("30101").IsAncestorOf(E("30101")));
        Assert.False(E("30101").IsAncestorOf(E("301")));
    }

    [Theory]
    [InlineData("401")]
    [InlineData("10101")]
    [InlineData("201")]
    public void Codes_outside_both_systems_are_refused_at_the_first_digit(string text)
    {
        var ex = Assert.Throws<BudgetFormatException>(() => E(text));
        Assert.Equal(0, ex.Position);
        Assert.Equal(text, ex.Text);
        Assert.False(EconomicCode.TryParse(text, out _));
    }

    [Fact]
    public void FromParts_joins_class_and_section_columns()
    {
        Assert.Equal(E("30101"), EconomicCode.FromParts("301", "01"));
        Assert.Equal(E("502"), EconomicCode.FromParts("502", null));
        Assert.Equal(E("50905"), EconomicCode.FromParts(" 509", " 05 "));
        Assert.True(EconomicCode.TryFromParts("302", "39", out var c));
        Assert.Equal(E("30239"), c);
        var ex = Assert.Throws<BudgetFormatException>(() => EconomicCode.FromParts("401", "01"));
        Assert.Contains("类", ex.What, StringComparison.Ordinal);
        var ex2 = Assert.Throws<BudgetFormatException>(() => EconomicCode.FromParts("301", "1"));
        Assert.Contains("款", ex2.What, StringComparison.Ordinal);
        Assert.False(EconomicCode.TryFromParts("401", "01", out _));
    }

    [Fact]
    public void Generic_parsing_and_formatting()
    {
        Assert.Equal(E("50101"), FunctionCodeTests.ParseVia<EconomicCode>("50101"));
        Assert.False(FunctionCodeTests.TryParseVia<EconomicCode>("60101", out _));
        Span<char> buffer = stackalloc char[5];
        Assert.True(E("30113").TryFormat(buffer, out int written, "G", null));
        Assert.Equal("30113", buffer[..written].ToString());
    }
}
