using BudgetModel.Performance;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Performance;

public class IndicatorLabelsTests
{
    [Theory]
    [InlineData(IndicatorCategory.Output, "产出指标")]
    [InlineData(IndicatorCategory.Benefit, "效益指标")]
    [InlineData(IndicatorCategory.Satisfaction, "满意度指标")]
    [InlineData(IndicatorCategory.Cost, "成本指标")]
    public void First_levels_have_their_labels(IndicatorCategory category, string label)
    {
        Assert.Equal(label, IndicatorLabels.GetLabel(category));
        Assert.Equal(category, IndicatorLabels.ParseCategory(label));
    }

    [Theory]
    [InlineData(IndicatorSubcategory.Quantity, "数量指标")]
    [InlineData(IndicatorSubcategory.Quality, "质量指标")]
    [InlineData(IndicatorSubcategory.Timeliness, "时效指标")]
    [InlineData(IndicatorSubcategory.Cost, "成本指标")]
    [InlineData(IndicatorSubcategory.EconomicBenefit, "经济效益指标")]
    [InlineData(IndicatorSubcategory.SocialBenefit, "社会效益指标")]
    [InlineData(IndicatorSubcategory.EcologicalBenefit, "生态效益指标")]
    [InlineData(IndicatorSubcategory.Sustainability, "可持续影响指标")]
    [InlineData(IndicatorSubcategory.ServiceRecipientSatisfaction, "服务对象满意度指标")]
    [InlineData(IndicatorSubcategory.EconomicCost, "经济成本指标")]
    [InlineData(IndicatorSubcategory.SocialCost, "社会成本指标")]
    [InlineData(IndicatorSubcategory.EnvironmentalCost, "生态环境成本指标")]
    public void Second_levels_have_their_labels(IndicatorSubcategory subcategory, string label)
    {
        Assert.Equal(label, IndicatorLabels.GetLabel(subcategory));
        Assert.Equal(subcategory, IndicatorLabels.ParseSubcategory(label));
    }

    [Fact]
    public void Every_level_round_trips_through_its_label()
    {
        foreach (var c in Enum.GetValues<IndicatorCategory>())
        {
            Assert.Equal(c, IndicatorLabels.ParseCategory(IndicatorLabels.GetLabel(c)));
        }
        foreach (var s in Enum.GetValues<IndicatorSubcategory>())
        {
            Assert.Equal(s, IndicatorLabels.ParseSubcategory(IndicatorLabels.GetLabel(s)));
        }
    }

    [Theory]
    [InlineData("数量", IndicatorSubcategory.Quantity)]
    [InlineData("服务对象满意度", IndicatorSubcategory.ServiceRecipientSatisfaction)]
    [InlineData("服务对象满意度指", IndicatorSubcategory.ServiceRecipientSatisfaction)]
    [InlineData("服务对象满", IndicatorSubcategory.ServiceRecipientSatisfaction)]
    [InlineData("可持续性影响指标", IndicatorSubcategory.Sustainability)]
    [InlineData("可持续影响", IndicatorSubcategory.Sustainability)]
    [InlineData("社会效益指", IndicatorSubcategory.SocialBenefit)]
    [InlineData(" 时效指标 ", IndicatorSubcategory.Timeliness)]
    public void Second_level_variants_of_the_seed_are_read(string printed, IndicatorSubcategory expected)
    {
        Assert.True(IndicatorLabels.TryParseSubcategory(printed, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("产出", IndicatorCategory.Output)]
    [InlineData("效益", IndicatorCategory.Benefit)]
    [InlineData("满意度指标", IndicatorCategory.Satisfaction)]
    [InlineData("满意度", IndicatorCategory.Satisfaction)]
    public void First_level_variants_are_read(string printed, IndicatorCategory expected)
    {
        Assert.Equal(expected, IndicatorLabels.ParseCategory(printed));
    }

    [Theory]
    [InlineData("服务")]
    [InlineData("数量指")]
    [InlineData("可持续")]
    [InlineData("三级指标")]
    [InlineData("")]
    public void Bad_second_level_labels_are_typed_errors(string printed)
    {
        Assert.False(IndicatorLabels.TryParseSubcategory(printed, out _));
        var e = Assert.Throws<BudgetFormatException>(() => IndicatorLabels.ParseSubcategory(printed));
        Assert.Equal(printed, e.Text);
        Assert.Contains("数量指标", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_first_level_label_is_a_typed_error()
    {
        Assert.Throws<BudgetFormatException>(() => IndicatorLabels.ParseCategory("指标"));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorLabels.GetLabel((IndicatorCategory)0));
    }
}

public class IndicatorTaxonomyTests
{
    private static readonly HashSet<(IndicatorCategory, IndicatorSubcategory)> ValidPairs =
    [
        (IndicatorCategory.Output, IndicatorSubcategory.Quantity),
        (IndicatorCategory.Output, IndicatorSubcategory.Quality),
        (IndicatorCategory.Output, IndicatorSubcategory.Timeliness),
        (IndicatorCategory.Output, IndicatorSubcategory.Cost),
        (IndicatorCategory.Benefit, IndicatorSubcategory.EconomicBenefit),
        (IndicatorCategory.Benefit, IndicatorSubcategory.SocialBenefit),
        (IndicatorCategory.Benefit, IndicatorSubcategory.EcologicalBenefit),
        (IndicatorCategory.Benefit, IndicatorSubcategory.Sustainability),
        (IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceRecipientSatisfaction),
        (IndicatorCategory.Cost, IndicatorSubcategory.Cost),
        (IndicatorCategory.Cost, IndicatorSubcategory.EconomicCost),
        (IndicatorCategory.Cost, IndicatorSubcategory.SocialCost),
        (IndicatorCategory.Cost, IndicatorSubcategory.EnvironmentalCost),
    ];

    [Fact]
    public void Quantity_is_valid_under_output_and_not_under_benefit()
    {
        Assert.True(IndicatorTaxonomy.IsValidUnder(IndicatorCategory.Output, IndicatorSubcategory.Quantity));
        Assert.False(IndicatorTaxonomy.IsValidUnder(IndicatorCategory.Benefit, IndicatorSubcategory.Quantity));
    }

    [Fact]
    public void Cost_is_valid_under_output_and_under_a_cost_first_level()
    {
        Assert.True(IndicatorTaxonomy.IsValidUnder(IndicatorCategory.Output, IndicatorSubcategory.Cost));
        Assert.True(IndicatorTaxonomy.IsValidUnder(IndicatorCategory.Cost, IndicatorSubcategory.Cost));
        Assert.Equal(IndicatorCategory.Output, IndicatorTaxonomy.ParentOf(IndicatorSubcategory.Cost));
    }

    [Fact]
    public void Exactly_the_listed_pairs_are_valid()
    {
        foreach (var c in Enum.GetValues<IndicatorCategory>())
        {
            foreach (var s in Enum.GetValues<IndicatorSubcategory>())
            {
                Assert.Equal(ValidPairs.Contains((c, s)), IndicatorTaxonomy.IsValidUnder(c, s));
            }
        }
    }

    [Theory]
    [InlineData(IndicatorSubcategory.Quantity, IndicatorCategory.Output)]
    [InlineData(IndicatorSubcategory.Timeliness, IndicatorCategory.Output)]
    [InlineData(IndicatorSubcategory.Sustainability, IndicatorCategory.Benefit)]
    [InlineData(IndicatorSubcategory.EcologicalBenefit, IndicatorCategory.Benefit)]
    [InlineData(IndicatorSubcategory.ServiceRecipientSatisfaction, IndicatorCategory.Satisfaction)]
    [InlineData(IndicatorSubcategory.SocialCost, IndicatorCategory.Cost)]
    public void Parent_of_a_second_level(IndicatorSubcategory subcategory, IndicatorCategory parent)
    {
        Assert.Equal(parent, IndicatorTaxonomy.ParentOf(subcategory));
    }

    [Fact]
    public void Every_second_level_is_valid_under_its_parent_and_listed_there()
    {
        foreach (var s in Enum.GetValues<IndicatorSubcategory>())
        {
            var parent = IndicatorTaxonomy.ParentOf(s);
            Assert.True(IndicatorTaxonomy.IsValidUnder(parent, s));
            Assert.Contains(s, IndicatorTaxonomy.SubcategoriesOf(parent));
        }
    }

    [Fact]
    public void Undefined_values_are_refused_or_invalid()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorTaxonomy.ParentOf((IndicatorSubcategory)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorTaxonomy.SubcategoriesOf((IndicatorCategory)9));
        Assert.False(IndicatorTaxonomy.IsValidUnder((IndicatorCategory)9, IndicatorSubcategory.Quantity));
    }

    [Fact]
    public void Indicator_reports_a_misplaced_second_level()
    {
        var value = IndicatorValue.Parse("350户");
        Assert.True(new Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "煤改电户数", value).IsWellPlaced);
        Assert.False(new Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Quantity, "煤改电户数", value).IsWellPlaced);
    }

    [Property]
    public Property Generated_valid_indicators_are_well_placed() =>
        Prop.ForAll(IndicatorGenerators.ValidIndicator().ToArbitrary(), i => i.IsWellPlaced);
}
