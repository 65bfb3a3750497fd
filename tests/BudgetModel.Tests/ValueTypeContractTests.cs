using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Testing.Contracts;

namespace BudgetModel.Tests;

/// <summary>The value-type contract (<see cref="ValueTypeContract"/>) applied to the small value types of the model
/// that had no contract test: equal values made separately, unequal values differing in each component.</summary>
public class ValueTypeContractTests
{
    [Fact]
    public void PublishedPrecision_satisfies_the_equality_contract()
    {
        ValueTypeContract.CheckEquality(
            new PublishedPrecision(MoneyUnit.Wan, 2),
            PublishedPrecision.WanTwoDecimals,
            new PublishedPrecision(MoneyUnit.Wan, 1),
            new PublishedPrecision(MoneyUnit.Yuan, 2),
            PublishedPrecision.YuanTwoDecimals,
            PublishedPrecision.WholeYuan);
        ValueTypeContract.CheckEquality(PublishedPrecision.WholeYuan, new PublishedPrecision(MoneyUnit.Yuan, 0), new PublishedPrecision(MoneyUnit.Yi, 0));
    }

    [Fact]
    public void RoundingBound_satisfies_the_equality_and_ordering_contracts()
    {
        var half = PublishedPrecision.WanTwoDecimals.HalfUnit; // ±0.005 万元 = ±50 元
        ValueTypeContract.CheckEquality(half * 2, half + half, half, RoundingBound.Zero, RoundingBound.FromHalfFen(20_001));
        ValueTypeContract.CheckEquality(RoundingBound.Zero, RoundingBound.FromHalfFen(0), RoundingBound.FromHalfFen(1));
        ValueTypeContract.CheckOrdering(RoundingBound.Zero, RoundingBound.FromHalfFen(1), PublishedPrecision.WholeYuan.HalfUnit, half, half * 3);
        ValueTypeContract.CheckDefault(RoundingBound.FromHalfFen(0));
    }

    [Fact]
    public void NameCheck_satisfies_the_equality_contract()
    {
        var catalog = ClassificationCatalog.Edition2024;
        var code = FunctionCode.Parse("2150517");
        var match = catalog.CheckName(code, "产业发展");
        Assert.True(match.IsMatch);
        ValueTypeContract.CheckEquality(
            match,
            catalog.CheckName(code, " 产业发展 "),
            catalog.CheckName(code, "产业振兴"),
            catalog.CheckName(FunctionCode.Parse("215"), "资源勘探工业信息等支出"),
            catalog.CheckName(FunctionCode.Parse("2159999"), "产业发展"));
        var unknown = catalog.CheckName(FunctionCode.Parse("2159999"), "产业发展");
        Assert.Equal(NameCheckOutcome.UnknownCode, unknown.Outcome);
        ValueTypeContract.CheckEquality(unknown, catalog.CheckName(FunctionCode.Parse("2159998"), "别的"), match);
        ValueTypeContract.CheckDefault(unknown); // default(NameCheck) is documented as an unknown code
    }

    [Fact]
    public void CellLocation_and_TableCell_satisfy_the_equality_contract()
    {
        var cell = new CellLocation(TableKind.ExpenditureSummary, 3, "2150517", TableColumn.Total);
        ValueTypeContract.CheckEquality(
            cell,
            new CellLocation(TableKind.ExpenditureSummary, 3, new string("2150517".AsSpan()), TableColumn.Total),
            cell with { Table = TableKind.GeneralBudgetExpenditure },
            cell with { RowIndex = 4 },
            cell with { RowKey = "2150501" },
            cell with { Column = TableColumn.Basic },
            default);

        var tableCell = new TableCell(cell, BudgetModel.Money.FromWan(3793.87m), 178);
        ValueTypeContract.CheckEquality(
            tableCell,
            new TableCell(cell with { RowKey = new string("2150517".AsSpan()) }, BudgetModel.Money.FromYuan(37_938_700m), 178),
            tableCell with { Location = cell with { RowIndex = 4 } },
            tableCell with { Amount = BudgetModel.Money.FromWan(3793.88m) },
            tableCell with { Line = null },
            tableCell with { Line = 179 },
            default);
    }
}
