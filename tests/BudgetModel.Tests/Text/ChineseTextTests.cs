using BudgetModel.Classification;
using BudgetModel.Funding;
using BudgetModel.Text;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Text;

public class ChineseTextTests
{
    [Fact]
    public void The_two_folds_agree_on_brackets_and_the_colon_and_differ_on_other_full_width_forms()
    {
        // Character by character: as printed, by FoldWidth, by FoldBracketsAndColon.
        const string printed = "（）［］【】〔〕：，２Ａ、一(";
        const string fullWidthForms = "()[][][]:,2A、一(";
        const string bracketsAndColon = "()[][][]:，２Ａ、一(";
        for (int i = 0; i < printed.Length; i++)
        {
            Assert.Equal(fullWidthForms[i], ChineseText.FoldWidth(printed[i]));
            Assert.Equal(bracketsAndColon[i], ChineseText.FoldBracketsAndColon(printed[i]));
        }
    }

    [Theory]
    [InlineData("市县(区)财政资 金", "市县(区)财政资金", "市县(区)财政资金")]
    [InlineData("市县（区）财政资金", "市县(区)财政资金", "市县(区)财政资金")]
    [InlineData("　上年结转\t", "上年结转", "上年结转")]
    [InlineData("２０２４年预算 收支总表", "２０２４年预算收支总表", "2024年预算收支总表")]
    [InlineData("吕政办发〔2018〕34号", "吕政办发[2018]34号", "吕政办发[2018]34号")]
    [InlineData("   ", "", "")]
    public void Squeeze_removes_white_space_and_folds_as_asked(string printed, string bracketsAndColon, string fullWidthForms)
    {
        Assert.Equal(bracketsAndColon, Squeezed(printed, ChineseText.Fold.BracketsAndColon));
        Assert.Equal(fullWidthForms, Squeezed(printed, ChineseText.Fold.FullWidthForms));
    }

    [Theory]
    [InlineData("一、一般公共预算", 2)]
    [InlineData("十五、资源勘探工业信息等支出", 3)]
    [InlineData("二十九、债务发行费用支出", 4)]
    [InlineData("三十、抗疫特别国债安排的支出", 3)]
    [InlineData("一、", 2)]
    [InlineData("十", 0)]
    [InlineData("一般公共预算", 0)]
    [InlineData("一 、一般公共预算", 0)]
    [InlineData("1、整体绩效目标", 0)]
    [InlineData("（一）其他", 0)]
    [InlineData("", 0)]
    public void ChineseOrdinalLength_measures_only_numerals_and_the_enumeration_comma(string text, int length)
    {
        Assert.Equal(length, ChineseText.ChineseOrdinalLength(text));
    }

    [Fact]
    public void ToNewString_rewrites_short_and_long_texts()
    {
        Assert.Same(string.Empty, ChineseText.ToNewString("", SqueezeFullWidth));
        Assert.Equal("财政资金", ChineseText.ToNewString("财政资 金", SqueezeFullWidth));
        var longText = string.Concat(Enumerable.Repeat("财政 资金", 300));
        Assert.Equal(string.Concat(Enumerable.Repeat("财政资金", 300)), ChineseText.ToNewString(longText, SqueezeFullWidth));
    }

    /// <summary>The three normalisations built on ChineseText, side by side on one seed-like label: the differences
    /// ChineseText documents.</summary>
    [Fact]
    public void The_three_normal_forms_differ_as_documented()
    {
        const string printed = "一、２０２４年【市县（区）财政资 金】：";
        Assert.Equal("２０２４年[市县(区)财政资金]", LabelText.Normalize(printed));
        Assert.Equal("2024年(市县(区)财政资金):", NameComparison.Normalize(printed));
        Assert.Equal("一2024年市县区财政资金", NameText.Normalize(printed));
    }

    [Property]
    public Property Folding_is_idempotent_and_squeezing_never_lengthens()
    {
        var pieces = Gen.Elements("一", "、", "（", "）", "(", "２", "2", "Ａ", "：", "【", "〕", " ", "　", "\t", "财政", "，");
        var texts = Gen.ListOf(pieces).Select(p => string.Concat(p));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var full = Squeezed(text, ChineseText.Fold.FullWidthForms);
            var narrow = Squeezed(text, ChineseText.Fold.BracketsAndColon);
            return full.Length <= text.Length
                && narrow.Length == full.Length
                && Squeezed(full, ChineseText.Fold.FullWidthForms) == full
                && Squeezed(narrow, ChineseText.Fold.BracketsAndColon) == narrow
                && Squeezed(narrow, ChineseText.Fold.FullWidthForms) == full;
        });
    }

    private static string Squeezed(string text, ChineseText.Fold fold)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, ChineseText.Squeeze(text, buffer, fold));
    }

    private static int SqueezeFullWidth(ReadOnlySpan<char> text, Span<char> destination) =>
        ChineseText.Squeeze(text, destination, ChineseText.Fold.FullWidthForms);
}
