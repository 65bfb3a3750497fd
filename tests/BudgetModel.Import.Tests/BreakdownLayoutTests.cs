using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Tables whose rows break a code down further than the model keeps it, or repeat it per unit, on a generated PDF
/// (an invented county bureau, codes of 农林水 and 住房保障, figures chosen by hand — not a corpus document's text):
/// a 支出总表 whose rows are function codes by economic class (code and name joined with a dash), a 一般公共预算支出表
/// printed in one block per unit without unit rows, and a 基本支出表 where one 部门 class stands under two 政府 classes
/// and a 7-digit sub-item is printed without its 款.
/// </summary>
[Trait("Category", "GeneratedLayout")]
public class BreakdownLayoutTests
{
    private const string Unit = "某某县农业农村局";

    private static TableColumnLayout Name => new(150, CellAlign.Left);

    private static TableColumnLayout Amount => new(60, CellAlign.Right);

    private static ImportResult Import(params TableBlock[] tables)
    {
        return GeneratedDocument.Import(GeneratedDocument.Cover(Unit)
            .Concat(tables.Select(t => t with { UnitName = "部门名称：" + Unit, UnitLabel = "单位：万元", Landscape = true })));
    }

    private static readonly TableBlock ExpenditureByEconomicClass = new("表3 部门支出总表",
        [Name, Name, Name, Amount, Amount, Amount],
        [[new("支出功能分类科目"), new("政府支出经济分类科目"), new("部门支出经济分类科目"), new("合计"), new("基本支出"), new("项目支出")]],
        [["2130101-行政运行", "50101-工资奖金津补贴", "30101-基本工资", "40.00", "40.00", ""],
         ["2130101-行政运行", "50201-办公经费", "30201-办公费", "10.00", "10.00", ""],
         ["2130104-事业运行", "50501-工资福利支出", "30101-基本工资", "25.00", "25.00", ""],
         ["2130199-其他农业农村支出", "50299-其他商品和服务支出", "30299-其他商品和服务支出", "15.00", "", "15.00"],
         ["2210201-住房公积金", "50103-住房公积金", "30113-住房公积金", "6.00", "6.00", ""],
         ["合计", "", "", "96.00", "81.00", "15.00"]]);

    /// <summary>The administration's block (2130101 … 2210201), then the institution's (2130104, 2210201): no unit row.</summary>
    private static readonly TableBlock GeneralBudgetInUnitBlocks = new("表5 一般公共预算支出表",
        [new(70, CellAlign.Left), Name, Amount, Amount, Amount],
        [[new("科目编码"), new("科目名称"), new("合计"), new("基本支出"), new("项目支出")]],
        [["2130101", "行政运行", "50.00", "50.00", ""],
         ["2130199", "其他农业农村支出", "15.00", "", "15.00"],
         ["2210201", "住房公积金", "4.00", "4.00", ""],
         ["2130104", "事业运行", "25.00", "25.00", ""],
         ["2210201", "住房公积金", "2.00", "2.00", ""],
         ["合计", "", "96.00", "81.00", "15.00"]]);

    private static readonly TableBlock BasicUnderTwoGovernmentClasses = new("表6 一般公共预算基本支出表",
        [Name, Name, Amount, Amount, Amount],
        [[new("政府支出经济分类科目"), new("部门支出经济分类科目"), new("合计"), new("人员经费"), new("公用经费")]],
        [["50101-工资奖金津补贴", "30101-基本工资", "40.00", "40.00", ""],
         ["50201-办公经费", "3021101-差旅费", "10.00", "", "10.00"],
         ["50501-工资福利支出", "30101-基本工资", "25.00", "25.00", ""],
         ["50103-住房公积金", "30113-住房公积金", "6.00", "6.00", ""],
         ["合计", "", "81.00", "71.00", "10.00"]]);

    [Fact]
    public void Rows_of_a_function_code_broken_down_by_economic_class_are_summed_into_one_row_per_code()
    {
        var result = Import(ExpenditureByEconomicClass);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var table = Assert.IsType<FunctionTable>(result.Disclosure[TableKind.ExpenditureSummary]);
        Assert.Equal(["2130101", "2130104", "2130199", "2210201"], table.FunctionRows.Select(r => r.Code.Value));
        var administration = table.FunctionRows[0];
        Assert.Equal("行政运行", administration.Name);
        // 40.00 基本工资 + 10.00 办公费.
        Assert.Equal(Money.FromWan(50m), administration.Total);
        Assert.Equal(Money.FromWan(50m), administration.GetOrZero(TableColumn.Basic));
        Assert.Equal(Money.FromWan(15m), table.FunctionRows[2].GetOrZero(TableColumn.Project));
        Assert.Equal(Money.FromWan(96m), table.TotalRow!.Total);
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.Severity == Severity.Error && f.Location.Table == TableKind.ExpenditureSummary);
    }

    [Fact]
    public void A_code_that_returns_in_a_later_units_block_is_summed_into_its_row()
    {
        var result = Import(GeneralBudgetInUnitBlocks);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var table = Assert.IsType<FunctionTable>(result.Disclosure[TableKind.GeneralBudgetExpenditure]);
        Assert.Equal(["2130101", "2130199", "2210201", "2130104"], table.FunctionRows.Select(r => r.Code.Value));
        // 住房公积金: 4.00 of the administration + 2.00 of the institution.
        Assert.Equal(Money.FromWan(6m), table.FunctionRows[2].Total);
        var findings = DisclosureValidator.Validate(result.Disclosure).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId == "BM-CODE-DUPLICATE");
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error && f.Location.Table == TableKind.GeneralBudgetExpenditure);
    }

    [Fact]
    public void A_department_class_under_two_government_classes_is_one_row_and_a_lone_sub_item_is_its_section()
    {
        var result = Import(BasicUnderTwoGovernmentClasses);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var table = Assert.IsType<EconomicTable>(result.Disclosure[TableKind.GeneralBudgetBasicExpenditure]);
        var rows = table.Rows.OfType<EconomicRow>().ToList();
        Assert.Equal(["30101", "30211", "30113"], rows.Select(r => r.DepartmentCode?.Value));
        // 基本工资: 40.00 under 50101 工资奖金津补贴 + 25.00 under 50501 工资福利支出; the first 政府 class is kept.
        Assert.Equal(Money.FromWan(65m), rows[0].Total);
        Assert.Equal("50101", rows[0].GovernmentCode?.Value);
        Assert.Equal("工资奖金津补贴", rows[0].GovernmentName);
        Assert.Equal(Money.FromWan(10m), rows[1].GetOrZero(TableColumn.Public));
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.Severity == Severity.Error && f.Location.Table == TableKind.GeneralBudgetBasicExpenditure);
    }

    [Fact]
    public void A_code_printed_twice_in_a_row_of_one_block_stays_a_duplicate()
    {
        var duplicate = GeneralBudgetInUnitBlocks with
        {
            Body =
            [
                ["2130101", "行政运行", "50.00", "50.00", ""],
                ["2130101", "行政运行", "50.00", "50.00", ""],
                ["合计", "", "100.00", "100.00", ""],
            ],
        };

        var result = Import(duplicate);

        var table = Assert.IsType<FunctionTable>(result.Disclosure[TableKind.GeneralBudgetExpenditure]);
        Assert.Equal(["2130101", "2130101"], table.FunctionRows.Select(r => r.Code.Value));
        Assert.Contains(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.RuleId == "BM-CODE-DUPLICATE");
    }

    /// <summary>
    /// A 专项业务经费 table that prints two levels of groups over its projects without codes or indent: 一般项目 60.00 =
    /// 会议保障 20.00 (= 会务服务 20.00) + 信息系统运维 40.00; 专项项目 40.00 = 执法装备 40.00. Read flat the rows would sum to
    /// 220.00 against the unit row's 100.00; the projects 会务服务 + 信息系统运维 + 执法装备 = 100.00.
    /// </summary>
    [Fact]
    public void Levels_printed_without_codes_are_found_by_their_figures_when_the_unit_row_says_so()
    {
        var special = new TableBlock("表10 部门专项业务经费支出表",
            [Name, Amount],
            [[new("单位（项目）名称"), new("项目金额")]],
            [["合计", "100.00"], [Unit, "100.00"], ["一般项目", "60.00"], ["会议保障", "20.00"], ["会务服务", "20.00"],
             ["信息系统运维", "40.00"], ["专项项目", "40.00"], ["执法装备", "40.00"]]);

        var result = Import(special);

        var table = Assert.IsType<NamedRowTable>(result.Disclosure[TableKind.SpecialOperatingFunds]);
        Assert.Equal(["会务服务", "信息系统运维", "执法装备"], table.DetailRows.Select(r => r.Name));
        Assert.Equal(["一般项目", "会议保障", "专项项目"], table.Rows.Where(r => r.Role == RowRole.Summary).Select(r => r.Name));
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.Severity == Severity.Error && f.Location.Table == TableKind.SpecialOperatingFunds);
    }
}
