using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>The built-in catalog editions against the documents they were derived from (the seed and the corpus), and
/// the former names of the 类 renamed in 2019 as a document would print them.</summary>
public class CatalogCorpusTests
{
    /// <summary>Every corpus disclosure (Beijing's two files as one) and the seed.</summary>
    private static IEnumerable<BudgetDisclosure> Documents() =>
        CorpusTests.Tables().Select(row => (string)row[0])
            .Select(file => CorpusTests.Import(file).Disclosure)
            .Append(DisclosureImporter.Import(Seed.Text).Disclosure);

    [Fact]
    public void No_code_that_two_or_more_documents_print_is_unknown_to_the_built_in_editions()
    {
        var documents = Documents().ToList();
        var harvest = new CatalogHarvest();
        documents.ForEach(d => harvest.Add(d));
        // Documents printing each code, whatever the year and the name.
        var shared = harvest.Entries()
            .GroupBy(e => (e.Kind, e.Code))
            .Where(g => g.Sum(e => e.TotalDocuments) >= 2)
            .Select(g => g.Key)
            .ToHashSet();
        Assert.True(shared.Count > 100, $"only {shared.Count} shared codes: the corpus was not read");

        foreach (var edition in ClassificationCatalogSet.BuiltIn.Editions)
        {
            var missing = shared.Where(k => !Holds(edition, k.Kind, k.Code)).ToList();
            Assert.True(missing.Count == 0, $"{edition.Year}: {string.Join(", ", missing)}");
        }

        // And so the validator reports no such code as unknown (its message names the kind of code).
        foreach (var d in documents)
        {
            var unknown = DisclosureValidator.Validate(d).Findings.Where(f => f.RuleId == "BM-CODE-UNKNOWN").ToList();
            Assert.All(unknown, f => Assert.DoesNotContain((KindOf(f.Message), f.Location.Code!), shared));
        }
    }

    private static bool Holds(ClassificationCatalog edition, ClassificationKind kind, string code) => kind switch
    {
        ClassificationKind.Function => edition.Contains(FunctionCode.Parse(code)),
        ClassificationKind.Revenue => edition.Contains(RevenueCode.Parse(code)),
        _ => edition.Contains(EconomicCode.Parse(code)),
    };

    private static ClassificationKind KindOf(string message) =>
        message.Contains("revenue", StringComparison.Ordinal) ? ClassificationKind.Revenue
        : message.Contains("economic code 5", StringComparison.Ordinal) ? ClassificationKind.EconomicGovernment
        : message.Contains("economic code", StringComparison.Ordinal) ? ClassificationKind.EconomicDepartment
        : ClassificationKind.Function;

    /// <summary>The seed with a 类 printed under its name before the 2019 edition, everywhere it prints it: in the
    /// coded tables (<c>210	卫生健康支出</c>) and in the tables that print the name alone (<c>十、卫生健康支出</c>).</summary>
    [Theory]
    [InlineData("210", "卫生健康支出", "医疗卫生与计划生育支出")]
    [InlineData("215", "资源勘探工业信息等支出", "资源勘探信息等支出")]
    [InlineData("220", "自然资源海洋气象等支出", "国土海洋气象等支出")]
    public void A_class_printed_under_its_former_name_is_reported_as_outdated_not_as_a_typo(string code, string current, string former)
    {
        var original = DisclosureImporter.Import(Seed.Text).Disclosure;
        var renamed = DisclosureImporter.Import(Seed.Text.Replace(current, former, StringComparison.Ordinal)).Disclosure;

        // The tables still read the row (a name-only table finds the code by its former name).
        Assert.Equal(Rows(original, code), Rows(renamed, code));
        Assert.NotEmpty(Rows(renamed, code));

        var findings = DisclosureValidator.Validate(renamed).Findings.Where(f => f.Location.Code == code).ToList();
        var outdated = findings.Where(f => f.RuleId == "BM-CODE-NAME-OUTDATED").ToList();
        // One finding per table row that prints the class.
        Assert.Equal(Rows(renamed, code).Count, outdated.Count);
        // As printed (table 1 prints 十、 before the name), with the editions of the former name.
        Assert.All(outdated, f => Assert.Matches($"printed under its former name '([一二三四五六七八九十]+、)?{former}' \\(editions [0-9]*–2018\\)", f.Message));
        Assert.DoesNotContain(findings, f => f.RuleId is "BM-CODE-NAME" or "BM-CODE-NAME-SPELLING" or "BM-CODE-UNKNOWN");
    }

    private static List<(TableKind, int?)> Rows(BudgetDisclosure d, string code) =>
        d.Tables.SelectMany(t => t.Rows.OfType<FunctionRow>().Where(r => r.Code.Value == code).Select(r => (t.Kind, r.Line))).ToList();
}
