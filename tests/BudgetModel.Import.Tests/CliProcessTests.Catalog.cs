using System.Text;
using BudgetModel.Classification;

namespace BudgetModel.Import.Tests;

/// <summary><c>budgetmodel catalog build</c>: the harvest of a folder, written as a catalog CSV the check can use.</summary>
public partial class CliProcessTests
{
    [Fact]
    public void Catalog_build_harvests_a_folder_into_a_csv_that_check_reads_as_a_catalog()
    {
        // Two copies of the seed, one with a misprinted name and a code no catalog has, and a file that is no disclosure.
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"bm-harvest-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(dir, "a.txt"), Seed.Text, Encoding.UTF8);
        File.WriteAllText(Path.Combine(dir, "b.txt"), Seed.Text.Replace("2150517\t产业发展", "2150599\t其他工业和信息产业监管支出", StringComparison.Ordinal)
            .Replace("210\t卫生健康支出", "210\t卫生建康支出", StringComparison.Ordinal), Encoding.UTF8);
        File.WriteAllText(Path.Combine(dir, "c.txt"), "not a disclosure", Encoding.UTF8);
        string csv = Path.Combine(dir, "catalog.csv");

        var (exit, stdout, stderr) = Run("catalog", "build", dir, "-o", csv);

        Assert.Equal(2, exit);                                                   // c.txt could not be read…
        Assert.Contains("c.txt", stderr, StringComparison.Ordinal);
        Assert.Contains("2024: 2 documents", stderr, StringComparison.Ordinal);  // …and the harvest went on
        Assert.Equal("", stdout);
        var harvest = File.ReadAllLines(csv);
        Assert.Equal("kind,code,name,mapsTo,year,documents,variants", harvest[0]);
        // b.txt misprints 210 in its coded tables but its 表一 (十、卫生健康支出) prints the name right: b counts for both.
        Assert.Contains("function,210,卫生健康支出,,2024,2,卫生建康支出 (1)", harvest);
        Assert.Contains("function,2150517,产业发展,,2024,1,", harvest);
        Assert.Contains("function,2011399,其他商贸事务支出,,2024,2,", harvest);

        // The harvest is a catalog: the code only b.txt prints is known to a check that is given it.
        var edition = ClassificationCatalog.FromCsv(File.ReadAllText(csv), 2024);
        Assert.Equal("其他工业和信息产业监管支出", edition.GetName(FunctionCode.Parse("2150599")));
        var (_, without, _) = Run("check", Path.Combine(dir, "b.txt"));
        var (_, with, _) = Run("check", "--catalog", $"2024={csv}", Path.Combine(dir, "b.txt"));
        Assert.Contains("2150599", without, StringComparison.Ordinal);
        Assert.DoesNotContain("The function code 2150599", with, StringComparison.Ordinal);

        // --min-documents 2 keeps what both documents print.
        var (exit2, stdout2, _) = Run("catalog", "build", Path.Combine(dir, "a.txt"), Path.Combine(dir, "b.txt"), "--min-documents", "2");
        Assert.Equal(0, exit2);
        Assert.Contains("function,2011399,其他商贸事务支出,,2024,2,", stdout2, StringComparison.Ordinal);
        Assert.DoesNotContain("2150599", stdout2, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Catalog_build_names_a_missing_path_and_an_empty_folder_as_check_does_and_harvests_nothing()
    {
        var empty = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"bm-empty-{Guid.NewGuid():N}")).FullName;
        string seed = Path.Combine(empty, "..", $"bm-seed-{Guid.NewGuid():N}.txt");
        File.WriteAllText(seed, Seed.Text, Encoding.UTF8);
        string missing = Path.Combine(empty, "no-such.pdf");

        var (exit, stdout, stderr) = Run("catalog", "build", seed, empty, missing);
        var (checkExit, _, checkErr) = Run("check", seed, empty, missing);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);                                                // nothing harvested from a bad command line
        Assert.Contains($"{empty}: the directory contains no disclosures", stderr, StringComparison.Ordinal);
        Assert.Contains($"{missing}: no such file or directory", stderr, StringComparison.Ordinal);
        // check names the same two paths the same way.
        Assert.NotEqual(0, checkExit);
        Assert.Contains($"{empty}: the directory contains no disclosures", checkErr, StringComparison.Ordinal);
        Assert.Contains($"{missing}: no such file or directory", checkErr, StringComparison.Ordinal);
        File.Delete(seed);
        Directory.Delete(empty);
    }
}
