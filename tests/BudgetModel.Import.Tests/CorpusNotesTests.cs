using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The notes (情况说明) of each corpus document: key facts read from them, each with its figure and the page of the
/// figure (the fact keeps the line of its figure, not of its paragraph), and the prose findings of error severity
/// the validator gives. Every figure was read by hand in the PDF; the comments give the wording, the page and the
/// table figure it restates.
/// </summary>
public class CorpusNotesTests
{
    /// <summary>File; facts as "Kind Topic Code Value Page" (code - when none); the prose errors as "RuleId Subject".</summary>
    public static TheoryData<string, string[], string[]> Notes() => new()
    {
        // p. 8: 2026年财政拨款“三公”经费预算244.85万元，比2025年财政拨款“三公”经费年初预算增加16.03万元，增长7.01%
        // (the change sentence wraps to the next line; 16.03 / (244.85 − 16.03) = 7.005% → 7.01%);
        // p. 9: 政府采购预算总额4988.73万元. Read with the tables file (one disclosure). p. 6: 2026年度收入预算32852.05万元，比2025年
        // 年初预算数30385.62万元增加2466.43万元，增长8.12% (32852.05 − 30385.62 = 2466.43; 2466.43 / 30385.62 = 8.12%).
        // Statements of funds (notes pp. 6–8): 9.其他收入15万元 and 5.事业收入0万元 (表一's 事业收入 0), 10.上年结转结余471.96万元 (表一's
        // 上年结转结余 471.963743: within rounding); p. 7: 1.事业单位经营支出0万元 (no table prints it: read, not compared); p. 8:
        // （三）年终结转结余资金0万元 (表一's 年终结转结余 0).
        { "beijing-audit-2026-dept-budget-tables.pdf", ["Amount TotalRevenue - 32852.05 6", "PriorYearAmount TotalRevenue - 30385.62 6", "ChangeAmount TotalRevenue - 2466.43 6", "Amount ThreePublicTotal - 244.85 8", "ChangeAmount ThreePublicTotal - 16.03 8", "ChangePercent ThreePublicTotal - 7.01 8", "Amount ProcurementTotal - 4988.73 9", "Amount UnitFundsRevenue - 15 6", "Amount UnitFundsRevenue - 0 6", "Amount CarryOverRevenue - 471.96 6", "Amount OtherExpenditureLine - 0 7", "Amount YearEndCarryForward - 0 8"], [] },
        // p. 18: 2026年“三公经费”预算数为7.61万元，2025年预算数为9.23万元，和2025年相比预算减少1.62万元 (7.61 − 9.23 = −1.62).
        // p. 17: 2026年预算比2025年预算增加50.32万元，增长3.08% — the budget as a whole, a change of both totals (50.32 / (1682.76 −
        // 50.32) = 3.08%); 2026年支出总计1682.76万元。其中:基本支出合计为1208.20万元 (表三's 基本支出); 2026年财政拨款收入1682.76万元
        // 同比上年增长3.08%。其中当年预算1682.76万元 (表四's total and its 当年 revenue).
        { "changchun-petitions-2026-dept-budget.pdf", ["Amount ThreePublicTotal - 7.61 18", "PriorYearAmount ThreePublicTotal - 9.23 18", "ChangeAmount ThreePublicTotal - -1.62 18", "ChangeAmount TotalRevenue - 50.32 17", "ChangePercent TotalExpenditure - 3.08 17", "Amount TotalExpenditure - 1682.76 17", "Amount BasicExpenditure - 1208.20 17", "Amount FiscalAppropriationTotal - 1682.76 17", "Amount FiscalCurrentYear - 1682.76 17"], [] },
        // p. 5: 2026年“三公”经费预算275.80万元; 政府采购预算总额712.49万元：政府采购货物预算 / 486.50万元 (wrapped:
        // the goods figure is on the next line); 486.50 + 0 + 225.99 = 712.49.
        // p. 3: （一）收入预算：2026年年初预算数45,369.18万元，其中：…事业收入资金2,898.00万元 (表一's 事业收入 2,898.00); p. 4, after
        // 2026年一般公共预算财政拨款…支出37,891.58万元: 其中：基本支出12,899.62万元 — that fund's basic expenditure, the p. 19 table's 合计.
        { "chongqing-publicity-2026-dept-budget.pdf", ["Amount ThreePublicTotal - 275.80 5", "Amount ProcurementTotal - 712.49 5", "Amount ProcurementGoods - 486.50 5", "Amount ProcurementServices - 225.99 5", "Amount TotalRevenue - 45369.18 3", "Amount UnitFundsRevenue - 2898.00 3", "Amount GeneralBudgetBasic - 12899.62 4"], [] },
        // pp. 20–21, 二、一般公共预算拨款支出情况 … 其中（按项级科目分类统计）： (一)204-公共安全支出4481.91万元 = 表五's 204 row;
        // (二)2080505-机关事业单位基本养老保险缴费支出341.49万元; (六)2210203-购房补贴520.00万元.
        // p. 20: 2026年度一般公共预算拨款支出6053.42万元，比上年 / 增加172.97万元，增长2.94% (172.97 / 5880.45 = 2.94%), 表五's 合计;
        // p. 21: 2026年度一般公共预算拨款基本支出6053.42万元，其中： (表六's 合计).
        { "fuzhou-police-civilian-staff-2026-unit-budget.pdf", ["Amount GeneralBudgetByClass 204 4481.91 20", "Amount GeneralBudgetByClass 2080505 341.49 21", "Amount GeneralBudgetByClass 2210203 520.00 21", "Amount GeneralBudgetCurrentYear - 6053.42 20", "ChangeAmount GeneralBudgetCurrentYear - 172.97 20", "ChangePercent GeneralBudgetCurrentYear - 2.94 20", "Amount GeneralBudgetBasic - 6053.42 21"], [] },
        // p. 21: 财政拨款安排“三公”经费4.8万元，比上年减少1万元，下降17.2% (1 / 5.8 = 17.24%); p. 22, the second page of the
        // paragraph on 机关运行经费 (its definition starts on p. 21): 机关运行经费安排444.39万元.
        // p. 21: 2026年本部门收入预算3,944.08万元，比上年增加286.07万元，增长7.8% (286.07 / 3658.01 = 7.82%), then after the cause
        // (主要原因是一是…；二是…；) 支出预算3,944.08万元 — 表一's 收入总计 and 支出总计.
        { "guangzhou-petitions-2026-dept-budget.pdf", ["Amount ThreePublicTotal - 4.8 21", "ChangeAmount ThreePublicTotal - -1 21", "ChangePercent ThreePublicTotal - -17.2 21", "Amount OperatingExpenses - 444.39 22", "Amount TotalRevenue - 3944.08 21", "ChangePercent TotalRevenue - 7.8 21", "Amount TotalExpenditure - 3944.08 21"], [] },
        // p. 6: （2）社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）193.24万元 … 比上年执行数增加43.74万元，
        // 增长29.3% (43.74 / 149.50 = 29.26%); p. 10: 其他运转类项目和特定目标类项目均实行绩效目标管理 … 涉及资金2,131.61万元 —
        // the projects' money, not the overall target's (the T1 total is 5,876.67).
        // p. 4: 杭州市气象局2026年收支总预算5,876.67万元 (both totals); p. 5: 年终结转结余0.00万元; 2026年一般公共预算当年拨款5,753.07万元，
        // 比上年执行数增加13.59万元，增长0.2% (13.59 / 5739.48 = 0.24%); p. 7: 2026年一般公共预算基本支出3,745.07万元 (表六's 合计).
        { "hangzhou-meteorology-2026-dept-budget.pdf", ["Amount GeneralBudgetByClass 2080501 193.24 6", "ChangeAmount GeneralBudgetByClass 2080501 43.74 6", "ChangePercent GeneralBudgetByClass 2080501 29.3 6", "Amount PerformanceProjects - 2131.61 10", "Amount TotalRevenue - 5876.67 4", "Amount TotalExpenditure - 5876.67 4", "Amount YearEndCarryForward - 0.00 5", "Amount GeneralBudgetCurrentYear - 5753.07 5", "ChangeAmount GeneralBudgetCurrentYear - 13.59 5", "Amount GeneralBudgetBasic - 3745.07 7"], [] },
        // p. 6: “社会保障和就业支出”科目320万元, “自然资源海洋气象等支出”科目17374万元. 表四's 220 row is 17,374.6137 万元, which
        // rounds to 17375 at the stated precision; 17374 is the figure cut, not rounded (the four classes, 320 + 106 + 17374 + 83 =
        // 17883, are made to sum to 财政拨款 17883): drift, a warning (see below), not an error; 319.688 → 320, 106.17 → 106 and
        // 82.5766 → 83 are within rounding.
        // p. 20, under 一、2026年“三公”经费预算情况说明: 公务用车运行费6.30万元 = the p. 19 table's 运行费 column (16.80 | 10.00 | 0.50 |
        // 6.30 | — | 6.30, 运行费 under 公务用车购置及运行费): no finding.
        // p. 6: 财政拨款支出预算中，一般公共预算拨款支出预算17883万元，比2025年预算增加156万元 (表五's 合计 17883).
        { "shanghai-ocean-monitoring-centre-2026-unit-budget.pdf", ["Amount FiscalExpenditureByClass 208 320 6", "Amount FiscalExpenditureByClass 220 17374 6", "Amount VehicleOperation - 6.30 20", "Amount GeneralBudgetCurrentYear - 17883 6", "ChangeAmount GeneralBudgetCurrentYear - 156 6"], [] },
        // p. 7: 1.“一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元; p. 8: “资源勘探工业信息等支出（类）支持中小企业发展和
        // 管理支出（款）其他支持中小企业发展和管理支出（项）”29,381.00万元 — each = 表四's row.
        { "shanghai-putuo-commerce-2025-dept-budget.pdf", ["Amount FiscalExpenditureByClass 2011301 938.99 7", "Amount FiscalExpenditureByClass 2150899 29381.00 8"], [] },
        // p. 8: 2026年财政拨款“三公”经费预算5.58万元; p. 12: 机关运行经费财政拨款预算357.43万元 … 下降4.3%. p. 9: 公务用车运行维护费
        // 2026年预算数2.60万元 = the p. 31 table's 2026年 row (公务用车运行维护费 over its funds, 一般公共预算 2.60): no finding.
        { "shenzhen-petitions-2026-dept-budget.pdf", ["Amount ThreePublicTotal - 5.58 8", "Amount OperatingExpenses - 357.43 12", "ChangePercent OperatingExpenses - -4.3 12", "Amount VehicleOperation - 2.60 9"], [] },
        // p. 26, 五、财政拨款支出预算情况说明 under （一）一般公共服务支出（类）: 1.审计事务（款）行政运行（项）支出2,342万元，与上年相比增加
        // 27.86万元，增长1.2% (27.86 / 2314.14 = 1.20%); p. 27: 3.住房改革支出（款）购房补贴（项）支出401.97万元，与上年相比减少
        // 245.3万元，减少37.9% (245.3 / 647.27 = 37.90%).
        // p. 23, （二）支出预算总计4,651.67万元。包括：1．本年支出合计…（1）一般公共服务支出（类）支出2,906.63万元 = 表三's 201 row (the
        // expenditure of all funds), p. 24: 与上年相比减少17.08万元，减少0.58% (17.08 / 2923.71 = 0.584%).
        // p. 23: （5）事业收入0万元，与上年预算数相同 (表一's 事业收入 0, a change of 0); p. 24: 2．年终结转结余为0万元; p. 26: 与上年相比，
        // 财政拨款收、支总计各增加47.15万元，增长1.02% (47.15 / 4604.52 = 1.02%) and 2026年财政拨款预算支出4,651.67万元，占本年支出合计的100%;
        // p. 27: 财政拨款基本支出预算4,312.17万元 (表四 prints no 基本支出 column: read, not compared); p. 28: 一般公共预算财政拨款支出预算
        // 4,651.67万元 (表五's 合计) and 一般公共预算财政拨款基本支出预算4,312.17万元 (表六's 合计); p. 29: 政府性基金支出预算支出0万元.
        { "suzhou-audit-2026-dept-budget.pdf", ["Amount ExpenditureByClass 201 2906.63 23", "ChangeAmount ExpenditureByClass 201 -17.08 24", "ChangePercent ExpenditureByClass 201 -0.58 24", "Amount FiscalExpenditureByClass 2010801 2342 26", "ChangeAmount FiscalExpenditureByClass 2010801 27.86 26", "ChangePercent FiscalExpenditureByClass 2010801 1.2 26", "Amount FiscalExpenditureByClass 2210203 401.97 27", "ChangeAmount FiscalExpenditureByClass 2210203 -245.3 27", "ChangePercent FiscalExpenditureByClass 2210203 -37.9 27", "Amount UnitFundsRevenue - 0 23", "ChangeAmount UnitFundsRevenue - 0 23", "Amount YearEndCarryForward - 0 24", "ChangeAmount FiscalAppropriationTotal - 47.15 26", "ChangePercent FiscalAppropriationTotal - 1.02 26", "Share FiscalAppropriationTotal - 100 26", "Amount FiscalBasicExpenditure - 4312.17 27", "Amount GeneralBudgetCurrentYear - 4651.67 28", "Amount GeneralBudgetBasic - 4312.17 28", "Amount GovernmentFundBudget - 0 29"], [] },
        // p. 24 under （一）社会保障和就业支出（类）: 1.行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出90.04万元，
        // 与上年相比增加7.12万元，增长8.59% (7.12 / 82.92 = 8.59%); 2.住房改革支出（款）提租补贴（项）支出68.96万元，与上年预算数相同.
        // p. 21 under （二）支出预算总计: （2）卫生健康支出（类）支出39.39万元…与上年相比减少2.23万元，减少5.36% (2.23 / 41.62 = 5.36%);
        // （4）灾害防治及应急管理支出（类）支出708.96万元…增加42.38万元，增长6.36% (42.38 / 666.58 = 6.36%) — 表三's 210 and 224 rows.
        // p. 20: …收入、支出预 (the heading) 算总计1,136.23万元，与上年相比收、支预算总计各增加95.68万元，增长9.2% — a change of both totals
        // (95.68 / 1040.55 = 9.20%); p. 24: 2026年财政拨款预算支出1,136.23万元，占本年支出合计的100% (表四's total, = 表一's 本年支出合计); p. 25: 一般公共预算
        // 财政拨款基本支出预算1,136.23万元 (表六's 合计).
        { "wuxi-urban-management-2026-dept-budget.pdf", ["Amount ExpenditureByClass 210 39.39 21", "ChangeAmount ExpenditureByClass 210 -2.23 21", "ChangePercent ExpenditureByClass 210 -5.36 21", "Amount ExpenditureByClass 224 708.96 21", "ChangePercent ExpenditureByClass 224 6.36 21", "Amount FiscalExpenditureByClass 2080505 90.04 24", "ChangeAmount FiscalExpenditureByClass 2080505 7.12 24", "ChangePercent FiscalExpenditureByClass 2080505 8.59 24", "Amount FiscalExpenditureByClass 2210202 68.96 24", "ChangeAmount FiscalExpenditureByClass 2210202 0 24", "ChangeAmount TotalRevenue - 95.68 20", "ChangePercent TotalExpenditure - 9.2 20", "Share FiscalAppropriationTotal - 100 24", "Amount GeneralBudgetBasic - 1136.23 25"], [] },
        // p. 17: “三公”经费预算支出10.20万元 … 其中：(line break) 因公出国（境）经费0.00万元 … 公务用车运行维护费8.20万元. The p. 35
        // table prints 上年 | 当年 | 增减 groups; its 当年 三公 小计 is 102,000.00元 = 10.20 and 运行维护费 82,000.00 = 8.20, as
        // the prose states.
        // p. 12, under 本部门当年一般公共预算支出4,005.29万元，其中：1.行政运行（2010801）2,338.24万元，较上年增加126.15万元，增长5.70%
        // (126.15 / 2212.09 = 5.70%); p. 13: 11.购房补贴（2210203）125.06万元，较上年减少38.52万元，下降23.55% (38.52 / 163.58 = 23.55%).
        // p. 11: 本部门当年一般公共预算拨款支出4,005.29万元，较上年减少28.10万元，下降0.70% (28.10 / 4033.39 = 0.70%), 表五's 合计;
        // p. 10: …其他收入100.00万元 (表一's 其他收入; the lead 当年预算收入4,203.47 counts 上年实户资金余额 and is not read).
        { "xian-audit-2026-dept-budget.pdf", ["Amount GeneralBudgetByClass 2010801 2338.24 12", "ChangeAmount GeneralBudgetByClass 2010801 126.15 12", "ChangePercent GeneralBudgetByClass 2010801 5.70 12", "Amount GeneralBudgetByClass 2210203 125.06 13", "ChangeAmount GeneralBudgetByClass 2210203 -38.52 13", "Amount ThreePublicTotal - 10.20 17", "Amount Reception - 2.00 17", "Amount VehicleOperation - 8.20 17", "Amount GeneralBudgetCurrentYear - 4005.29 11", "ChangeAmount GeneralBudgetCurrentYear - -28.10 11", "Amount UnitFundsRevenue - 100.00 10"], [] },
        // p. 27: （二）支出预算：2026年支出预算3,558.35万元，其中：基本支出2,776.85万元 (the next line); 三公: 3.4万元，比上年减少
        // 8.5万元 (the year before 11.9 = 3.4 + 8.5), the 三公 table's 本年 figure.
        // p. 27: 2026年收支预算3,558.35万元，比上年增加118.76万元 (both totals); 1.收入预算增加118.76万元，其中一般公共预算收入增加83.76万元，
        // 其他收入增加35万元.
        { "yantai-audit-2026-dept-budget.pdf", ["Amount TotalExpenditure - 3558.35 27", "Amount BasicExpenditure - 2776.85 27", "Amount ThreePublicTotal - 3.4 27", "Amount TotalRevenue - 3558.35 27", "ChangeAmount TotalRevenue - 118.76 27", "ChangeAmount RevenueBySource - 83.76 27", "ChangeAmount UnitFundsRevenue - 35 27"], [] },
    };

    /// <summary>Shanghai ocean centre p. 6: “自然资源海洋气象等支出”科目17374万元 against 表四's 17,374.6137 — the figure cut to whole 万元,
    /// 0.6137 off (more than the ±0.5 of rounding, less than one unit): drift, reported as a warning of BM-PROSE-AMOUNT.</summary>
    [Fact]
    public void A_figure_cut_to_its_stated_precision_is_drift()
    {
        var report = DisclosureValidator.Validate(CorpusTests.Import("shanghai-ocean-monitoring-centre-2026-unit-budget.pdf").Disclosure);

        // (The classes rounded within ±0.5, 320 and 106 and 83, are Info.)
        var drift = Assert.Single(report.Findings, f => f.RuleId == "BM-PROSE-AMOUNT" && f.Severity != Severity.Info);
        Assert.Equal(Severity.Warning, drift.Severity);
        Assert.Contains("(220)", drift.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void The_notes_are_read_into_facts_at_their_figures_pages(string file, string[] facts, string[] errors)
    {
        var result = CorpusTests.Import(file);
        var disclosure = result.Disclosure;
        foreach (var expected in facts)
        {
            var p = expected.Split(' ');
            var kind = Enum.Parse<FactKind>(p[0]);
            var topic = Enum.Parse<FactTopic>(p[1]);
            string? code = p[2] == "-" ? null : p[2];
            decimal value = decimal.Parse(p[3], CultureInfo.InvariantCulture);
            int page = int.Parse(p[4], CultureInfo.InvariantCulture);
            var fact = disclosure.Facts.FirstOrDefault(f => f.Kind == kind && f.Subject.Topic == topic && f.Subject.Code?.Value == code && f.Value == value);
            Assert.True(fact is not null, $"{file}: no fact {expected}; read: " + string.Join("; ", disclosure.Facts.Where(f => f.Subject.Topic == topic)));
            Assert.Equal(page, result.Source!.Locate(fact!.Line!.Value).Page);
        }
        var prose = DisclosureValidator.Validate(disclosure).Findings
            .Where(f => f.Severity == Severity.Error && f.RuleId.StartsWith("BM-PROSE", StringComparison.Ordinal)).ToList();
        Assert.True(prose.Count == errors.Length, $"{file}: prose errors " + string.Join(" | ", prose.Select(f => f.RuleId + " " + f.Message)));
        foreach (var expected in errors)
        {
            var rule = expected[..expected.IndexOf(' ', StringComparison.Ordinal)];
            var subject = expected[(rule.Length + 1)..];
            Assert.Contains(prose, f => f.RuleId == rule && f.Message.Contains(subject, StringComparison.Ordinal));
        }
    }
}
