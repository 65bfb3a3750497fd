using BudgetModel.Funding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Funding;

public class LabelTextTests
{
    [Theory]
    [InlineData("市县(区)财政资 金", "市县(区)财政资金")]
    [InlineData("市县（区）财政资金", "市县(区)财政资金")]
    [InlineData("一、一般公共预算", "一般公共预算")]
    [InlineData("十一、节能环保支出", "节能环保支出")]
    [InlineData("（一）一般公共预算当年支出规模变化情况", "一般公共预算当年支出规模变化情况")]
    [InlineData("(二)其他", "其他")]
    [InlineData("①公务用车购置费", "公务用车购置费")]
    [InlineData("②公务用车运行维护费", "公务用车运行维护费")]
    [InlineData("1、整体绩效目标", "整体绩效目标")]
    [InlineData("2.项目绩效目标", "项目绩效目标")]
    [InlineData("(1)项目", "项目")]
    [InlineData("其中:中央财政资金", "中央财政资金")]
    [InlineData("其中：一般公共预算资金", "一般公共预算资金")]
    [InlineData("实施期资金总额:", "实施期资金总额")]
    [InlineData("年度资金总额：", "年度资金总额")]
    [InlineData("　上年结转\t", "上年结转")]
    [InlineData("吕政办发〔2018〕34号", "吕政办发[2018]34号")]
    public void Normalizes_labels_as_printed_in_the_seed(string printed, string expected)
    {
        Assert.Equal(expected, LabelText.Normalize(printed));
    }

    [Theory]
    [InlineData("一般公共预算")]
    [InlineData("三公经费")]
    [InlineData("2024年预算收支总表")]
    [InlineData("1.5万元")]
    [InlineData("4.3米焦炉")]
    [InlineData("其中")]
    [InlineData("十")]
    public void Leaves_text_that_only_looks_like_an_ordinal(string text)
    {
        Assert.Equal(text, LabelText.Normalize(text));
    }

    [Fact]
    public void Span_overload_refuses_a_short_destination()
    {
        Assert.Throws<ArgumentException>(() => LabelText.Normalize("一、一般公共预算", new char[3]));
    }

    [Fact]
    public void Long_text_is_normalized_too()
    {
        var text = "一、" + new string('预', 1000) + " ：";
        Assert.Equal(new string('预', 1000), LabelText.Normalize(text));
    }

    [Property]
    public Property Normalization_is_idempotent()
    {
        var pieces = Gen.Elements("一", "、", "(", ")", "（", "）", "1", ".", "．", ":", "：", " ", "其中", "①", "预算", "十", "a");
        var texts = Gen.ListOf(pieces).Select(p => string.Concat(p));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var once = LabelText.Normalize(text);
            return LabelText.Normalize(once) == once && once.Length <= text.Length;
        });
    }
}
