using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests;

/// <summary>Explanations of expenditure by class in wordings without codes, and 款/项 the catalog lacks (wordings
/// written for these tests).</summary>
public partial class ProseSentenceTests
{
    private static string[] ClassFacts(ImportResult result, FactTopic topic) =>
        [.. result.Disclosure.Facts.Where(f => f.Subject.Topic == topic)
            .Select(f => $"{f.Kind} {f.Subject.Code?.Value} {f.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}")];

    [Fact]
    public void Classes_named_without_codes_under_a_general_budget_heading_are_its_classes()
    {
        const string notes =
            "五、一般公共预算支出情况说明\n"
            + "教育支出60.00万元，卫生健康支出25.50万元，住房保障支出4.50万元。\n";

        // 205 教育支出, 210 卫生健康支出, 221 住房保障支出: the 类 whose catalog names the list prints.
        Assert.Equal(["Amount 205 60", "Amount 210 25.5", "Amount 221 4.5"], ClassFacts(Read(notes), FactTopic.GeneralBudgetByClass));
    }

    [Fact]
    public void Classes_listed_by_function_after_the_expenditure_budget_are_the_classes_of_all_funds()
    {
        const string notes =
            "二、部门收支总体情况\n"
            + "（二）支出预算：2026年年初预算数90.00万元。按支出功能分类，包括教育支出60.00万元，住房保障支出30.00万元。\n"
            + "三、其他事项\n"
            + "本单位项目支出12.00万元，教育支出8.00万元。\n";
        var result = Read(notes);

        // The second list names no 功能分类 and stands under no heading of expenditure: not read as classes.
        Assert.Equal(["Amount 205 60", "Amount 221 30"], ClassFacts(result, FactTopic.ExpenditureByClass));
        Assert.DoesNotContain(result.Disclosure.Facts, f => f.Subject.Topic is FactTopic.GeneralBudgetByClass or FactTopic.FiscalExpenditureByClass);
    }

    [Fact]
    public void A_section_and_item_the_catalog_lacks_are_resolved_from_the_codes_the_tables_print()
    {
        // 22401 应急管理事务 and 2240101 are not in the built-in catalog; the document's table (printed after the notes)
        // prints them with their names; 2089999 likewise for a name with its code.
        const string notes =
            "五、财政拨款支出预算情况说明\n"
            + "（一）灾害防治及应急管理支出（类）\n"
            + "1.应急管理事务（款）行政运行（项）支出70.00万元，与上年相比增加7.00万元，增长11.11%。\n"
            + "六、一般公共预算支出情况说明\n"
            + "本单位当年一般公共预算支出3.42万元，其中：\n"
            + "1.其他社会保障和就业支出（2089999）3.42万元，较上年增加0.26万元，增长8.23%。\n"
            + "2026年一般公共预算支出预算表\n"
            + "单位：万元\n"
            + "科目编码\t科目名称\t合计\n"
            + "224\t灾害防治及应急管理支出\t70.00\n"
            + "22401\t应急管理事务\t70.00\n"
            + "2240101\t行政运行\t70.00\n"
            + "2089999\t其他社会保障和就业支出\t3.42\n";
        var result = Read(notes);

        // 7.00 / 63.00 = 11.11%; 0.26 / 3.16 = 8.23%.
        Assert.Equal(["Amount 2240101 70", "ChangeAmount 2240101 7", "ChangePercent 2240101 11.11"], ClassFacts(result, FactTopic.FiscalExpenditureByClass));
        Assert.Equal(["Amount 2089999 3.42", "ChangeAmount 2089999 0.26", "ChangePercent 2089999 8.23"], ClassFacts(result, FactTopic.GeneralBudgetByClass));
    }

    [Fact]
    public void A_breakdown_of_the_budget_into_named_parts_is_read_and_its_parts_are_summed()
    {
        static string Notes(string project) =>
            "一、示例局\n"
            + $"示例局预算100.00万元，包括在职人员经费50.00万元、公用经费10.00万元、项目支出{project}万元。\n"
            + "（一）在职人员经费50.00万元，主要是在职人员工资福利和社保缴费等相关支出，按核定的标准安排。\n";
        var right = Read(Notes("40.00"));
        var facts = right.Disclosure.Facts;

        // 在职人员经费 has no topic of its own (it is not 人员经费): a named part. Each part carries the total as its base; the
        // item that explains a part afterwards is the same subject, without a base (it is no second part).
        Assert.Equal(100.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.TotalExpenditure).Value);
        Assert.Equal(
            ["Other:在职人员经费 50 TotalExpenditure", "PublicExpenses: 10 TotalExpenditure", "ProjectExpenditure: 40 TotalExpenditure", "Other:在职人员经费 50 -"],
            facts.Where(f => f.Subject.Topic is FactTopic.Other or FactTopic.PublicExpenses or FactTopic.ProjectExpenditure)
                .Select(f => $"{f.Subject.Topic}:{f.Subject.Name} {f.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {f.Base?.Topic.ToString() ?? "-"}"));
        Assert.DoesNotContain(Validation.DisclosureValidator.Validate(right.Disclosure).Findings, f => f.RuleId == "BM-PROSE-PARTS");

        // 50.00 + 10.00 + 45.00 = 105.00, not 100.00.
        var wrong = Validation.DisclosureValidator.Validate(Read(Notes("45.00")).Disclosure).Findings;
        Assert.Contains(wrong, f => f.RuleId == "BM-PROSE-PARTS" && f.Severity == Validation.Severity.Error && f.Message.Contains("在职人员经费", StringComparison.Ordinal));
    }
}
