using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The notes read as sentences (paragraphs assembled across line and page breaks) and the per-item explanations of
/// 一般公共预算 expenditure, on wordings written for these tests (no document's sentences): each kind of wording is read
/// by its shape, whatever the names and figures.
/// </summary>
public partial class ProseSentenceTests
{
    private const string Cover = "示例市档案馆\n2026年度部门预算\n第三部分 2026年度部门预算情况说明\n";

    private static ImportResult Read(string notes) => DisclosureImporter.Import(Cover + notes);

    /// <summary>The line number (1-based) of the first line of the imported text that contains <paramref name="text"/>.</summary>
    private static int LineOf(string notes, string text)
    {
        var lines = (Cover + notes).Split('\n');
        return Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }

    [Fact]
    public void A_sentence_wrapped_over_lines_and_a_page_number_is_read_whole_and_each_figure_keeps_its_line()
    {
        const string notes =
            "四、“三公”经费预算情况说明\n"
            + "2026年本单位使用财政拨款安排的“三公”经费预算数（按照过紧日子要求从严从紧核定后的年度总额）合计\n"
            + "- 3 -\n"
            + "12.50万元，比上年减少\n"
            + "2.50万元，下降16.67%。\n";
        var facts = Read(notes).Disclosure.Facts.Where(f => f.Subject.Topic == FactTopic.ThreePublicTotal).ToList();

        var amount = Assert.Single(facts, f => f.Kind == FactKind.Amount);
        Assert.Equal(12.50m, amount.Value);
        Assert.Equal(LineOf(notes, "12.50万元"), amount.Line);
        var change = Assert.Single(facts, f => f.Kind == FactKind.ChangeAmount);
        Assert.Equal(-2.50m, change.Value);
        Assert.Equal(LineOf(notes, "2.50万元，下降"), change.Line);
        // 2.50 / (12.50 + 2.50) = 16.67%.
        Assert.Equal(-16.67m, Assert.Single(facts, f => f.Kind == FactKind.ChangePercent).Value);
    }

    [Fact]
    public void The_cells_of_a_prose_line_are_joined()
    {
        // The layout splits a line at wide gaps: 内设科室 | 3 | 个 reads 内设科室3个.
        var staff = Read("一、单位基本情况\n本馆内设科室\t3\t个，行政编制\t20\t名，实有人员18人。\n").Disclosure.Unit.Staff;

        Assert.NotNull(staff);
        Assert.Equal(3, staff.InternalDepartments);
        Assert.Equal(20, staff.AuthorizedStaff);
    }

    [Fact]
    public void A_line_starting_a_numbered_item_starts_a_new_paragraph_but_a_decimal_does_not()
    {
        const string notes =
            "五、政府采购情况说明\n"
            + "2026年本单位政府采购预算总额40.00万元，其中：政府采购货物预算\n"
            + "1.50万元、政府采购工程预算0万元、政府采购服务预算38.50万元。\n";
        var facts = Read(notes).Disclosure.Facts;

        // 1.50万元 continues the sentence (a decimal, not an item 1.): the goods are 1.50, and 1.50 + 0 + 38.50 = 40.00.
        Assert.Equal(1.50m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.ProcurementGoods).Value);
        Assert.Equal(38.50m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.ProcurementServices).Value);
    }

    [Fact]
    public void A_sentence_with_a_figure_from_which_nothing_is_read_is_kept_and_reported_once()
    {
        const string notes = "六、其他事项说明\n本年安排档案数字化加工经费12.30万元，较往年有所提高。\n";
        var result = Read(notes);

        var unread = Assert.Single(result.Disclosure.Mentions, m => m.Kind == MentionKind.UnreadFigures);
        Assert.Equal(LineOf(notes, "12.30万元"), unread.Line);
        Assert.Contains("12.30万元", unread.Text, StringComparison.Ordinal);
        var finding = Assert.Single(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.RuleId == "BM-PROSE-UNREAD");
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void An_item_named_with_code_parts_is_read_with_its_code_amount_change_prior_year_and_reason()
    {
        const string notes =
            "二、一般公共预算拨款支出情况\n"
            + "2026年度一般公共预算拨款支出90.00万元，具体如下：\n"
            + "（一）公共安全支出（204类）公安（02款）行政运行（01项）60.00万元，上年预算数为55.00万元，比上年增加5.00万元，增长9.09%，主要原因是新增人员2名。\n";
        var facts = Read(notes).Disclosure.Facts.Where(f => f.Subject.Code?.Value == "2040201").ToList();

        var amount = Assert.Single(facts, f => f.Kind == FactKind.Amount);
        Assert.Equal(FactTopic.GeneralBudgetByClass, amount.Subject.Topic);
        Assert.Equal(60.00m, amount.Value);
        Assert.Equal("新增人员2名", amount.Reason);
        Assert.Equal(5.00m, Assert.Single(facts, f => f.Kind == FactKind.ChangeAmount).Value);
        // 5.00 / 55.00 = 9.09%.
        Assert.Equal(9.09m, Assert.Single(facts, f => f.Kind == FactKind.ChangePercent).Value);
        Assert.Equal(55.00m, Assert.Single(facts, f => f.Kind == FactKind.PriorYearAmount).Value);
    }

    [Fact]
    public void An_item_named_by_levels_under_a_class_heading_takes_the_heading_class()
    {
        const string notes =
            "三、财政拨款支出预算情况说明\n"
            + "本单位2026年财政拨款支出预算80.00万元。\n"
            + "（二）社会保障和就业支出（类）\n"
            + "1.行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）支出6.40万元，与上年预算数持平。\n";
        var facts = Read(notes).Disclosure.Facts.Where(f => f.Subject.Code?.Value == "2080506").ToList();

        var amount = Assert.Single(facts, f => f.Kind == FactKind.Amount);
        Assert.Equal(FactTopic.FiscalExpenditureByClass, amount.Subject.Topic);
        Assert.Equal(6.40m, amount.Value);
        Assert.Equal(0m, Assert.Single(facts, f => f.Kind == FactKind.ChangeAmount).Value);
    }

    [Fact]
    public void An_item_with_its_code_before_the_name_is_read_and_the_name_mentioned_for_the_catalog_check()
    {
        const string notes =
            "二、一般公共预算支出情况说明\n"
            + "2026年一般公共预算支出安排如下：\n"
            + "（一）[2080506]机关事业单位职业年金缴费支出7.25万元，比2025年减少0.75万元，下降9.38%。\n";
        var result = Read(notes);
        var facts = result.Disclosure.Facts.Where(f => f.Subject.Code?.Value == "2080506").ToList();

        Assert.Equal(7.25m, Assert.Single(facts, f => f.Kind == FactKind.Amount).Value);
        var change = Assert.Single(facts, f => f.Kind == FactKind.ChangeAmount);
        Assert.Equal(-0.75m, change.Value);
        Assert.Equal(2025, change.ComparedYear);
        // 0.75 / 8.00 = 9.375% → 9.38%.
        Assert.Equal(-9.38m, Assert.Single(facts, f => f.Kind == FactKind.ChangePercent).Value);
        Assert.Contains(result.Disclosure.Mentions, m => m.Kind == MentionKind.FunctionClass && m.Code == "2080506" && m.Text == "机关事业单位职业年金缴费支出");
    }

    [Fact]
    public void A_name_with_an_amount_outside_the_explanation_of_expenditure_is_not_an_item()
    {
        // Under 基本支出 the names are economic classes; under “三公” the figures are its lines: no class facts.
        const string notes =
            "四、一般公共预算基本支出情况说明\n"
            + "（一）[2080506]机关事业单位职业年金缴费支出7.25万元。\n";
        var facts = Read(notes).Disclosure.Facts;

        Assert.DoesNotContain(facts, f => f.Subject.Topic is FactTopic.GeneralBudgetByClass or FactTopic.FiscalExpenditureByClass);
    }
    [Fact]
    public void Classes_listed_under_the_expenditure_total_are_the_classes_of_all_funds()
    {
        // The change follows in a sentence of its own; the lead (支出预算总计…包括：) sets the scope for the items under it.
        const string notes =
            "一、收支预算总体情况说明\n"
            + "（二）支出预算总计120.00万元。包括：\n"
            + "1．本年支出合计120.00万元。\n"
            + "（1）教育支出（类）支出70.00万元，主要用于职业教育。与上年相比增加7.00万元，增长11.11%。主要原因是新增培训项目。\n"
            + "二、收入预算情况说明\n"
            + "（1）教育支出（类）支出70.00万元。\n";
        var facts = Read(notes).Disclosure.Facts;

        var classes = facts.Where(f => f.Subject.Topic == FactTopic.ExpenditureByClass).ToList();
        Assert.All(classes, f => Assert.Equal("205", f.Subject.Code?.Value));
        // 7.00 / 63.00 = 11.11%; the item under the revenue heading is outside the scope: only the first is read.
        Assert.Equal([(FactKind.Amount, 70.00m), (FactKind.ChangeAmount, 7.00m), (FactKind.ChangePercent, 11.11m)], classes.Select(f => (f.Kind, f.Value)));
        Assert.Equal(120.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.TotalExpenditure).Value);
        Assert.Equal(120.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.CurrentYearExpenditure).Value);
    }

    [Fact]
    public void An_item_with_its_code_in_brackets_after_the_name_is_read_but_an_economic_class_is_not()
    {
        const string notes =
            "二、一般公共预算支出情况说明\n"
            + "本单位当年一般公共预算支出50.00万元，其中：\n"
            + "1.事业运行（2010850）42.00万元，较上年减少2.00万元，下降4.55%；\n"
            + "（1）工资福利支出（301）30.00万元，较上年增加1.00万元。\n";
        var facts = Read(notes).Disclosure.Facts.Where(f => f.Subject.Topic == FactTopic.GeneralBudgetByClass).ToList();

        // 2.00 / 44.00 = 4.55%; 301 is an economic class, no function.
        Assert.All(facts, f => Assert.Equal("2010850", f.Subject.Code?.Value));
        Assert.Equal([(FactKind.Amount, 42.00m), (FactKind.ChangeAmount, -2.00m), (FactKind.ChangePercent, -4.55m)], facts.Select(f => (f.Kind, f.Value)));
    }

    [Fact]
    public void A_sentence_whose_first_line_looks_like_a_heading_is_read_whole()
    {
        // The first line has no punctuation and would pass for a heading; the next line continues it.
        const string notes =
            "五、政府采购预算情况\n"
            + "示例市档案馆纳入2026年部门预算的政府采购项目共有\n"
            + "36.00万元，其中：货物类项目6.00万元、服务类项目30.00万元。\n";
        var facts = Read(notes).Disclosure.Facts;

        var total = Assert.Single(facts, f => f.Subject.Topic == FactTopic.ProcurementTotal);
        Assert.Equal((36.00m, LineOf(notes, "36.00万元")), (total.Value, total.Line));
        Assert.Equal(6.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.ProcurementGoods).Value);
    }

    [Fact]
    public void The_revenue_of_a_fund_is_read_but_the_carry_over_of_a_fund_is_not_taken_for_the_total()
    {
        const string notes =
            "一、收支预算总体情况说明\n"
            + "（1）一般公共预算拨款收入80.00万元，与上年相比增加5.00万元，增长6.67%。\n"
            + "（2）政府性基金预算拨款收入0万元，与上年预算数相同。\n"
            + "上年结转结余的一般公共预算收入12.00万元，占13.04%。\n";
        var facts = Read(notes).Disclosure.Facts;

        // 5.00 / 75.00 = 6.67%.
        var general = facts.Where(f => f.Subject.Topic == FactTopic.RevenueBySource && f.Subject.Source == Funding.FundSource.GeneralPublicBudget).Select(f => (f.Kind, f.Value));
        Assert.Equal([(FactKind.Amount, 80.00m), (FactKind.ChangeAmount, 5.00m), (FactKind.ChangePercent, 6.67m)], general);
        Assert.Contains(facts, f => f.Subject.Topic == FactTopic.RevenueBySource && f.Subject.Source == Funding.FundSource.GovernmentFundBudget && f.Value == 0m);
        Assert.DoesNotContain(facts, f => f.Subject.Topic == FactTopic.CarryOverRevenue);
    }

    [Fact]
    public void A_sentence_of_counts_with_a_threshold_amount_is_read_by_its_counts()
    {
        const string notes = "六、国有资产占用情况说明\n本馆共有车辆2辆，其中，其他用车2辆；单价100万元（含）以上的设备0台（套）。\n";
        var result = Read(notes);

        Assert.Contains(result.Disclosure.Facts, f => f.Subject.Topic == FactTopic.Vehicles && f.Value == 2m);
        Assert.DoesNotContain(result.Disclosure.Mentions, m => m.Kind == MentionKind.UnreadFigures);
    }
    [Fact]
    public void The_year_before_figure_stated_in_a_comparison_or_after_this_years_is_read_with_the_change()
    {
        const string notes =
            "二、收入预算情况说明\n"
            + "2026年度收入预算220.00万元，比2025年年初预算数200.00万元增加20.00万元，增长10%。\n"
            + "三、“三公”经费预算情况说明\n"
            + "2026年“三公”经费预算数为4.00万元，2025年预算数为5.00万元，和2025年相比预算减少1.00万元。\n";
        var facts = Read(notes).Disclosure.Facts;

        string[] Of(FactTopic topic) => [.. facts.Where(f => f.Subject.Topic == topic).Select(f => $"{f.Kind} {f.Value:0.##} {f.ComparedYear}")];
        Assert.Equal(["Amount 220 ", "PriorYearAmount 200 2025", "ChangeAmount 20 2025", "ChangePercent 10 2025"], Of(FactTopic.TotalRevenue));
        Assert.Equal(["Amount 4 ", "PriorYearAmount 5 2025", "ChangeAmount -1 2025"], Of(FactTopic.ThreePublicTotal));
    }

    [Fact]
    public void A_change_after_an_amount_whose_subject_cannot_be_told_is_not_given_to_the_first_amount()
    {
        // The change is of 财政拨款支出预算 (no subject of this sentence's kind), not of the total.
        const string notes = "一、收支预算总体情况\n2026年，本馆支出预算300.00万元，其中：财政拨款支出预算250.00万元，比2025年预算增加12.00万元。\n";
        var facts = Read(notes).Disclosure.Facts;

        Assert.Equal(300.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.TotalExpenditure && f.Kind == FactKind.Amount).Value);
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.ChangeAmount);
    }

    [Fact]
    public void Numbered_personnel_and_public_expenses_and_the_basic_expenditure_budget_are_read()
    {
        const string notes =
            "三、支出预算情况说明\n"
            + "（一）基本支出。基本支出预算90.00万元，占本年支出预算75.00%。\n"
            + "六、财政拨款基本支出预算情况说明\n"
            + "（一）人员经费80.00万元。\n"
            + "（二）公用经费10.00万元。\n";
        var facts = Read(notes).Disclosure.Facts;

        Assert.Equal(90.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.BasicExpenditure && f.Kind == FactKind.Amount).Value);
        var share = Assert.Single(facts, f => f.Kind == FactKind.Share);
        Assert.Equal((75.00m, FactTopic.TotalExpenditure), (share.Value, share.Base!.Topic));
        Assert.Equal(80.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.PersonnelExpenses).Value);
        Assert.Equal(10.00m, Assert.Single(facts, f => f.Subject.Topic == FactTopic.PublicExpenses).Value);
    }
}
