using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Testing.Generators;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Properties;

/// <summary><see cref="DisclosureGenerators.CatalogFor"/>: the catalog a generated disclosure needs, and what the
/// validator says with it (nothing, for exact disclosures).</summary>
public class GeneratorCatalogTests
{
    private static readonly ClassificationCatalog Edition = ClassificationCatalog.Edition2024;

    public static TheoryData<int, int> Sizes => new()
    {
        { 1, 0 },
        { 7, 1 },
        { 100, 2 },
        { 1_000, 3 },
        { 10_000, 2024 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_disclosure_of_many_rows_checked_with_its_catalog_has_no_finding_at_all(int rows, int seed)
    {
        var d = DisclosureGenerators.ConsistentWithRows(rows, seed);
        var report = DisclosureValidator.Validate(d, DisclosureGenerators.OptionsFor(d));
        // Amounts are exact (whole 0.01 万元), so not even rounding drift (Info) remains.
        Assert.Empty(report.Findings);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void With_the_built_in_edition_the_only_findings_are_one_unknown_code_per_printed_row_of_a_code_the_catalog_adds(int rows, int seed)
    {
        var d = DisclosureGenerators.ConsistentWithRows(rows, seed);
        var report = DisclosureValidator.Validate(d);

        Assert.All(report.Findings, f =>
        {
            Assert.Equal("BM-CODE-UNKNOWN", f.RuleId);
            Assert.Equal(Severity.Warning, f.Severity);
        });
        var added = AddedCodes(DisclosureGenerators.CatalogFor(d));
        Assert.Equal(added.Order(StringComparer.Ordinal), report.Findings.Select(f => f.Location.Code!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(PrintedCodes(d).Count(added.Contains), report.Findings.Count);
    }

    [Property(MaxTest = 60)]
    public Property A_consistent_disclosure_checked_with_its_catalog_has_no_finding_at_all() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), d =>
            Assert.Empty(DisclosureValidator.Validate(d, DisclosureGenerators.OptionsFor(d)).Findings));

    [Property(MaxTest = 30)]
    public Property A_consistent_disclosure_in_yuan_checked_with_its_catalog_has_no_finding_at_all() =>
        Prop.ForAll(DisclosureGenerators.ConsistentInYuan(), d =>
            Assert.Empty(DisclosureValidator.Validate(d, DisclosureGenerators.OptionsFor(d)).Findings));

    [Property(MaxTest = 40)]
    public Property Figures_rounded_from_yuan_checked_with_their_catalog_leave_only_rounding_drift() =>
        Prop.ForAll(DisclosureGenerators.FromYuan(), d =>
            Assert.All(DisclosureValidator.Validate(d, DisclosureGenerators.OptionsFor(d)).Findings, f =>
            {
                Assert.Equal(Severity.Info, f.Severity);
                Assert.Equal(FindingKind.RoundingDrift, f.Kind);
            }));

    [Property(MaxTest = 60)]
    public Property The_catalog_extends_the_built_in_edition_with_every_printed_code_named_as_printed() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), d =>
        {
            var catalog = DisclosureGenerators.CatalogFor(d);
            Assert.Equal(d.BudgetYear, catalog.Year);
            Assert.Empty(catalog.FindOrphans());

            // Nothing of the built-in edition is lost or renamed.
            Assert.All(Edition.FunctionCodes, c => Assert.Equal(Edition.GetName(c), catalog.GetName(c)));
            Assert.All(Edition.EconomicCodes, c => Assert.Equal(Edition.GetName(c), catalog.GetName(c)));
            Assert.All(Edition.RevenueCodes, c => Assert.Equal(Edition.GetName(c), catalog.GetName(c)));

            // Every printed code is held; one the edition lacks carries the printed name.
            foreach (var row in d.Tables.SelectMany(t => t.Rows))
            {
                switch (row)
                {
                    case FunctionRow f:
                        Assert.Equal(Edition.TryGetName(f.Code, out var known) ? known : f.Name, catalog.GetName(f.Code));
                        break;
                    case RevenueCodeRow r:
                        Assert.Equal(Edition.TryGetName(r.Code, out var knownRevenue) ? knownRevenue : r.Name, catalog.GetName(r.Code));
                        break;
                    case EconomicRow { DepartmentCode: { } dep } e:
                        Assert.Equal(Edition.TryGetName(dep, out var knownEconomic) ? knownEconomic : e.DepartmentName, catalog.GetName(dep));
                        break;
                }
            }

            // The options pick this catalog, not a fallback, for the disclosure's year.
            var selection = DisclosureGenerators.OptionsFor(d).Catalogs.ForYear(d.BudgetYear);
            Assert.False(selection.IsFallback);
            Assert.Equal(catalog.ToCsv(), selection.Catalog!.ToCsv());
        });

    [Fact]
    public void A_disclosure_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => DisclosureGenerators.CatalogFor(null!));
        Assert.Throws<ArgumentNullException>(() => DisclosureGenerators.OptionsFor(null!));
    }

    // The digits of every code the catalog holds beyond the built-in edition.
    private static HashSet<string> AddedCodes(ClassificationCatalog catalog) =>
        catalog.FunctionCodes.Where(c => !Edition.Contains(c)).Select(c => c.Value)
            .Concat(catalog.EconomicCodes.Where(c => !Edition.Contains(c)).Select(c => c.Value))
            .Concat(catalog.RevenueCodes.Where(c => !Edition.Contains(c)).Select(c => c.Value))
            .ToHashSet(StringComparer.Ordinal);

    // The digits of every code printed in a table row, once per row (an economic row may print two).
    private static IEnumerable<string> PrintedCodes(BudgetDisclosure d) =>
        d.Tables.SelectMany(t => t.Rows).SelectMany(row => row switch
        {
            FunctionRow f => [f.Code.Value],
            RevenueCodeRow r => [r.Code.Value],
            EconomicRow e => new[] { e.DepartmentCode, e.GovernmentCode }.OfType<EconomicCode>().Select(c => c.Value),
            _ => Enumerable.Empty<string>(),
        });
}
