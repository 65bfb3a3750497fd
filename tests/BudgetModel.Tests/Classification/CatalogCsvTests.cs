using BudgetModel.Classification;

namespace BudgetModel.Tests.Classification;

public class CatalogCsvTests
{
    private const string Example = """"
        # 2025 additions (example)
        kind,code,name,mapsTo

        function,215,资源勘探工业信息等支出,
        function,21505,工业和信息产业监管,
        function,2150517,产业发展,
        economic-department,302,商品和服务支出,
        economic-department,30201,办公费,50201
        economic-government,502,机关商品和服务支出,
        economic-government,50201,办公经费,
          # an indented comment
        revenue,103,非税收入,
        revenue,10301,"政府性基金收入",
        revenue,1030148,"国有土地使用权出让收入, 含""补缴""",
        """";

    [Fact]
    public void Reads_every_kind_with_mapping_quotes_and_comments()
    {
        var catalog = ClassificationCatalog.FromCsv(Example, 2025);
        Assert.Equal(2025, catalog.Year);
        Assert.Equal("产业发展", catalog.GetName(FunctionCode.Parse("2150517")));
        Assert.Equal("办公费", catalog.GetName(EconomicCode.Parse("30201")));
        Assert.True(catalog.TryMapToGovernment(EconomicCode.Parse("30201"), out var g));
        Assert.Equal(EconomicCode.Parse("50201"), g);
        Assert.Equal("政府性基金收入", catalog.GetName(RevenueCode.Parse("10301")));
        Assert.Equal("国有土地使用权出让收入, 含\"补缴\"", catalog.GetName(RevenueCode.Parse("1030148")));
        Assert.Empty(catalog.FindOrphans());
        Assert.Equal(new[] { FunctionCode.Parse("215") }, catalog.FunctionClasses);
    }

    [Fact]
    public void Reads_from_a_text_reader_and_accepts_a_header_without_mapsTo()
    {
        using var reader = new StringReader("\uFEFFKind, Code, Name\r\nfunction,201,一般公共服务支出\r\n");
        var catalog = ClassificationCatalog.FromCsv(reader, 2024);
        Assert.Equal("一般公共服务支出", catalog.GetName(FunctionCode.Parse("201")));
    }

    [Fact]
    public void The_built_in_edition_round_trips_through_csv()
    {
        var edition = ClassificationCatalog.Edition2024;
        var again = ClassificationCatalog.FromCsv(edition.ToCsv(), edition.Year);
        Assert.Equal(edition.FunctionCodes, again.FunctionCodes);
        Assert.Equal(edition.EconomicCodes, again.EconomicCodes);
        Assert.Equal(edition.RevenueCodes, again.RevenueCodes);
        Assert.All(edition.FunctionCodes, c => Assert.Equal(edition.GetName(c), again.GetName(c)));
        Assert.All(edition.EconomicCodes, c => Assert.Equal(edition.GetName(c), again.GetName(c)));
        Assert.Equal(edition.GovernmentMappings.OrderBy(kv => kv.Key), again.GovernmentMappings.OrderBy(kv => kv.Key));
        Assert.Equal(edition.ToCsv(), again.ToCsv());
    }

    public static TheoryData<string, int, string, int> BadFiles => new()
    {
        // csv, line, column, position in the line
        { "kind,code,name,mapsTo\nfunction,2150,产业发展,\n", 2, "code", 13 },
        { "kind,code,name,mapsTo\n# c\nfunction,21505x7,产业发展,\n", 3, "code", 14 },
        { "kind,code,name,mapsTo\nfunktion,215,资源勘探工业信息等支出,\n", 2, "kind", 0 },
        { "kind,code,name,mapsTo\nfunction,215, ,\n", 2, "name", 13 },
        { "kind,code,name,mapsTo\nfunction,215\n", 2, "name", 12 },
        { "kind,code,name,mapsTo\nfunction,215,a,,extra\n", 2, "(extra)", 16 },
        { "kind,code,name,mapsTo\neconomic-department,50101,工资奖金津补贴,\n", 2, "code", 20 },
        { "kind,code,name,mapsTo\neconomic-government,30101,基本工资,\n", 2, "code", 20 },
        { "kind,code,name,mapsTo\neconomic-department,30101,基本工资,30101\n", 2, "mapsTo", 31 },
        { "kind,code,name,mapsTo\neconomic-department,30101,基本工资,501\n", 2, "mapsTo", 31 },
        { "kind,code,name,mapsTo\nfunction,215,资源勘探工业信息等支出,50101\n", 2, "mapsTo", 25 },
        { "kind,code,name,mapsTo\nfunction,215,\"资源勘探,\n", 2, "name", 13 },
        { "kind,code,name,mapsTo\nfunction,215,\"资源\"勘探,\n", 2, "name", 17 },
        { "code,kind,name\nfunction,215,资源勘探工业信息等支出\n", 1, "header", 0 },
        { "function,215,资源勘探工业信息等支出,\n", 1, "header", 0 },
        { "", 1, "header", 0 },
        { "# only a comment\n", 1, "header", 0 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Errors_name_line_column_and_position(string csv, int line, string column, int position)
    {
        var ex = Assert.Throws<CatalogFormatException>(() => ClassificationCatalog.FromCsv(csv, 2025));
        Assert.Equal(line, ex.LineNumber);
        Assert.Equal(column, ex.Column);
        Assert.Equal(position, ex.Position);
        Assert.Contains($"line {line}", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<BudgetFormatException>(ex);
        Assert.IsAssignableFrom<FormatException>(ex);
        Assert.IsAssignableFrom<IBudgetModelError>(ex);
    }

    [Fact]
    public void A_code_listed_twice_names_both_lines()
    {
        const string csv = "kind,code,name,mapsTo\nfunction,215,资源勘探工业信息等支出,\n# again\nfunction,215,资源勘探工业信息等支出,\n";
        var ex = Assert.Throws<CatalogFormatException>(() => ClassificationCatalog.FromCsv(csv, 2025));
        Assert.Equal(4, ex.LineNumber);
        Assert.Equal("code", ex.Column);
        Assert.Contains("line 2", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_digits_in_different_lists_are_not_duplicates()
    {
        var catalog = ClassificationCatalog.FromCsv("kind,code,name\nfunction,223,国有资本经营预算支出\nrevenue,223,国有资本经营收入\n", 2025);
        Assert.Equal("国有资本经营预算支出", catalog.GetName(FunctionCode.Parse("223")));
        Assert.Equal("国有资本经营收入", catalog.GetName(RevenueCode.Parse("223")));
    }

    [Fact]
    public void Bad_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => ClassificationCatalog.FromCsv((string)null!, 2025));
        Assert.Throws<ArgumentNullException>(() => ClassificationCatalog.FromCsv((TextReader)null!, 2025));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassificationCatalog.FromCsv("kind,code,name\n", 0));
    }

    [Fact]
    public void A_loaded_edition_merges_onto_the_built_in_one()
    {
        const string overlay = """
            kind,code,name,mapsTo
            function,2150518,新增项目示例,
            function,210,卫生健康支出（新）,
            economic-department,30207,邮电费,50299
            """;
        var merged = ClassificationCatalog.Edition2024.MergedWith(ClassificationCatalog.FromCsv(overlay, 2025));
        Assert.Equal(2025, merged.Year);
        Assert.Equal("新增项目示例", merged.GetName(FunctionCode.Parse("2150518")));
        Assert.Equal("卫生健康支出（新）", merged.GetName(FunctionCode.Parse("210")));
        Assert.True(merged.TryMapToGovernment(EconomicCode.Parse("30207"), out var g));
        Assert.Equal(EconomicCode.Parse("50299"), g);
        Assert.Equal("产业发展", merged.GetName(FunctionCode.Parse("2150517")));
        Assert.Equal(30, merged.FunctionClasses.Count);
        Assert.Empty(merged.FindOrphans());
        // The built-in edition is unchanged.
        Assert.Equal("卫生健康支出", ClassificationCatalog.Edition2024.GetName(FunctionCode.Parse("210")));
        Assert.False(ClassificationCatalog.Edition2024.Contains(FunctionCode.Parse("2150518")));
    }
}
