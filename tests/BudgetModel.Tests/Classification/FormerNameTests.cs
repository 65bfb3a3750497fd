using BudgetModel.Classification;

namespace BudgetModel.Tests.Classification;

public class FormerNameTests
{
    private static readonly FunctionCode Health = FunctionCode.Parse("210");

    private static ClassificationCatalog Catalog2024() => new ClassificationCatalogBuilder(2024)
        .AddFunction(Health, "卫生健康支出")
        .AddFormerName(Health, "医疗卫生与计划生育支出", lastEdition: 2018, firstEdition: 2014)
        .Build();

    // The three 类 renamed in the 2019 edition (issue: a test per rename), against the built-in editions.
    [Theory]
    [InlineData("210", "医疗卫生与计划生育支出", "卫生健康支出")]
    [InlineData("215", "资源勘探信息等支出", "资源勘探工业信息等支出")]
    [InlineData("220", "国土海洋气象等支出", "自然资源海洋气象等支出")]
    [InlineData("207", "文化体育与传媒支出", "文化旅游体育与传媒支出")]
    public void A_class_printed_under_its_pre_2019_name_is_outdated_in_every_built_in_edition(string code, string former, string current)
    {
        foreach (var edition in ClassificationCatalogSet.BuiltIn.Editions)
        {
            var check = edition.CheckName(FunctionCode.Parse(code), former);
            Assert.Equal(NameCheckOutcome.FormerName, check.Outcome);
            Assert.Equal(current, check.ExpectedName);
            Assert.Equal(former, check.Former!.Name);
            Assert.Equal(2018, check.Former.LastEdition);
            // The printing-blind comparison applies to former names too; the table-1 ordinal is dropped.
            Assert.Equal(NameCheckOutcome.FormerName, edition.CheckName(FunctionCode.Parse(code), "十、" + former.Replace("与", " 与", StringComparison.Ordinal)).Outcome);
            // …and the name finds its code, for tables that print 类 names without codes.
            Assert.True(edition.TryFindFunctionByName(former, FunctionLevel.Class, out var found));
            Assert.Equal(FunctionCode.Parse(code), found);
        }
    }

    [Fact]
    public void Former_name_misspelling_and_different_name_are_three_outcomes()
    {
        var catalog = Catalog2024();
        Assert.Equal(NameCheckOutcome.Match, catalog.CheckName(Health, "卫生健康支出").Outcome);
        Assert.Equal(NameCheckOutcome.FormerName, catalog.CheckName(Health, "医疗卫生与计划生育支出").Outcome);
        var misspelt = catalog.CheckName(Health, "卫生建康支出");
        Assert.Equal((NameCheckOutcome.Misspelling, 1, "卫生健康支出"), (misspelt.Outcome, misspelt.Distance, misspelt.ExpectedName));
        Assert.Null(misspelt.Former);
        var other = catalog.CheckName(Health, "住房保障支出");
        Assert.Equal(NameCheckOutcome.Mismatch, other.Outcome);
        Assert.True(other.Distance > 1);
        Assert.Equal(NameCheckOutcome.UnknownCode, catalog.CheckName(FunctionCode.Parse("211"), "节能环保支出").Outcome);
    }

    [Fact]
    public void Former_names_are_listed_by_code_and_survive_a_merge_and_the_csv()
    {
        var catalog = Catalog2024();
        var former = Assert.Single(catalog.GetFormerNames(Health));
        Assert.Equal(new FormerName("医疗卫生与计划生育支出", 2014, 2018), former);
        Assert.Equal("2014–2018", former.EditionRange());
        Assert.Empty(catalog.GetFormerNames(FunctionCode.Parse("211")));

        var merged = ClassificationCatalog.Edition2024.MergedWith(catalog);
        Assert.Contains(former, merged.GetFormerNames(Health));

        string csv = catalog.ToCsv();
        Assert.Equal("kind,code,name,mapsTo,from,until\nfunction,210,卫生健康支出,,,\nfunction,210,医疗卫生与计划生育支出,,2014,2018\n", csv);
        var back = ClassificationCatalog.FromCsv(csv, 2024);
        Assert.Equal(catalog.GetFormerNames(Health), back.GetFormerNames(Health));
        Assert.Equal(csv, back.ToCsv());
    }

    [Fact]
    public void A_csv_line_is_current_former_or_another_editions_by_its_from_and_until()
    {
        const string csv = """
            kind,code,name,mapsTo,from,until
            function,210,医疗卫生与计划生育支出,,2014,2018
            function,210,卫生健康支出,,2019,
            function,299,将来的类,,2030,
            """;
        var e2018 = ClassificationCatalog.FromCsv(csv, 2018);
        Assert.Equal("医疗卫生与计划生育支出", e2018.GetName(Health));   // current in 2018
        Assert.Empty(e2018.GetFormerNames(Health));
        var e2024 = ClassificationCatalog.FromCsv(csv, 2024);
        Assert.Equal("卫生健康支出", e2024.GetName(Health));
        Assert.Equal(2018, Assert.Single(e2024.GetFormerNames(Health)).LastEdition);
        Assert.False(e2024.Contains(FunctionCode.Parse("299")));              // from 2030: not yet
    }

    [Theory]
    [InlineData("kind,code,name,from,until\nfunction,210,x,2019,2018\n", 2, "from")]           // an empty range
    [InlineData("kind,code,name,until\nfunction,210,x,abc\n", 2, "until")]                     // not a year
    [InlineData("kind,code,name,until\nfunction,210,x,2018\nfunction,210,x,2017\n", 3, "name")] // listed twice
    [InlineData("kind,code,name,mapsTo,until\neconomic-department,30101,x,50101,2018\n", 2, "mapsTo")]
    [InlineData("kind,code,name,year,until\n", 1, "header")]                                   // harvest and edition columns
    [InlineData("year,kind,code,name\n", 1, "header")]                                         // kind, code, name come first
    [InlineData("kind,code,name,until,until\n", 1, "header")]                                  // a column twice
    [InlineData("kind,code,name,colour\n", 1, "header")]                                       // an unknown column
    [InlineData("kind,code,name,documents\nfunction,210,x,-1\n", 2, "documents")]
    public void Bad_range_and_count_columns_name_their_line_and_column(string csv, int line, string column)
    {
        var e = Assert.Throws<CatalogFormatException>(() => ClassificationCatalog.FromCsv(csv, 2024));
        Assert.Equal((line, column), (e.LineNumber, e.Column));
    }

    [Fact]
    public void The_builder_refuses_a_former_name_that_is_not_former()
    {
        var builder = new ClassificationCatalogBuilder(2019);
        var e = Assert.Throws<ArgumentException>(() => builder.AddFormerName(Health, "卫生健康支出", lastEdition: 2019));
        Assert.Equal("lastEdition", e.ParamName);
        Assert.Throws<ArgumentException>(() => builder.AddFormerName(Health, "x", lastEdition: 2018, firstEdition: 2019));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => builder.AddFormerName(Health, " ", 2018)).ParamName);
        builder.AddFormerName(Health, "医疗卫生与计划生育支出", 2018);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => builder.AddFormerName(Health, "医疗卫生与计划生育支出", 2017)).ParamName);
    }
}
