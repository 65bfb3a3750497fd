using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Performance layouts the corpus suggests (issue 12), printed as generated PDFs with an invented unit and figures, not
/// a corpus document's text: the key projects listed in the notes under no sheet title (单位名称 | 一级项目名称 |
/// 预算数（万元） | 绩效目标), and an overall sheet that states the year's funds as headers over one line of figures.
/// </summary>
[Trait("Category", "GeneratedLayout")]
public class GeneratedPerformanceListTests
{
    private const string Unit = "某某市测试服务局";

    private static TableColumnLayout Text(double width) => new(width, CellAlign.Left);

    private static TableColumnLayout Amount => new(62, CellAlign.Right);

    [Fact]
    public void Key_projects_listed_in_the_notes_are_read_as_project_targets_and_the_notes_go_on_after_them()
    {
        var list = new TableBlock(null,
            [Text(90), Text(100), Amount, Text(180)],
            [[new("单位名称"), new("一级项目名称"), new("预算数（万元）"), new("绩效目标")]],
            [
                [Unit, "热线服务外包", "86.40", "热线接通率不低于95%"],
                [Unit, "档案整理", "12.00", "完成历年档案整理归档"],
            ])
        { NewPage = false, Note = "注：涉密项目不予公开。" };
        var result = GeneratedDocument.Import(GeneratedDocument.Cover(Unit).Concat(
        [
            new Heading("七、重点项目预算绩效目标情况"),
            new Paragraph("2026年，本部门重点项目绩效目标情况如下："),
            list,
            new Heading("八、其他需要说明的情况"),
            new Paragraph("2026年本部门机关运行经费财政拨款预算35.00万元。"),
        ]));
        var sheets = result.Disclosure.ProjectSheets;

        Assert.Equal(["热线服务外包", "档案整理"], sheets.Select(s => s.ProjectName));
        // One amount per project, the year's: it stands for both periods.
        Assert.Equal([Money.FromWan(86.40m), Money.FromWan(12.00m)], sheets.Select(s => s.AnnualFunding.Total));
        Assert.All(sheets, s => Assert.Equal(s.AnnualFunding.Total, s.LifetimeFunding.Total));
        Assert.Equal(["热线接通率不低于95%", "完成历年档案整理归档"], sheets.Select(s => s.Details.AnnualGoal));
        Assert.All(sheets, s =>
        {
            Assert.Equal(Unit, s.Details.ImplementingUnit);
            // 重点项目 in the sentence introducing the list: a selection of the projects. No indicator is invented.
            Assert.True(s.Details.KeyProject);
            Assert.Empty(s.AnnualIndicators);
        });
        // The note under the list is not a project; the heading after it ends the list and its paragraph is read.
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Sheet);
        Assert.Contains(result.Disclosure.Facts, f => f.Subject.Topic == FactTopic.OperatingExpenses && f.Value == 35.00m);
    }

    [Fact]
    public void An_overall_sheet_states_its_funds_as_headers_over_one_line_of_figures()
    {
        var overall = new TableBlock("部门整体支出绩效目标表",
            [Text(90), Amount, Amount, Amount, Amount, Amount, Amount, Amount],
            [
                [new("总体资金情况（万元）", 1, 2), new("预算支出总额", 1, 2), new("财政拨款", 3), new("其他资金", 3)],
                [new("合计"), new("基本支出"), new("项目支出"), new("合计"), new("基本支出"), new("项目支出")],
            ],
            [["", "150.00", "120.00", "100.00", "20.00", "30.00", "", "30.00"]]);
        var result = GeneratedDocument.Import(GeneratedDocument.Cover(Unit).Append(overall));
        var sheet = result.Disclosure.OverallSheet!;

        // 预算支出总额 is the total; 财政拨款's 合计 its source's; 项目支出 is both sources' (20.00 + 30.00); 其他资金 is no
        // fund source of the model and is left out.
        Assert.Equal(Money.FromWan(150m), sheet.Total);
        Assert.Equal(Money.FromWan(120m), Assert.Single(sheet.BySource, kv => kv.Key == FundSource.FiscalAppropriation).Value);
        Assert.Single(sheet.BySource);
        Assert.Equal(Money.FromWan(100m), sheet.ByType[ExpenditureType.Basic]);
        Assert.Equal(Money.FromWan(50m), sheet.ByType[ExpenditureType.Project]);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Sheet);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>A project list whose name, amount and goal cells are merged over the project's indicator rows and
    /// centred in them, on rows of unequal height (an indicator name wrapped over two lines makes its row twice as high):
    /// the second project's name sits on its third row, and its first two rows carry the same 一级指标 (成本指标) as the
    /// first project's last row. The rules say where each name cell starts: a rule crosses the name column above the
    /// second project's first row, none above its other rows.</summary>
    [Fact]
    public void A_project_list_splits_projects_where_a_rule_opens_the_name_cell_not_where_the_centred_name_sits()
    {
        var list = new TableBlock("2026年项目支出绩效目标表",
            [Text(70), Amount, Text(70), Text(50), Text(90), Text(90), Text(55)],
            [[new("项目名称"), new("金额"), new("绩效目标"), new("一级指标"), new("二级指标"), new("三级指标"), new("指标值")]],
            [
                ["机关运行保障", "20.00", "保障机关运转", "产出指标", "数量指标", "保障人数", "≥50人"],
                ["", "", "", "效益指标", "社会效益指标", "保障机关正常运转", "优"],
                ["", "", "", "成本指标", "经济成本指标", "运行成本控制数", "≤12万元"],
                // Two rows of two lines each (the names wrap), then five of one line: the name, the amount and the goal,
                // centred over nine lines, sit on the third row.
                ["专项业务培训", "30.00", "提升业务能力", "成本指标", "经济成本指标", "专家咨询及评审劳务费用", "≤5万元"],
                ["", "", "", "成本指标", "经济成本指标", "培训场地租赁及设备使用费用", "≤10万元"],
                ["", "", "", "成本指标", "经济成本指标", "教材印制费", "≤15万元"],
                ["", "", "", "产出指标", "数量指标", "培训人次", "≥300人次"],
                ["", "", "", "产出指标", "质量指标", "培训合格率", "≥95%"],
                ["", "", "", "效益指标", "社会效益指标", "业务能力提升", "良"],
                ["", "", "", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
            ])
        { UnitLabel = "单位：万元", MergedColumns = [0, 1, 2] };
        var result = GeneratedDocument.Import(GeneratedDocument.Cover(Unit).Append(list));
        var sheets = result.Disclosure.ProjectSheets;

        Assert.Equal(["机关运行保障", "专项业务培训"], sheets.Select(s => s.ProjectName));
        Assert.Equal([Money.FromWan(20m), Money.FromWan(30m)], sheets.Select(s => s.AnnualFunding.Total));
        Assert.Equal(["保障机关运转", "提升业务能力"], sheets.Select(s => s.Details.AnnualGoal));
        // Each project keeps the rows of its own name cell: the first its three, the second its seven, the two wrapped
        // cost rows above its centred name included.
        Assert.Equal(["保障人数", "保障机关正常运转", "运行成本控制数"], sheets[0].AnnualIndicators.Select(i => i.Indicator.Name));
        Assert.Equal(
            ["专家咨询及评审劳务费用", "培训场地租赁及设备使用费用", "教材印制费", "培训人次", "培训合格率", "业务能力提升", "学员满意度"],
            sheets[1].AnnualIndicators.Select(i => i.Indicator.Name));
        // So the cost indicators come to no more than each project's amount: 12 ≤ 20, 5 + 10 + 15 = 30.
        Assert.Equal(["≤12万元"], CostValues(sheets[0]));
        Assert.Equal(["≤5万元", "≤10万元", "≤15万元"], CostValues(sheets[1]));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Sheet);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    private static IEnumerable<string> CostValues(ProjectPerformanceSheet sheet) =>
        sheet.AnnualIndicators.Where(i => i.Indicator.Category == IndicatorCategory.Cost).Select(i => i.Indicator.Value.Text);
}
