using BudgetModel.Classification;

namespace BudgetModel.Tests.Classification;

public class ClassificationCatalogTests
{
    private static readonly ClassificationCatalog Catalog = ClassificationCatalog.Edition2024;

    // Table 1 of the seed, the 支出 column, verbatim (ordinal and name).
    private static readonly string[] Table1Classes =
    [
        "一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出",
        "七、文化旅游体育与传媒支出", "八、社会保障和就业支出", "九、社会保险基金支出", "十、卫生健康支出", "十一、节能环保支出",
        "十二、城乡社区支出", "十三、农林水支出", "十四、交通运输支出", "十五、资源勘探工业信息等支出", "十六、商业服务业等支出",
        "十七、金融支出", "十八、援助其他地区支出", "十九、自然资源海洋气象等支出", "二十、住房保障支出", "二十一、粮油物资储备支出",
        "二十二、国有资本经营预算支出", "二十三、灾害防治及应急管理支出", "二十四、预备费", "二十五、其他支出", "二十六、转移性支出",
        "二十七、债务还本支出", "二十八、债务付息支出", "二十九、债务发行费用支出", "三十、抗疫特别国债安排的支出",
    ];

    // Tables 2/3 of the seed: code and name, as printed.
    private const string Table3 = """
        201	一般公共服务支出
        20113	商贸事务
        2011399	其他商贸事务支出
        208	社会保障和就业支出
        20805	行政事业单位养老支出
        2080501	行政单位离退休
        2080505	机关事业单位基本养老保险缴费支出
        2080506	机关事业单位职业年金缴费支出
        210	卫生健康支出
        21011	行政事业单位医疗
        2101101	行政单位医疗
        2101103	公务员医疗补助
        211	节能环保支出
        21103	污染防治
        2110301	大气
        212	城乡社区支出
        21208	国有土地使用权出让收入安排的支出
        2120809	支付破产或改制企业职工安置费
        215	资源勘探工业信息等支出
        21502	制造业
        2150201	行政运行
        21505	工业和信息产业监管
        2150501	行政运行
        2150502	一般行政管理事务
        2150517	产业发展
        21507	国有资产监管
        2150799	其他国有资产监管支出
        221	住房保障支出
        22102	住房改革支出
        2210201	住房公积金
        223	国有资本经营预算支出
        22301	解决历史遗留问题及改革成本支出
        2230105	国有企业退休人员社会化管理补助支出
        """;

    // Table 6 of the seed: 部门 name, 政府 name.
    private const string Table6 = """
        基本工资	工资奖金津补贴
        津贴补贴	工资奖金津补贴
        奖金	工资奖金津补贴
        机关事业单位基本养老保险缴费	社会保障缴费
        职业年金缴费	社会保障缴费
        职工基本医疗保险缴费	社会保障缴费
        公务员医疗补助缴费	社会保障缴费
        其他社会保障缴费	社会保障缴费
        住房公积金	住房公积金
        其他工资福利支出	其他工资福利支出
        办公费	办公经费
        印刷费	办公经费
        邮电费	办公经费
        差旅费	办公经费
        培训费	培训费
        公务接待费	公务接待费
        工会经费	办公经费
        福利费	办公经费
        公务用车运行维护费	公务用车运行维护费
        其他交通费用	办公经费
        退休费	离退休费
        """;

    private static IEnumerable<string[]> Rows(string table) =>
        table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split('\t'));

    [Fact]
    public void The_30_classes_of_table_1_are_held_in_order_with_their_codes()
    {
        int[] expectedCodes = [201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220, 221, 222, 223, 224, 227, 229, 230, 231, 232, 233, 234];
        Assert.Equal(expectedCodes.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), Catalog.FunctionClasses.Select(c => c.Value));
        for (int i = 0; i < Table1Classes.Length; i++)
        {
            var printed = Table1Classes[i];
            Assert.True(Catalog.TryFindFunctionByName(printed, FunctionLevel.Class, out var code), printed);
            Assert.Equal(Catalog.FunctionClasses[i], code);
            Assert.Equal(printed[(printed.IndexOf('、', StringComparison.Ordinal) + 1)..], Catalog.GetName(code));
        }
        foreach (var unused in new[] { "218", "225", "226", "228" })
        {
            Assert.False(Catalog.Contains(FunctionCode.Parse(unused)));
        }
    }

    [Fact]
    public void Every_code_and_name_of_table_3_matches_the_catalog()
    {
        int rows = 0;
        foreach (var row in Rows(Table3))
        {
            var code = FunctionCode.Parse(row[0]);
            Assert.True(Catalog.Contains(code), row[0]);
            Assert.Equal(row[1], Catalog.GetName(code));
            Assert.Equal(NameCheckOutcome.Match, Catalog.CheckName(code, row[1]).Outcome);
            rows++;
        }
        Assert.Equal(33, rows);
    }

    [Fact]
    public void Lookups_by_code()
    {
        Assert.True(Catalog.TryGetName(FunctionCode.Parse("2150517"), out var name));
        Assert.Equal("产业发展", name);
        Assert.False(Catalog.TryGetName(FunctionCode.Parse("2150599"), out name));
        Assert.Null(name);
        Assert.Equal("基本工资", Catalog.GetName(EconomicCode.Parse("30101")));
        Assert.Equal("工资奖金津补贴", Catalog.GetName(EconomicCode.Parse("50101")));
        Assert.Equal("国有土地使用权出让收入", Catalog.GetName(RevenueCode.Parse("1030148")));
        Assert.True(Catalog.Contains(RevenueCode.Parse("103")));
        Assert.Equal(2024, Catalog.Year);
    }

    [Fact]
    public void GetName_of_an_unknown_code_throws_a_typed_error()
    {
        var ex = Assert.Throws<UnknownClassificationCodeException>(() => Catalog.GetName(FunctionCode.Parse("218")));
        Assert.Equal("218", ex.Code);
        Assert.Equal(ClassificationKind.Function, ex.Kind);
        Assert.Equal(2024, ex.Year);
        var ex2 = Assert.Throws<UnknownClassificationCodeException>(() => Catalog.GetName(EconomicCode.Parse("50998")));
        Assert.Equal(ClassificationKind.EconomicGovernment, ex2.Kind);
        Assert.Throws<UnknownClassificationCodeException>(() => Catalog.GetName(default(RevenueCode)));
    }

    [Fact]
    public void Table_6_names_resolve_in_each_system_and_the_mapping_is_the_printed_one()
    {
        int rows = 0;
        foreach (var row in Rows(Table6))
        {
            Assert.True(Catalog.TryFindEconomicByName(row[0], EconomicSystem.Department, out var department), row[0]);
            Assert.Equal(EconomicSystem.Department, department.System);
            Assert.Equal(EconomicLevel.Section, department.Level);
            Assert.True(Catalog.TryFindEconomicByName(row[1], EconomicSystem.Government, out var government), row[1]);
            Assert.True(Catalog.TryMapToGovernment(department, out var mapped));
            Assert.Equal(government, mapped);
            rows++;
        }
        Assert.Equal(21, rows);
        // The mappings the corpus adds agree with the seed's: every mapped 部门 款 maps to a 政府 款 of the edition.
        Assert.All(Catalog.GovernmentMappings, m => Assert.True(Catalog.Contains(m.Value), m.ToString()));
    }

    [Theory]
    [InlineData("30101", "50101")]
    [InlineData("30112", "50102")]
    [InlineData("30113", "50103")]
    [InlineData("30199", "50199")]
    [InlineData("30239", "50201")]
    [InlineData("30216", "50203")]
    [InlineData("30217", "50206")]
    [InlineData("30231", "50208")]
    [InlineData("30302", "50905")]
    public void Mapping_by_code(string department, string government)
    {
        Assert.True(Catalog.TryMapToGovernment(EconomicCode.Parse(department), out var mapped));
        Assert.Equal(EconomicCode.Parse(government), mapped);
    }

    [Fact]
    public void Mapping_is_only_from_department_items()
    {
        Assert.False(Catalog.TryMapToGovernment(EconomicCode.Parse("50101"), out var g));
        Assert.True(g.IsEmpty);
        Assert.False(Catalog.TryMapToGovernment(EconomicCode.Parse("301"), out _));
        Assert.False(Catalog.TryMapToGovernment(default, out _));
    }

    [Fact]
    public void Class_names_of_table_6_resolve_by_system()
    {
        Assert.True(Catalog.TryFindEconomicByName("工资福利支出", EconomicSystem.Department, out var c));
        Assert.Equal(EconomicCode.Parse("301"), c);
        Assert.True(Catalog.TryFindEconomicByName("对个人和家庭的补助", EconomicSystem.Government, out c));
        Assert.Equal(EconomicCode.Parse("509"), c);
        Assert.True(Catalog.TryFindEconomicByName("住房公积金", EconomicSystem.Government, out c));
        Assert.Equal(EconomicCode.Parse("50103"), c);
        Assert.False(Catalog.TryFindEconomicByName("工资奖金津补贴", EconomicSystem.Department, out c));
        Assert.True(c.IsEmpty);
    }

    [Fact]
    public void Repeated_names_are_not_resolved_without_more_context()
    {
        Assert.False(Catalog.TryFindFunctionByName("行政运行", out var code));
        Assert.True(code.IsEmpty);
        // 行政运行 is the 项 01 of many 款; the built-in data holds six of them.
        Assert.Equal(new[] { "2010801", "2011301", "2014001", "2150201", "2150501", "2200501" }, Catalog.FindFunctionsByName("行政运行").Select(c => c.Value));
        Assert.False(Catalog.TryFindFunctionByName("行政运行", FunctionLevel.Item, out _));
        Assert.Empty(Catalog.FindFunctionsByName("不存在的科目"));
        Assert.True(Catalog.TryFindFunctionByName("产业发展", out code));
        Assert.Equal(FunctionCode.Parse("2150517"), code);
        Assert.False(Catalog.TryFindFunctionByName("产业发展", FunctionLevel.Section, out _));
    }

    [Theory]
    [InlineData("资源勘探工业信息等支出")]
    [InlineData("十五、资源勘探工业信息等支出")]
    [InlineData(" 资源勘探 工业信息等支出\u3000")]
    public void Name_lookup_normalises_white_space_and_ordinals(string printed)
    {
        Assert.True(Catalog.TryFindFunctionByName(printed, out var code));
        Assert.Equal(FunctionCode.Parse("215"), code);
    }

    [Fact]
    public void Name_lookup_folds_full_width_brackets()
    {
        var catalog = ClassificationCatalog.FromCsv("kind,code,name\nfunction,201,一般公共服务（含外事）支出\n", 2024);
        Assert.True(catalog.TryFindFunctionByName("一般公共服务(含外事)支出", out var code));
        Assert.Equal(FunctionCode.Parse("201"), code);
        Assert.True(catalog.CheckName(code, "一般公共服务 (含外事) 支出").IsMatch);
    }

    [Fact]
    public void Revenue_names_of_table_7()
    {
        Assert.True(Catalog.TryFindRevenueByName("政府性基金收入", out var code));
        Assert.Equal(RevenueCode.Parse("10301"), code);
        Assert.True(Catalog.TryFindRevenueByName("国有土地使用权出让收入", out code));
        Assert.Equal(RevenueCode.Parse("1030148"), code);
    }

    [Fact]
    public void CheckName_reports_match_mismatch_and_unknown_code()
    {
        var match = Catalog.CheckName(FunctionCode.Parse("2150517"), "产业发展");
        Assert.Equal(NameCheckOutcome.Match, match.Outcome);
        Assert.Equal("产业发展", match.ExpectedName);

        // Another class's name for 210 is a finding (an older edition's name is a FormerName: FormerNameTests).
        var mismatch = Catalog.CheckName(FunctionCode.Parse("210"), "住房保障支出");
        Assert.Equal(NameCheckOutcome.Mismatch, mismatch.Outcome);
        Assert.Equal("卫生健康支出", mismatch.ExpectedName);
        Assert.False(mismatch.IsMatch);

        // Table 9 prints expenditure code 223 in its revenue column: not a revenue code of the edition.
        var unknown = Catalog.CheckName(RevenueCode.Parse("223"), "国有资本经营预算支出");
        Assert.Equal(NameCheckOutcome.UnknownCode, unknown.Outcome);
        Assert.Null(unknown.ExpectedName);
        Assert.Equal(default, unknown);

        Assert.Equal(NameCheckOutcome.Mismatch, Catalog.CheckName(EconomicCode.Parse("30101"), "工资奖金津补贴").Outcome);
        Assert.Equal(NameCheckOutcome.Match, Catalog.CheckName(EconomicCode.Parse("50101"), "工资奖金津补贴").Outcome);
    }

    [Fact]
    public void The_built_in_edition_has_no_orphans()
    {
        Assert.Empty(Catalog.FindOrphans());
    }

    [Fact]
    public void Orphans_are_found_for_missing_parents_and_mapping_targets()
    {
        const string csv = """
            kind,code,name,mapsTo
            function,215,资源勘探工业信息等支出,
            function,2150517,产业发展,
            economic-department,30101,基本工资,50101
            revenue,1030148,国有土地使用权出让收入,
            """;
        var orphans = ClassificationCatalog.FromCsv(csv, 2024).FindOrphans();
        Assert.Equal(
            new[]
            {
                new CatalogOrphan(ClassificationKind.Function, "2150517", "产业发展", OrphanReason.MissingParent, "21505"),
                new CatalogOrphan(ClassificationKind.EconomicDepartment, "30101", "基本工资", OrphanReason.MissingParent, "301"),
                new CatalogOrphan(ClassificationKind.EconomicDepartment, "30101", "基本工资", OrphanReason.MissingMappingTarget, "50101"),
                new CatalogOrphan(ClassificationKind.Revenue, "1030148", "国有土地使用权出让收入", OrphanReason.MissingParent, "10301"),
            },
            orphans);
    }

    [Fact]
    public void Code_lists_are_in_code_order()
    {
        Assert.Equal(Catalog.FunctionCodes.OrderBy(c => c.Value, StringComparer.Ordinal), Catalog.FunctionCodes);
        Assert.Equal(Catalog.EconomicCodes.OrderBy(c => c.Value, StringComparer.Ordinal), Catalog.EconomicCodes);
        Assert.Equal(new[] { "103", "10301", "1030148" }, Catalog.RevenueCodes.Select(c => c.Value));
        Assert.Equal(30, Catalog.FunctionClasses.Count);
    }

    [Fact]
    public void Code_lists_cannot_be_changed_through_a_cast()
    {
        Assert.False(Catalog.FunctionClasses is FunctionCode[]);
        Assert.False(Catalog.FunctionCodes is FunctionCode[]);
    }
}
