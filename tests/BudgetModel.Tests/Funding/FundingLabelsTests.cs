using BudgetModel.Funding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Funding;

public class FundingLabelsTests
{
    [Theory]
    [InlineData(FundSource.GeneralPublicBudget, "一般公共预算")]
    [InlineData(FundSource.GovernmentFundBudget, "政府性基金预算")]
    [InlineData(FundSource.StateCapitalOperationBudget, "国有资本经营预算")]
    [InlineData(FundSource.SocialInsuranceFundBudget, "社会保险基金预算")]
    [InlineData(FundSource.FiscalSpecialAccount, "财政专户管理资金")]
    [InlineData(FundSource.UnitFunds, "单位资金")]
    [InlineData(FundSource.CarryOver, "上年结转")]
    public void Fund_source_has_its_official_label_and_reads_back(FundSource source, string label)
    {
        Assert.Equal(label, FundingLabels.GetLabel(source));
        Assert.Equal(source, FundingLabels.ParseFundSource(label));
    }

    [Fact]
    public void Every_member_of_every_enum_round_trips_through_its_label()
    {
        foreach (var v in Enum.GetValues<FundSource>())
        {
            Assert.Equal(v, FundingLabels.ParseFundSource(FundingLabels.GetLabel(v)));
        }
        foreach (var v in Enum.GetValues<UnitFundsKind>())
        {
            Assert.Equal(v, FundingLabels.ParseUnitFundsKind(FundingLabels.GetLabel(v)));
        }
        foreach (var v in Enum.GetValues<ExpenditureType>())
        {
            Assert.Equal(v, FundingLabels.ParseExpenditureType(FundingLabels.GetLabel(v)));
        }
        foreach (var v in Enum.GetValues<BasicExpenditureKind>())
        {
            Assert.Equal(v, FundingLabels.ParseBasicExpenditureKind(FundingLabels.GetLabel(v)));
        }
        foreach (var v in Enum.GetValues<ProjectCategory>())
        {
            Assert.Equal(v, FundingLabels.ParseProjectCategory(FundingLabels.GetLabel(v)));
        }
        foreach (var v in Enum.GetValues<FundingLevel>())
        {
            Assert.Equal(v, FundingLabels.ParseFundingLevel(FundingLabels.GetLabel(v)));
        }
    }

    [Theory]
    [InlineData("事业收入", UnitFundsKind.ServiceRevenue)]
    [InlineData("事业单位经营收入", UnitFundsKind.OperatingRevenue)]
    [InlineData("上级补助收入", UnitFundsKind.SuperiorSubsidy)]
    [InlineData("附属单位上缴收入", UnitFundsKind.SubordinateRemittance)]
    [InlineData("其他收入", UnitFundsKind.Other)]
    public void Unit_funds_kinds_have_the_glossary_labels(string label, UnitFundsKind kind)
    {
        Assert.Equal(label, FundingLabels.GetLabel(kind));
        Assert.True(FundingLabels.TryParseUnitFundsKind(label, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData("一、一般公共预算", FundSource.GeneralPublicBudget)]
    [InlineData("一般公共预算资金", FundSource.GeneralPublicBudget)]
    [InlineData("其中:一般公共预算资金", FundSource.GeneralPublicBudget)]
    [InlineData("一般公共预算拨款", FundSource.GeneralPublicBudget)]
    [InlineData("一般公共预算拨款收入", FundSource.GeneralPublicBudget)]
    [InlineData("二、政府性基金预算", FundSource.GovernmentFundBudget)]
    [InlineData("政府性基金", FundSource.GovernmentFundBudget)]
    [InlineData("政府性基金预算资金", FundSource.GovernmentFundBudget)]
    [InlineData("政府性基金预算拨款收入", FundSource.GovernmentFundBudget)]
    [InlineData("三、国有资本经营预算", FundSource.StateCapitalOperationBudget)]
    [InlineData("国有资本经营预算资金", FundSource.StateCapitalOperationBudget)]
    [InlineData("国有资本经营预算拨款收入", FundSource.StateCapitalOperationBudget)]
    [InlineData("社会保险基金预算资金", FundSource.SocialInsuranceFundBudget)]
    [InlineData("四、财政专户管理资金", FundSource.FiscalSpecialAccount)]
    [InlineData("专户管理资金", FundSource.FiscalSpecialAccount)]
    [InlineData("五、单位资金", FundSource.UnitFunds)]
    [InlineData("上年结转", FundSource.CarryOver)]
    [InlineData("一、财政拨款", FundSource.FiscalAppropriation)]
    [InlineData("财政拨款（补助）", FundSource.FiscalAppropriation)]
    [InlineData("一、预算拨款", FundSource.FiscalAppropriation)]
    [InlineData("上年财政拨款结转", FundSource.CarryOver)]
    public void Fund_source_variants_of_the_seed_are_read(string printed, FundSource expected)
    {
        Assert.True(FundingLabels.TryParseFundSource(printed, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(expected, FundingLabels.ParseFundSource(printed));
    }

    [Theory]
    [InlineData("中央财政资金", FundingLevel.Central)]
    [InlineData("其中:中央财政资金", FundingLevel.Central)]
    [InlineData("省级财政资金", FundingLevel.Provincial)]
    [InlineData("市县(区)财政资金", FundingLevel.MunicipalCounty)]
    [InlineData("市县(区)财政资 金", FundingLevel.MunicipalCounty)]
    [InlineData("市县（区）财政资金", FundingLevel.MunicipalCounty)]
    [InlineData("市县(区)财政资", FundingLevel.MunicipalCounty)]
    [InlineData("单位自筹", FundingLevel.UnitSelfRaised)]
    [InlineData("其他资金", FundingLevel.Other)]
    public void Funding_level_variants_of_the_seed_are_read(string printed, FundingLevel expected)
    {
        Assert.Equal(expected, FundingLabels.ParseFundingLevel(printed));
    }

    [Theory]
    [InlineData("人员类项目", ProjectCategory.Personnel)]
    [InlineData("人员类", ProjectCategory.Personnel)]
    [InlineData("其他运转类", ProjectCategory.Operating)]
    [InlineData("其他运转类项目", ProjectCategory.Operating)]
    [InlineData("运转类", ProjectCategory.Operating)]
    [InlineData("特定目标类", ProjectCategory.SpecificPurpose)]
    [InlineData("特定目标类项目", ProjectCategory.SpecificPurpose)]
    public void Project_category_variants_are_read(string printed, ProjectCategory expected)
    {
        Assert.Equal(expected, FundingLabels.ParseProjectCategory(printed));
    }

    [Theory]
    [InlineData("基本支出", ExpenditureType.Basic)]
    [InlineData("其中:基本支出", ExpenditureType.Basic)]
    [InlineData("一、基本支出：", ExpenditureType.Basic)]
    [InlineData("项目支出", ExpenditureType.Project)]
    public void Expenditure_types_are_read(string printed, ExpenditureType expected)
    {
        Assert.Equal(expected, FundingLabels.ParseExpenditureType(printed));
    }

    [Theory]
    [InlineData("人员经费", BasicExpenditureKind.Personnel)]
    [InlineData("公用经费", BasicExpenditureKind.Public)]
    public void Basic_expenditure_kinds_are_read(string printed, BasicExpenditureKind expected)
    {
        Assert.Equal(expected, FundingLabels.ParseBasicExpenditureKind(printed));
    }

    [Theory]
    [InlineData("财政")]
    [InlineData("一般公共")]
    [InlineData("政府性基金预算支出")]
    [InlineData("")]
    [InlineData("一、")]
    [InlineData("合计")]
    public void Unknown_fund_source_label_is_a_typed_error_naming_the_text_and_the_accepted_labels(string printed)
    {
        Assert.False(FundingLabels.TryParseFundSource(printed, out _));
        var e = Assert.Throws<BudgetFormatException>(() => FundingLabels.ParseFundSource(printed));
        Assert.Equal(printed, e.Text);
        Assert.Contains("一般公共预算", e.Message, StringComparison.Ordinal);
        Assert.Contains("上年结转", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Funding_level_prefix_must_be_long_enough()
    {
        Assert.False(FundingLabels.TryParseFundingLevel("市县", out _));
        Assert.False(FundingLabels.TryParseFundingLevel("中央财", out _));
        Assert.Throws<BudgetFormatException>(() => FundingLabels.ParseFundingLevel("其他资"));
    }

    [Fact]
    public void Other_bad_labels_are_typed_errors()
    {
        Assert.Throws<BudgetFormatException>(() => FundingLabels.ParseExpenditureType("支出"));
        Assert.Throws<BudgetFormatException>(() => FundingLabels.ParseBasicExpenditureKind("经费"));
        Assert.Throws<BudgetFormatException>(() => FundingLabels.ParseProjectCategory("类"));
        Assert.Throws<BudgetFormatException>(() => FundingLabels.ParseUnitFundsKind("收入"));
        Assert.Throws<ArgumentNullException>(() => FundingLabels.ParseFundSource(null!));
    }

    [Fact]
    public void Undefined_values_have_no_label()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingLabels.GetLabel((FundSource)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingLabels.GetLabel((FundingLevel)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingLabels.GetLabel((ProjectCategory)0));
    }

    [Fact]
    public void Fiscal_appropriation_is_the_first_three_sources()
    {
        Assert.Equal(
            [FundSource.GeneralPublicBudget, FundSource.GovernmentFundBudget, FundSource.StateCapitalOperationBudget],
            FundSources.FiscalAppropriation);
        var expected = new HashSet<FundSource> { FundSource.GeneralPublicBudget, FundSource.GovernmentFundBudget, FundSource.StateCapitalOperationBudget };
        foreach (var source in Enum.GetValues<FundSource>())
        {
            Assert.Equal(expected.Contains(source), source.IsFiscalAppropriation());
        }
        Assert.Equal("财政拨款", FundingLabels.FiscalAppropriationLabel);
    }

    [Property]
    public Property White_space_anywhere_in_a_label_is_ignored()
    {
        var cases = Gen.Elements(Enum.GetValues<FundSource>())
            .SelectMany(_ => Gen.Choose(0, 20), (source, at) => (source, at))
            .SelectMany(_ => Gen.Elements(" ", "\t", "　", "\u00A0"), (t, space) => (t.source, t.at, space));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var label = FundingLabels.GetLabel(c.source);
            var at = Math.Min(c.at, label.Length);
            var printed = label.Insert(at, c.space);
            return FundingLabels.TryParseFundSource(printed, out var parsed) && parsed == c.source;
        });
    }
}

public class LabelTableTests
{
    private enum Sample
    {
        First = 1,
        Second = 2,
    }

    [Fact]
    public void Prefix_shared_by_two_members_is_ambiguous_and_refused()
    {
        var table = new LabelTable<Sample>("sample", 4, (Sample.First, ["甲乙丙丁一"]), (Sample.Second, ["甲乙丙丁二"]));
        Assert.False(table.TryParse("甲乙丙丁", out _));
        Assert.True(table.TryParse("甲乙丙丁一", out var first));
        Assert.Equal(Sample.First, first);
    }

    [Fact]
    public void Prefix_of_one_member_only_is_accepted_when_long_enough()
    {
        var table = new LabelTable<Sample>("sample", 4, (Sample.First, ["甲乙丙丁一", "甲乙丙丁壹"]), (Sample.Second, ["戊己庚辛"]));
        Assert.True(table.TryParse("甲乙丙丁", out var value));
        Assert.Equal(Sample.First, value);
        Assert.False(table.TryParse("甲乙丙", out _));
    }

    [Fact]
    public void Table_without_prefixes_needs_whole_labels()
    {
        var table = new LabelTable<Sample>("sample", 0, (Sample.First, ["甲乙丙丁一"]), (Sample.Second, ["戊己庚辛"]));
        Assert.False(table.TryParse("甲乙丙丁", out _));
    }
}
