using BudgetModel.Disclosure;
using BudgetModel.Testing.Samples;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Disclosure;

using Money = BudgetModel.Money; // BudgetModel.Tests.Money is a namespace

/// <summary>Behaviour of the disclosure aggregate, its tables, rows and builders, on the seed sample.</summary>
public class DisclosureModelTests
{
    private static readonly BudgetDisclosure Sample = Fenyang2024.Build();

    private static CellLocation Table3Total => Sample.Cells()
        .Single(c => c.Location.Table == TableKind.ExpenditureSummary && c.Location.RowKey == nameof(SummaryLine.Total) && c.Location.Column == TableColumn.Total)
        .Location;

    [Fact]
    public void WithCell_returns_a_new_disclosure_and_leaves_the_original_unchanged()
    {
        var changed = Sample.WithCell(Table3Total, Money.FromWan(6542.06m));

        Assert.NotSame(Sample, changed);
        Assert.Equal(Money.FromWan(6542.05m), Sample.ExpenditureSummary!.TotalRow![TableColumn.Total]);
        Assert.Equal(Money.FromWan(6542.06m), changed.ExpenditureSummary!.TotalRow![TableColumn.Total]);
        Assert.Equal(Sample.Tables.Select(t => t.Kind), changed.Tables.Select(t => t.Kind));
        Assert.Equal(Sample.ProjectSheets, changed.ProjectSheets);
        Assert.Equal(Sample.Facts, changed.Facts);
    }

    [Property(MaxTest = 200)]
    public Property WithCell_changes_exactly_the_addressed_cell()
    {
        var cells = Sample.Cells().ToArray();
        var perturbations =
            from index in Gen.Choose(0, cells.Length - 1)
            from fen in Gen.Choose(-1_000_000, 1_000_000).Where(f => f != 0)
            select (Index: index, Fen: fen);
        return Prop.ForAll(perturbations.ToArbitrary(), p =>
        {
            var target = cells[p.Index];
            var value = target.Amount + Money.FromFen(p.Fen);
            var after = Sample.WithCell(target.Location, value).Cells().ToArray();
            var differing = Enumerable.Range(0, cells.Length).Where(i => after[i] != cells[i]).ToArray();
            return after.Length == cells.Length
                && differing.SequenceEqual([p.Index])
                && after[p.Index] == target with { Amount = value };
        });
    }

    [Fact]
    public void A_table_omitted_is_null()
    {
        var without = Sample.WithoutTable(TableKind.StateCapitalOperation);

        Assert.Null(without[TableKind.StateCapitalOperation]);
        Assert.Null(without.StateCapitalOperation);
        Assert.False(without.Has(TableKind.StateCapitalOperation));
        Assert.Equal(12, without.Tables.Count);
        Assert.DoesNotContain(without.Cells(), c => c.Location.Table == TableKind.StateCapitalOperation);
        Assert.NotNull(Sample.StateCapitalOperation); // the original keeps it
    }

    [Fact]
    public void WithCell_on_an_omitted_table_is_refused()
    {
        var without = Sample.WithoutTable(TableKind.ExpenditureSummary);
        var ex = Assert.Throws<ArgumentException>(() => without.WithCell(Table3Total, Money.Zero));
        Assert.Contains(nameof(TableKind.ExpenditureSummary), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithTable_replaces_the_table_of_the_same_kind_in_place()
    {
        var replacement = new TableBuilder(TableKind.ThreePublicExpenses).Total(2.70m, 2.70m, 0m, 0m).Build();
        var changed = Sample.WithTable(replacement);

        Assert.Equal(Sample.Tables.Select(t => t.Kind), changed.Tables.Select(t => t.Kind));
        Assert.Same(replacement, changed.ThreePublicExpenses);
        Assert.Equal(6, Sample.ThreePublicExpenses!.Rows.Count);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_refused_naming_the_row()
    {
        var builder = new TableBuilder(TableKind.ExpenditureSummary); // 合计, 基本支出, 项目支出
        var ex = Assert.Throws<ArgumentException>(() => builder.Function("201", "一般公共服务支出", 3.00m, 3.00m));
        Assert.Contains("一般公共服务支出", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_table_of_the_same_kind_is_refused()
    {
        var builder = new DisclosureBuilder(Fenyang2024.UnitName, 2024).AddTable(Sample.ExpenditureSummary!);
        var another = new TableBuilder(TableKind.ExpenditureSummary).Total(6542.05m, 286.42m, 6255.63m).Build();

        var ex = Assert.Throws<ArgumentException>(() => builder.AddTable(another));
        Assert.Contains(nameof(TableKind.ExpenditureSummary), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_the_row_does_not_have_is_a_typed_error_not_zero()
    {
        // Table 13 prints four amount columns only; table 12 prints 单位资金 too.
        var carriedOver = Sample.ProjectExpenditureCarryOver!.DetailRows[0];
        var current = Sample.ProjectExpenditureCurrent!.DetailRows[0];

        var ex = Assert.Throws<ArgumentException>(() => carriedOver[TableColumn.UnitFunds]);
        Assert.Contains(carriedOver.Name, ex.Message, StringComparison.Ordinal);
        Assert.False(carriedOver.Has(TableColumn.UnitFunds));
        Assert.Equal(Money.Zero, carriedOver.GetOrZero(TableColumn.UnitFunds));
        Assert.True(current.Has(TableColumn.UnitFunds));
        Assert.Equal(Money.FromWan(3232.37m), carriedOver[TableColumn.GeneralBudget]);
    }

    [Fact]
    public void Cells_address_every_amount_of_every_row()
    {
        Assert.Equal(Sample.Tables.Sum(t => t.Rows.Sum(r => r.Columns.Count)), Sample.Cells().Count());
        var t6 = Sample.GeneralBudgetBasicExpenditure!;
        Assert.Equal(Money.FromWan(286.42m), t6.TotalRow![TableColumn.Total]);
        Assert.Equal(3, t6.EconomicRows.Count(r => r.IsClass));
    }

    [Fact]
    public void Build_returns_equal_but_distinct_disclosures()
    {
        var again = Fenyang2024.Build();
        Assert.NotSame(Sample, again);
        Assert.Equal(Sample.Cells(), again.Cells());
        Assert.Equal(Sample.Facts, again.Facts);
        Assert.Equal(Sample.Mentions, again.Mentions);
    }
}
