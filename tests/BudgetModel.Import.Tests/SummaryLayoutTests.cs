using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Layouts of the summary tables that provinces print differently, on generated PDFs (invented unit and figures, not
/// a corpus document's text): 基本支出总表 by economic class and 项目支出总表 by project, notes that explain figures,
/// a column-numbering line under placeholders, codes in brackets before the name, 预算 / 财政专户拨款 in 收支总表,
/// a 三公 table printed across with a row per unit, a merged 行政经费 line, projects beside a unit column, and
/// 单位资金 printed as its parts, and 财政拨款 printed as one revenue line.
/// </summary>
[Trait("Category", "GeneratedLayout")]
public class SummaryLayoutTests
{
    private const string Unit = "某某市测试服务局";

    private static ImportResult Import(params TableBlock[] tables)
    {
        return GeneratedDocument.Import(GeneratedDocument.Cover(Unit)
            .Concat(tables.Select(t => t with { UnitName = "部门名称：" + Unit, UnitLabel = "单位：万元" })));
    }

    private static TableColumnLayout Name(double width = 150) => new(width, CellAlign.Left);

    private static TableColumnLayout Amount => new(62, CellAlign.Right);

    private static void NoImportFinding(ImportResult result) =>
        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics.Select(d => d.ToString())));

    [Fact]
    public void A_basic_expenditure_summary_by_economic_class_and_a_project_summary_by_project_are_read_as_those_kinds()
    {
        var basic = new TableBlock("表4 基本支出总表",
            [Name(), Amount, Amount, Amount, Amount],
            [[new("支出项目类别", 1, 2), new("总计", 1, 2), new("财政拨款", 3)], [new("小计"), new("一般公共预算拨款"), new("政府性基金预算拨款")]],
            [[Unit, "150.00", "150.00", "150.00", "0.00"],
             ["工资福利支出", "120.00", "120.00", "120.00", "0.00"],
             ["基本工资", "70.00", "70.00", "70.00", "0.00"],
             ["津贴补贴", "50.00", "50.00", "50.00", "0.00"],
             ["商品和服务支出", "30.00", "30.00", "30.00", "0.00"],
             ["办公费", "30.00", "30.00", "30.00", "0.00"]])
        { Note = "注：本套报表金额单位转换时可能存在尾数误差。" };
        var projects = new TableBlock("表5 项目支出总表",
            [Name(), Amount, Amount, Amount],
            [[new("支出项目类别", 1, 2), new("总计", 1, 2), new("财政拨款", 2)], [new("一般公共预算拨款"), new("政府性基金预算拨款")]],
            [[Unit, "80.00", "80.00", "0.00"],
             ["便民服务热线运维", "55.00", "55.00", "0.00"],
             ["档案数字化加工", "25.00", "25.00", "0.00"]])
        { Note = "注：本套报表金额单位转换时可能存在尾数误差。", NewPage = false };
        var empty = new TableBlock("表11 国有资本经营预算支出表",
            [Name(), new(60, CellAlign.Left), Name(100), Amount, Amount, Amount],
            [[new("预算单位"), new("科目编码"), new("科目名称"), new("支出总计"), new("基本支出"), new("项目支出")]],
            [[Unit, "", "", "0.00", "0.00", "0.00"]])
        { Note = "备注：本单位本年度没有使用国有资本经营预算拨款安排的支出，故本表无数据。", NewPage = false };

        var result = Import(basic, projects, empty);
        var d = result.Disclosure;

        NoImportFinding(result);
        Assert.Equal([TableKind.BasicExpenditureByEconomic, TableKind.ProjectExpenditureCurrent, TableKind.StateCapitalOperation], d.Tables.Select(t => t.Kind));
        var economic = Assert.IsType<EconomicTable>(d[TableKind.BasicExpenditureByEconomic]);
        Assert.Equal(["301", "30101", "30102", "302", "30201"], economic.Rows.OfType<EconomicRow>().Select(r => r.DepartmentCode?.Value));
        Assert.Equal(Money.FromWan(150m), economic.TotalRow!.Total);
        Assert.Equal(Money.FromWan(70m), economic.Rows.OfType<EconomicRow>().Single(r => r.Name == "基本工资").GetOrZero(TableColumn.GeneralBudget));
        // A note that explains the figures is not a note that the table is empty; 没有…故本表无数据 is, however long.
        Assert.Null(economic.Header.EmptyNote);
        Assert.Equal("备注：本单位本年度没有使用国有资本经营预算拨款安排的支出，故本表无数据。", d[TableKind.StateCapitalOperation]!.Header.EmptyNote);
        var named = Assert.IsType<NamedRowTable>(d[TableKind.ProjectExpenditureCurrent]);
        Assert.Equal(["便民服务热线运维", "档案数字化加工"], named.DetailRows.Select(r => r.Name));
        Assert.Equal(Money.FromWan(80m), Assert.Single(named.UnitRows).Total);
        Assert.DoesNotContain(DisclosureValidator.Validate(d).Findings, f => f.Severity == Severity.Error && f.RuleId != "BM-REQUIRED-TABLE" && f.RuleId != "BM-REQUIRED-SECTION");
    }

    [Fact]
    public void Placeholder_column_numbers_codes_in_brackets_and_a_budget_column_headed_预算_are_read()
    {
        var summary = new TableBlock("表1 收支总体情况表",
            [Name(120), Amount, Name(120), Amount],
            [[new("收入", 2), new("支出", 2)], [new("项目"), new("预算"), new("项目"), new("预算")]],
            [["一、一般公共预算", "90.00", "一、一般公共服务支出", "100.00"],
             ["二、财政专户拨款", "10.00", "", ""],
             ["", "", "二、对附属单位补助支出", "0.00"],
             ["本年收入合计", "100.00", "本年支出合计", "100.00"],
             ["收入总计", "100.00", "支出总计", "100.00"]]);
        var expenditure = new TableBlock("表3 一般公共预算支出情况表（按功能分类科目）",
            [Name(170), Amount, Amount, Amount],
            [[new("功能科目名称", 1, 2), new("一般公共预算支出", 3)], [new("小计"), new("基本支出"), new("项目支出")],
             [new("**"), new("1"), new("2"), new("3")]],
            [["合计", "90.00", "60.00", "30.00"],
             ["[201]一般公共服务支出", "90.00", "60.00", "30.00"],
             ["[20103]政府办公厅（室）及相关机构事务", "90.00", "60.00", "30.00"],
             ["[2010301]行政运行", "60.00", "60.00", "0.00"],
             ["[2010302]一般行政管理事务", "30.00", "0.00", "30.00"]]);

        var result = Import(summary, expenditure);
        var d = result.Disclosure;

        NoImportFinding(result);
        Assert.Equal(["201", "20103", "2010301", "2010302"], d.GeneralBudgetExpenditure!.FunctionRows.Select(r => r.Code.Value));
        Assert.Equal("行政运行", d.GeneralBudgetExpenditure.FunctionRows.Single(r => r.Code.Value == "2010301").Name);
        var t1 = d.RevenueExpenditureSummary!;
        Assert.Equal(Money.FromWan(100m), t1.Summary(SummaryLine.RevenueGrandTotal)![TableColumn.Amount]);
        Assert.Equal(Money.FromWan(10m), t1.RevenueLines.Single(r => r.Source == FundSource.FiscalSpecialAccount)[TableColumn.Amount]);
    }

    [Fact]
    public void A_收支总表_printing_财政拨款_as_one_line_without_its_funds_is_read_and_checked_against_the_funds_elsewhere()
    {
        // 财政拨款（补助） 120.00 = 表三's 一般公共预算支出 合计 (no 政府性基金 or 国有资本经营 table printed).
        var summary = new TableBlock("表1 部门收支预算总表",
            [Name(120), Amount, Name(140), Amount],
            [[new("收入", 2), new("支出", 2)], [new("项目"), new("预算数"), new("项目"), new("预算数")]],
            [["一、财政拨款（补助）", "120.00", "一、一般公共服务支出", "126.00"],
             ["二、财政专户拨款", "6.00", "", ""],
             ["本年收入合计", "126.00", "本年支出合计", "126.00"],
             ["收入总计", "126.00", "支出总计", "126.00"]]);
        var expenditure = new TableBlock("表3 一般公共预算支出情况表（按功能分类科目）",
            [Name(170), Amount, Amount, Amount],
            [[new("功能科目名称", 1, 2), new("一般公共预算支出", 3)], [new("小计"), new("基本支出"), new("项目支出")]],
            [["合计", "120.00", "80.00", "40.00"],
             ["[201]一般公共服务支出", "120.00", "80.00", "40.00"],
             ["[20103]政府办公厅（室）及相关机构事务", "120.00", "80.00", "40.00"],
             ["[2010301]行政运行", "80.00", "80.00", "0.00"],
             ["[2010302]一般行政管理事务", "40.00", "0.00", "40.00"]]);

        var result = Import(summary, expenditure);
        var d = result.Disclosure;

        NoImportFinding(result);
        var t1 = d.RevenueExpenditureSummary!;
        Assert.Equal([FundSource.FiscalAppropriation, FundSource.FiscalSpecialAccount], t1.RevenueLines.Select(r => r.Source));
        Assert.Equal(Money.FromWan(120m), t1.RevenueLines[0][TableColumn.Amount]);
        var findings = DisclosureValidator.Validate(d).Findings;
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error && f.RuleId.StartsWith("BM-T1-", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error && f.RuleId == "BM-X-T1-T5-TOTAL");

        // The same layout with 表三's 合计 one 万元 short: the whole no longer equals the funds' sum.
        var shortBy1 = Import(summary, expenditure with
        {
            Body = [["合计", "119.00", "79.00", "40.00"], .. expenditure.Body.Skip(1)],
        }).Disclosure;
        var finding = Assert.Single(DisclosureValidator.Validate(shortBy1).Findings, f => f.RuleId == "BM-X-T1-T5-TOTAL");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(1.00m, Math.Abs(finding.Difference!.Value));
    }

    [Fact]
    public void A_三公_table_printed_across_with_unit_rows_and_a_merged_行政经费_line_are_read()
    {
        var across = new TableBlock("2026年一般公共预算“三公”经费预算表",
            [Name(160), Amount, Amount, Amount, Amount, Amount, Amount],
            [[new("单位名称", 1, 2), new("“三公”经费合计", 1, 2), new("因公出国（境）费用", 1, 2), new("公务用车购置及运行费", 3), new("公务接待费", 1, 2)],
             [new("小计"), new("公务用车购置费"), new("公务用车运行维护费")]],
            [["合计", "12.00", "2.00", "7.00", "0.00", "7.00", "3.00"],
             [Unit, "8.00", "2.00", "4.00", "0.00", "4.00", "2.00"],
             ["某某市测试服务中心", "4.00", "0.00", "3.00", "0.00", "3.00", "1.00"]]);
        var merged = new TableBlock("财政拨款安排的行政经费及“三公”经费预算表",
            [Name(200), Amount, Amount, Amount],
            [[new("项目"), new("合计"), new("一般公共预算"), new("政府性基金预算")]],
            [["行政经费", "300.00", "300.00", "0.00"],
             ["“三公”经费", "12.00", "12.00", "0.00"],
             ["其中：（一）因公出国（境）费", "2.00", "2.00", "0.00"],
             ["（二）公务用车购置及运行维护费", "7.00", "7.00", "0.00"],
             ["（三）公务接待费", "3.00", "3.00", "0.00"]]);

        var acrossRead = Import(across);
        NoImportFinding(acrossRead);
        var t10 = acrossRead.Disclosure.ThreePublicExpenses!;
        Assert.Equal(Money.FromWan(12m), t10.TotalRow!.Total);
        Assert.Equal(Money.FromWan(2m), t10.OverseasTravel!.Total);
        Assert.Equal(Money.FromWan(7m), t10.Vehicles!.Total);
        Assert.Equal(Money.FromWan(3m), t10.Reception!.Total);

        var mergedRead = Import(merged);
        NoImportFinding(mergedRead);
        var m = mergedRead.Disclosure.ThreePublicExpenses!;
        Assert.Equal(Money.FromWan(300m), m.AdministrativeExpenses!.Total);
        Assert.Equal(Money.FromWan(12m), m.TotalRow!.Total);
        Assert.DoesNotContain(DisclosureValidator.Validate(mergedRead.Disclosure).Findings, f => f.RuleId.StartsWith("BM-T10", StringComparison.Ordinal) && f.Severity == Severity.Error);
    }

    [Fact]
    public void Projects_beside_a_unit_column_and_单位资金_printed_as_its_parts_are_read()
    {
        var projects = new TableBlock("2026年部门项目支出预算表",
            [Name(130), Name(120), Amount, Amount, Amount],
            [[new("单位名称"), new("项目名称"), new("总计"), new("一般公共预算"), new("单位资金")]],
            [["", "合计", "70.00", "60.00", "10.00"],
             [Unit, "监测站点维护", "40.00", "40.00", ""],
             ["某某市测试服务中心", "信息发布平台运行", "30.00", "20.00", "10.00"]]);
        var revenue = new TableBlock("2026年部门收入预算总表",
            [Name(130), Amount, Amount, Amount, Amount, Amount],
            [[new("单位名称", 1, 2), new("总计", 1, 2), new("本年收入", 4)], [new("小计"), new("一般公共预算"), new("事业收入"), new("其他收入")]],
            [["合计", "100.00", "100.00", "70.00", "20.00", "10.00"],
             [Unit, "100.00", "100.00", "70.00", "20.00", "10.00"]]);

        var result = Import(projects, revenue);
        var d = result.Disclosure;

        NoImportFinding(result);
        var t12 = d.ProjectExpenditureCurrent!;
        Assert.Equal(["监测站点维护", "信息发布平台运行"], t12.DetailRows.Select(r => r.Name));
        Assert.Equal(Money.FromWan(10m), t12.DetailRows[1].GetOrZero(TableColumn.UnitFunds));
        var t2 = d.RevenueSummary!;
        Assert.Equal(Money.FromWan(30m), t2.TotalRow!.GetOrZero(TableColumn.UnitFunds));
        Assert.DoesNotContain(DisclosureValidator.Validate(d).Findings, f => f.RuleId is "BM-T2-ROW" or "BM-T12-ROW" or "BM-T12-UNIT" or "BM-UNIT-NAME");
    }
}
