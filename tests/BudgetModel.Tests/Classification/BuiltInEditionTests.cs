using BudgetModel.Classification;

namespace BudgetModel.Tests.Classification;

public class BuiltInEditionTests
{
    public static TheoryData<int> Years => new() { 2024, 2025, 2026 };

    [Fact]
    public void The_built_in_set_holds_2024_to_2026_and_picks_by_year()
    {
        var set = ClassificationCatalogSet.BuiltIn;
        Assert.Equal([2024, 2025, 2026], set.Editions.Select(e => e.Year));
        Assert.Same(ClassificationCatalog.Edition2025, set.ForYear(2025).Catalog);
        Assert.False(set.ForYear(2026).IsFallback);
        Assert.True(set.ForYear(2027).IsFallback);
        Assert.Same(ClassificationCatalog.Edition2026, set.ForYear(2027).Catalog);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Each_edition_is_sound_and_holds_the_thirty_classes(int year)
    {
        var edition = ClassificationCatalogSet.BuiltIn.ForYear(year).Catalog!;
        Assert.Equal(year, edition.Year);
        Assert.Empty(edition.FindOrphans());
        Assert.Equal(30, edition.FunctionClasses.Count);
        Assert.Equal("卫生健康支出", edition.GetName(FunctionCode.Parse("210")));
        // Codes that two or more corpus documents print, beyond the seed's (docs/catalog.md).
        Assert.Equal("信访事务", edition.GetName(FunctionCode.Parse("20140")));
        Assert.Equal("审计业务", edition.GetName(FunctionCode.Parse("2010804")));
        Assert.Equal("维修（护）费", edition.GetName(EconomicCode.Parse("30213")));
        Assert.Equal("取暖费", edition.GetName(EconomicCode.Parse("30208")));   // 2 documents; 物业管理费 in 1 is 30209's name
        // The seed's mapping is kept.
        Assert.True(edition.TryMapToGovernment(EconomicCode.Parse("30101"), out var g));
        Assert.Equal(EconomicCode.Parse("50101"), g);
    }

    [Fact]
    public void The_embedded_data_reads_back_as_it_is_written()
    {
        var loaded = ClassificationCatalog.LoadBuiltIn(2026);
        Assert.NotSame(ClassificationCatalog.Edition2026, loaded);
        Assert.Equal(ClassificationCatalog.Edition2026.ToCsv(), loaded.ToCsv());
        Assert.Equal(loaded.ToCsv(), ClassificationCatalog.FromCsv(loaded.ToCsv(), 2026).ToCsv());
    }
}
