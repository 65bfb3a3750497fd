using BudgetModel.Disclosure;
using BudgetModel.Testing.Samples;

namespace BudgetModel.Import.Tests;

/// <summary>The import of the seed compared with the seed built by hand (BudgetModel.Testing.Samples.Fenyang2024):
/// every table cell and row line, every sheet's funds and indicators, the overall sheet and the prose facts.</summary>
public class HandBuiltSeedTests
{
    private static readonly BudgetDisclosure Imported = SeedImport.Doc;
    private static readonly BudgetDisclosure HandBuilt = Fenyang2024.Build();

    public static TheoryData<TableKind> Kinds => new(TableKinds.Seed);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_cell_and_row_line_matches_the_hand_built_table(TableKind kind)
    {
        var imported = Imported[kind]!;
        var expected = HandBuilt[kind]!;
        Assert.Equal(expected.Rows.Select(r => (r.GetType().Name, r.Key, r.Name, r.Role, r.Line)),
            imported.Rows.Select(r => (r.GetType().Name, r.Key, r.Name, r.Role, r.Line)));
        Assert.Equal(expected.Cells(), imported.Cells());
        Assert.Equal((expected.Header.Title, expected.Header.PrintedNumber, expected.Header.UnitName, expected.Header.Line, expected.Precision),
            (imported.Header.Title, imported.Header.PrintedNumber, imported.Header.UnitName, imported.Header.Line, imported.Precision));
    }

    [Fact]
    public void Unit_and_overview_match()
    {
        Assert.Equal(HandBuilt.Unit.Name, Imported.Unit.Name);
        Assert.Equal(HandBuilt.Unit.Code, Imported.Unit.Code);
        Assert.Equal(HandBuilt.Unit.Staff, Imported.Unit.Staff);
        Assert.Equal(HandBuilt.BudgetYear, Imported.BudgetYear);
        Assert.Equal(HandBuilt.Sections.Order(), Imported.Sections.Order());
    }

    [Fact]
    public void Every_project_sheet_matches_in_funds_and_lines()
    {
        Assert.Equal(HandBuilt.ProjectSheets.Select(s => (s.ProjectName, s.Line)), Imported.ProjectSheets.Select(s => (s.ProjectName, s.Line)));
        foreach (var (expected, actual) in HandBuilt.ProjectSheets.Zip(Imported.ProjectSheets))
        {
            Assert.Equal(expected.LifetimeFunding.Total, actual.LifetimeFunding.Total);
            Assert.Equal(expected.AnnualFunding.Total, actual.AnnualFunding.Total);
            // The hand-built sheets leave out a level printed with an empty cell (其他资金); the importer reads it as zero.
            Assert.Equal(expected.LifetimeFunding.ByLevel.Where(p => !p.Value.IsZero).OrderBy(p => p.Key), actual.LifetimeFunding.ByLevel.Where(p => !p.Value.IsZero).OrderBy(p => p.Key));
            Assert.Equal(expected.AnnualFunding.ByLevel.Where(p => !p.Value.IsZero).OrderBy(p => p.Key), actual.AnnualFunding.ByLevel.Where(p => !p.Value.IsZero).OrderBy(p => p.Key));
            Assert.Equal(expected.Details, actual.Details);
        }
    }

    [Fact]
    public void Every_indicator_matches()
    {
        static IEnumerable<string> Of(IEnumerable<Performance.SheetIndicator> list) =>
            list.Select(i => $"{i.Line} {i.Indicator.Category}/{i.Indicator.Subcategory}/{i.Indicator.Name}={i.Indicator.Value.Text}");
        foreach (var (expected, actual) in HandBuilt.ProjectSheets.Zip(Imported.ProjectSheets))
        {
            Assert.Equal(Of(expected.LifetimeIndicators), Of(actual.LifetimeIndicators));
            Assert.Equal(Of(expected.AnnualIndicators), Of(actual.AnnualIndicators));
        }
        Assert.Equal(Of(HandBuilt.OverallSheet!.Indicators), Of(Imported.OverallSheet!.Indicators));
    }

    [Fact]
    public void The_overall_sheet_matches()
    {
        var e = HandBuilt.OverallSheet!;
        var a = Imported.OverallSheet!;
        Assert.Equal((e.UnitName, e.Total, e.Staff, e.Line, e.Precision), (a.UnitName, a.Total, a.Staff, a.Line, a.Precision));
        Assert.Equal(e.BySource.OrderBy(p => p.Key), a.BySource.OrderBy(p => p.Key));
        Assert.Equal(e.ByType.OrderBy(p => p.Key), a.ByType.OrderBy(p => p.Key));
    }

    [Fact]
    public void Every_prose_fact_matches()
    {
        static IEnumerable<string> Of(IEnumerable<ProseFact> facts) =>
            facts.Select(f => $"{f.Line} {f.Kind} {f.Subject.Topic} {f.Subject.Source} {f.Subject.Code} {f.Subject.Category} {f.Value} {f.Unit} {f.Decimals} base={f.Base?.Topic} year={f.ComparedYear}");
        Assert.Equal(Of(HandBuilt.Facts), Of(Imported.Facts));
    }
}
