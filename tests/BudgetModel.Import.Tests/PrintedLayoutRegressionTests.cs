using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetModel.Import.Tests;

/// <summary>Reader bugs the print/read-back properties (<see cref="PrintReadBackProperties"/>) found, each pinned on a
/// printed disclosure in the smallest layout that showed it.</summary>
public class PrintedLayoutRegressionTests
{
    private static BudgetDisclosure InYuan(ulong seed) => DisclosureGenerators.ConsistentInYuan(4).Generator.Sample(5, new Rnd(seed, 7), 1)[0];

    private static ImportResult Read(PrintedDisclosure printed)
    {
        using var stream = new MemoryStream(printed.Pdf);
        return DisclosureImporter.Import(stream);
    }

    [Fact]
    public void A_unit_line_that_recurs_near_the_top_of_each_table_page_is_the_tables_unit_not_a_running_header()
    {
        // The plain layout puts 单位：元 alone, right-aligned, just under each title, in the top eighth of the page, on
        // every table's first page: the running-line detection used to drop it as page furniture, and the tables were
        // read as 万元 (each amount 10,000 times too large).
        var printed = DisclosurePrinter.Print(InYuan(1), PrintLayout.Plain, TestFont.Font);
        var result = Read(printed);
        Assert.True(printed.Printed.Tables.Count >= 7);
        Assert.All(printed.Printed.Tables, t => Assert.Equal(PublishedPrecision.YuanTwoDecimals, result.Disclosure[t.Kind]?.Precision));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.TableUnit);
        Assert.Empty(printed.TableDifferences(result.Disclosure));
    }
}
