using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using static BudgetModel.Import.Tests.SeedImport;

namespace BudgetModel.Import.Tests;

/// <summary>Every table of the seed, read end to end: a sample of cells from each (value, code, column, line) and
/// every summary row. Expected values are copied from the seed text.</summary>
public class SeedTableTests
{
    [Fact]
    public void All_thirteen_tables_are_read_in_print_order_with_titles_numbers_and_units()
    {
        var tables = Doc.Tables;
        Assert.Equal(TableKinds.Seed, tables.Select(t => t.Kind));
        Assert.All(tables, t =>
        {
            Assert.Equal(PublishedPrecision.WanTwoDecimals, t.Precision);
            Assert.Equal("汾阳市工业和信息化局", t.Header.UnitName);
        });
        Assert.Equal("2024年预算收支总表", tables[0].Header.Title);
        Assert.Equal("预算公开表1", tables[0].Header.PrintedNumber);
        Assert.Equal(58, tables[0].Header.Line);
        Assert.Equal("部门公开表9", Doc[TableKind.StateCapitalOperation]!.Header.PrintedNumber);
        Assert.Equal("预算公开表10", Doc[TableKind.ThreePublicExpenses]!.Header.PrintedNumber);
        Assert.Null(Doc[TableKind.ExpenditureSummary]!.Header.PrintedNumber);
        Assert.Equal(412, Doc[TableKind.ProjectExpenditureCarryOver]!.Header.Line);
    }

    [Fact]
    public void The_seed_imports_without_errors_and_reports_only_its_genuinely_damaged_indicator_rows()
    {
        Assert.False(Result.HasErrors);
        Assert.Equal(Result.Diagnostics, Doc.ImportFindings);
        // Line 530: the 年度 side prints "减少重污染天气,有效改善" in one cell (name and value run together); it is split.
        Assert.Contains(Result.Diagnostics, d => d.RuleId == ImportRules.Indicator && d.Location.Lines.SequenceEqual([530]) && d.Message.Contains("one cell", StringComparison.Ordinal));
        // Lines 886 and 887 print the name/value pair three times.
        Assert.Contains(Result.Diagnostics, d => d.RuleId == ImportRules.Shift && d.Location.Lines.SequenceEqual([886]));
        Assert.Contains(Result.Diagnostics, d => d.RuleId == ImportRules.Shift && d.Location.Lines.SequenceEqual([887]));
        Assert.Equal(3, Result.Diagnostics.Count);
        Assert.All(Result.Diagnostics, d => Assert.Equal(Validation.FindingKind.Import, d.Kind));
    }

    // table, key, line, column, value (万元) — copied from the seed.
    [Theory]
    // 表一 预算收支总表
    [InlineData(TableKind.RevenueExpenditureSummary, "GeneralPublicBudget", 66, TableColumn.Amount, "924.56")]
    [InlineData(TableKind.RevenueExpenditureSummary, "GovernmentFundBudget", 67, TableColumn.Amount, "2295.12")]
    [InlineData(TableKind.RevenueExpenditureSummary, "StateCapitalOperationBudget", 68, TableColumn.Amount, "90.00")]
    [InlineData(TableKind.RevenueExpenditureSummary, "FiscalSpecialAccount", 69, TableColumn.Amount, "0")]
    [InlineData(TableKind.RevenueExpenditureSummary, "UnitFunds", 70, TableColumn.Amount, "0")]
    [InlineData(TableKind.RevenueExpenditureSummary, "201", 66, TableColumn.Total, "3.00")]
    [InlineData(TableKind.RevenueExpenditureSummary, "208", 73, TableColumn.CurrentYear, "52.84")]
    [InlineData(TableKind.RevenueExpenditureSummary, "215", 80, TableColumn.Total, "4026.16")]
    [InlineData(TableKind.RevenueExpenditureSummary, "215", 80, TableColumn.CurrentYear, "793.80")]
    [InlineData(TableKind.RevenueExpenditureSummary, "215", 80, TableColumn.CarryOver, "3232.37")]
    [InlineData(TableKind.RevenueExpenditureSummary, "221", 85, TableColumn.Total, "24.34")]
    [InlineData(TableKind.RevenueExpenditureSummary, "223", 87, TableColumn.CurrentYear, "90.00")]
    [InlineData(TableKind.RevenueExpenditureSummary, "232", 94, TableColumn.Total, "0")]
    [InlineData(TableKind.RevenueExpenditureSummary, "CurrentYearRevenue", 97, TableColumn.Amount, "3309.68")]
    [InlineData(TableKind.RevenueExpenditureSummary, "CurrentYearExpenditure", 97, TableColumn.Total, "6542.05")]
    [InlineData(TableKind.RevenueExpenditureSummary, "CurrentYearExpenditure", 97, TableColumn.CurrentYear, "3309.68")]
    [InlineData(TableKind.RevenueExpenditureSummary, "CurrentYearExpenditure", 97, TableColumn.CarryOver, "3232.37")]
    [InlineData(TableKind.RevenueExpenditureSummary, "CarryOverRevenue", 98, TableColumn.Amount, "3232.37")]
    [InlineData(TableKind.RevenueExpenditureSummary, "YearEndCarryForward", 98, TableColumn.Total, "0")]
    [InlineData(TableKind.RevenueExpenditureSummary, "RevenueGrandTotal", 99, TableColumn.Amount, "6542.05")]
    [InlineData(TableKind.RevenueExpenditureSummary, "ExpenditureGrandTotal", 99, TableColumn.Total, "6542.05")]
    [InlineData(TableKind.RevenueExpenditureSummary, "ExpenditureGrandTotal", 99, TableColumn.CurrentYear, "3309.68")]
    [InlineData(TableKind.RevenueExpenditureSummary, "ExpenditureGrandTotal", 99, TableColumn.CarryOver, "3232.37")]
    // 表二 预算收入总表
    [InlineData(TableKind.RevenueSummary, "Total", 109, TableColumn.Total, "3309.68")]
    [InlineData(TableKind.RevenueSummary, "Total", 109, TableColumn.GeneralBudget, "924.56")]
    [InlineData(TableKind.RevenueSummary, "Total", 109, TableColumn.GovernmentFund, "2295.12")]
    [InlineData(TableKind.RevenueSummary, "Total", 109, TableColumn.StateCapital, "90.00")]
    [InlineData(TableKind.RevenueSummary, "Total", 109, TableColumn.CarryOver, "3232.37")]
    [InlineData(TableKind.RevenueSummary, "2080505", 116, TableColumn.Total, "23.80")]
    [InlineData(TableKind.RevenueSummary, "212", 125, TableColumn.GovernmentFund, "2295.12")]
    [InlineData(TableKind.RevenueSummary, "21505", 131, TableColumn.CarryOver, "3232.37")]
    [InlineData(TableKind.RevenueSummary, "2150501", 133, TableColumn.GeneralBudget, "193.81")]
    [InlineData(TableKind.RevenueSummary, "2230105", 143, TableColumn.StateCapital, "90.00")]
    // 表三 预算支出总表
    [InlineData(TableKind.ExpenditureSummary, "Total", 153, TableColumn.Total, "6542.05")]
    [InlineData(TableKind.ExpenditureSummary, "Total", 153, TableColumn.Basic, "286.42")]
    [InlineData(TableKind.ExpenditureSummary, "Total", 153, TableColumn.Project, "6255.63")]
    [InlineData(TableKind.ExpenditureSummary, "215", 172, TableColumn.Basic, "195.11")]
    [InlineData(TableKind.ExpenditureSummary, "215", 172, TableColumn.Project, "3831.05")]
    [InlineData(TableKind.ExpenditureSummary, "21505", 175, TableColumn.Total, "4014.86")]
    [InlineData(TableKind.ExpenditureSummary, "2150517", 178, TableColumn.Project, "3793.87")]
    [InlineData(TableKind.ExpenditureSummary, "2101103", 165, TableColumn.Basic, "4.46")]
    [InlineData(TableKind.ExpenditureSummary, "2150502", 177, TableColumn.Basic, "0")]
    // 表四 财政拨款收支总表
    [InlineData(TableKind.FiscalAppropriationSummary, "GeneralPublicBudget", 197, TableColumn.Amount, "924.56")]
    [InlineData(TableKind.FiscalAppropriationSummary, "201", 197, TableColumn.GeneralBudget, "3.00")]
    [InlineData(TableKind.FiscalAppropriationSummary, "212", 208, TableColumn.GovernmentFund, "2295.12")]
    [InlineData(TableKind.FiscalAppropriationSummary, "215", 211, TableColumn.Total, "4026.16")]
    [InlineData(TableKind.FiscalAppropriationSummary, "223", 218, TableColumn.StateCapital, "90.00")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CurrentYearRevenue", 228, TableColumn.Amount, "3309.68")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CurrentYearExpenditure", 228, TableColumn.Total, "6542.05")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CurrentYearExpenditure", 228, TableColumn.GeneralBudget, "4156.93")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CurrentYearExpenditure", 228, TableColumn.GovernmentFund, "2295.12")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CurrentYearExpenditure", 228, TableColumn.StateCapital, "90.00")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CarryOverRevenue", 229, TableColumn.Amount, "3232.37")]
    [InlineData(TableKind.FiscalAppropriationSummary, "YearEndCarryForward", 229, TableColumn.Total, "0")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CarryOver.GeneralPublicBudget", 230, TableColumn.Amount, "3232.37")]
    [InlineData(TableKind.FiscalAppropriationSummary, "CarryOver.GovernmentFundBudget", 231, TableColumn.Amount, "0")]
    [InlineData(TableKind.FiscalAppropriationSummary, "RevenueGrandTotal", 233, TableColumn.Amount, "6542.05")]
    [InlineData(TableKind.FiscalAppropriationSummary, "ExpenditureGrandTotal", 233, TableColumn.Total, "6542.05")]
    [InlineData(TableKind.FiscalAppropriationSummary, "ExpenditureGrandTotal", 233, TableColumn.GeneralBudget, "4156.93")]
    // 表五 一般公共预算支出预算表
    [InlineData(TableKind.GeneralBudgetExpenditure, "Total", 243, TableColumn.Total, "924.56")]
    [InlineData(TableKind.GeneralBudgetExpenditure, "Total", 243, TableColumn.Basic, "286.42")]
    [InlineData(TableKind.GeneralBudgetExpenditure, "Total", 243, TableColumn.Project, "638.14")]
    [InlineData(TableKind.GeneralBudgetExpenditure, "212", 259, TableColumn.Total, "0")]
    [InlineData(TableKind.GeneralBudgetExpenditure, "215", 262, TableColumn.Project, "598.69")]
    [InlineData(TableKind.GeneralBudgetExpenditure, "21505", 265, TableColumn.Project, "588.69")]
    [InlineData(TableKind.GeneralBudgetExpenditure, "2150517", 268, TableColumn.Total, "561.51")]
    [InlineData(TableKind.GeneralBudgetExpenditure, "223", 274, TableColumn.Total, "0")]
    // 表六 一般公共预算基本支出分经济科目表
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "Total", 286, TableColumn.Total, "286.42")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "Total", 286, TableColumn.Personnel, "258.15")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "Total", 286, TableColumn.Public, "28.27")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "301", 287, TableColumn.Total, "241.01")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "30101", 288, TableColumn.Personnel, "90.63")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "30199", 297, TableColumn.Total, "6.84")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "30217", 304, TableColumn.Public, "0.20")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "30231", 307, TableColumn.Public, "2.50")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "30239", 308, TableColumn.Total, "13.77")]
    [InlineData(TableKind.GeneralBudgetBasicExpenditure, "30302", 310, TableColumn.Personnel, "17.14")]
    // 表七 政府性基金预算收入表
    [InlineData(TableKind.GovernmentFundRevenue, "Total", 320, TableColumn.Amount, "2295.12")]
    [InlineData(TableKind.GovernmentFundRevenue, "103", 321, TableColumn.Amount, "2295.12")]
    [InlineData(TableKind.GovernmentFundRevenue, "10301", 322, TableColumn.Amount, "2295.12")]
    [InlineData(TableKind.GovernmentFundRevenue, "1030148", 323, TableColumn.Amount, "2295.12")]
    // 表八 政府性基金预算支出表
    [InlineData(TableKind.GovernmentFundExpenditure, "Total", 332, TableColumn.Total, "2295.12")]
    [InlineData(TableKind.GovernmentFundExpenditure, "Total", 332, TableColumn.Basic, "0")]
    [InlineData(TableKind.GovernmentFundExpenditure, "Total", 332, TableColumn.Project, "2295.12")]
    [InlineData(TableKind.GovernmentFundExpenditure, "212", 333, TableColumn.Total, "2295.12")]
    [InlineData(TableKind.GovernmentFundExpenditure, "21208", 334, TableColumn.Project, "2295.12")]
    [InlineData(TableKind.GovernmentFundExpenditure, "2120809", 335, TableColumn.Total, "2295.12")]
    // 表九 国有资本经营预算收支预算表
    [InlineData(TableKind.StateCapitalOperation, "CurrentYearRevenue", 348, TableColumn.Amount, "90.00")]
    [InlineData(TableKind.StateCapitalOperation, "Total", 348, TableColumn.Total, "90.00")]
    [InlineData(TableKind.StateCapitalOperation, "Total", 348, TableColumn.Basic, "0")]
    [InlineData(TableKind.StateCapitalOperation, "Total", 348, TableColumn.Project, "90.00")]
    [InlineData(TableKind.StateCapitalOperation, "22301", 350, TableColumn.Project, "90.00")]
    [InlineData(TableKind.StateCapitalOperation, "2230105", 351, TableColumn.Total, "90.00")]
    // 表十 “三公”经费支出预算表
    [InlineData(TableKind.ThreePublicExpenses, "OverseasTravel", 363, TableColumn.Total, "0")]
    [InlineData(TableKind.ThreePublicExpenses, "Reception", 364, TableColumn.Total, "0.20")]
    [InlineData(TableKind.ThreePublicExpenses, "Reception", 364, TableColumn.GeneralBudget, "0.20")]
    [InlineData(TableKind.ThreePublicExpenses, "Vehicles", 365, TableColumn.Total, "2.50")]
    [InlineData(TableKind.ThreePublicExpenses, "VehiclePurchase", 366, TableColumn.Total, "0")]
    [InlineData(TableKind.ThreePublicExpenses, "VehicleOperation", 367, TableColumn.GeneralBudget, "2.50")]
    [InlineData(TableKind.ThreePublicExpenses, "Total", 368, TableColumn.Total, "2.70")]
    [InlineData(TableKind.ThreePublicExpenses, "Total", 368, TableColumn.GeneralBudget, "2.70")]
    // 表十一 机关运行经费预算表
    [InlineData(TableKind.OperatingExpenses, "部门合计", 378, TableColumn.Total, "28.27")]
    [InlineData(TableKind.OperatingExpenses, "部门合计", 378, TableColumn.GeneralBudget, "28.27")]
    [InlineData(TableKind.OperatingExpenses, "部门合计", 378, TableColumn.GovernmentFund, "0")]
    [InlineData(TableKind.OperatingExpenses, "汾阳市工业和信息化局", 379, TableColumn.Total, "28.27")]
    [InlineData(TableKind.OperatingExpenses, "汾阳市工业和信息化局", 379, TableColumn.StateCapital, "0")]
    // 表十二 项目支出预算表（本年预算）
    [InlineData(TableKind.ProjectExpenditureCurrent, "汾阳市工业和信息化局", 390, TableColumn.Total, "3023.26")]
    [InlineData(TableKind.ProjectExpenditureCurrent, "汾阳市工业和信息化局", 390, TableColumn.GeneralBudget, "638.14")]
    [InlineData(TableKind.ProjectExpenditureCurrent, "汾阳市工业和信息化局", 390, TableColumn.GovernmentFund, "2295.12")]
    [InlineData(TableKind.ProjectExpenditureCurrent, "2024年国有企业退休职工养老金单位部分及滞纳金", 395, TableColumn.GovernmentFund, "1704.40")]
    [InlineData(TableKind.ProjectExpenditureCurrent, "提前下达2024年国有企业退休人员社会化管理补助资金", 403, TableColumn.StateCapital, "90.00")]
    [InlineData(TableKind.ProjectExpenditureCurrent, "业务经费", 410, TableColumn.Total, "8.85")]
    [InlineData(TableKind.ProjectExpenditureCurrent, "2024年驻村专项工作经费", 407, TableColumn.GeneralBudget, "0.75")]
    // 表十三 项目支出预算表（上年结转）
    [InlineData(TableKind.ProjectExpenditureCarryOver, "汾阳市工业和信息化局", 421, TableColumn.Total, "3232.37")]
    [InlineData(TableKind.ProjectExpenditureCarryOver, "汾阳市工业和信息化局", 422, TableColumn.GeneralBudget, "3232.37")]
    [InlineData(TableKind.ProjectExpenditureCarryOver, "全省培育特色专业镇发展资金汾财建一指字(2023)13号", 423, TableColumn.Total, "3232.37")]
    [InlineData(TableKind.ProjectExpenditureCarryOver, "全省培育特色专业镇发展资金汾财建一指字(2023)13号", 423, TableColumn.GeneralBudget, "3232.37")]
    [InlineData(TableKind.ProjectExpenditureCarryOver, "全省培育特色专业镇发展资金汾财建一指字(2023)13号", 423, TableColumn.GovernmentFund, "0")]
    public void Cells_are_read_with_value_column_and_line(TableKind kind, string key, int line, TableColumn column, string wan)
    {
        var row = Row(kind, key, line, column);
        Assert.Equal(Wan(wan), row[column]);
    }

    [Fact]
    public void Table_one_maps_class_names_to_codes_and_keeps_the_printed_names()
    {
        var t1 = Doc.RevenueExpenditureSummary!;
        Assert.Equal(30, t1.ExpenditureLines.Count);
        Assert.Equal(["201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215",
            "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233", "234"],
            t1.ExpenditureLines.Select(r => r.Code.Value));
        Assert.Equal("十五、资源勘探工业信息等支出", t1.ExpenditureLines[14].Name);
        Assert.Equal([FundSource.GeneralPublicBudget, FundSource.GovernmentFundBudget, FundSource.StateCapitalOperationBudget, FundSource.FiscalSpecialAccount, FundSource.UnitFunds],
            t1.RevenueLines.Select(r => r.Source));
        // The page break at line 93 does not end the table: 二十八、债务付息支出 is on line 94.
        Assert.Equal(94, t1.ExpenditureLines.Single(r => r.Code.Value == "232").Line);
    }

    [Fact]
    public void Function_tables_have_every_printed_row_and_keep_the_page_break_inside_the_table()
    {
        Assert.Equal(34, Doc.RevenueSummary!.Rows.Count);      // lines 109-143 less the blank line 132, 合计 included
        Assert.Equal(34, Doc.ExpenditureSummary!.Rows.Count);  // lines 153-186
        Assert.Equal(34, Doc.GeneralBudgetExpenditure!.Rows.Count);
        Assert.Equal(4, Doc.GovernmentFundExpenditure!.Rows.Count);
        var r = Doc.RevenueSummary!.FunctionRows.Single(x => x.Code == FunctionCode.Parse("2150501"));
        Assert.Equal(133, r.Line);
        Assert.Equal("行政运行", r.Name);
    }

    [Fact]
    public void Table_four_separates_carry_over_by_source_from_this_years_revenue()
    {
        var t4 = Doc.FiscalAppropriationSummary!;
        Assert.Equal(3, t4.RevenueLines.Count);
        Assert.Equal(3, t4.CarryOverLines.Count);
        Assert.Equal([230, 231, 232], t4.CarryOverLines.Select(l => l.Line!.Value));
        Assert.Equal(30, t4.ExpenditureLines.Count);
    }

    [Fact]
    public void Table_six_maps_economic_names_of_both_systems_to_codes()
    {
        var t6 = Doc.GeneralBudgetBasicExpenditure!;
        Assert.Equal(3, t6.EconomicRows.Count(r => r.IsClass));
        Assert.Equal(21, t6.EconomicRows.Count(r => !r.IsClass));
        var retirement = t6.EconomicRows.Single(r => r.Name == "退休费");
        Assert.Equal("30302", retirement.DepartmentCode!.Value.Value);
        Assert.Equal("离退休费", retirement.GovernmentName);
        Assert.Equal("50905", retirement.GovernmentCode!.Value.Value);
        var fund = t6.EconomicRows.Single(r => r.Name == "住房公积金");
        Assert.Equal("30113", fund.DepartmentCode!.Value.Value);
        Assert.Equal("50103", fund.GovernmentCode!.Value.Value);
        Assert.Equal(298, t6.EconomicRows.Single(r => r.Name == "商品和服务支出" && r.IsClass).Line);
    }

    [Fact]
    public void Project_tables_read_unit_rows_and_every_project()
    {
        var t12 = Doc.ProjectExpenditureCurrent!;
        Assert.Single(t12.UnitRows);
        Assert.Equal(20, t12.DetailRows.Count);
        Assert.Equal(StandardColumns.ProjectFunds, t12.Rows[0].Columns);
        Assert.Equal("解决汾阳市包装彩印园饮用水管道等工程所需资金", t12.DetailRows[1].Name);
        var t13 = Doc.ProjectExpenditureCarryOver!;
        Assert.Equal(2, t13.UnitRows.Count);
        Assert.Single(t13.DetailRows);
        // Table 13 prints four columns (合计 and the three 财政拨款 funds): the header narrows the columns.
        Assert.Equal([TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital], t13.Rows[0].Columns);
    }

    [Fact]
    public void State_capital_table_reads_both_sides()
    {
        var t9 = Doc.StateCapitalOperation!;
        Assert.Equal(["223", "22301", "2230105"], t9.RevenueRows.Select(r => r.Code.Value));
        Assert.Equal(["223", "22301", "2230105"], t9.ExpenditureRows.Select(r => r.Code.Value));
        Assert.Equal(Wan("90.00"), t9.RevenueTotal!.Total);
        Assert.Equal(Wan("90.00"), t9.ExpenditureTotal!.Total);
    }

    [Fact]
    public void Every_cell_has_a_source_line_inside_its_table()
    {
        foreach (var table in Doc.Tables)
        {
            var next = Doc.Tables.SkipWhile(t => t != table).Skip(1).FirstOrDefault()?.Header.Line ?? 425;
            Assert.All(table.Cells(), c => Assert.InRange(c.Line!.Value, table.Header.Line!.Value + 1, next - 1));
        }
    }
}
