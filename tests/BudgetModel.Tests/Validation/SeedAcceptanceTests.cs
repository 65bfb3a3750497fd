using BudgetModel.Disclosure;
using BudgetModel.Testing.Samples;
using BudgetModel.Validation;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// The validator on the seed (汾阳市工业和信息化局 2024, <see cref="Fenyang2024"/>): the genuine mistakes docs/domain.md §6
/// names are errors or warnings at the right places, the rounding drift is Info, and every error and warning is one a
/// careful reader would agree with. A finding is keyed by rule id, table, row (code, row key, project or subject) and
/// the first source line.
/// </summary>
public class SeedAcceptanceTests
{
    private static readonly ValidationReport Report = DisclosureValidator.Validate(Fenyang2024.Build());

    private static (string Rule, TableKind? Table, string Row, int Line) Key(Finding f) =>
        (f.RuleId, f.Location.Table, f.Location.Code ?? f.Location.Row ?? f.Location.Project ?? string.Empty, f.Location.Lines.FirstOrDefault());

    private const string Business = "业务经费";
    private const string SpecialtyTown = "全省培育特色专业镇发展资金汾财建一指字(2023)13号";

    [Fact]
    public void The_errors_are_exactly_the_genuine_mistakes()
    {
        (string, TableKind?, string, int)[] expected =
        [
            // 业务经费: the 年度 成本指标 业务经费 94500元 exceeds the 年度资金总额 88,500 元 (the 实施期 figure was copied).
            ("BM-PERF-COST", null, Business, 1059),
            // 十、绩效管理情况: 特定目标类项目 6,255.45万元, a sentence after 6,225.45万元 (6,255.63 − 30.18 = 6,225.45).
            ("BM-PROSE-PARTS", null, "ProjectsByCategory(SpecificPurpose)", 499),
        ];

        Assert.Equal(expected.Order(), Report.Findings.Where(f => f.Severity == Severity.Error).Select(Key).Order());
    }

    [Fact]
    public void The_warnings_are_the_oddities_a_reviewer_would_raise()
    {
        (string, TableKind?, string, int)[] expected =
        [
            // 表九's revenue side prints the expenditure codes 223/22301/2230105 where 收入分类 codes belong.
            ("BM-CODE-UNKNOWN", StateCapitalOperation, "223", 349),
            ("BM-CODE-UNKNOWN", StateCapitalOperation, "22301", 350),
            ("BM-CODE-UNKNOWN", StateCapitalOperation, "2230105", 351),
            // Project names differ between 表十二 and the sheets: 饮用水/饮水, 垫交/移交, 东辉新能/东辉新材料.
            ("BM-PERF-MATCH", ProjectExpenditureCurrent, "解决汾阳市包装彩印园饮用水管道等工程所需资金", 392),
            ("BM-PERF-MATCH", ProjectExpenditureCurrent, "国有企业2017年、2018年退休职工垫交养老金单位部分及滞纳金", 399),
            ("BM-PERF-MATCH", ProjectExpenditureCurrent, "解决山西东辉新能有限公司4.3米焦炉关停技术服务费用", 400),
            // 全省培育特色专业镇: 年度资金总额 0 against 3232.37万元 carried over; its 实施期 32,323,654.1 元 matches the
            // carry-over, so the amount is explained (a warning, not an error), but the sheet omits this year's spending …
            ("BM-PERF-AMOUNT", ProjectExpenditureCarryOver, SpecialtyTown, 423),
            // … and, being a one-year project, its 实施期 and 年度 totals differ.
            ("BM-PERF-PERIOD", null, SpecialtyTown, 535),
            // 业务经费: 实施期 94,500 元 but 年度 88,500 元 for a one-year project.
            ("BM-PERF-PERIOD", null, Business, 1059),
            // 提前下达…社会化管理补助资金: 实施期 中央 900,000 but 年度 省级 900,000.
            ("BM-PERF-PERIOD-LEVELS", null, "提前下达2024年国有企业退休人员社会化管理补助资金", 1025),
            // 饮食服务公司留守人员: a 三级 indicator named 可持续影响指标 under 社会效益指标.
            ("BM-PERF-INDICATOR-NAME", null, "解决汾阳市饮食服务公司留守人员欠发工资", 895),
            // 表十三 prints the unit row twice.
            ("BM-T13-UNIT", ProjectExpenditureCarryOver, Fenyang2024.UnitName, 421),
            // 汾阳市工业和和信息化局 on the 垫交/移交 sheet: as 主管部门 (a prose mention) and as 实施单位.
            ("BM-UNIT-NAME", null, string.Empty, 764),
            ("BM-UNIT-NAME", null, "国有企业2017年、2018年退休职工移交养老金单位部分及滞纳金", 759),
        ];

        Assert.Equal(expected.Order(), Report.Findings.Where(f => f.Severity == Severity.Warning).Select(Key).Order());
    }

    [Theory]
    [InlineData("BM-T5-ROLLUP", GeneralBudgetExpenditure, "Total", 924.57, 924.56)]          // 表五's classes
    [InlineData("BM-T6-ROLLUP", GeneralBudgetBasicExpenditure, "301", 241.02, 241.01)]       // 工资福利支出's items
    [InlineData("BM-T1-ROW", RevenueExpenditureSummary, "215", 4026.17, 4026.16)]            // 793.80 + 3232.37
    [InlineData("BM-X-T2-T3-ROW", ExpenditureSummary, "2150517", 3793.88, 3793.87)]          // 561.51 + 3232.37
    [InlineData("BM-T12-UNIT", ProjectExpenditureCurrent, Fenyang2024.UnitName, 3023.27, 3023.26)] // 20 projects
    [InlineData("BM-T1-EXPENDITURE", RevenueExpenditureSummary, "CurrentYearExpenditure", 3309.69, 3309.68)] // 当年预算安排 lines
    public void Rounding_drift_is_info_not_error(string rule, TableKind table, string row, decimal sum, decimal published)
    {
        var drift = Report.Findings.Where(f => f.RuleId == rule && f.Location.Table == table && f.Location.Row == row && f.Expected == sum && f.Actual == published).ToArray();

        Assert.NotEmpty(drift);
        Assert.All(drift, f =>
        {
            Assert.Equal(Severity.Info, f.Severity);
            Assert.Equal(FindingKind.RoundingDrift, f.Kind);
            Assert.Equal("万元", f.Unit);
            Assert.True(f.Bound!.Value.Wan >= Math.Abs(f.Difference!.Value));
        });
    }

    [Fact]
    public void The_business_expenses_sheet_is_reported_with_its_figures()
    {
        var cost = Assert.Single(Report.Findings, f => f.RuleId == "BM-PERF-COST");
        Assert.Equal((88_500m, 94_500m, "元"), (cost.Expected!.Value, cost.Actual!.Value, cost.Unit));

        var period = Assert.Single(Report.Findings, f => f.RuleId == "BM-PERF-PERIOD" && f.Location.Project == Business);
        Assert.Equal((94_500m, 88_500m), (period.Expected!.Value, period.Actual!.Value));

        // 表十二 says 8.85 万元: the 年度 88,500 元 agrees with it exactly.
        Assert.DoesNotContain(Report.Findings, f => f.RuleId == "BM-PERF-AMOUNT" && f.Location.Project == Business);
    }

    [Fact]
    public void The_misstated_category_amount_names_both_figures()
    {
        var error = Assert.Single(Report.Findings, f => f.RuleId == "BM-PROSE-PARTS");

        Assert.Equal((6225.45m, 6255.45m), (error.Expected!.Value, error.Actual!.Value));
        Assert.Equal([499], error.Location.Lines);
    }

    [Fact]
    public void The_prose_amount_of_a_carried_over_project_is_read_as_its_original_appropriation()
    {
        // 上年新增项目全省培育特色专业镇发展资金5000万元，年末结转3232.37万元: not an error.
        var notes = Report.Findings.Where(f => f.RuleId == "BM-PROSE-PROJECT").ToArray();

        Assert.Equal(2, notes.Length);
        Assert.All(notes, f => Assert.Equal((Severity.Info, 5000m, 3232.37m), (f.Severity, f.Actual!.Value, f.Expected!.Value)));
    }

    [Fact]
    public void No_rule_crashed_and_no_culprit_is_needed()
    {
        Assert.DoesNotContain(Report.Findings, f => f.Kind is FindingKind.Unknown && f.Severity == Severity.Error);
        Assert.DoesNotContain(Report.Findings, f => f.Kind == FindingKind.Culprit);
    }
}
