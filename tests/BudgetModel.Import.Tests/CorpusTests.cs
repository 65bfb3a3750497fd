using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The real disclosures of the development corpus (Fixtures/pdf, fifteen files from thirteen cities): every table each
/// one prints is recognised with its kind, in print order; a table of no known kind is kept as an <see cref="OtherTable"/>;
/// the documents the reading layer reads completely import without an import error and validate as stated.
/// The kinds were checked by hand against each document's titles (its 目录 and the title over every table).
/// </summary>
public class CorpusTests
{
    /// <summary>File, the table kinds in print order, the titles kept as other tables.</summary>
    public static TheoryData<string, TableKind[], string[]> Tables() => new()
    {
        { "beijing-audit-2026-dept-budget-tables.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.ThreePublicExpenses, TableKind.GovernmentProcurement, TableKind.GovernmentPurchasedServices], [] },
        { "changchun-petitions-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.ProjectExpenditureCurrent, TableKind.StateCapitalOperation], [] },
        { "chongqing-publicity-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.GovernmentFundExpenditure, TableKind.ThreePublicExpenses, TableKind.GovernmentProcurement], [] },
        { "fuzhou-police-civilian-staff-2026-unit-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.GeneralBudgetExpenditureByEconomic, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses], [] },
        { "guangzhou-petitions-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.GeneralBudgetProjectByEconomic, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.BasicExpenditureByEconomic, TableKind.ProjectExpenditureCurrent], [] },
        { "hangzhou-meteorology-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.ProjectExpenditureCurrent], [] },
        { "shanghai-ocean-monitoring-centre-2026-unit-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses], [] },
        { "shanghai-putuo-commerce-2025-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses], [] },
        { "shanghai-putuo-commerce-2025-unit-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses], [] },
        { "shenzhen-petitions-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.BasicExpenditureByEconomic, TableKind.ProjectExpenditureCurrent, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetExpenditureByEconomic, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation], [] },
        { "suzhou-audit-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.FiscalAppropriationExpenditureByFunction, TableKind.FiscalAppropriationBasicByEconomic, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.OperatingExpenses, TableKind.GovernmentProcurement], [] },
        { "wuxi-urban-management-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.FiscalAppropriationExpenditureByFunction, TableKind.FiscalAppropriationBasicByEconomic, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.OperatingExpenses, TableKind.GovernmentProcurement], [] },
        { "xian-audit-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetExpenditureByEconomic, TableKind.GeneralBudgetBasicByFunction, TableKind.GeneralBudgetBasicExpenditure, TableKind.GovernmentFundExpenditure, TableKind.SpecialOperatingFunds, TableKind.CarryOverExpenditure, TableKind.GovernmentProcurement, TableKind.ThreePublicExpenses], ["会议费明细表", "培训费明细表", "2026年部门综合预算公开报表", "专项资金总体绩效目标表"] },
        { "yantai-audit-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.BasicExpenditureSummary, TableKind.ProjectExpenditureCurrent, TableKind.GovernmentProcurement], [] },
    };

    private static readonly Dictionary<string, ImportResult> Imports = [];

    /// <summary>A corpus document imported once; Beijing's tables are read with its notes (one disclosure, two files).</summary>
    internal static ImportResult Import(string file)
    {
        lock (Imports)
        {
            if (!Imports.TryGetValue(file, out var result))
            {
                result = file.Contains("beijing", StringComparison.Ordinal)
                    ? DisclosureImporter.ImportFiles([PdfInputTests.Notes, PdfInputTests.Tables])
                    : DisclosureImporter.ImportFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf", file));
                Imports[file] = result;
            }
            return result;
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_table_is_recognised_with_its_kind(string file, TableKind[] kinds, string[] others)
    {
        var result = Import(file);
        var disclosure = result.Disclosure;
        Assert.Equal(kinds, disclosure.Tables.Select(t => t.Kind));
        Assert.Equal(others, disclosure.OtherTables.Select(t => t.Title));
        // Every table and every row is placed on a page of its PDF.
        Assert.All(disclosure.Tables, t => Assert.NotNull(result.Source!.TryLocate(t.Header.Line)?.Page));
        Assert.All(disclosure.Tables.SelectMany(t => t.Rows), r => Assert.NotNull(result.Source!.TryLocate(r.Line)?.Page));
    }

    /// <summary>Documents the reading layer reads completely: no import finding of error severity, and the validator
    /// finds every total of each document consistent with its parts and with the other tables (no error). Each was
    /// read cell by cell against its PDF for the tables' totals.</summary>
    [Theory]
    [InlineData("fuzhou-police-civilian-staff-2026-unit-budget.pdf", "福州市公安局文职人员管理中心")]
    // 表一 prints 财政拨款 as one line (一、预算拨款 3,944.08), checked against the funds' sums: 表二's 合计 row 3,944.08 +
    // 0 + 0, 表四's lines 3,944.08 + 0 + 0, 表五's 合计 3,944.08 + 表八's 0 + 表九's 0.
    [InlineData("guangzhou-petitions-2026-dept-budget.pdf", "广州市信访局")]
    [InlineData("shanghai-ocean-monitoring-centre-2026-unit-budget.pdf", "上海市海洋监测预报中心")]
    [InlineData("shanghai-putuo-commerce-2025-dept-budget.pdf", "上海市普陀区商务委员会")]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget.pdf", "上海市普陀区商务委员会")]
    [InlineData("wuxi-urban-management-2026-dept-budget.pdf", "无锡市应急管理综合行政执法监督局")]
    [InlineData("suzhou-audit-2026-dept-budget.pdf", "苏州市审计局")]
    public void A_document_read_completely_imports_without_error_and_its_totals_cross_check(string file, string unit)
    {
        var result = Import(file);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(unit, result.Disclosure.Unit.Name, StringComparison.Ordinal);
        var errors = DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        // Every table with rows has its 合计 (or, for a two-sided table, its 收入 and 支出 totals) read.
        Assert.All(result.Disclosure.Tables.Where(t => t.Rows.Count > 0 && TableLayout.For(t.Kind).Shape != TableShape.NamedRows),
            t => Assert.Contains(t.Rows, r => r.Role is RowRole.Total or RowRole.Summary));
    }

    /// <summary>
    /// 长春市信访局 prints, in 本年一般公共预算基本支出表 (预算表6, p. 11), class totals that do not add up from their items —
    /// genuine mistakes of the document, worked out by hand from the PDF:
    /// 301 工资福利支出 is printed 911.21 but its items 297.50 + 179.46 + 194.78 + 105.80 + 32.65 + 3.36 + 93.27 + 4.40
    /// + 9.74 = 920.96 (9.75 more); 302 商品和服务支出 is printed 211.00 but its fourteen items (34.82 + 1.50 + 1.00 + 23.37
    /// + 36.18 + 10.00 + 12.61 + 3.98 + 0.86 + 13.28 + 10.35 + 6.75 + 54.08 + 12.59) = 221.37 (10.37 more; 30208 is
    /// printed for both 取暖费 and 物业管理费). Both are found, in 合计 and in the 人员经费 / 公用经费 column, on page 11.
    /// </summary>
    [Fact]
    public void Changchun_basic_expenditure_classes_that_do_not_add_up_are_found_on_their_page()
    {
        var result = Import("changchun-petitions-2026-dept-budget.pdf");
        var report = DisclosureValidator.Validate(result.Disclosure);
        var rollups = report.Findings.Where(f => f.RuleId == "BM-T6-ROLLUP" && f.Severity == Severity.Error).ToList();
        Assert.Equal(4, rollups.Count);
        Assert.Equal(2, rollups.Count(f => f.Difference == -9.75m));
        Assert.Equal(2, rollups.Count(f => f.Difference == -10.37m));
        Assert.All(rollups, f => Assert.Equal(11, result.Source!.Locate(f.Location.Lines[0]).Page));
    }
    /// <summary>
    /// Guangzhou and Shenzhen print their 基本支出 table by economic class and their 项目支出 table by project, codes in
    /// brackets before the names ([2014001]行政运行), notes that explain figures (注：无。, 尾数误差) under tables with figures,
    /// and 表一's revenue headed 预算: every table is read without an import error. What the validator still reports on
    /// them is not the documents' mistakes but what the model does not yet hold: Guangzhou's 表一 prints 财政拨款 as one
    /// line (一、预算拨款 3,944.08) with no fund under it, and Shenzhen carries 7.34 万元 over (上年结余) into totals the
    /// rules read as this year's (收入总计 4,684.30 = 4,676.96 + 7.34).
    /// </summary>
    [Theory]
    [InlineData("guangzhou-petitions-2026-dept-budget.pdf")]
    [InlineData("shenzhen-petitions-2026-dept-budget.pdf")]
    public void Guangdong_tables_import_without_an_import_error(string file)
    {
        var result = Import(file);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// 杭州市气象局 prints every table without codes (names only, 功能分类科目名称) under a column-numbering line of
    /// placeholders (** | 1 | 2 …): given the edition of its year with the names it prints (ImportOptions.Catalog, as a
    /// user gives it; the built-in edition holds only codes two documents print), its tables import without an error and
    /// every total cross-checks. The performance sheets (表11) are read elsewhere and left out here.
    /// </summary>
    [Fact]
    public void Hangzhou_tables_printed_by_name_import_without_error_and_cross_check_given_the_catalog_of_its_names()
    {
        var names = new ClassificationCatalogBuilder(2026);
        names.AddFunction(FunctionCode.Parse("20604"), "技术研究与开发");
        names.AddFunction(FunctionCode.Parse("2060404"), "科技成果转化与扩散");
        names.AddFunction(FunctionCode.Parse("22005"), "气象事务");
        names.AddFunction(FunctionCode.Parse("2200501"), "行政运行");
        names.AddFunction(FunctionCode.Parse("2200504"), "气象事业机构");
        names.AddFunction(FunctionCode.Parse("2200509"), "气象服务");
        var options = new ImportOptions { Catalog = ClassificationCatalog.Edition2026.MergedWith(names.Build()) };
        var result = DisclosureImporter.ImportFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf", "hangzhou-meteorology-2026-dept-budget.pdf"), options);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error && d.RuleId != ImportRules.Sheet).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var findings = DisclosureValidator.Validate(result.Disclosure).Findings
            .Where(f => f.Severity == Severity.Error && f.RuleId != ImportRules.Sheet && !f.RuleId.StartsWith("BM-PERF", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    /// <summary>
    /// 北京市审计局's tables file read alone (no cover: its titles, 预算01表收支总表 …, state no year; 预算13表 prints
    /// （2026年度） under its title): the year is 2026, the unit the tables' 部门 line, and the same tables as when it is
    /// read with its notes.
    /// </summary>
    [Fact]
    public void Beijing_tables_read_alone_take_the_year_printed_under_a_title()
    {
        var alone = DisclosureImporter.ImportFile(PdfInputTests.Tables);
        var combined = Import("beijing-audit-2026-dept-budget-tables.pdf");

        Assert.Equal(2026, alone.Disclosure.BudgetYear);
        Assert.Equal(combined.Disclosure.Unit.Name, alone.Disclosure.Unit.Name);
        Assert.Equal(combined.Disclosure.Tables.Select(t => t.Kind), alone.Disclosure.Tables.Select(t => t.Kind));
    }

    /// <summary>
    /// 中共重庆市委宣传部 (chongqing-publicity) reads with no import error and its tables cross-check: 表一 prints 合计 first,
    /// its sources with 资金 (事业收入资金 2,898.00 + 其他收入资金 513.00 = 表二's 事业收入 + 其他收入 = 3,411.00) and no
    /// 上年结转, which each source counts (一般公共预算资金 37,891.58 = 表四's 36,208.43 + 1,683.15; 政府性基金 4,066.60 =
    /// 3,030.00 + 1,036.60); 表四's 本年收入 amounts touch the names of the next column (39,238.43一、本年支出).
    /// The p. 5 sentence on 政府采购 wraps its goods figure (政府采购货物预算 / 486.50万元) to the next line; the parts of a
    /// procurement total are taken from the total's own line, so the 一般公共预算 clause's goods figure (480.50) is no
    /// longer summed with the total of all funds (712.49) and no error is left; by the document, 486.50 + 0 + 225.99 =
    /// 712.49 holds.
    /// </summary>
    [Fact]
    public void Chongqing_reads_without_import_error_and_its_tables_cross_check()
    {
        var result = Import("chongqing-publicity-2026-dept-budget.pdf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var errors = DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Empty(errors.Select(f => f.ToString()));
    }
}
