namespace BudgetModel.Import.Tests;

public class SeedFixtureTests
{
    [Fact]
    public void Seed_fixture_is_embedded_and_names_the_unit()
    {
        var text = BudgetModel.Import.Tests.Seed.Text;
        Assert.Contains("汾阳市工业和信息化局", text, StringComparison.Ordinal);
        Assert.Contains("2024年预算收支总表", text, StringComparison.Ordinal);
    }
}
