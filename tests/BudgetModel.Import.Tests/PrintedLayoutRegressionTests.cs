using BudgetModel.Classification;
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

    /// <summary>The first generated disclosure (samples of <paramref name="generator"/> drawn with seeds 1, 2, …) that
    /// <paramref name="what"/> holds for: a case fixed by what it is, not by a seed whose meaning changes with the
    /// generators.</summary>
    private static BudgetDisclosure First(Gen<BudgetDisclosure> generator, Func<BudgetDisclosure, bool> what)
    {
        for (ulong seed = 1; seed <= 500; seed++)
        {
            var d = generator.Sample(10, new Rnd(seed, 7), 1)[0];
            if (what(d))
            {
                return d;
            }
        }
        throw new InvalidOperationException("No generated disclosure of the kind wanted in 500 samples.");
    }

    /// <summary>True when a table of <paramref name="kind"/> has a function code the 2024 catalog does not know (only its
    /// printed code identifies the row).</summary>
    private static bool HasUncataloguedCode(BudgetDisclosure d, TableKind kind) =>
        d[kind]?.Rows.OfType<FunctionRow>().Any(r => !ClassificationCatalog.Edition2024.TryGetName(r.Code, out _)) == true;

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

    [Fact]
    public void A_department_label_beside_the_unit_is_the_tables_unit_name_line_not_a_header_row()
    {
        // Suzhou prints 部门：苏州市审计局 at the left and 单位：万元 at the right over each table. 部门： was not a unit-name
        // label, so the line joined the header rows and the 类 | 款 | 项 columns under it were not found: each row with a
        // code the catalog does not know (其他20585支出 under 205 | 85) was looked up by name and lost with its amounts.
        var disclosure = First(DisclosureGenerators.Consistent(4).Generator, d => HasUncataloguedCode(d, TableKind.ExpenditureSummary));
        var layout = PrintLayout.Plain with { Codes = CodePrinting.Split, UnitLine = UnitLineStyle.DepartmentLabel };
        var printed = DisclosurePrinter.Print(disclosure, layout, TestFont.Font);
        var result = Read(printed);
        Assert.Empty(printed.TableDifferences(result.Disclosure));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Row);
        Assert.Equal(disclosure.Unit.Name, result.Disclosure[TableKind.ExpenditureSummary]?.Header.UnitName);
    }
}
