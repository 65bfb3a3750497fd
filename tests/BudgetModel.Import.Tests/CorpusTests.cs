using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
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
        { "yantai-audit-2026-dept-budget.pdf", [TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalOperation, TableKind.BasicExpenditureByEconomic, TableKind.ProjectExpenditureCurrent, TableKind.GovernmentProcurement], [] },
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
        Assert.Empty(errors);
        // Every table with rows has its 合计 (or, for a two-sided table, its 收入 and 支出 totals) read.
        Assert.All(result.Disclosure.Tables.Where(t => t.Rows.Count > 0 && TableLayout.For(t.Kind).Shape != TableShape.NamedRows),
            t => Assert.Contains(t.Rows, r => r.Role is RowRole.Total or RowRole.Summary));
    }

    /// <summary>
    /// 上海市海洋监测预报中心 reads completely, its tables cross-check and it has no error. Its notes (p. 6) state
    /// “自然资源海洋气象等支出”科目17374万元, while 表四 (p. 12) prints 220 as 173,746,137元 = 17,374.6137万元, which rounds to
    /// 17375 at the stated precision (whole 万元): 17374 is the figure cut, not rounded, 0.6137 off — drift, a warning of
    /// BM-PROSE-AMOUNT. The notes make their four classes sum to 财政拨款 17883 (320 + 106 + 17374 + 83); the other three
    /// are within rounding (3,196,880元 → 320, 1,061,700 → 106, 825,766 → 83).
    /// 公务用车运行费6.30万元 (p. 20) agrees with the p. 19 table, whose 运行费 column stands under 公务用车购置及运行费
    /// (小计 6.30 | 购置费 — | 运行费 6.30).
    /// </summary>
    [Fact]
    public void Shanghai_ocean_reads_its_tables_without_error_and_its_notes_state_one_class_amount_cut()
    {
        var result = Import("shanghai-ocean-monitoring-centre-2026-unit-budget.pdf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("上海市海洋监测预报中心", result.Disclosure.Unit.Name, StringComparison.Ordinal);
        var findings = DisclosureValidator.Validate(result.Disclosure).Findings;
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        var classAmount = Assert.Single(findings, e => e.RuleId == "BM-PROSE-AMOUNT" && e.Severity == Severity.Warning);
        Assert.Equal(("220", -0.6137m), (classAmount.Location.Code, classAmount.Difference));
        Assert.Equal(Money.FromWan(6.30m), result.Disclosure.ThreePublicExpenses!.VehicleOperation!.Total);
    }

    /// <summary>
    /// 长春市信访局 prints, in 本年一般公共预算基本支出表 (预算表6, p. 11), class totals that do not add up from their items —
    /// genuine mistakes of the document, worked out by hand from the PDF:
    /// 301 工资福利支出 is printed 911.21 but its items 297.50 + 179.46 + 194.78 + 105.80 + 32.65 + 3.36 + 93.27 + 4.40
    /// + 9.74 = 920.96 (9.75 more); 302 商品和服务支出 is printed 211.00 but its fourteen items (34.82 + 1.50 + 1.00 + 23.37
    /// + 36.18 + 10.00 + 12.61 + 3.98 + 0.86 + 13.28 + 10.35 + 6.75 + 54.08 + 12.59) = 221.37 (10.37 more; 30208 is
    /// printed for both 取暖费 and 物业管理费). Both are found, in 合计 and in the 人员经费 / 公用经费 column, on page 11.
    /// The notes add three mistakes of their own (issue 12's rules): p. 18 lists the projects as 2026信访接待中心运行费116万元，
    /// 2026信访专项经费30万元，2026驻京经费312万元，信访局临聘人员经费15.56万元, but 预算表9 (p. 14) and 表五's 2014099 print
    /// 信访局临聘人员经费 16.56, and 116 + 30 + 312 + 16.56 = 474.56 = 项目支出 (the prose's four make 473.56): BM-PROSE-PROJECT,
    /// −1.00. p. 19: 固定资产总量为4295.98万元，房屋和构筑物3773.63万元，占…87.84%；设备335.24万元，占…7.90%；家具和用具172.11万元，
    /// 占…4%；无形资产15万元占…0.26% — 335.24 / 4295.98 = 7.80% (not 7.90%) and 15 / 4295.98 = 0.35% (not 0.26%), while
    /// 3773.63 / 4295.98 = 87.84% and 172.11 / 4295.98 = 4.0% hold (the printed shares were made to add up to 100%): two
    /// BM-NOTE-SHARE errors.
    /// Apart from those, the notes agree with the tables: its part headings are printed in two cells (第三部分 | 2026年部门预算情况说明,
    /// p. 17), so the 情况说明 is read, and what it states agrees with the tables — 2026年“三公经费”预算数为7.61万元 and
    /// 公务用车购置及运行费6.75万 (p. 18) = 预算表7's 合计 7.61 and its 公务用车购置及运行费 6.75 (p. 12); 2026年预算比2025年预算
    /// 增加50.32万元 compares with 2025, the year before. 预算表7 prints no 合计 row: one row of figures under “三公”经费合计 |
    /// 当年预算 (小计 | 因公出国（境）费用 … | 公务接待费) | 上年结转结余 (the same); the table's total is 当年预算's 小计 7.61 =
    /// 因公出国（境）费 0.00 + 公务用车购置及运行费 6.75 (0.00 + 6.75) + 公务接待费 0.86 (“三公”经费合计 7.61 = 7.61 + 上年结转
    /// 结余 0.00), read with no BM-IMPORT-SUMMARY-MISSING.
    /// </summary>
    [Fact]
    public void Changchun_basic_expenditure_classes_that_do_not_add_up_are_found_on_their_page()
    {
        var result = Import("changchun-petitions-2026-dept-budget.pdf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.RuleId == ImportRules.SummaryMissing);
        Assert.Equal(Money.FromWan(7.61m), result.Disclosure.ThreePublicExpenses!.TotalRow!.Total);
        var report = DisclosureValidator.Validate(result.Disclosure);
        Assert.Contains(DisclosureSection.Explanation, result.Disclosure.Sections);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 7, string.Join("\n", errors));
        var project = Assert.Single(errors, f => f.RuleId == "BM-PROSE-PROJECT");
        Assert.Equal("信访局临聘人员经费", project.Location.Project);
        Assert.Equal(-1.00m, project.Difference);
        var shares = errors.Where(f => f.RuleId == "BM-NOTE-SHARE").Select(f => f.Message).ToList();
        Assert.Equal(2, shares.Count);
        Assert.Contains(shares, m => m.Contains("7.90%", StringComparison.Ordinal) && m.Contains("7.80%", StringComparison.Ordinal));
        Assert.Contains(shares, m => m.Contains("0.26%", StringComparison.Ordinal) && m.Contains("0.35%", StringComparison.Ordinal));
        var rollups = report.Findings.Where(f => f.RuleId == "BM-T6-ROLLUP" && f.Severity == Severity.Error).ToList();
        Assert.Equal(4, rollups.Count);
        Assert.Equal(2, rollups.Count(f => f.Difference == -9.75m));
        Assert.Equal(2, rollups.Count(f => f.Difference == -10.37m));
        Assert.All(rollups, f => Assert.Equal(11, result.Source!.Locate(f.Location.Lines[0]).Page));
    }
    /// <summary>
    /// 烟台市审计局 reads without an import finding of error severity and its totals cross-check, worked out by hand from the
    /// PDF: 公开表5 (p. 15) prints the 合计 row's 基本支出 小计 as 2,772.25 over 人员支出 2,536.91 + 日常公用支出 235.33 =
    /// 2,772.24 (the rounded true total, not the sum of its rounded parts: BM-T5-ROW reports drift, bound ±0.01), while
    /// 公开表6 (p. 17) prints its 合计 as 2,772.24 = the same 2,536.91 + 235.33 exactly, a sum of two rounded parts. The
    /// two copies of one figure may then be 0.005 (表5's rounding) + 2 × 0.005 (表6's parts) = ±0.015 apart: BM-X-T5-T6-BASIC
    /// reports −0.01 as rounding drift (Info, bound 0.015), no error. What the reader had got wrong is right: 公开表7 prints 2025年预算数
    /// (合计 11.90, 因公出国（境）经费 8.50, 公务接待费 3.40) beside 2026年预算数 (合计 3.40, 公务接待费 3.40; p. 19), and the
    /// 2026 block is read, as the prose states it (“三公”经费预算共3.4万元, 因公出国（境）费0万元, p. 27), its columns under
    /// 公务用车购置及运行维护费 by their own wrapped headings (小计 | 公务用车购置 / 经费 | 公务用车运行 / 维护费, all empty: 购置
    /// and 运行维护 lines of 0); 公开表12 (政府采购,
    /// p. 25) prints 201 / 08 / 04 on three rows, one item of 5.80 under its class and section (合计 5.80); 公开表1's
    /// 三、事业收入（不含教育收费） and 使用非财政拨款结余 (both empty, p. 8) are 单位资金.
    /// </summary>
    [Fact]
    public void Yantai_reads_the_budget_years_block_and_a_figure_printed_two_ways_is_rounding_drift()
    {
        var result = Import("yantai-audit-2026-dept-budget.pdf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.RuleId == ImportRules.Name);
        var t10 = result.Disclosure.ThreePublicExpenses!;
        Assert.Equal(Money.FromWan(3.40m), t10.TotalRow!.Total);
        Assert.Equal(Money.Zero, t10.OverseasTravel!.Total);
        Assert.Equal(Money.FromWan(3.40m), t10.Reception!.Total);
        Assert.Equal(Money.Zero, t10.VehiclePurchase!.Total);
        Assert.Equal(Money.Zero, t10.VehicleOperation!.Total);
        var findings = DisclosureValidator.Validate(result.Disclosure).Findings;
        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Empty(errors);
        var basic = Assert.Single(findings, f => f.RuleId == "BM-X-T5-T6-BASIC");
        Assert.Equal(FindingKind.RoundingDrift, basic.Kind);
        Assert.Equal(-0.01m, basic.Difference);
        Assert.Equal(0.015m, basic.Bound!.Value.Wan);
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
        Assert.Empty(errors);
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
        Assert.Empty(errors);
        var findings = DisclosureValidator.Validate(result.Disclosure).Findings
            .Where(f => f.Severity == Severity.Error && f.RuleId != ImportRules.Sheet && !f.RuleId.StartsWith("BM-PERF", StringComparison.Ordinal)).ToList();
        // The tables cross-check; the one error is the notes' own (p. 5, 按支出用途分类：人员支出2,906.80万元，占49.4%):
        // 2,906.80 / 5,876.67 (支出总计) = 49.463%, which prints as 49.5% (the three shares 49.4 + 14.3 + 36.3 were made to
        // add up to 100.0; rounded right they are 49.5 + 14.3 + 36.3 = 100.1).
        Assert.True(findings.Count == 1 && IsHangzhouShare(findings[0]), string.Join("\n", findings));
    }

    private static bool IsHangzhouShare(Finding f) =>
        f.RuleId == "BM-PROSE-SHARE" && f.Message.Contains("49.4%", StringComparison.Ordinal) && f.Message.Contains("49.5%", StringComparison.Ordinal);

    /// <summary>
    /// 深圳市信访局: what the validator reports, worked out by hand from the PDF. The document spends 7.34 万元 of 上年结余、结转
    /// this year (6.90 in 信访大厅运行 + 0.44 in 政务信息化项目（系统业务运营服务）), and its totals count it: 表2 (p. 17)
    /// prints 收入总计 4,684.30 = 一般公共预算拨款 4,676.96 + 上年结余、结转 7.34 (read as a 合计 that includes the
    /// carry-over: BM-T2-ROW, BM-X-T1-T2-REVENUE and BM-X-T2-T3-ROW hold); 表7 一般公共预算支出表 (p. 26) 合计 4,684.30 =
    /// 表1's 一般公共预算拨款 4,676.96 + the carry-over (BM-X-T1-T5-TOTAL holds); 表5 项目支出总表 (p. 23) prints the
    /// 上年结余、结转 column (1,612.29 = 1,604.95 + 7.34 on the unit's row), read as carry-over (BM-T12-ROW holds), and
    /// 表7's 项目支出 1,612.29 = that table's 一般公共预算拨款 1,604.95 + its 上年结余、结转 7.34 (BM-X-T12-FUNDS accepts a 表五
    /// that spends the carry-over, as BM-X-T1-T5-TOTAL does): no error at all. 表8 一般公共预算支出表（按经济分类） prints the 基本支出 column the required 一般公共预算基本支出表 shows (p. 28):
    /// no BM-REQUIRED-TABLE. The notes' 公务用车运行维护费2.60万元 (p. 9) agrees with 表9's 公务用车运行维护费 column.
    /// </summary>
    [Fact]
    public void Shenzhen_totals_that_count_the_carry_over_cross_check()
    {
        var result = Import("shenzhen-petitions-2026-dept-budget.pdf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var errors = DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.Severity == Severity.Error)
            .Select(f => (f.RuleId, f.Difference)).OrderBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Difference).ToList();
        Assert.Equal(
            [],
            errors.Select(e => (e.RuleId, e.Difference ?? 0m)));
    }

    /// <summary>
    /// 杭州市气象局 read with the built-in catalog only: its tables print no function code anywhere (表1, 表3, 表4, 表5: names
    /// under 功能分类科目名称, indented by level, pp. 15–19). The built-in edition holds the six 款 / 项 names it prints
    /// (added by hand from the Ministry's classification, docs/catalog.md), so every row takes its code from its name and
    /// the class above it: 技术研究与开发 (20604) and 科技成果转化与扩散 (2060404) under 科学技术支出 (28.00 each), 气象事务
    /// (22005, 5,371.48 in 表3), 行政运行 (2200501, 2,617.19 — the 项 01 of 22005, not of another 款), 气象事业机构 (2200504,
    /// 650.68) and 气象服务 (2200509, 2,103.61) under 自然资源海洋气象等支出; 2,617.19 + 650.68 + 2,103.61 = 5,371.48.
    /// 表4 财政拨款收支预算总表 (p. 18) prints no 本年收入合计: 一、财政拨款 5,753.07 (= 一般公共预算 5,753.07) is its only money of
    /// this year, and 收入总计 5,753.07 = 5,753.07 + 二、上年结转结余 (empty) — no BM-IMPORT-SUMMARY-MISSING.
    /// No import error is left but the sheets' (none here) and no validation error at all.
    /// </summary>
    [Fact]
    public void Hangzhou_rows_printed_by_name_only_take_their_codes_from_the_names_and_the_class_above()
    {
        var result = Import("hangzhou-meteorology-2026-dept-budget.pdf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.RuleId == ImportRules.SummaryMissing);
        var t3 = result.Disclosure.ExpenditureSummary!;
        decimal Wan(string code) => t3.FunctionRows.Single(r => r.Code.Value == code).Total.Wan;
        Assert.Equal(28.00m, Wan("20604"));
        Assert.Equal(28.00m, Wan("2060404"));
        Assert.Equal(5371.48m, Wan("22005"));
        Assert.Equal(2617.19m, Wan("2200501"));
        Assert.Equal(650.68m, Wan("2200504"));
        Assert.Equal(2103.61m, Wan("2200509"));
        // No error but the notes' 49.4% (see the test above).
        Assert.DoesNotContain(DisclosureValidator.Validate(result.Disclosure).Findings, f => f.Severity == Severity.Error && !IsHangzhouShare(f));
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
    /// The p. 5 sentence on 政府采购 wraps its goods figure to the next line (政府采购货物预算 / 486.50万元、…): read as one
    /// paragraph, the goods are 486.50 (the line of the figure), and 486.50 + 0 + 225.99 = 712.49 holds; the
    /// 其中一般公共预算拨款政府采购504.98万元 part (480.50 + 0 + 24.48) is that fund's share, not the total's parts.
    /// </summary>
    [Fact]
    public void Chongqing_reads_without_import_error_and_its_tables_cross_check()
    {
        var result = Import("chongqing-publicity-2026-dept-budget.pdf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var errors = DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Empty(errors);
        var goods = Assert.Single(result.Disclosure.Facts, f => f.Subject.Topic == FactTopic.ProcurementGoods && f.Subject.Source is null);
        Assert.Equal(486.50m, goods.Value);
        Assert.Equal(5, result.Source!.Locate(goods.Line!.Value).Page);
        // 712.49 ends the paragraph's first line; 486.50 starts the next one: the fact keeps its figure's line.
        var total = Assert.Single(result.Disclosure.Facts, f => f.Subject.Topic == FactTopic.ProcurementTotal && f.Subject.Source is null);
        Assert.Equal(712.49m, total.Value);
        Assert.Equal(total.Line + 1, goods.Line);
    }
    /// <summary>
    /// 北京市审计局 (tables + notes): every table is read. Worked out by hand from the tables PDF:
    /// 预算03表 支出总表 (p. 3) prints one row per function code × economic class (2010801-行政运行 | 50101-工资奖金津补贴 |
    /// 30101-基本工资 | 3,138.093600 …) and no 类 row: its 2010801 rows sum to 17,960.816458, and the 201 rows (2010801,
    /// 2010804, 2010805, 2010806, 2010850, 2010899) to 26,661.064552 = 预算01表's 一般公共服务支出; all rows to 32,852.053832 =
    /// 支出总计. 预算02表 收入总表 (p. 2) is one line of figures under its header: 合计 32,852.053832, 本年 32,380.090089.
    /// 预算05表 (p. 5) prints three units' blocks without unit rows: 2210201 住房公积金 = 334.236000 + 1,247.677200 +
    /// 128.859324 = 1,710.772524; its 合计 32,801.936639 = 预算01表's 一般公共预算 32,365.090089 + 预算04表's 上年结转
    /// 一般公共预算拨款 436.846550 (表五 spends the carry-over too, as 预算04表's 本年支出合计 32,801.936639 says): no error.
    /// 预算06表 (p. 6) prints 30101 基本工资 under 50101 (3,138.093600) and under 50501 (232.983600): one row, 3,371.077200.
    /// 预算09表 (p. 9) prints one row of figures and no 合计 label, under “三公”经费财政拨款预算总额 | 因公出国（境）费用 |
    /// 公务接待费 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费): its total is the 预算总额 column, 244.848000 =
    /// 173.520000 + 6.000000 + 65.328000 (= 37.380000 + 27.948000); no BM-IMPORT-SUMMARY-MISSING.
    /// The 项目支出绩效目标表 (p. 12: 项目总额 | 财政资金 | 其他资金 …) is read as seventeen projects and the 整体支出绩效目标表
    /// (p. 20) states 预算支出总额 32,852.053832 = 收入总计 (<see cref="CorpusSheetTests"/>); each project's rows are those
    /// of its ruled name cell, so every project's cost indicators stay within its amount (内部审计指导监督经费's three cost
    /// rows on p. 16, above its centred name, are its own): no error.
    /// </summary>
    [Fact]
    public void Beijing_reads_its_tables_without_import_error_and_its_totals_cross_check()
    {
        var result = Import("beijing-audit-2026-dept-budget-tables.pdf");
        var d = result.Disclosure;
        Assert.DoesNotContain(result.Diagnostics, f => f.Severity == Severity.Error);
        Assert.Equal(Money.FromWan(244.848m), d.ThreePublicExpenses!.TotalRow!.Total);

        var t3 = Assert.IsType<FunctionTable>(d[TableKind.ExpenditureSummary]);
        Assert.Equal(14, t3.FunctionRows.Count);
        Assert.Equal(Money.FromWan(17960.816458m), t3.FunctionRows.Single(r => r.Code.Value == "2010801").Total);
        Assert.Equal(Money.FromWan(32852.053832m), t3.TotalRow!.Total);
        Assert.Equal(Money.FromWan(32852.053832m), d.RevenueSummary!.TotalRow!.Total + d.RevenueSummary.TotalRow.GetOrZero(TableColumn.CarryOver));
        var t5 = Assert.IsType<FunctionTable>(d[TableKind.GeneralBudgetExpenditure]);
        Assert.Equal(Money.FromWan(1710.772524m), t5.FunctionRows.Single(r => r.Code.Value == "2210201").Total);
        var t6 = Assert.IsType<EconomicTable>(d[TableKind.GeneralBudgetBasicExpenditure]);
        Assert.Equal(Money.FromWan(3371.0772m), t6.Rows.OfType<EconomicRow>().Single(r => r.DepartmentCode?.Value == "30101").Total);

        var errors = DisclosureValidator.Validate(d).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Empty(errors);
    }

    /// <summary>
    /// 西安市审计局: every table is read without an import error (表4's 一、财政拨款 over the expenditure side is a heading;
    /// 表13 三公 is read from its 当年 columns: 三公 小计 102,000.00 = 0 + 20,000.00 + 82,000.00, 合计 332,000.00 = 102,000.00 +
    /// 会议费 20,000.00 + 培训费 210,000.00; 表12 政府采购's 全额 rows are subtotals: 合计 4,020,000.00 = 370,000.00 +
    /// 3,500,000.00 + 150,000.00). What the validator reports, worked out by hand from the PDF:
    /// 表2 收入总表 (p. 23) prints 合计 42,034,723.58 = 一般公共预算拨款 40,052,896.08 + 其他收入 1,000,000.00 + 上年实户资金余额
    /// 981,827.50: a 合计 that counts the carry-over, which holds against 表1's 本年收入合计 41,052,896.08 + 上年结转 981,827.50
    /// and 表3's 合计 42,034,723.58 — no error. 表10 专项业务经费 (p. 32) prints three levels under the unit row 8,490,507.50
    /// without codes or indent: 通用项目 3,650,000.00 = 大型活动 150,000.00 (= 审计培训 150,000.00) + 购买服务（审计、绩效、ppp项目
    /// 评价） 3,500,000.00 (= 购买中介机构审计服务 3,500,000.00); 专用项目 4,840,507.50 = 审计业务经费 4,840,507.50 = 审计事务
    /// 2,858,680.00 + 审计专项补助经费 1,000,000.00 + 审计专项补助经费（结转） 981,827.50. Read as ten projects they would sum to
    /// 25,471,522.50 = 3 × 8,490,507.50; the five groups are subtotals, and the five projects sum to the unit row: no error.
    /// 表1 (p. 22) and 表4 (p. 25) print (2)政府性基金拨款 / 2、政府性基金拨款 (empty): 政府性基金, a line of 0; their 其中 lines
    /// (其中：专项资金列入部门预算的项目 under 一般公共预算拨款, 其中：纳入财政专户管理的收费 under 事业收入, all empty) are parts of
    /// the line above, read past: no BM-IMPORT-NAME.
    /// </summary>
    [Fact]
    public void Xian_reads_its_tables_without_import_error_and_its_totals_cross_check()
    {
        var result = Import("xian-audit-2026-dept-budget.pdf");
        var d = result.Disclosure;
        Assert.DoesNotContain(result.Diagnostics, f => f.Severity == Severity.Error || f.RuleId == ImportRules.Name);
        Assert.Equal(Money.Zero, d.RevenueExpenditureSummary!.RevenueLines.Single(r => r.Source == FundSource.GovernmentFundBudget && !r.IsCarryOver)[TableColumn.Amount]);
        Assert.Equal(Money.FromYuan(981827.50m), d.RevenueSummary!.TotalRow!.GetOrZero(TableColumn.CarryOver));
        var three = d.ThreePublicExpenses!;
        Assert.Equal(Money.FromYuan(102000m), three.ThreePublicSubtotal!.Total);
        Assert.Equal(Money.FromYuan(332000m), three.TotalRow!.Total);
        Assert.Equal(Money.FromYuan(82000m), three.VehicleOperation!.Total);

        var errors = DisclosureValidator.Validate(d).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Empty(errors);
        var special = Assert.IsType<NamedRowTable>(d[TableKind.SpecialOperatingFunds]);
        Assert.Equal([150000m, 3500000m, 2858680m, 1000000m, 981827.50m], special.DetailRows.Select(r => r.Total.Yuan));
        Assert.Equal(5, special.Rows.Count(r => r.Role == RowRole.Summary));
    }
}
