using System.Globalization;
using System.Text;
using BudgetModel.Classification;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Classification;

public class ClassificationCatalogBuilderTests
{
    /// <summary>One catalog entry as the CSV states it: kind, code digits, name, and the mapping target's digits.</summary>
    public sealed record Entry(string Kind, string Code, string Name, string? MapsTo = null);

    // The example of docs/catalog.md (taken from the 2024 sample disclosure's codes), as entries.
    private static readonly Entry[] Example =
    [
        new("function", "215", "资源勘探工业信息等支出"),
        new("function", "21505", "工业和信息产业监管"),
        new("function", "2150517", "产业发展"),
        new("economic-department", "302", "商品和服务支出"),
        new("economic-department", "30201", "办公费", "50201"),
        new("economic-government", "502", "机关商品和服务支出"),
        new("economic-government", "50201", "办公经费"),
        new("revenue", "103", "非税收入"),
        new("revenue", "10301", "政府性基金收入"),
        new("revenue", "1030148", "国有土地使用权出让收入, 含\"补缴\""),
    ];

    [Fact]
    public void Builds_the_same_edition_as_the_csv_of_the_same_entries()
    {
        var built = Build(2025, Example);
        var read = ClassificationCatalog.FromCsv(Csv(Example), 2025);

        Assert.Equal(2025, built.Year);
        Assert.Equal(read.ToCsv(), built.ToCsv());
        Assert.Equal("产业发展", built.GetName(FunctionCode.Parse("2150517")));
        Assert.True(built.TryMapToGovernment(EconomicCode.Parse("30201"), out var government));
        Assert.Equal(EconomicCode.Parse("50201"), government);
        Assert.Equal("国有土地使用权出让收入, 含\"补缴\"", built.GetName(RevenueCode.Parse("1030148")));
        Assert.Empty(built.FindOrphans());
    }

    [Property(MaxTest = 200)]
    public Property Builder_and_csv_agree_and_the_built_edition_round_trips_through_csv() =>
        Prop.ForAll(Entries().ToArbitrary(), entries =>
        {
            var built = Build(2024, entries);

            // Every entry is held, its name trimmed, its mapping kept; nothing else is.
            foreach (var e in entries)
            {
                Assert.Equal(e.Name.Trim(), NameOf(built, e));
                if (e.MapsTo is not null)
                {
                    Assert.True(built.TryMapToGovernment(EconomicCode.Parse(e.Code), out var target));
                    Assert.Equal(e.MapsTo, target.Value);
                }
            }
            Assert.Equal(entries.Length, built.FunctionCodes.Count + built.EconomicCodes.Count + built.RevenueCodes.Count);
            Assert.Equal(entries.Count(e => e.MapsTo is not null), built.GovernmentMappings.Count);

            // The CSV of the same entries (written here, independently of ToCsv) reads as the same edition…
            Assert.Equal(ClassificationCatalog.FromCsv(Csv(entries), 2024).ToCsv(), built.ToCsv());

            // …and the built edition's own CSV reads back as it.
            var again = ClassificationCatalog.FromCsv(built.ToCsv(), built.Year);
            Assert.Equal(built.FunctionCodes, again.FunctionCodes);
            Assert.Equal(built.EconomicCodes, again.EconomicCodes);
            Assert.Equal(built.RevenueCodes, again.RevenueCodes);
            Assert.All(entries, e => Assert.Equal(NameOf(built, e), NameOf(again, e)));
            Assert.Equal(built.GovernmentMappings.OrderBy(kv => kv.Key), again.GovernmentMappings.OrderBy(kv => kv.Key));
        });

    public static TheoryData<Entry> Duplicated => new()
    {
        new Entry("function", "215", "资源勘探工业信息等支出"),
        new Entry("economic-department", "30101", "基本工资"),
        new Entry("economic-government", "50101", "工资奖金津补贴"),
        new Entry("revenue", "1030148", "国有土地使用权出让收入"),
    };

    [Theory]
    [MemberData(nameof(Duplicated))]
    public void A_code_added_twice_is_refused_naming_it_as_the_csv_does(Entry entry)
    {
        var builder = Add(new ClassificationCatalogBuilder(2024), entry);
        var renamed = entry with { Name = "另一个名称" };

        var ex = Assert.Throws<DuplicateClassificationCodeException>(() => Add(builder, renamed));
        Assert.Equal(KindOf(entry), ex.Kind);
        Assert.Equal(entry.Code, ex.Code);
        Assert.Contains($"\"{entry.Code}\"", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<BudgetModelException>(ex);

        // Nothing was added by the refused call: the first name stands.
        Assert.Equal(entry.Name, NameOf(builder.Build(), entry));

        var csv = Assert.Throws<CatalogFormatException>(() => ClassificationCatalog.FromCsv(Csv([entry, renamed]), 2024));
        Assert.Equal("code", csv.Column);
        Assert.Equal(3, csv.LineNumber);
        Assert.Contains($"the code {entry.Code} is already listed on line 2", csv.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_digits_in_different_lists_are_not_duplicates()
    {
        var catalog = new ClassificationCatalogBuilder(2024)
            .AddFunction(FunctionCode.Parse("223"), "国有资本经营预算支出")
            .AddRevenue(RevenueCode.Parse("223"), "国有资本经营收入")
            .Build();
        Assert.Equal("国有资本经营预算支出", catalog.GetName(FunctionCode.Parse("223")));
        Assert.Equal("国有资本经营收入", catalog.GetName(RevenueCode.Parse("223")));
    }

    public static TheoryData<Entry, string> BadEntries => new()
    {
        // entry, the builder's parameter = the CSV column
        { new Entry("economic-government", "50101", "工资奖金津补贴", "50101"), "mapsTo" },
        { new Entry("economic-department", "30101", "基本工资", "30101"), "mapsTo" },
        { new Entry("economic-department", "30101", "基本工资", "501"), "mapsTo" },
        { new Entry("economic-department", "301", "工资福利支出", "50101"), "mapsTo" },
        { new Entry("function", "215", " "), "name" },
        { new Entry("economic-department", "30101", "\u3000\t"), "name" },
        { new Entry("revenue", "103", ""), "name" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void A_bad_entry_is_refused_for_the_same_reason_by_the_builder_and_the_csv(Entry entry, string column)
    {
        var builder = new ClassificationCatalogBuilder(2024);
        var arg = Assert.Throws<ArgumentException>(() => Add(builder, entry));
        Assert.Equal(column, arg.ParamName);
        Assert.Empty(builder.Build().ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));

        var csv = Assert.Throws<CatalogFormatException>(() => ClassificationCatalog.FromCsv(Csv([entry]), 2024));
        Assert.Equal(column, csv.Column);
        Assert.Equal(2, csv.LineNumber);
        Assert.StartsWith(csv.Reason, arg.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_is_trimmed_and_must_fit_on_one_line()
    {
        var catalog = new ClassificationCatalogBuilder(2024).AddFunction(FunctionCode.Parse("215"), "\u3000 资源勘探工业信息等支出 ").Build();
        Assert.Equal("资源勘探工业信息等支出", catalog.GetName(FunctionCode.Parse("215")));

        var ex = Assert.Throws<ArgumentException>(() => new ClassificationCatalogBuilder(2024).AddFunction(FunctionCode.Parse("215"), "资源勘探\n工业信息等支出"));
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Null_names_empty_codes_and_bad_years_are_argument_errors()
    {
        var builder = new ClassificationCatalogBuilder(2024);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => builder.AddFunction(FunctionCode.Parse("215"), null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => builder.AddEconomic(EconomicCode.Parse("301"), null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => builder.AddRevenue(RevenueCode.Parse("103"), null!)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => builder.AddFunction(default, "一般公共服务支出")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => builder.AddEconomic(default, "工资福利支出")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => builder.AddRevenue(default, "非税收入")).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClassificationCatalogBuilder(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClassificationCatalogBuilder(10_000));
        Assert.Equal(9999, new ClassificationCatalogBuilder(9999).Build().Year);
    }

    [Fact]
    public void The_empty_code_as_mapping_target_is_no_mapping()
    {
        var catalog = new ClassificationCatalogBuilder(2024).AddEconomic(EconomicCode.Parse("30101"), "基本工资", mapsTo: default(EconomicCode)).Build();
        Assert.True(catalog.Contains(EconomicCode.Parse("30101")));
        Assert.False(catalog.TryMapToGovernment(EconomicCode.Parse("30101"), out _));
    }

    [Fact]
    public void A_built_edition_is_a_snapshot()
    {
        var builder = new ClassificationCatalogBuilder(2024).AddFunction(FunctionCode.Parse("215"), "资源勘探工业信息等支出");
        var first = builder.Build();
        builder.AddFunction(FunctionCode.Parse("21505"), "工业和信息产业监管");
        var second = builder.Build();

        Assert.Equal([FunctionCode.Parse("215")], first.FunctionCodes);
        Assert.Equal([FunctionCode.Parse("215"), FunctionCode.Parse("21505")], second.FunctionCodes);
    }

    [Fact]
    public void A_built_overlay_extends_the_built_in_edition()
    {
        var overlay = new ClassificationCatalogBuilder(2024)
            .AddFunction(FunctionCode.Parse("2150518"), "新增项目示例")
            .AddEconomic(EconomicCode.Parse("30207"), "邮电费", mapsTo: EconomicCode.Parse("50201"))
            .Build();
        // 21505 and 502xx are not in the overlay: a partial edition is legitimate, and says what it lacks.
        Assert.Equal(
            [(OrphanReason.MissingParent, "21505"), (OrphanReason.MissingParent, "302"), (OrphanReason.MissingMappingTarget, "50201")],
            overlay.FindOrphans().Select(o => (o.Reason, o.MissingCode)));

        var merged = ClassificationCatalog.Edition2024.MergedWith(overlay);
        Assert.Equal(2024, merged.Year);
        Assert.Equal("新增项目示例", merged.GetName(FunctionCode.Parse("2150518")));
        Assert.Equal("产业发展", merged.GetName(FunctionCode.Parse("2150517")));
        Assert.True(merged.TryMapToGovernment(EconomicCode.Parse("30207"), out var g));
        Assert.Equal(EconomicCode.Parse("50201"), g);
        Assert.Empty(merged.FindOrphans());
        Assert.False(ClassificationCatalog.Edition2024.Contains(FunctionCode.Parse("2150518")));
    }

    // ------------------------------------------------------------------ helpers

    private static ClassificationCatalog Build(int year, IEnumerable<Entry> entries) =>
        entries.Aggregate(new ClassificationCatalogBuilder(year), Add).Build();

    private static ClassificationCatalogBuilder Add(ClassificationCatalogBuilder builder, Entry e) => e.Kind switch
    {
        "function" => builder.AddFunction(FunctionCode.Parse(e.Code), e.Name),
        "revenue" => builder.AddRevenue(RevenueCode.Parse(e.Code), e.Name),
        _ => builder.AddEconomic(EconomicCode.Parse(e.Code), e.Name, e.MapsTo is null ? null : EconomicCode.Parse(e.MapsTo)),
    };

    private static ClassificationKind KindOf(Entry e) => e.Kind switch
    {
        "function" => ClassificationKind.Function,
        "economic-department" => ClassificationKind.EconomicDepartment,
        "economic-government" => ClassificationKind.EconomicGovernment,
        _ => ClassificationKind.Revenue,
    };

    private static string NameOf(ClassificationCatalog catalog, Entry e) => e.Kind switch
    {
        "function" => catalog.GetName(FunctionCode.Parse(e.Code)),
        "revenue" => catalog.GetName(RevenueCode.Parse(e.Code)),
        _ => catalog.GetName(EconomicCode.Parse(e.Code)),
    };

    // The catalog CSV of the entries, every name quoted.
    private static string Csv(IEnumerable<Entry> entries)
    {
        var sb = new StringBuilder("kind,code,name,mapsTo\n");
        foreach (var e in entries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{e.Kind},{e.Code},\"{e.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{e.MapsTo}\n");
        }
        return sb.ToString();
    }

    // Names of 1 to 12 characters, not blank: Chinese, ASCII, blanks (also U+3000 and tab), comma, quote, brackets.
    private static Gen<string> Name() =>
        from length in Gen.Choose(1, 12)
        from chars in Gen.ArrayOf(Gen.Elements("产业发展其他支出工资（）()【】, \"\u3000\tab1#".ToCharArray()), length)
        let name = new string(chars)
        where !string.IsNullOrWhiteSpace(name)
        select name;

    private static Gen<Entry> OneEntry() => Gen.OneOf(
        from code in CodeGenerators.AnyFunctionCode().Generator
        from name in Name()
        select new Entry("function", code.Value, name),
        from level in Gen.Elements(EconomicLevel.Class, EconomicLevel.Section)
        from code in CodeGenerators.EconomicCode(EconomicSystem.Department, level)
        from name in Name()
        from mapsTo in Gen.OneOf(Gen.Constant<string?>(null), CodeGenerators.EconomicCode(EconomicSystem.Government, level).Select(g => (string?)g.Value))
        select new Entry("economic-department", code.Value, name, mapsTo),
        from level in Gen.Elements(EconomicLevel.Class, EconomicLevel.Section)
        from code in CodeGenerators.EconomicCode(EconomicSystem.Government, level)
        from name in Name()
        select new Entry("economic-government", code.Value, name),
        from code in CodeGenerators.AnyRevenueCode().Generator
        from name in Name()
        select new Entry("revenue", code.Value, name));

    // Entries with no code twice in a list.
    private static Gen<Entry[]> Entries() =>
        from count in Gen.Choose(0, 30)
        from entries in Gen.ArrayOf(OneEntry(), count)
        select entries.DistinctBy(e => (KindOf(e), e.Code)).ToArray();
}
