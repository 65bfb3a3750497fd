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
    /// <summary>File; facts as "Kind Topic Code Value Page" (code - when none; the function code, or the economic code of
    /// an economic class topic); the prose errors as "RuleId Subject".</summary>
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
        // p. 17, under 五、一般公共预算支出情况说明: 一般公共服务支出1378.41万元，社会保障和就业支出178.42万元… (classes named without
        // codes) = 表五's 201 row; p. 18, under 六、一般公共预算基本支出情况说明: （一）工资福利支出911.21万元，占支出预算的54.15% = 表六's
        // 301 row, 911.21 / 1682.76 (支出总计) = 54.15%; （三）对个人和家庭补助支出85.98万元 = 表六's 303 对个人和家庭的补助.
        // p. 19: 本单位固定资产总量为4295.98万元 (its kinds and shares: CorpusFactsTests); 2026年向社会公开四个二级项目支出绩效目标和指标，
        // 公开金额474.56万元 — four projects in Chinese numerals, 474.56 = 项目支出.
        // p. 18: 项目支出预算474.56万元，2026信访接待中心运行费116万元，2026信访专项经费30万元，2026驻京经费312万元，信访局临聘人员经费15.56万元 —
        // a list of projects. 表十二 prints 信访局临聘人员经费 16.56, and 116 + 30 + 312 + 16.56 = 474.56 = 项目支出, while the prose's
        // 116 + 30 + 312 + 15.56 = 473.56: the prose's 15.56 is the document's mistake (BM-PROSE-PROJECT, an Error; the list's sum is
        // off by 1.00, within the ±1.51 of three whole-万元 amounts, so BM-PROSE-PARTS reports it as Info only).
        // p. 17: 2026年预算比2025年预算增加50.32万元，增长3.08% — the budget as a whole, a change of both totals (50.32 / (1682.76 −
        // 50.32) = 3.08%); 2026年支出总计1682.76万元。其中:基本支出合计为1208.20万元，项目支出合计为474.56万元 (表三's 基本支出 and 项目支出); 2026年财政拨款收入1682.76万元
        // 同比上年增长3.08%。其中当年预算1682.76万元 (表四's total and its 当年 revenue).
        { "changchun-petitions-2026-dept-budget.pdf", ["Amount ThreePublicTotal - 7.61 18", "PriorYearAmount ThreePublicTotal - 9.23 18", "ChangeAmount ThreePublicTotal - -1.62 18", "Amount GeneralBudgetByClass 201 1378.41 17", "Amount GeneralBudgetBasicByEconomicClass 301 911.21 18", "Share GeneralBudgetBasicByEconomicClass 301 54.15 18", "Amount GeneralBudgetBasicByEconomicClass 303 85.98 18", "Amount ProjectExpenditure - 474.56 18", "Amount Project - 116 18", "Amount Project - 15.56 18", "Amount FixedAssets - 4295.98 19", "Count DisclosedPerformanceProjects - 4 19", "Amount DisclosedPerformanceProjects - 474.56 19", "ChangeAmount TotalRevenue - 50.32 17", "ChangePercent TotalExpenditure - 3.08 17", "Amount TotalExpenditure - 1682.76 17", "Amount BasicExpenditure - 1208.20 17", "Amount FiscalAppropriationTotal - 1682.76 17", "Amount FiscalCurrentYear - 1682.76 17", "Amount Project - 312 18", "Amount ProjectExpenditure - 474.56 17"], ["BM-PROSE-PROJECT 信访局临聘人员经费"] },
        // p. 5: 2026年“三公”经费预算275.80万元; 政府采购预算总额712.49万元：政府采购货物预算 / 486.50万元 (wrapped:
        // the goods figure is on the next line); 486.50 + 0 + 225.99 = 712.49.
        // p. 3: （二）支出预算：…按支出功能分类，包括一般公共服务支出22,022.92万元，教育支出9.30万元… = 表三's 201 and 205 rows.
        // p. 5: 2026年一般公共预算财政拨款运行经费910.53万元，比2025年增加0.09万元 (运行经费 after its fund: 机关运行经费); 2026年项目支出均实行了
        // 绩效目标管理，涉及一般公共预算财政拨款24,991.96万元 = the 一般公共预算 projects (12,899.62 basic + 24,991.96 projects = 37,891.58
        // 一般公共预算拨款); p. 6: 2026年委托业务费涉及财拨资金17,804.62万元.
        // p. 3: （一）收入预算：2026年年初预算数45,369.18万元，其中：…事业收入资金2,898.00万元 (表一's 事业收入 2,898.00); p. 4, after
        // 2026年一般公共预算财政拨款…支出37,891.58万元: 其中：基本支出12,899.62万元 — that fund's basic expenditure, the p. 19 table's 合计.
        { "chongqing-publicity-2026-dept-budget.pdf", ["Amount ExpenditureByClass 201 22022.92 3", "Amount ExpenditureByClass 205 9.30 3", "Amount ThreePublicTotal - 275.80 5", "Amount ProcurementTotal - 712.49 5", "Amount ProcurementGoods - 486.50 5", "Amount ProcurementServices - 225.99 5", "Amount OperatingExpenses - 910.53 5", "ChangeAmount OperatingExpenses - 0.09 5", "Amount PerformanceProjects - 24991.96 5", "Amount CommissionedServices - 17804.62 6", "Amount TotalRevenue - 45369.18 3", "Amount UnitFundsRevenue - 2898.00 3", "Amount GeneralBudgetBasic - 12899.62 4"], [] },
        // pp. 20–21, 二、一般公共预算拨款支出情况 … 其中（按项级科目分类统计）： (一)204-公共安全支出4481.91万元 = 表五's 204 row;
        // (二)2080505-机关事业单位基本养老保险缴费支出341.49万元; (六)2210203-购房补贴520.00万元.
        // p. 22: under the heading （一）因公出国（境）经费, 2026年预算安排0.00万元，与上年持平 (the heading names the item; 持平 = a change of 0);
        // likewise under （二）公务接待费.
        // p. 20: 2026年度一般公共预算拨款支出6053.42万元，比上年 / 增加172.97万元，增长2.94% (172.97 / 5880.45 = 2.94%), 表五's 合计;
        // p. 21: 2026年度一般公共预算拨款基本支出6053.42万元，其中： (表六's 合计).
        { "fuzhou-police-civilian-staff-2026-unit-budget.pdf", ["Amount OverseasTravel - 0.00 22", "ChangeAmount OverseasTravel - 0 22", "Amount Reception - 0.00 22", "ChangeAmount Reception - 0 22", "Amount GeneralBudgetByClass 204 4481.91 20", "Amount GeneralBudgetByClass 2080505 341.49 21", "Amount GeneralBudgetByClass 2210203 520.00 21", "Amount GeneralBudgetCurrentYear - 6053.42 20", "ChangeAmount GeneralBudgetCurrentYear - 172.97 20", "ChangePercent GeneralBudgetCurrentYear - 2.94 20", "Amount GeneralBudgetBasic - 6053.42 21"], [] },
        // p. 21: 财政拨款安排“三公”经费4.8万元，比上年减少1万元，下降17.2% (1 / 5.8 = 17.24%); p. 22, the second page of the
        // paragraph on 机关运行经费 (its definition starts on p. 21): 机关运行经费安排444.39万元.
        // p. 22: 本年度拟购置固定资产12.1万元; 一般公共预算安排委托业务费478.2万元，比上年增加49.27万元，增长11.5% (49.27 / 428.93 = 11.49%).
        // p. 21: 2026年本部门收入预算3,944.08万元，比上年增加286.07万元，增长7.8% (286.07 / 3658.01 = 7.82%), then after the cause
        // (主要原因是一是…；二是…；) 支出预算3,944.08万元 — 表一's 收入总计 and 支出总计.
        { "guangzhou-petitions-2026-dept-budget.pdf", ["Amount ThreePublicTotal - 4.8 21", "ChangeAmount ThreePublicTotal - -1 21", "ChangePercent ThreePublicTotal - -17.2 21", "Amount OperatingExpenses - 444.39 22", "Amount PurchasedFixedAssets - 12.1 22", "Amount CommissionedServices - 478.2 22", "ChangeAmount CommissionedServices - 49.27 22", "ChangePercent CommissionedServices - 11.5 22", "Amount TotalRevenue - 3944.08 21", "ChangePercent TotalRevenue - 7.8 21", "Amount TotalExpenditure - 3944.08 21"], [] },
        // p. 6: （2）社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）193.24万元 … 比上年执行数增加43.74万元，
        // 增长29.3% (43.74 / 149.50 = 29.26%); p. 10: 其他运转类项目和特定目标类项目均实行绩效目标管理 … 涉及资金2,131.61万元 —
        // the projects' money, not the overall target's (the T1 total is 5,876.67).
        // p. 5, （三）支出预算情况说明: 1.按支出功能分类，包括科学技术支出28.00万元… = 表三's 206 row; 2.按支出用途分类，包括人员支出
        // 2,906.80万元，占49.4% — 表六's 人员经费 column (2709.90 + 196.90); 2906.80 / 5876.67 (支出总计) = 49.463%, which prints as
        // 49.5%, not 49.4%: a genuine misstatement (the three shares 49.4 + 14.3 + 36.3 were made to add up to 100.0; rounded
        // right they are 49.5 + 14.3 + 36.3 = 100.1), the one prose error.
        // p. 4: 杭州市气象局2026年收支总预算5,876.67万元 (both totals); p. 5: 年终结转结余0.00万元; 2026年一般公共预算当年拨款5,753.07万元，
        // 比上年执行数增加13.59万元，增长0.2% (13.59 / 5739.48 = 0.24%); p. 7: 2026年一般公共预算基本支出3,745.07万元 (表六's 合计).
        { "hangzhou-meteorology-2026-dept-budget.pdf", ["Amount ExpenditureByClass 206 28.00 5", "Amount PersonnelExpenses - 2906.80 5", "Share PersonnelExpenses - 49.4 5", "Amount PublicExpenses - 838.27 5", "Amount GeneralBudgetByClass 2080501 193.24 6", "ChangeAmount GeneralBudgetByClass 2080501 43.74 6", "ChangePercent GeneralBudgetByClass 2080501 29.3 6", "Amount PerformanceProjects - 2131.61 10", "Amount CommissionedServices - 236.75 10", "Amount TotalRevenue - 5876.67 4", "Amount TotalExpenditure - 5876.67 4", "Amount YearEndCarryForward - 0.00 5", "Amount GeneralBudgetCurrentYear - 5753.07 5", "ChangeAmount GeneralBudgetCurrentYear - 13.59 5", "Amount GeneralBudgetBasic - 3745.07 7"], ["BM-PROSE-SHARE PersonnelExpenses"] },
        // (p. 10 also: 2026年本部门委托业务费财政拨款预算总额236.75万元.)
        // p. 6: “社会保障和就业支出”科目320万元, “自然资源海洋气象等支出”科目17374万元. 表四's 220 row is 17,374.6137 万元, which
        // rounds to 17375 at the stated precision; 17374 is the figure cut, not rounded (the four classes, 320 + 106 + 17374 + 83 =
        // 17883, are made to sum to 财政拨款 17883): drift, a warning (see below), not an error; 319.688 → 320, 106.17 → 106 and
        // 82.5766 → 83 are within rounding.
        // p. 20, under 一、2026年“三公”经费预算情况说明: 公务用车运行费6.30万元 = the p. 19 table's 运行费 column (16.80 | 10.00 | 0.50 |
        // 6.30 | — | 6.30, 运行费 under 公务用车购置及运行费): no finding.
        // p. 20: 本单位编报绩效目标的项目共9个，涉及项目预算资金15552.95万元 — a selection of the projects: 表三's 项目支出 is 155,689,475元 =
        // 15,568.95万元, 16万元 more (BM-PROSE-SELECTION: no more than all projects, so no finding).
        // p. 6: 财政拨款支出预算中，一般公共预算拨款支出预算17883万元，比2025年预算增加156万元 (表五's 合计 17883).
        { "shanghai-ocean-monitoring-centre-2026-unit-budget.pdf", ["Amount FiscalExpenditureByClass 208 320 6", "Amount FiscalExpenditureByClass 220 17374 6", "Amount VehicleOperation - 6.30 20", "Count PerformanceProjects - 9 20", "Amount PerformanceProjects - 15552.95 20", "Amount GeneralBudgetCurrentYear - 17883 6", "ChangeAmount GeneralBudgetCurrentYear - 156 6"], [] },
        // p. 7: 1.“一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元; p. 8: “资源勘探工业信息等支出（类）支持中小企业发展和
        // 管理支出（款）其他支持中小企业发展和管理支出（项）”29,381.00万元 — each = 表四's row.
        // p. 22: 本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元 (a selection of the projects).
        { "shanghai-putuo-commerce-2025-dept-budget.pdf", ["Amount FiscalExpenditureByClass 2011301 938.99 7", "Amount FiscalExpenditureByClass 2150899 29381.00 8", "Count PerformanceProjects - 25 22", "Amount PerformanceProjects - 11381.60 22"], [] },
        // Putuo commerce (unit: the commission itself, the same notes as the department's). p. 7: 收入预算37,151.47万元; 财政拨款支出
        // 预算中，一般公共预算拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元 (表四's 一般公共预算; 2024's 12,659.76); 1.“一般公共
        // 服务支出（类）商贸事务（款）行政运行（项）”938.99万元 (p. 7) and 13.“…其他支持中小企业发展和管理支出（项）”29,381.00万元 (p. 8) =
        // 表四's rows; p. 22: 本单位编报绩效目标的项目共25个，涉及项目预算资金11381.60万元 (a selection of the projects).
        { "shanghai-putuo-commerce-2025-unit-budget.pdf", ["Amount TotalRevenue - 37151.47 7", "Amount GeneralBudgetCurrentYear - 37151.47 7", "ChangeAmount GeneralBudgetCurrentYear - 24491.71 7", "Amount FiscalExpenditureByClass 2011301 938.99 7", "Amount FiscalExpenditureByClass 2150899 29381.00 8", "Count PerformanceProjects - 25 22", "Amount PerformanceProjects - 11381.60 22"], [] },
        // p. 8: 2026年财政拨款“三公”经费预算5.58万元; p. 12: 机关运行经费财政拨款预算357.43万元 … 下降4.3%. p. 9: 公务用车运行维护费
        // 2026年预算数2.60万元 = the p. 31 table's 2026年 row (公务用车运行维护费 over its funds, 一般公共预算 2.60): no finding.
        // p. 6: 深圳市信访局预算4,684.30万元，包括在职人员经费2,422.61万元、公用经费357.43万元、对个人和家庭的补助支出192.55万元、增人增资
        // 99.41万元、项目支出1,612.29万元 — the parts (each with the total as its base) sum to 4,684.29, within their rounding (Info);
        // 在职人员经费 is a named part (表 basic by economic class: 工资福利支出 2,522.02 = 2,422.61 + 增人增资 99.41), 项目支出 = 表三's
        // 项目支出 1,612.29; the items after it, （一）在职人员经费2,422.61万元… （五）项目支出1,612.29万元, restate the parts.
        { "shenzhen-petitions-2026-dept-budget.pdf", ["Amount TotalExpenditure - 4684.30 6", "Amount Other - 2422.61 6", "Amount ProjectExpenditure - 1612.29 6", "Amount Other - 99.41 6", "Amount ThreePublicTotal - 5.58 8", "Amount OperatingExpenses - 357.43 12", "ChangePercent OperatingExpenses - -4.3 12", "Amount VehicleOperation - 2.60 9"], [] },
        // p. 26, 五、财政拨款支出预算情况说明 under （一）一般公共服务支出（类）: 1.审计事务（款）行政运行（项）支出2,342万元，与上年相比增加
        // 27.86万元，增长1.2% (27.86 / 2314.14 = 1.20%); 2.审计事务（款）一般行政管理事务（项）支出339.5万元，与上年相比减少55.03万元 —
        // 2010802, which the built-in catalog lacks, is found among the codes 表三 prints (2010802 一般行政管理事务 339.50); p. 27: 3.住房改革支出（款）购房补贴（项）支出401.97万元，与上年相比减少
        // 245.3万元，减少37.9% (245.3 / 647.27 = 37.90%).
        // p. 23, （二）支出预算总计4,651.67万元。包括：1．本年支出合计…（1）一般公共服务支出（类）支出2,906.63万元 = 表三's 201 row (the
        // expenditure of all funds), p. 24: 与上年相比减少17.08万元，减少0.58% (17.08 / 2923.71 = 0.584%).
        // p. 23: （5）事业收入0万元，与上年预算数相同 (表一's 事业收入 0, a change of 0); p. 24: 2．年终结转结余为0万元; p. 26: 与上年相比，
        // 财政拨款收、支总计各增加47.15万元，增长1.02% (47.15 / 4604.52 = 1.02%) and 2026年财政拨款预算支出4,651.67万元，占本年支出合计的100%;
        // p. 27: 财政拨款基本支出预算4,312.17万元 (表四 prints no 基本支出 column: read, not compared); p. 28: 一般公共预算财政拨款支出预算
        // 4,651.67万元 (表五's 合计) and 一般公共预算财政拨款基本支出预算4,312.17万元 (表六's 合计); p. 29: 政府性基金支出预算支出0万元.
        { "suzhou-audit-2026-dept-budget.pdf", ["Amount ExpenditureByClass 201 2906.63 23", "ChangeAmount ExpenditureByClass 201 -17.08 24", "ChangePercent ExpenditureByClass 201 -0.58 24", "Amount FiscalExpenditureByClass 2010801 2342 26", "ChangeAmount FiscalExpenditureByClass 2010801 27.86 26", "ChangePercent FiscalExpenditureByClass 2010801 1.2 26", "Amount FiscalExpenditureByClass 2010802 339.5 26", "ChangeAmount FiscalExpenditureByClass 2010802 -55.03 26", "Amount FiscalExpenditureByClass 2210203 401.97 27", "ChangeAmount FiscalExpenditureByClass 2210203 -245.3 27", "ChangePercent FiscalExpenditureByClass 2210203 -37.9 27", "Amount Meetings - 10 29", "ChangeAmount Meetings - -7 29", "Amount Training - 43 29", "ChangeAmount Training - -21.73 29", "Amount UnitFundsRevenue - 0 23", "ChangeAmount UnitFundsRevenue - 0 23", "Amount YearEndCarryForward - 0 24", "ChangeAmount FiscalAppropriationTotal - 47.15 26", "ChangePercent FiscalAppropriationTotal - 1.02 26", "Share FiscalAppropriationTotal - 100 26", "Amount FiscalBasicExpenditure - 4312.17 27", "Amount GeneralBudgetCurrentYear - 4651.67 28", "Amount GeneralBudgetBasic - 4312.17 28", "Amount GovernmentFundBudget - 0 29"], [] },
        // (p. 29 also: …一般公共预算拨款安排的会议费预算支出10万元，比上年预算减少7万元; 培训费预算支出43万元，比上年预算减少21.73万元 — the
        // p. 18 “三公” table's 会议费 10.00 and 培训费 43.00 columns: no finding.)
        // p. 24 under （一）社会保障和就业支出（类）: 1.行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出90.04万元，
        // 与上年相比增加7.12万元，增长8.59% (7.12 / 82.92 = 8.59%); 2.住房改革支出（款）提租补贴（项）支出68.96万元，与上年预算数相同.
        // p. 25 under （四）灾害防治及应急管理支出（类）: 应急管理事务（款）行政运行（项）支出708.96万元，与上年相比增加42.38万元，增长6.36% —
        // 22401 and 2240101 are not in the built-in catalog; the tables print 2240101 行政运行 708.96 (42.38 / 666.58 = 6.36%).
        // p. 21 under （二）支出预算总计: （2）卫生健康支出（类）支出39.39万元…与上年相比减少2.23万元，减少5.36% (2.23 / 41.62 = 5.36%);
        // （4）灾害防治及应急管理支出（类）支出708.96万元…增加42.38万元，增长6.36% (42.38 / 666.58 = 6.36%) — 表三's 210 and 224 rows.
        // p. 20: …收入、支出预 (the heading) 算总计1,136.23万元，与上年相比收、支预算总计各增加95.68万元，增长9.2% — a change of both totals
        // (95.68 / 1040.55 = 9.20%); p. 24: 2026年财政拨款预算支出1,136.23万元，占本年支出合计的100% (表四's total, = 表一's 本年支出合计); p. 25: 一般公共预算
        // 财政拨款基本支出预算1,136.23万元 (表六's 合计).
        { "wuxi-urban-management-2026-dept-budget.pdf", ["Amount ExpenditureByClass 210 39.39 21", "ChangeAmount ExpenditureByClass 210 -2.23 21", "ChangePercent ExpenditureByClass 210 -5.36 21", "Amount ExpenditureByClass 224 708.96 21", "ChangePercent ExpenditureByClass 224 6.36 21", "Amount FiscalExpenditureByClass 2080505 90.04 24", "ChangeAmount FiscalExpenditureByClass 2080505 7.12 24", "ChangePercent FiscalExpenditureByClass 2080505 8.59 24", "Amount FiscalExpenditureByClass 2210202 68.96 24", "ChangeAmount FiscalExpenditureByClass 2210202 0 24", "Amount FiscalExpenditureByClass 2240101 708.96 25", "ChangeAmount FiscalExpenditureByClass 2240101 42.38 25", "ChangePercent FiscalExpenditureByClass 2240101 6.36 25", "Amount Meetings - 0 26", "ChangeAmount Meetings - 0 26", "ChangeAmount TotalRevenue - 95.68 20", "ChangePercent TotalExpenditure - 9.2 20", "Share FiscalAppropriationTotal - 100 24", "Amount GeneralBudgetBasic - 1136.23 25"], [] },
        // (p. 26 also: …一般公共预算拨款安排的会议费预算支出0万元，与上年预算数相同.)
        // p. 17: “三公”经费预算支出10.20万元 … 其中：(line break) 因公出国（境）经费0.00万元 … 公务用车运行维护费8.20万元. The p. 35
        // table prints 上年 | 当年 | 增减 groups; its 当年 三公 小计 is 102,000.00元 = 10.20 and 运行维护费 82,000.00 = 8.20, as
        // the prose states.
        // p. 12, under 本部门当年一般公共预算支出4,005.29万元，其中：1.行政运行（2010801）2,338.24万元，较上年增加126.15万元，增长5.70%
        // (126.15 / 2212.09 = 5.70%); p. 13: 11.购房补贴（2210203）125.06万元，较上年减少38.52万元，下降23.55% (38.52 / 163.58 = 23.55%).
        // p. 12: 7.其他社会保障和就业支出（2089999）3.42万元 — 2089999 is read now that the tables' codes count (表五 prints it,
        // 34,216.39 元). p. 13, under 1.按照部门预算支出经济分类，本部门当年一般公共预算支出4,005.29万元，其中：（1）工资福利支出（301）
        // 2,981.28万元，较上年增加117.32万元，增长4.10% = the 一般公共预算 table by economic class's 301 row (29,812,828.40 元;
        // 117.32 / 2863.96 = 4.10%); p. 14, under 2.按照政府预算支出经济分类: （1）机关工资福利支出（501）2,981.28万元.
        // p. 11: 本部门当年一般公共预算拨款支出4,005.29万元，较上年减少28.10万元，下降0.70% (28.10 / 4033.39 = 0.70%), 表五's 合计;
        // p. 10: …其他收入100.00万元 (表一's 其他收入; the lead 当年预算收入4,203.47 counts 上年实户资金余额 and is not read).
        // pp. 13–14: the leads of the economic items, 1.按照部门预算支出经济分类，本部门当年一般公共预算支出4,005.29万元，其中： and
        // 2.按照政府预算支出经济分类，…4,005.29万元，其中： = the 一般公共预算支出表's 合计 (the items 2,981.28 + 956.41 + 57.60 + 10.00 = 4,005.29).
        { "xian-audit-2026-dept-budget.pdf", ["Amount GeneralBudgetByClass 2089999 3.42 12", "Amount GeneralBudgetByEconomicClass 301 2981.28 13", "ChangeAmount GeneralBudgetByEconomicClass 301 117.32 13", "ChangePercent GeneralBudgetByEconomicClass 301 4.10 13", "Amount GeneralBudgetByEconomicClass 501 2981.28 14", "Amount GeneralBudgetByClass 2010801 2338.24 12", "ChangeAmount GeneralBudgetByClass 2010801 126.15 12", "ChangePercent GeneralBudgetByClass 2010801 5.70 12", "Amount GeneralBudgetByClass 2210203 125.06 13", "ChangeAmount GeneralBudgetByClass 2210203 -38.52 13", "Amount ThreePublicTotal - 10.20 17", "Amount Reception - 2.00 17", "Amount VehicleOperation - 8.20 17", "Amount Meetings - 2.00 17", "ChangeAmount Meetings - 0 17", "Amount Training - 21.00 17", "ChangeAmount Training - -17.60 17", "ChangePercent Training - -45.60 17", "Amount OverallPerformanceFunds - 4005.29 18", "Amount GeneralBudgetCurrentYear - 4005.29 11", "ChangeAmount GeneralBudgetCurrentYear - -28.10 11", "Amount UnitFundsRevenue - 100.00 10", "Amount GeneralBudgetCurrentYear - 4005.29 13", "Amount GeneralBudgetCurrentYear - 4005.29 14"], [] },
        // (p. 17 also: 会议费预算支出2.00万元，较上年无增减 (a change of 0); 培训费预算支出21.00万元，较上年减少17.60万元，下降45.60% (17.60 / 38.60 =
        // 45.60%); p. 18: 绩效目标管理全覆盖，涉及当年一般公共预算拨款4005.29万元 — that fund's 财政拨款.)
        // p. 27: （二）支出预算：2026年支出预算3,558.35万元，其中：基本支出2,776.85万元 (the next line); 三公: 3.4万元，比上年减少
        // 8.5万元 (the year before 11.9 = 3.4 + 8.5), the 三公 table's 本年 figure.
        // p. 27: 2026年收支预算3,558.35万元，比上年增加118.76万元 (both totals); 1.收入预算增加118.76万元，其中一般公共预算收入增加83.76万元，
        // 其他收入增加35万元.
        { "yantai-audit-2026-dept-budget.pdf", ["Amount TotalExpenditure - 3558.35 27", "Amount BasicExpenditure - 2776.85 27", "Amount ThreePublicTotal - 3.4 27", "Amount OperatingExpenses - 210.32 28", "ChangeAmount OperatingExpenses - 1.43 28", "ChangePercent OperatingExpenses - 0.68 28", "Amount CommissionedServices - 99 28", "ChangeAmount CommissionedServices - -12 28", "ChangePercent CommissionedServices - -10.81 28", "Count PerformanceProjects - 6 29", "Amount PerformanceProjects - 781.5 29", "Amount TotalRevenue - 3558.35 27", "ChangeAmount TotalRevenue - 118.76 27", "ChangeAmount RevenueBySource - 83.76 27", "ChangeAmount UnitFundsRevenue - 35 27"], [] },
        // (p. 28 also: 机关运行经费安排210.32万元，比上年1.43万元，增加0.68% — no verb before 1.43, read as the change because 1.43 / (210.32 −
        // 1.43) = 0.68%; 委托业务费财政拨款预算为99万元，比上年减少12万元，下降10.81% (12 / 111 = 10.81%); p. 29: 涉及一级预算项目6个，预算资金
        // 781.5万元 = 表三's 项目支出 781.50, 其中财政拨款4.5万元.)
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
            // The same figure may be stated on several pages (项目支出 474.56 in the totals and over the project list): the fact
            // on the page given; failing that, the page of the first one is reported.
            var same = disclosure.Facts.Where(f => f.Kind == kind && f.Subject.Topic == topic && (f.Subject.Code?.Value ?? f.Subject.Economic?.Value) == code && f.Value == value).ToList();
            Assert.True(same.Count > 0, $"{file}: no fact {expected}; read: " + string.Join("; ", disclosure.Facts.Where(f => f.Subject.Topic == topic)));
            var fact = same.FirstOrDefault(f => result.Source!.Locate(f.Line!.Value).Page == page) ?? same[0];
            Assert.Equal(page, result.Source!.Locate(fact.Line!.Value).Page);
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
