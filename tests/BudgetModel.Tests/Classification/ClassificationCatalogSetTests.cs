using BudgetModel.Classification;

namespace BudgetModel.Tests.Classification;

public class ClassificationCatalogSetTests
{
    private static ClassificationCatalog Edition(int year) =>
        ClassificationCatalog.FromCsv("kind,code,name\nfunction,201,一般公共服务支出\n", year);

    [Fact]
    public void The_built_in_set_holds_the_2024_edition()
    {
        var selection = ClassificationCatalogSet.BuiltIn.ForYear(2024);
        Assert.Same(ClassificationCatalog.Edition2024, selection.Catalog);
        Assert.False(selection.IsFallback);
        Assert.Equal(2024, selection.RequestedYear);
    }

    [Fact]
    public void A_later_year_falls_back_to_the_nearest_earlier_edition_and_says_so()
    {
        var e2020 = Edition(2020);
        var e2023 = Edition(2023);
        var set = new ClassificationCatalogSet([e2023, e2020]).With(ClassificationCatalog.Edition2024);
        Assert.Equal(new[] { 2020, 2023, 2024 }, set.Editions.Select(e => e.Year));

        var s2022 = set.ForYear(2022);
        Assert.Same(e2020, s2022.Catalog);
        Assert.True(s2022.IsFallback);
        Assert.Contains("fallback", s2022.ToString(), StringComparison.Ordinal);

        Assert.Same(e2023, set.ForYear(2023).Catalog);
        Assert.False(set.ForYear(2023).IsFallback);
        Assert.Same(ClassificationCatalog.Edition2024, set.ForYear(2026).Catalog);
        Assert.True(set.ForYear(2026).IsFallback);
    }

    [Fact]
    public void A_year_before_every_edition_is_a_typed_error()
    {
        var ex = Assert.Throws<CatalogEditionNotFoundException>(() => ClassificationCatalogSet.BuiltIn.ForYear(2019));
        Assert.Equal(2019, ex.BudgetYear);
        Assert.Equal(2024, ex.EarliestYear);
        Assert.False(ClassificationCatalogSet.BuiltIn.TryForYear(2019, out var none));
        Assert.Null(none.Catalog);
        Assert.Null(Assert.Throws<CatalogEditionNotFoundException>(() => new ClassificationCatalogSet([]).ForYear(2024)).EarliestYear);
    }

    [Fact]
    public void With_replaces_an_edition_of_the_same_year_and_duplicates_are_refused()
    {
        var replacement = Edition(2024);
        var set = ClassificationCatalogSet.BuiltIn.With(replacement);
        Assert.Equal([replacement, ClassificationCatalog.Edition2025, ClassificationCatalog.Edition2026], set.Editions);
        Assert.Same(ClassificationCatalog.Edition2024, ClassificationCatalogSet.BuiltIn.ForYear(2024).Catalog);
        Assert.Throws<ArgumentException>(() => new ClassificationCatalogSet([Edition(2024), ClassificationCatalog.Edition2024]));
    }
}
