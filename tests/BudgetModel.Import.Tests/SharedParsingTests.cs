using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The importer reads amounts with <see cref="Money"/>'s parser and labels with <see cref="FundingLabels"/> and
/// <see cref="IndicatorLabels"/>: what those accept (and refuse) in a seed line is what the import gives.
/// </summary>
public class SharedParsingTests
{
    private static readonly string[] SeedLines = Seed.Text.Split('\n');

    /// <summary>The seed with lines replaced (1-based line number → new text).</summary>
    private static ImportResult ImportWith(params (int Line, string Text)[] replacements) =>
        DisclosureImporter.Import(string.Join('\n', SeedLines.Select((l, i) => replacements.FirstOrDefault(r => r.Line == i + 1).Text ?? l)));

    private static ProjectPerformanceSheet CoalToElectricity(ImportResult result) =>
        result.Disclosure.ProjectSheets.Single(s => s.ProjectName == "“煤改电”设备质保金");

    [Fact]
    public void An_amount_cell_is_read_in_the_table_unit_with_full_width_digits_a_unit_and_spaces_from_extraction()
    {
        // 表3 line 178: 2150517 产业发展 3793.87 (合计) / empty (基本支出) / 3793.87 (项目支出), in 万元.
        var result = ImportWith((178, "2150517\t产业发展\t3 793.87\t-\t３７９３．８７万元"));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Cell);
        var row = result.Disclosure.ExpenditureSummary!.FunctionRows.Single(r => r.Key == "2150517");
        Assert.Equal((Money.FromWan(3793.87m), Money.Zero, Money.FromWan(3793.87m)), (row[TableColumn.Total], row[TableColumn.Basic], row[TableColumn.Project]));
    }

    [Theory]
    [InlineData("3,79.87", "thousands separator")]          // Money refuses a malformed group
    [InlineData("3793.8712345", "finer than one fen")]      // 万元 with seven decimals: not a whole fen
    [InlineData("3793.87元", "")]                           // a unit other than the table's is read as written: no error
    public void An_amount_cell_Money_refuses_is_an_error_with_Money_s_reason(string cell, string reason)
    {
        var result = ImportWith((178, $"2150517\t产业发展\t{cell}\t\t3793.87"));
        var errors = result.Diagnostics.Where(d => d.RuleId == ImportRules.Cell).ToArray();
        if (reason.Length == 0)
        {
            Assert.Empty(errors);
            Assert.Equal(Money.FromYuan(3793.87m), result.Disclosure.ExpenditureSummary!.FunctionRows.Single(r => r.Key == "2150517").Total);
            return;
        }
        var d = Assert.Single(errors);
        Assert.Equal((Severity.Error, TableColumn.Total), (d.Severity, d.Location.Column!.Value));
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
        Assert.Contains(cell, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fund_source_row_is_read_in_any_spelling_FundingLabels_accepts()
    {
        var result = ImportWith((66, "一、一般公共预算拨款收入\t924.56\t一、一般公共服务支出\t3.00\t3.00\t"));
        var row = result.Disclosure.RevenueExpenditureSummary!.RevenueLines.Single(r => r.Line == 66);
        Assert.Equal((FundSource.GeneralPublicBudget, Money.FromWan(924.56m)), (row.Source, row[TableColumn.Amount]));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Name && d.Location.Lines.Contains(66));
    }

    [Fact]
    public void Funding_levels_are_read_with_FundingLabels_including_a_label_cut_short()
    {
        // Line 513 prints 市县(区)财政资 金 (cut by the extraction) on the left; here 市级 / 县级 spellings.
        var seed = CoalToElectricity(SeedImport.Result);
        Assert.Equal(Money.FromYuan(364_575m), seed.LifetimeFunding.ByLevel[FundingLevel.MunicipalCounty]);
        var result = ImportWith((513, "\t市级财政资金\t364,575\t\t县级财政资金\t364,575\t"));
        var sheet = CoalToElectricity(result);
        Assert.Equal(Money.FromYuan(364_575m), sheet.LifetimeFunding.ByLevel[FundingLevel.MunicipalCounty]);
        Assert.Equal(Money.FromYuan(364_575m), sheet.AnnualFunding.ByLevel[FundingLevel.MunicipalCounty]);
    }

    [Fact]
    public void Indicator_levels_are_read_with_IndicatorLabels_and_a_cut_short_label_is_completed()
    {
        var result = ImportWith((524, "\t产出指\t数量指\t煤改电户数\t350户\t数量指标\t煤改电户数\t350户"));
        var indicator = CoalToElectricity(result).AnnualIndicators.Single(i => i.Line == 524).Indicator;
        Assert.Equal((IndicatorCategory.Output, IndicatorSubcategory.Quantity, "煤改电户数"), (indicator.Category, indicator.Subcategory, indicator.Name));
    }

    [Fact]
    public void Cost_is_a_second_level_under_output_unless_a_cost_only_second_level_follows_it()
    {
        // The seed (line 527): 成本指标 under 产出指标, the national template.
        var seed = CoalToElectricity(SeedImport.Result).LifetimeIndicators.Single(i => i.Line == 527).Indicator;
        Assert.Equal((IndicatorCategory.Output, IndicatorSubcategory.Cost), (seed.Category, seed.Subcategory));

        // A province that uses 成本指标 as a first level, with 经济成本指标 below it.
        var result = ImportWith((527, "\t成本指标\t经济成本指标\t“煤改电”设备质保金\t364575元\t经济成本指标\t“煤改电”设备质保金\t364575元"));
        var sheet = CoalToElectricity(result);
        foreach (var indicator in new[] { sheet.LifetimeIndicators, sheet.AnnualIndicators }.Select(list => list.Single(i => i.Line == 527).Indicator))
        {
            Assert.Equal((IndicatorCategory.Cost, IndicatorSubcategory.EconomicCost), (indicator.Category, indicator.Subcategory));
        }
        // The next first level (效益指标, line 528) takes over again.
        Assert.Equal(IndicatorCategory.Benefit, sheet.LifetimeIndicators.Single(i => i.Line == 531).Indicator.Category);
    }
}
