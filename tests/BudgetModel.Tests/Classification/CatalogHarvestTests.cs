using BudgetModel.Classification;
using BudgetModel.Disclosure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Classification;

public class CatalogHarvestTests
{
    /// <summary>A disclosure whose 支出总表 prints the given function rows and whose 基本支出表 the given economic rows.</summary>
    private static BudgetDisclosure Document(int year, (string Code, string Name)[] functions, (string Dept, string Name, string? Gov, string? GovName)[]? economics = null)
    {
        var t3 = new TableBuilder(TableKind.ExpenditureSummary).Total(0m, 0m, 0m);
        foreach (var (code, name) in functions)
        {
            t3.Function(code, name, 0m, 0m, 0m);
        }
        var builder = new DisclosureBuilder("某单位", year).AddTable(t3.Build());
        if (economics is not null)
        {
            var t6 = new TableBuilder(TableKind.GeneralBudgetBasicExpenditure);
            foreach (var (dept, name, gov, govName) in economics)
            {
                t6.EconomicItem(dept, name, gov, govName, 0m, 0m, 0m);
            }
            builder.AddTable(t6.Build());
        }
        return builder.Build();
    }

    [Fact]
    public void The_majority_name_wins_and_the_others_are_variants_with_their_counts()
    {
        var harvest = new CatalogHarvest()
            .Add(Document(2026, [("210", "卫生健康支出")]))
            .Add(Document(2026, [("210", "卫生健康支出")]))
            .Add(Document(2026, [("210", "卫生健康 支出")]))            // printing difference: the same name
            .Add(Document(2026, [("210", "医疗卫生与计划生育支出")]));

        var entry = Assert.Single(harvest.Entries());
        Assert.Equal((2026, ClassificationKind.Function, "210", "卫生健康支出", 3, 4), (entry.Year, entry.Kind, entry.Code, entry.Name, entry.Documents, entry.TotalDocuments));
        Assert.Equal(new NameVariant("医疗卫生与计划生育支出", 1), Assert.Single(entry.Variants));
        Assert.Equal(4, harvest.DocumentsByYear[2026]);
    }

    [Fact]
    public void Table_one_ordinals_are_numbering_not_part_of_the_name()
    {
        var harvest = new CatalogHarvest()
            .Add(Document(2026, [("210", "十、卫生健康支出")]))
            .Add(Document(2026, [("210", "十、 卫生健康支出")]));
        var entry = Assert.Single(harvest.Entries());
        Assert.Equal(("卫生健康支出", 2), (entry.Name, entry.Documents));
        Assert.Empty(entry.Variants);
    }

    [Fact]
    public void A_document_counts_once_per_name_however_many_tables_print_it()
    {
        // The same code printed in two tables of one document, and twice in one table.
        var t1 = new TableBuilder(TableKind.ExpenditureSummary).Function("210", "卫生健康支出", 1m, 1m, 0m).Function("210", "卫生健康支出", 1m, 1m, 0m).Build();
        var t2 = new TableBuilder(TableKind.GeneralBudgetExpenditure).Function("210", "卫生健康支出", 1m, 1m, 0m).Build();
        var harvest = new CatalogHarvest().Add(new DisclosureBuilder("某单位", 2026).AddTable(t1).AddTable(t2).Build());
        Assert.Equal(1, Assert.Single(harvest.Entries()).Documents);
    }

    [Fact]
    public void Economic_codes_of_both_systems_and_their_mapping_are_harvested()
    {
        var harvest = new CatalogHarvest()
            .Add(Document(2025, [], [("30101", "基本工资", "50101", "工资奖金津补贴")]))
            .Add(Document(2025, [], [("30101", "基本工资", "50101", "工资奖金津补贴")]))
            .Add(Document(2025, [], [("30101", "基本工资", "50199", "其他工资福利支出")]));
        var entries = harvest.Entries();
        var department = Assert.Single(entries, e => e.Kind == ClassificationKind.EconomicDepartment);
        Assert.Equal(("30101", "基本工资", 3, "50101"), (department.Code, department.Name, department.Documents, department.MapsTo));
        Assert.Equal(["50101", "50199"], entries.Where(e => e.Kind == ClassificationKind.EconomicGovernment).Select(e => e.Code));

        var edition = harvest.ToEdition(2025, minimumDocuments: 2);
        Assert.Equal("基本工资", edition.GetName(EconomicCode.Parse("30101")));
        Assert.True(edition.TryMapToGovernment(EconomicCode.Parse("30101"), out var government));
        Assert.Equal(EconomicCode.Parse("50101"), government);
        Assert.False(edition.Contains(EconomicCode.Parse("50199")));     // printed by one document only
        Assert.True(harvest.ToEdition(2025).Contains(EconomicCode.Parse("50199")));
        // The CSV keeps the same lines as the edition for the same least number of documents.
        Assert.DoesNotContain("50199", harvest.ToCsv(minimumDocuments: 2), StringComparison.Ordinal);
        Assert.Contains("economic-government,50199,其他工资福利支出,,2025,1,", harvest.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Years_are_kept_apart_and_the_csv_is_a_catalog_of_each_year()
    {
        var harvest = new CatalogHarvest()
            .Add(Document(2018, [("210", "医疗卫生与计划生育支出")]))
            .Add(Document(2019, [("210", "卫生健康支出")]))
            .Add(Document(2019, [("210", "卫生健康支出")]))
            .Add(Document(2019, [("210", "卫生建康支出"), ("201", "一般公共服务支出, 含\"其他\"")]));

        string csv = harvest.ToCsv();
        Assert.Equal(
            "kind,code,name,mapsTo,year,documents,variants\n"
            + "function,210,医疗卫生与计划生育支出,,2018,1,\n"
            + "function,201,\"一般公共服务支出, 含\"\"其他\"\"\",,2019,1,\n"
            + "function,210,卫生健康支出,,2019,2,卫生建康支出 (1)\n",
            csv);
        Assert.Equal("医疗卫生与计划生育支出", ClassificationCatalog.FromCsv(csv, 2018).GetName(FunctionCode.Parse("210")));
        var e2019 = ClassificationCatalog.FromCsv(csv, 2019);
        Assert.Equal("卫生健康支出", e2019.GetName(FunctionCode.Parse("210")));
        Assert.Equal("一般公共服务支出, 含\"其他\"", e2019.GetName(FunctionCode.Parse("201")));
        Assert.Empty(ClassificationCatalog.FromCsv(csv, 2020).FunctionCodes);
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name()
    {
        Assert.Throws<ArgumentNullException>(() => new CatalogHarvest().Add(null!));
        Assert.Equal("minimumDocuments", Assert.Throws<ArgumentOutOfRangeException>(() => new CatalogHarvest().ToEdition(2024, 0)).ParamName);
        Assert.Equal("minimumDocuments", Assert.Throws<ArgumentOutOfRangeException>(() => new CatalogHarvest().ToCsv(0)).ParamName);
    }

    private static readonly Gen<BudgetDisclosure> Documents =
        from year in Gen.Elements(2025, 2026)
        from rows in Gen.Elements(("210", "卫生健康支出"), ("210", "医疗卫生与计划生育支出"), ("210", "卫生健康（支出）"), ("215", "资源勘探工业信息等支出"), ("201", "一般公共服务支出"))
            .ArrayOf()
        select Document(year, rows.DistinctBy(r => r.Item2).ToArray());

    [Property(MaxTest = 50)]
    public Property The_harvest_does_not_depend_on_the_order_documents_are_added() =>
        Prop.ForAll(Documents.ArrayOf().ToArbitrary(), documents =>
        {
            var forward = new CatalogHarvest();
            var backward = new CatalogHarvest();
            foreach (var d in documents)
            {
                forward.Add(d);
            }
            foreach (var d in documents.Reverse())
            {
                backward.Add(d);
            }
            Assert.Equal(forward.ToCsv(), backward.ToCsv());
            // Every name of a code is counted: the majority and the variants add up to the documents printing it.
            foreach (var e in forward.Entries())
            {
                Assert.True(e.Documents >= e.Variants.Select(v => v.Documents).DefaultIfEmpty(0).Max());
                Assert.True(e.TotalDocuments <= forward.DocumentsByYear[e.Year]);
            }
        });
}
