using BudgetModel.Classification;
using BudgetModel.Testing.Contracts;

namespace BudgetModel.Tests.Classification;

public class FunctionCodeTests
{
    private static FunctionCode F(string s) => FunctionCode.Parse(s);

    [Fact]
    public void Satisfies_the_value_type_contract()
    {
        ValueTypeContract.CheckEquality(F("2150517"), F("2150517"), F("2150501"), F("21505"), F("215"), default);
        ValueTypeContract.CheckOrdering(default, F("201"), F("20113"), F("2011399"), F("208"), F("215"), F("21505"), F("2150501"), F("2150517"), F("21507"), F("216"));
    }

    [Fact]
    public void Default_is_the_empty_code()
    {
        var empty = default(FunctionCode);
        Assert.True(empty.IsEmpty);
        Assert.Equal(FunctionLevel.None, empty.Level);
        Assert.Equal(0, empty.Length);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Null(empty.Parent);
        Assert.Empty(empty.Ancestors);
        Assert.False(empty.IsAncestorOf(F("215")));
        Assert.False(F("215").IsEmpty);
    }

    [Theory]
    [InlineData("215", FunctionLevel.Class, null)]
    [InlineData("21505", FunctionLevel.Section, "215")]
    [InlineData("2150517", FunctionLevel.Item, "21505")]
    [InlineData("2011399", FunctionLevel.Item, "20113")]
    public void Level_and_parent_follow_the_digits(string text, FunctionLevel level, string? parent)
    {
        var code = F(text);
        Assert.Equal(level, code.Level);
        Assert.Equal(text.Length, code.Length);
        Assert.Equal(text, code.Value);
        Assert.Equal(parent, code.Parent?.Value);
        Assert.Equal(text[..3], code.Class.Value);
    }

    [Fact]
    public void Ancestors_run_from_the_class_down_to_the_parent()
    {
        Assert.Equal(new[] { F("215"), F("21505") }, F("2150517").Ancestors);
        Assert.Equal(new[] { F("215") }, F("21505").Ancestors);
        Assert.Empty(F("215").Ancestors);
    }

    [Fact]
    public void IsAncestorOf_is_proper_prefix_by_level()
    {
        Assert.True(F("215").IsAncestorOf(F("2150517")));
        Assert.True(F("21505").IsAncestorOf(F("2150517")));
        Assert.True(F("215").IsAncestorOf(F("21505")));
        Assert.False(F("2150517").IsAncestorOf(F("2150517")));
        Assert.False(F("2150517").IsAncestorOf(F("21505")));
        Assert.False(F("21502").IsAncestorOf(F("2150517")));
        Assert.False(F("216").IsAncestorOf(F("2150517")));
    }

    [Fact]
    public void FromParts_joins_class_section_and_item_columns()
    {
        Assert.Equal(F("2040601"), FunctionCode.FromParts("204", "06", "01"));
        Assert.Equal(F("20406"), FunctionCode.FromParts("204", "06"));
        Assert.Equal(F("204"), FunctionCode.FromParts("204"));
        Assert.Equal(F("204"), FunctionCode.FromParts("204", "", " "));
        Assert.Equal(F("2150517"), FunctionCode.FromParts(" 215 ", "05\t", " 17"));
        Assert.True(FunctionCode.TryFromParts("215", "05", "17", out var c));
        Assert.Equal(F("2150517"), c);
    }

    [Theory]
    [InlineData("204", "6", "01", "款", 1)]          // one digit in the 款 column: position is the end
    [InlineData("204", "06", "0l", "项", 1)]         // letter l for digit 1
    [InlineData("2O4", "06", "01", "类", 1)]         // letter O for zero
    [InlineData("204", "", "01", "款", 0)]           // 项 without 款
    [InlineData("", "06", "01", "类", 0)]
    [InlineData("2040", "06", "01", "类", 3)]
    [InlineData("204", " 0x", null, "款", 2)]        // position counts the leading blank
    public void FromParts_names_the_bad_column(string c, string? s, string? i, string column, int position)
    {
        var ex = Assert.Throws<BudgetFormatException>(() => FunctionCode.FromParts(c, s, i));
        Assert.Contains(column, ex.What, StringComparison.Ordinal);
        Assert.Equal(position, ex.Position);
        Assert.False(FunctionCode.TryFromParts(c, s, i, out var code));
        Assert.True(code.IsEmpty);
    }

    [Fact]
    public void Span_formatting_writes_the_digits()
    {
        Span<char> buffer = stackalloc char[10];
        Assert.True(F("2150517").TryFormat(buffer, out int written, default, null));
        Assert.Equal("2150517", buffer[..written].ToString());
        Assert.False(F("2150517").TryFormat(buffer[..6], out written, default, null));
        Assert.Equal(0, written);
        Assert.Equal("2150517", $"{F("2150517")}");
        Assert.Equal("215", F("215").ToString("G", null));
        Assert.Throws<BudgetFormatException>(() => F("215").ToString("N", null));
    }

    [Fact]
    public void Generic_parsing_goes_through_the_interfaces()
    {
        Assert.Equal(F("2150517"), ParseVia<FunctionCode>("2150517"));
        Assert.True(TryParseVia<FunctionCode>("21505", out var c));
        Assert.Equal(F("21505"), c);
        Assert.False(TryParseVia<FunctionCode>(null, out _));
        Assert.False(TryParseVia<FunctionCode>("2150", out _));
    }

    internal static T ParseVia<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);

    internal static bool TryParseVia<T>(string? s, out T result) where T : IParsable<T> => T.TryParse(s, null, out result!);
}
