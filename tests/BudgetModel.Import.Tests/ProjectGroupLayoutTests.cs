using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Project tables (表十二 / 表十三) that print group rows over their projects: the levels of the project library in
/// columns of their own (类型 | 一级项目 | 二级项目), or a category named …类项目 on a row of its own. A group row is
/// kept in the table as a subtotal (<see cref="RowRole.Summary"/>) with its amounts, and is neither a project nor
/// summed again into the unit row. Generated layouts (invented unit, projects and figures), not a corpus document's text.
/// </summary>
[Trait("Category", "GeneratedLayout")]
public class ProjectGroupLayoutTests
{
    private const string Unit = "某某市测试服务局";

    private static TableColumnLayout Text(double width) => new(width, CellAlign.Left);

    private static TableColumnLayout Amount => new(62, CellAlign.Right);

    private static ImportResult Import(TableBlock table)
    {
        return GeneratedDocument.Import([.. GeneratedDocument.Cover(Unit), table with { UnitName = "部门名称：" + Unit, UnitLabel = "单位：万元" }]);
    }

    private static List<Finding> Findings(ImportResult result, string rule) =>
        [.. DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.RuleId == rule)];

    [Fact]
    public void Rows_whose_name_is_in_a_类型_or_一级项目_column_only_are_group_rows_not_projects()
    {
        // 项目名称 over 项目类型 | 一级项目 | 二级项目, then 项目单位. Two types (neither named …类项目: the column says what
        // they are), the first with two 一级项目; one project repeats its 一级项目 beside its own name (a project, named
        // by its 二级项目 cell).
        var table = new TableBlock("2026年项目支出预算表",
            [Text(70), Text(70), Text(130), Text(90), Amount, Amount, Amount],
            [[new("项目名称", 3), new("项目单位", 1, 2), new("合计", 1, 2), new("一般公共预算", 1, 2), new("单位资金", 1, 2)],
             [new("项目类型"), new("一级项目"), new("二级项目")]],
            [["合计", "", "", "", "95.00", "80.00", "15.00"],
             ["运转保障", "", "", "", "25.00", "25.00", ""],
             ["", "后勤服务", "", "", "25.00", "25.00", ""],
             ["", "", "办公楼物业管理", Unit, "25.00", "25.00", ""],
             ["专项业务", "", "", "", "70.00", "55.00", "15.00"],
             ["", "监测预警", "", "", "52.00", "40.00", "12.00"],
             ["", "", "站网设备运维", Unit, "32.00", "30.00", "2.00"],
             ["", "监测预警", "预警信息发布", Unit, "20.00", "10.00", "10.00"],
             ["", "宣传教育", "", "", "18.00", "15.00", "3.00"],
             ["", "", "科普场馆运行", Unit, "18.00", "15.00", "3.00"]]);

        var result = Import(table);

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics.Select(d => d.ToString())));
        var t12 = result.Disclosure.ProjectExpenditureCurrent!;
        Assert.Equal(["办公楼物业管理", "站网设备运维", "预警信息发布", "科普场馆运行"], t12.DetailRows.Select(r => r.Name));
        var groups = t12.Rows.OfType<NamedRow>().Where(r => r.Role == RowRole.Summary).ToArray();
        Assert.Equal(["运转保障", "后勤服务", "专项业务", "监测预警", "宣传教育"], groups.Select(r => r.Name));
        // Kept with their amounts, as printed.
        Assert.Equal([25m, 25m, 70m, 52m, 18m], groups.Select(r => r.Total.Wan));
        Assert.Equal(15m, groups[2].GetOrZero(TableColumn.UnitFunds).Wan);
        Assert.Equal(95m, Assert.Single(t12.UnitRows).Total.Wan);
        // 合计 = Σ the four projects (25 + 32 + 20 + 18 = 95): the groups are not counted again.
        Assert.Empty(Findings(result, "BM-T12-UNIT"));
    }

    [Fact]
    public void A_row_naming_a_category_of_projects_is_a_group_row_while_a_project_merely_mentioning_one_is_not()
    {
        // No column of types: the rows say what they are. 其他运转类项目 and 特定目标类项目 head their projects; 人才类项目评审
        // (a project about reviewing such projects) does not end in 类项目 and stays a project.
        var table = new TableBlock("2026年项目支出预算表",
            [Text(200), Amount, Amount],
            [[new("项目名称"), new("合计"), new("一般公共预算")]],
            [[Unit, "60.00", "60.00"],
             ["其他运转类项目", "14.00", "14.00"],
             ["公务车辆运行维护", "14.00", "14.00"],
             ["特定目标类项目", "46.00", "46.00"],
             ["人才类项目评审", "6.00", "6.00"],
             ["数据平台升级改造", "40.00", "40.00"]]);

        var result = Import(table);

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics.Select(d => d.ToString())));
        var t12 = result.Disclosure.ProjectExpenditureCurrent!;
        Assert.Equal(["公务车辆运行维护", "人才类项目评审", "数据平台升级改造"], t12.DetailRows.Select(r => r.Name));
        Assert.Equal(["其他运转类项目", "特定目标类项目"], t12.Rows.OfType<NamedRow>().Where(r => r.Role == RowRole.Summary).Select(r => r.Name));
        Assert.Equal(Unit, Assert.Single(t12.UnitRows).Name);
        Assert.Empty(Findings(result, "BM-T12-UNIT"));
    }

    [Fact]
    public void In_text_a_category_row_under_the_unit_row_is_a_group_row()
    {
        // The seed's 表十二 (lines 387–390: header, numbering, the unit row 3023.26) with a category row over all of its
        // projects inserted after the unit row.
        var lines = Seed.Text.Split('\n').ToList();
        int unitRow = lines.FindIndex(l => l.StartsWith("汾阳市工业和信息化局\t3023.26", StringComparison.Ordinal));
        Assert.True(unitRow > 0);
        lines.Insert(unitRow + 1, "部门特定目标类项目\t3023.26\t638.14\t2295.12\t90.00\t\t");

        var result = DisclosureImporter.Import(string.Join('\n', lines));
        var baseline = DisclosureImporter.Import(Seed.Text);

        var t12 = result.Disclosure.ProjectExpenditureCurrent!;
        var group = Assert.Single(t12.Rows.OfType<NamedRow>(), r => r.Role == RowRole.Summary);
        Assert.Equal(("部门特定目标类项目", 3023.26m), (group.Name, group.Total.Wan));
        Assert.Equal(baseline.Disclosure.ProjectExpenditureCurrent!.DetailRows.Select(r => r.Name), t12.DetailRows.Select(r => r.Name));
        // The same findings as the seed's own: the category is neither a project without a sheet nor counted twice.
        Assert.Equal(Findings(baseline, "BM-T12-UNIT").Count, Findings(result, "BM-T12-UNIT").Count);
        Assert.Equal(Findings(baseline, "BM-PERF-MATCH").Count, Findings(result, "BM-PERF-MATCH").Count);
    }
}
