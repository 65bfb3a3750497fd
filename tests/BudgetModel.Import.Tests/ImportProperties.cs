using System.Globalization;
using BudgetModel.Disclosure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Import.Tests;

/// <summary>Laws of the importer: a printed amount is read back exactly; damage never crashes it.</summary>
public class ImportProperties
{
    private static readonly string[] SeedLines = Seed.Text.Split('\n');

    [Property(MaxTest = 60)]
    public Property Any_amount_printed_in_a_cell_is_read_back_exactly_at_its_line() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Select(n => (long)n * 7).ToArbitrary(), hundredths =>
        {
            var wan = hundredths / 100m;
            var text = wan.ToString("#,0.00", CultureInfo.InvariantCulture);
            var lines = (string[])SeedLines.Clone();
            lines[177] = $"2150517\t产业发展\t{text}\t\t3793.87"; // line 178
            var row = DisclosureImporter.Import(string.Join('\n', lines)).Disclosure.ExpenditureSummary!.FunctionRows.Single(r => r.Key == "2150517");
            return row.Total == Money.FromWan(wan) && row.Line == 178;
        });

    [Property(MaxTest = 40)]
    public Property Deleting_or_duplicating_lines_never_crashes_the_import() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, SeedLines.Length - 1)).Select(l => l.Take(40).ToArray()).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (picks, duplicate) =>
        {
            var lines = SeedLines.ToList();
            foreach (var i in picks.OrderDescending())
            {
                if (i < lines.Count)
                {
                    if (duplicate)
                    {
                        lines.Insert(i, lines[i]);
                    }
                    else
                    {
                        lines.RemoveAt(i);
                    }
                }
            }
            try
            {
                var result = DisclosureImporter.Import(string.Join('\n', lines));
                return result.Disclosure.ImportFindings.Count == result.Diagnostics.Count;
            }
            catch (DisclosureImportException)
            {
                return true;
            }
        });

    [Property(MaxTest = 40)]
    public Property Inserting_tabs_never_crashes_the_import_and_every_figure_keeps_a_line() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, Seed.Text.Length - 1)).Select(l => l.Take(30).ToArray()).ToArbitrary(), positions =>
        {
            var text = Seed.Text;
            foreach (var p in positions.OrderDescending())
            {
                text = text.Insert(p, "\t");
            }
            try
            {
                var d = DisclosureImporter.Import(text).Disclosure;
                return d.Cells().All(c => c.Line is > 0) && d.ImportFindings.All(f => f.Location.Lines.Count > 0);
            }
            catch (DisclosureImportException)
            {
                return true;
            }
        });
}
