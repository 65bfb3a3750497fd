using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetModel.Import.Tests;

/// <summary>
/// Every choice of title numbering, title wording and unit line the printer offers (each one a variant a corpus document
/// prints, docs/import.md) is read back on its own: the plain layout with that one choice changed, printed from a
/// disclosure in 万元 and one in 元, imports with the same tables, rows, amounts and units. The print/read-back properties
/// combine the choices at random; these pin each one, so that a reader change that loses one fails here by name.
/// </summary>
public class PrintedVariantTests
{
    private static BudgetDisclosure Disclosure(bool yuan) =>
        (yuan ? DisclosureGenerators.ConsistentInYuan(4) : DisclosureGenerators.Consistent(4)).Generator.Sample(5, new Rnd(11, 3), 1)[0];

    public static TheoryData<TitleNumbering> Numberings() =>
        // Known reader limitation (docs/testing.md): 表六 (a Chinese numeral run into the title) is not drawn.
        new(Enum.GetValues<TitleNumbering>().Where(n => n != TitleNumbering.ChinesePrefix));

    public static TheoryData<TitleWording> Wordings() => new(Enum.GetValues<TitleWording>());

    public static TheoryData<UnitLineStyle> UnitLines() => new(Enum.GetValues<UnitLineStyle>());

    private static void ReadsBack(PrintLayout layout)
    {
        foreach (bool yuan in new[] { false, true })
        {
            var printed = DisclosurePrinter.Print(Disclosure(yuan), layout, TestFont.Font);
            using var stream = new MemoryStream(printed.Pdf);
            var read = DisclosureImporter.Import(stream);
            Assert.Equal(printed.Printed.Tables.Select(t => t.Kind), read.Disclosure.Tables.Select(t => t.Kind));
            Assert.Empty(read.Disclosure.OtherTables);
            Assert.Empty(printed.TableDifferences(read.Disclosure));
        }
    }

    [Theory]
    [MemberData(nameof(Numberings))]
    public void Each_title_numbering_is_read_back(TitleNumbering numbering) => ReadsBack(PrintLayout.Plain with { Numbering = numbering });

    [Theory]
    [MemberData(nameof(Wordings))]
    public void Each_title_wording_is_read_back(TitleWording wording) => ReadsBack(PrintLayout.Plain with { Wording = wording });

    [Theory]
    [MemberData(nameof(UnitLines))]
    public void Each_unit_line_is_read_back(UnitLineStyle unitLine) => ReadsBack(PrintLayout.Plain with { UnitLine = unitLine });
}
