using BudgetModel.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Classification;

public class NameComparisonTests
{
    [Theory]
    [InlineData("维修（护）费", "维修(护)费")]          // full-width and half-width brackets
    [InlineData("维修【护】费", "维修(护)费")]          // bracket shapes
    [InlineData("维修〔护〕费", "维修［护］费")]
    [InlineData("因公出国（境）费用", "因公出国 (境) 费用")] // spaces
    [InlineData("卫生健康支出", "卫生健康支出\u3000")]     // ideographic space
    [InlineData("十、卫生健康支出", "卫生健康支出")]         // table-1 ordinal
    [InlineData("ＡＢＣ支出", "ABC支出")]                 // full-width letters
    public void Printing_differences_are_the_same_name(string a, string b)
    {
        Assert.True(NameComparison.AreSame(a, b));
        Assert.Equal(NameComparison.Normalize(a), NameComparison.Normalize(b));
    }

    [Theory]
    [InlineData("对个人和家庭的补助", "对个人和家庭补助")]   // a character left out
    [InlineData("维修（护）费", "维修护费")]                // brackets are kept, only their shape is folded
    [InlineData("卫生健康支出", "衛生健康支出")]            // traditional characters are not folded
    [InlineData("行政运行", "运行行政")]                    // order counts
    [InlineData("其他支出", "其他支出。")]                  // punctuation other than brackets counts
    [InlineData("医疗卫生与计划生育支出", "卫生健康支出")]   // a former name is another name
    public void Anything_else_is_a_different_name(string a, string b) =>
        Assert.False(NameComparison.AreSame(a, b));

    [Theory]
    [InlineData("维修（护）费", "维护（护）费", true)]        // one character replaced
    [InlineData("对个人和家庭的补助", "对个人和家庭补助", true)]
    [InlineData("工业和信息产业监管", "工业和信息产业", true)] // 2 edits in 9 characters
    [InlineData("邮电费", "邮点费", true)]                  // 1 edit in a 3-character name
    [InlineData("取暖费", "物业管理费", false)]              // another code's name
    [InlineData("奖金", "资金", false)]                     // half of a 2-character name
    [InlineData("卫生健康支出", "卫生健康支出", false)]      // the same name is no misspelling
    [InlineData("卫生健康支出", "卫生健康支出 ", false)]
    public void A_misspelling_is_a_few_edits_of_the_name(string expected, string printed, bool misspelt) =>
        Assert.Equal(misspelt, NameComparison.IsMisspelling(expected, printed));

    private static readonly Gen<string> Names =
        Gen.Elements("维修", "（", "）", "(", ")", "【", "】", " ", "\u3000", "护", "费", "支出", "十、", "Ａ", "A", "的")
            .ArrayOf().Select(parts => string.Concat(parts));

    [Property]
    public Property Normalising_is_idempotent_and_sameness_is_symmetric() =>
        Prop.ForAll(Names.ToArbitrary(), Names.ToArbitrary(), (a, b) =>
        {
            Assert.Equal(NameComparison.Normalize(a), NameComparison.Normalize(NameComparison.Normalize(a)));
            Assert.Equal(NameComparison.AreSame(a, b), NameComparison.AreSame(b, a));
        });

    [Property]
    public Property Edit_distance_is_a_metric_that_counts_single_edits() =>
        Prop.ForAll(Names.ToArbitrary(), Names.ToArbitrary(), Gen.Elements('甲', '乙').ToArbitrary(), (a, b, c) =>
        {
            Assert.Equal(0, NameComparison.EditDistance(a, a));
            Assert.Equal(NameComparison.EditDistance(a, b), NameComparison.EditDistance(b, a));
            Assert.Equal(1, NameComparison.EditDistance(a, a + c));                  // one insertion
            Assert.True(NameComparison.EditDistance(a, b) <= Math.Max(a.Length, b.Length));
            Assert.True(NameComparison.EditDistance(a, b) >= Math.Abs(a.Length - b.Length));
        });
}
