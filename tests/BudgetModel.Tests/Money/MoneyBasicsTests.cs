using BudgetModel;

namespace BudgetModel.Tests.Money;

public class MoneyBasicsTests
{
    [Fact]
    public void Wan_figure_with_six_decimals_is_exact_in_fen()
    {
        var m = BudgetModel.Money.FromWan(28.264485m);
        Assert.Equal(28_264_485L, m.TotalFen);
        Assert.Equal(282_644.85m, m.Yuan);
    }

    [Fact]
    public void Finer_than_fen_is_refused_without_rounding()
    {
        Assert.Throws<ArgumentException>(() => BudgetModel.Money.FromYuan(0.001m));
        Assert.Equal(1L, BudgetModel.Money.FromYuan(0.005m, MidpointRounding.AwayFromZero).TotalFen);
    }
}

public class MoneyContractTests
{
    [Fact]
    public void Money_satisfies_the_value_type_contract()
    {
        var a = BudgetModel.Money.FromWan(6542.05m);
        BudgetModel.Testing.Contracts.ValueTypeContract.CheckEquality(a, BudgetModel.Money.FromWan(6542.050m), BudgetModel.Money.FromWan(6542.06m), BudgetModel.Money.Zero);
        BudgetModel.Testing.Contracts.ValueTypeContract.CheckOrdering(BudgetModel.Money.FromFen(-5), BudgetModel.Money.Zero, BudgetModel.Money.FromFen(1), a);
        BudgetModel.Testing.Contracts.ValueTypeContract.CheckDefault(BudgetModel.Money.FromWan(1.5m) - BudgetModel.Money.FromYuan(15_000m));
    }
}
