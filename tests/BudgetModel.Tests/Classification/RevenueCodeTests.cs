using BudgetModel.Classification;
using BudgetModel.Testing.Contracts;

namespace BudgetModel.Tests.Classification;

public class RevenueCodeTests
{
    private static RevenueCode R(string s) => RevenueCode.Parse(s);

    [Fact]
    public void Satisfies_the_value_type_contract()
    {
        ValueTypeContract.CheckEquality(R("1030148"), R("1030148"), R("10301"), R("103014801"), default);
        ValueTypeContract.CheckOrdering(default, R("101"), R("103"), R("10301"), R("1030148"), R("103014801"), R("1030149"), R("10302"), R("110"));
    }

    [Theory]
    [InlineData("103", RevenueLevel.Class, null)]
    [InlineData("10301", RevenueLevel.Section, "103")]
    [InlineData("1030148", RevenueLevel.Item, "10301")]
    [InlineData("103014801", RevenueLevel.Subitem, "1030148")]
    public void Level_and_parent_follow_the_digits(string text, RevenueLevel level, string? parent)
    {
        var code = R(text);
        Assert.Equal(level, code.Level);
        Assert.Equal(parent, code.Parent?.Value);
        Assert.Equal(R("103"), code.Class);
    }

    [Fact]
    public void Ancestors_and_IsAncestorOf()
    {
        Assert.Equal(new[] { R("103"), R("10301"), R("1030148") }, R("103014801").Ancestors);
        Assert.True(R("103").IsAncestorOf(R("1030148")));
        Assert.False(R("1030148").IsAncestorOf(R("103")));
        Assert.Equal(RevenueLevel.None, default(RevenueCode).Level);
    }

    [Fact]
    public void FromParts_joins_four_columns()
    {
        Assert.Equal(R("1030148"), RevenueCode.FromParts("103", "01", "48"));
        Assert.Equal(R("103014801"), RevenueCode.FromParts("103", "01", "48", "01"));
        Assert.Equal(R("103"), RevenueCode.FromParts("103"));
        var ex = Assert.Throws<BudgetFormatException>(() => RevenueCode.FromParts("103", "01", null, "01"));
        Assert.Contains("项", ex.What, StringComparison.Ordinal);
        Assert.True(RevenueCode.TryFromParts("103", "01", "48", "", out var c));
        Assert.Equal(R("1030148"), c);
        Assert.False(RevenueCode.TryFromParts("103", "01", "", "01", out _));
    }

    [Fact]
    public void Generic_parsing()
    {
        Assert.Equal(R("103014801"), FunctionCodeTests.ParseVia<RevenueCode>("103014801"));
        Assert.False(FunctionCodeTests.TryParseVia<RevenueCode>("1030148011", out _));
    }
}
