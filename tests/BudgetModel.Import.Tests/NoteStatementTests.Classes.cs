using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>Explanations of expenditure by economic class and by use, read into the seed (whose 表六 prints the
/// basic expenditure by economic class: 工资福利支出 241.01, 商品和服务支出 28.27, 对个人和家庭的补助 17.14; 支出总计
/// 6542.05) and checked against its tables.</summary>
public partial class NoteStatementTests
{
    private static string[] Economic((BudgetDisclosure, ProseFact[] Facts) read) =>
        [.. read.Facts.Where(f => f.Subject.Economic is not null)
            .Select(f => $"{f.Kind} {f.Subject.Topic} {f.Subject.Economic} {f.Value.ToString("0.##", CultureInfo.InvariantCulture)}{(f.Base is { } b ? " of " + b.Topic : "")}")];

    /// <summary>The prose errors on the lines of the paragraphs under test (the seed's own notes have one of their own).</summary>
    private static Finding[] ProseErrors((BudgetDisclosure Disclosure, ProseFact[] Facts) read) =>
        [.. DisclosureValidator.Validate(read.Disclosure).Findings.Where(f => f.Severity == Severity.Error && f.RuleId.StartsWith("BM-PROSE", StringComparison.Ordinal)
            && f.Location.Lines.Any(l => read.Facts.Any(x => x.Line == l)))];

    [Fact]
    public void Economic_classes_named_alone_under_the_basic_expenditure_are_read_with_their_shares_and_checked()
    {
        var right = With(
            "六、一般公共预算基本支出情况说明",
            "（一）工资福利支出241.01万元，占支出预算的3.68%；",
            "（二）对个人和家庭补助支出17.14万元，占支出预算的0.26%。");

        // 241.01 / 6542.05 = 3.684% → 3.68; 17.14 / 6542.05 = 0.262% → 0.26. 对个人和家庭补助支出 is 303 对个人和家庭的补助.
        Assert.Equal(
            ["Amount GeneralBudgetBasicByEconomicClass 301 241.01", "Share GeneralBudgetBasicByEconomicClass 301 3.68 of TotalExpenditure",
             "Amount GeneralBudgetBasicByEconomicClass 303 17.14", "Share GeneralBudgetBasicByEconomicClass 303 0.26 of TotalExpenditure"],
            Economic(right));
        Assert.Empty(ProseErrors(right));

        // 表六 prints 工资福利支出 241.01, not 214.01; the share is recomputed from the tables: 241.01 / 6542.05 = 3.68%, not 36.80%.
        var wrong = With("六、一般公共预算基本支出情况说明", "（一）工资福利支出214.01万元，占支出预算的36.80%。");
        var errors = ProseErrors(wrong);
        Assert.Contains(errors, f => f.RuleId == "BM-PROSE-AMOUNT" && f.Message.Contains("(301)", StringComparison.Ordinal));
        Assert.Contains(errors, f => f.RuleId == "BM-PROSE-SHARE" && f.Message.Contains("(301)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_total_a_lead_of_economic_items_states_is_read_and_checked()
    {
        static (BudgetDisclosure, ProseFact[]) Lead(string total) => With(
            "（三）支出按经济科目分类的明细情况",
            $"2.按照政府预算支出经济分类，本单位当年一般公共预算基本支出{total}万元，其中：",
            "（1）机关工资福利支出（501）241.01万元。");

        // The basic expenditure the items part: 表六's 合计, 241.01 + 28.27 + 17.14 = 286.42.
        var right = Lead("286.42");
        Assert.Equal(["Amount GeneralBudgetBasic 286.42万元"], Read(right, FactTopic.GeneralBudgetBasic));
        Assert.Empty(ProseErrors(right));

        // 268.42 is 18.00 short of 表六's 合计.
        var wrong = Lead("268.42");
        Assert.Contains(ProseErrors(wrong), f => f.RuleId == "BM-PROSE-AMOUNT" && f.Message.Contains("GeneralBudgetBasic", StringComparison.Ordinal));
    }

    [Fact]
    public void Economic_classes_with_codes_of_the_government_system_are_read_after_their_lead()
    {
        var read = With(
            "（三）支出按经济科目分类的明细情况",
            "2.按照政府预算支出经济分类，本单位当年一般公共预算基本支出286.42万元，其中：",
            "（1）机关工资福利支出（501）241.01万元，较上年增加11.01万元，增长4.79%；");

        // The lead names the basic expenditure: 501's figure is the sum of 表六's 款 whose 政府 names are of 501 (241.02, the
        // table's own rounding), within the stated precision. 11.01 / 230.00 = 4.787% → 4.79%.
        Assert.Equal(
            ["Amount GeneralBudgetBasicByEconomicClass 501 241.01", "ChangeAmount GeneralBudgetBasicByEconomicClass 501 11.01", "ChangePercent GeneralBudgetBasicByEconomicClass 501 4.79"],
            Economic(read));
        Assert.Empty(ProseErrors(read));
    }

    [Fact]
    public void The_parts_of_the_expenditure_by_use_are_read_with_their_shares_of_the_total()
    {
        var read = With("2.按支出用途分类，包括人员支出258.15万元，占3.9%；日常公用支出28.27万元，占0.4%；项目支出6255.63万元，占95.6%。");

        // 表六's 人员经费 and 公用经费 columns, 表三's 项目支出, each of 支出总计 6542.05: 258.15 / 6542.05 = 3.946% → 3.9;
        // 28.27 / 6542.05 = 0.432% → 0.4; 6255.63 / 6542.05 = 95.62% → 95.6.
        // (Two readers share the sentence — 项目支出 is also a statement of a total — so the order is not asserted; each fact once.)
        Assert.Equal(["Amount PersonnelExpenses 258.15", "Amount ProjectExpenditure 6255.63", "Amount PublicExpenses 28.27", "Share PersonnelExpenses 3.9", "Share ProjectExpenditure 95.6", "Share PublicExpenses 0.4"],
            Read(read, FactTopic.PersonnelExpenses, FactTopic.PublicExpenses, FactTopic.ProjectExpenditure).Select(s => s.Replace("万元", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(read.Facts.Where(f => f.Kind == FactKind.Share), f => Assert.Equal(FactTopic.TotalExpenditure, f.Base?.Topic));
        Assert.Empty(ProseErrors(read));
    }
}
