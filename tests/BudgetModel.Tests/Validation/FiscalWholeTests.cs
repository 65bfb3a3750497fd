using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Validation;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// 表一 printing 财政拨款 as one revenue line (<see cref="FundSource.FiscalAppropriation"/>), alone or above its funds,
/// on the small disclosure (一般公共预算 100 + 政府性基金 20 + 国有资本经营 5 = 125): the whole is compared with the sum
/// of the funds in 表二, 表四 and 表五 + 表八 + 表九, and, printed above its funds, must equal their sum (BM-T1-FISCAL).
/// </summary>
public class FiscalWholeTests
{
    private static readonly string[] WholeRules = ["BM-T1-REVENUE", "BM-T1-FISCAL", "BM-X-T1-T2-REVENUE", "BM-X-T1-T4", "BM-X-T1-T5-TOTAL"];

    /// <summary>The small disclosure with 表一's three fund lines replaced by (or headed by) one 财政拨款 line of <paramref name="wan"/>.</summary>
    private static BudgetDisclosure WithWhole(decimal wan, bool keepFunds)
    {
        var p = new SmallDisclosure.Parts();
        AddWhole(p, wan, keepFunds);
        return p.Build();
    }

    /// <summary>Puts one 财政拨款 line of <paramref name="wan"/> in 表一 in place of its three fund lines (or above them).</summary>
    internal static void AddWhole(SmallDisclosure.Parts p, decimal wan, bool keepFunds)
    {
        var t1 = p.Tables[RevenueExpenditureSummary];
        var builder = new TableBuilder(RevenueExpenditureSummary, t1.Header);
        foreach (var row in t1.Rows)
        {
            if (row is SourceRow { Source: FundSource.GeneralPublicBudget } first)
            {
                builder.Add(new SourceRow(FundSource.FiscalAppropriation, "一、财政拨款（补助）", first.Columns, [BudgetModel.Money.FromWan(wan)], first.Line));
            }
            if (row is SourceRow source && source.Source.IsFiscalAppropriation() && !keepFunds)
            {
                continue;
            }
            builder.Add(row);
        }
        p.Tables[RevenueExpenditureSummary] = builder.Build();
    }

    private static Finding[] Errors(BudgetDisclosure d, string ruleId) =>
        DisclosureValidator.Validate(d).Findings.Where(f => f.RuleId == ruleId && f.Severity == Severity.Error).ToArray();

    [Fact]
    public void Whole_only_equal_to_the_funds_elsewhere_has_no_error()
    {
        var report = DisclosureValidator.Validate(WithWhole(125m, keepFunds: false));

        Assert.True(report.Errors == 0, string.Join(Environment.NewLine, report.Findings.Where(f => f.Severity == Severity.Error)));
    }

    [Theory]
    [InlineData("BM-T1-REVENUE")]        // 本年收入合计 125 = 124
    [InlineData("BM-X-T1-T2-REVENUE")]   // 124 = 表二 100 + 20 + 5
    [InlineData("BM-X-T1-T4")]           // 124 = 表四 100 + 20 + 5
    [InlineData("BM-X-T1-T5-TOTAL")]     // 124 = 表五 100 + 表八 20 + 表九 5
    public void Whole_only_one_short_of_the_funds_elsewhere_is_an_error_of_one(string ruleId)
    {
        var finding = Assert.Single(Errors(WithWhole(124m, keepFunds: false), ruleId));

        Assert.Equal(1.00m, Math.Abs(finding.Difference!.Value));
    }

    [Fact]
    public void Whole_above_its_funds_is_their_sum_and_the_funds_are_its_detail()
    {
        var report = DisclosureValidator.Validate(WithWhole(125m, keepFunds: true));

        Assert.True(report.Errors == 0, string.Join(Environment.NewLine, report.Findings.Where(f => f.Severity == Severity.Error)));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "BM-T1-FISCAL");
    }

    [Fact]
    public void Whole_above_its_funds_not_equal_to_their_sum_is_a_BM_T1_FISCAL_error()
    {
        var d = WithWhole(126m, keepFunds: true);

        // 126 ≠ 100 + 20 + 5; 本年收入合计 125 ≠ 126 too. The funds themselves still agree with 表二, 表四 and 表五.
        var fiscal = Assert.Single(Errors(d, "BM-T1-FISCAL"));
        Assert.Equal(1.00m, fiscal.Difference);
        Assert.Single(Errors(d, "BM-T1-REVENUE"));
        Assert.Empty(WholeRules.Skip(2).SelectMany(r => Errors(d, r)));
    }
}
