using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using UglyToad.PdfPig;

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

    /// <summary>The words of every page, in PdfPig's reading order.</summary>
    private static List<string> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)];
    }

    [Fact]
    public void The_spaced_number_line_prints_the_number_apart_from_biao_as_Shenzhen_does()
    {
        // Shenzhen prints 表 and 1 as two words on a line of their own over 收支总表; the choice is worth drawing only if the
        // printer prints it so (not 表1 in one word), and the reader then reads the tables back all the same.
        var layout = PrintLayout.Plain with { Numbering = TitleNumbering.SpacedArabicLine };
        var words = Words(DisclosurePrinter.Print(Disclosure(yuan: false), layout, TestFont.Font).Pdf);
        Assert.Contains(words.Zip(words.Skip(1)), w => w.First == "表" && w.Second == "1");
        Assert.DoesNotContain("表1", words);
        ReadsBack(layout);
    }

    [Theory]
    [InlineData(TitleWording.CityLevel, "市级部门收支预算总表")]
    [InlineData(TitleWording.ProvinceLevel, "省级部门收支预算总表")]
    [InlineData(TitleWording.DistrictLevel, "区级部门收支预算总表")]
    [InlineData(TitleWording.BudgetUnitFinance, "预算单位财务收支预算总表")]
    public void The_level_and_budget_unit_wordings_print_the_corpus_titles(TitleWording wording, string title)
    {
        // Hangzhou: 2026年市级部门收支预算总表 (a level word before 部门); Shanghai, a unit's budget: 2026年预算单位财务收支预算总表
        // (预算单位 for 部门). The year comes first, then the words.
        var d = Disclosure(yuan: false);
        var words = Words(DisclosurePrinter.Print(d, PrintLayout.Plain with { Wording = wording }, TestFont.Font).Pdf);
        Assert.Contains(FormattableString.Invariant($"{d.BudgetYear}年{title}"), words);
        ReadsBack(PrintLayout.Plain with { Wording = wording });
    }
}
