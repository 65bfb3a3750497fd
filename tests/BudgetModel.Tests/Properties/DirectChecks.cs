using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;

namespace BudgetModel.Tests.Properties;

using Money = BudgetModel.Money;

/// <summary>
/// The rules of docs/domain.md §5, checked directly on the tables (not through the validator), so that the generators are
/// tested on their own. <paramref name="tolerance"/> arguments are in fen per figure: zero for exact disclosures,
/// 5,000 fen (0.005 万元) per figure for tables rounded to 万元.
/// </summary>
internal static class DirectChecks
{
    public static void AssertNear(Money expected, Money actual, long toleranceFen, string what)
    {
        long difference = Math.Abs(actual.TotalFen - expected.TotalFen);
        Assert.True(difference <= toleranceFen, $"{what}: expected {expected.Wan} 万元, got {actual.Wan} 万元 (tolerance {toleranceFen} fen).");
    }

    /// <summary>Each row's 合计 = Σ of the listed part columns.</summary>
    public static void RowTotals(BudgetTable table, IReadOnlyList<TableColumn> parts, long perFigureFen)
    {
        foreach (var row in table.Rows.Where(r => parts.All(r.Has)))
        {
            var sum = parts.Select(c => row[c]).Sum();
            AssertNear(row.Total, sum, perFigureFen * (parts.Count + 1), $"{table.Kind} row {row.Key} 合计");
        }
    }

    /// <summary>款 = Σ 项, 类 = Σ 款 and 合计 = Σ 类, in every column of a table keyed by function code.</summary>
    public static void FunctionRollups(BudgetTable table, IEnumerable<FunctionRow> rows, SummaryRow? total, long perFigureFen)
    {
        var list = rows.ToList();
        var byCode = list.ToDictionary(r => r.Code);
        var children = list.Where(r => r.Code.Parent is not null).GroupBy(r => r.Code.Parent!.Value).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var parent in list.Where(r => r.Code.Level != FunctionLevel.Item))
        {
            Assert.True(children.ContainsKey(parent.Code), $"{table.Kind}: {parent.Code} has no children.");
            foreach (var column in parent.Columns)
            {
                var kids = children[parent.Code];
                AssertNear(parent[column], kids.Select(k => k[column]).Sum(), perFigureFen * (kids.Count + 1), $"{table.Kind} {parent.Code}.{column}");
            }
        }
        foreach (var child in list.Where(r => r.Code.Parent is { } p))
        {
            Assert.True(byCode.ContainsKey(child.Code.Parent!.Value), $"{table.Kind}: the parent of {child.Code} is missing.");
        }
        if (total is not null)
        {
            var classes = list.Where(r => r.Code.Level == FunctionLevel.Class).ToList();
            foreach (var column in total.Columns)
            {
                AssertNear(total[column], classes.Select(k => k[column]).Sum(), perFigureFen * (classes.Count + 1), $"{table.Kind} 合计.{column}");
            }
        }
    }

    /// <summary>Every rule the generators promise, within <paramref name="perFigureFen"/> of rounding per figure.</summary>
    public static void All(BudgetDisclosure d, long perFigureFen)
    {
        long t = perFigureFen;
        foreach (var kind in TableKinds.Required.Append(TableKind.OperatingExpenses).Append(TableKind.ProjectExpenditureCurrent))
        {
            Assert.True(d.Has(kind), $"missing {kind}");
        }
        Assert.Equal(2024, d.BudgetYear);
        Assert.All(d.Tables, table => Assert.Equal(d.Unit.Name, table.Header.UnitName));
        Assert.All(d.Tables, table => Assert.Equal(table.IsPrintedEmpty, table.Header.EmptyNote is not null));

        var t1 = d.RevenueExpenditureSummary!;
        var t2 = d.RevenueSummary!;
        var t3 = d.ExpenditureSummary!;
        var t4 = d.FiscalAppropriationSummary!;
        var t5 = d.GeneralBudgetExpenditure!;
        var t6 = d.GeneralBudgetBasicExpenditure!;
        var t8 = d.GovernmentFundExpenditure!;
        var t10 = d.ThreePublicExpenses!;
        var t11 = d.OperatingExpenses!;
        var t12 = d.ProjectExpenditureCurrent!;
        var t13 = d.ProjectExpenditureCarryOver;

        // Table 1.
        Money S1(SummaryLine line, TableColumn column = TableColumn.Total) => t1.Summary(line)![column];
        var currentRevenue = S1(SummaryLine.CurrentYearRevenue, TableColumn.Amount);
        var carryOver = S1(SummaryLine.CarryOverRevenue, TableColumn.Amount);
        var revenueTotal = S1(SummaryLine.RevenueGrandTotal, TableColumn.Amount);
        var spendingTotal = S1(SummaryLine.ExpenditureGrandTotal);
        AssertNear(currentRevenue, t1.RevenueLines.Select(r => r[TableColumn.Amount]).Sum(), t * 6, "T1 本年收入合计 = Σ sources");
        AssertNear(revenueTotal, currentRevenue + carryOver, t * 3, "T1 收入总计");
        AssertNear(spendingTotal, S1(SummaryLine.CurrentYearExpenditure) + S1(SummaryLine.YearEndCarryForward), t * 3, "T1 支出总计");
        AssertNear(revenueTotal, spendingTotal, t * 2, "T1 收入总计 = 支出总计");
        RowTotals(t1, [TableColumn.CurrentYear, TableColumn.CarryOver], t);
        foreach (var column in StandardColumns.TotalCurrentCarryOver)
        {
            AssertNear(S1(SummaryLine.CurrentYearExpenditure, column), t1.ExpenditureLines.Select(r => r[column]).Sum(), t * (t1.ExpenditureLines.Count + 1), $"T1 本年支出合计.{column}");
        }
        var t3Classes = t3.FunctionRows.Where(r => r.Code.Level == FunctionLevel.Class).ToDictionary(r => r.Code);
        Assert.Equal(t3Classes.Keys.Order(), t1.ExpenditureLines.Select(r => r.Code).Order());
        foreach (var line in t1.ExpenditureLines)
        {
            AssertNear(t3Classes[line.Code].Total, line.Total, t * 2, $"T1 {line.Code} = T3");
        }

        // Tables 2 and 3.
        FunctionRollups(t2, t2.FunctionRows, t2.TotalRow, t);
        RowTotals(t2, [TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital, TableColumn.FiscalSpecialAccount, TableColumn.UnitFunds], t);
        AssertNear(currentRevenue, t2.TotalRow!.Total, t * 2, "T2 合计 = T1 本年收入合计");
        AssertNear(carryOver, t2.TotalRow[TableColumn.CarryOver], t * 2, "T2 上年结转 = T1 上年结转");
        FunctionRollups(t3, t3.FunctionRows, t3.TotalRow, t);
        RowTotals(t3, [TableColumn.Basic, TableColumn.Project], t);
        AssertNear(spendingTotal, t3.TotalRow!.Total, t * 2, "T3 合计 = T1 支出总计");

        // Table 4 restates table 1 for 财政拨款.
        var fiscalTotal = t4.Summary(SummaryLine.RevenueGrandTotal)![TableColumn.Amount];
        AssertNear(fiscalTotal, t4.Summary(SummaryLine.ExpenditureGrandTotal)!.Total, t * 2, "T4 收入总计 = 支出总计");
        AssertNear(t4.Summary(SummaryLine.CurrentYearRevenue)![TableColumn.Amount], t4.RevenueLines.Select(r => r[TableColumn.Amount]).Sum(), t * 4, "T4 本年收入合计");
        AssertNear(carryOver, t4.CarryOverLines.Select(r => r[TableColumn.Amount]).Sum(), t * 4, "T4 结转 = T1 上年结转");
        RowTotals(t4, [TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital], t);
        foreach (var source in t4.RevenueLines)
        {
            AssertNear(t1.RevenueLines.Single(r => r.Source == source.Source)[TableColumn.Amount], source[TableColumn.Amount], t * 2, $"T4 {source.Source} = T1");
        }

        // Table 5 is the 一般公共预算 part of table 3 (table 2's column), without carry-over.
        FunctionRollups(t5, t5.FunctionRows, t5.TotalRow, t);
        RowTotals(t5, [TableColumn.Basic, TableColumn.Project], t);
        var t2ByCode = t2.FunctionRows.ToDictionary(r => r.Code);
        foreach (var row in t5.FunctionRows)
        {
            AssertNear(t2ByCode[row.Code][TableColumn.GeneralBudget], row.Total, t * 2, $"T5 {row.Code} = T2 一般公共预算");
        }
        AssertNear(t1.RevenueLines.Single(r => r.Source == FundSource.GeneralPublicBudget)[TableColumn.Amount], t5.TotalRow!.Total, t * 2, "T5 合计 = T1 一般公共预算");

        // Table 6: 合计 = 人员 + 公用 = T5 基本支出; classes = Σ items; 三公 and 机关运行经费.
        var t6Total = t6.TotalRow!;
        RowTotals(t6, [TableColumn.Personnel, TableColumn.Public], t);
        AssertNear(t5.TotalRow[TableColumn.Basic], t6Total.Total, t * 2, "T6 合计 = T5 基本支出");
        var classes = t6.EconomicRows.Where(r => r.IsClass).ToList();
        foreach (var column in StandardColumns.TotalPersonnelPublic)
        {
            AssertNear(t6Total[column], classes.Select(r => r[column]).Sum(), t * (classes.Count + 1), $"T6 合计.{column}");
            foreach (var cls in classes)
            {
                var items = t6.EconomicRows.Where(r => !r.IsClass && r.DepartmentCode!.Value.Class == cls.DepartmentCode!.Value).ToList();
                AssertNear(cls[column], items.Select(r => r[column]).Sum(), t * (items.Count + 1), $"T6 {cls.Name}.{column}");
            }
        }
        Money Item(string code) => t6.EconomicRows.Where(r => r.DepartmentCode?.Value == code).Select(r => r.Total).Sum();
        AssertNear(Item("30217"), t10.Reception!.Total, t * 2, "T6 公务接待费 = T10");
        AssertNear(Item("30231"), t10.VehicleOperation!.Total, t * 2, "T6 公务用车运行维护费 = T10");
        AssertNear(t10.TotalRow!.Total, t10.OverseasTravel!.Total + t10.Reception.Total + t10.Vehicles!.Total, t * 4, "T10 合计");
        AssertNear(t10.Vehicles.Total, t10.VehiclePurchase!.Total + t10.VehicleOperation.Total, t * 3, "T10 公务用车");
        AssertNear(t6Total[TableColumn.Public], t11.UnitRows.Single().Total, t * 2, "T11 = T6 公用经费");
        AssertNear(t11.UnitRows.Single().Total, t11.DetailRows.Select(r => r.Total).Sum(), t * (t11.DetailRows.Count + 1), "T11 部门合计");

        // Tables 7, 8 and 9.
        var fund = t1.RevenueLines.Single(r => r.Source == FundSource.GovernmentFundBudget)[TableColumn.Amount];
        FunctionRollups(t8, t8.FunctionRows, t8.TotalRow, t);
        AssertNear(fund, t8.TotalRow!.Total, t * 2, "T8 合计 = T1 政府性基金");
        if (d.GovernmentFundRevenue is { } t7)
        {
            AssertNear(fund, t7.TotalRow![TableColumn.Amount], t * 2, "T7 合计 = T1 政府性基金");
            Assert.Contains(t7.RevenueRows, r => r.Code.Value == "1030148");
            foreach (var row in t7.RevenueRows)
            {
                var kids = t7.RevenueRows.Where(k => k.Code.Parent == row.Code).ToList();
                if (kids.Count > 0)
                {
                    AssertNear(row.Total, kids.Select(k => k.Total).Sum(), t * (kids.Count + 1), $"T7 {row.Code}");
                }
            }
        }
        else
        {
            Assert.True(fund.IsZero);
        }
        var capital = t1.RevenueLines.Single(r => r.Source == FundSource.StateCapitalOperationBudget)[TableColumn.Amount];
        if (d.StateCapitalOperation is { } t9)
        {
            AssertNear(capital, t9.RevenueTotal![TableColumn.Amount], t * 2, "T9 收入 = T1 国有资本经营");
            AssertNear(capital, t9.ExpenditureTotal!.Total, t * 2, "T9 支出 = T1 国有资本经营");
            FunctionRollups(t9, t9.ExpenditureRows, t9.ExpenditureTotal, t);
        }
        else
        {
            Assert.True(capital.IsZero);
        }

        // Table 12: projects sum to the unit row, and by fund to table 3's 项目支出 less carry-over.
        foreach (var projects in new[] { t12, t13 }.OfType<NamedRowTable>())
        {
            var unit = projects.UnitRows.Single();
            foreach (var column in unit.Columns)
            {
                AssertNear(unit[column], projects.DetailRows.Select(r => r[column]).Sum(), t * (projects.DetailRows.Count + 1), $"{projects.Kind} unit row.{column}");
            }
            RowTotals(projects, [TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital, TableColumn.FiscalSpecialAccount, TableColumn.UnitFunds], t);
        }
        var t12Unit = t12.UnitRows.Single();
        AssertNear(t3.TotalRow[TableColumn.Project] - carryOver, t12Unit.Total, t * 3, "T12 = T3 项目支出 − 上年结转");
        AssertNear(t5.TotalRow[TableColumn.Project], t12Unit[TableColumn.GeneralBudget], t * 2, "T12 一般公共预算 = T5 项目支出");
        AssertNear(t8.TotalRow[TableColumn.Project], t12Unit[TableColumn.GovernmentFund], t * 2, "T12 政府性基金 = T8 项目支出");
        AssertNear(capital, t12Unit[TableColumn.StateCapital], t * 2, "T12 国有资本经营 = T1");
        AssertNear(carryOver, t13?.UnitRows.Single().Total ?? Money.Zero, t * 2, "T13 = T1 上年结转");

        // One sheet per project; 年度 and 实施期 funds in 元 match the project; levels sum to the total.
        var projectRows = t12.DetailRows.Concat(t13?.DetailRows ?? []).ToList();
        Assert.Equal(projectRows.Select(r => r.Name).Order(), d.ProjectSheets.Select(s => s.ProjectName).Order());
        var sheets = d.ProjectSheets.ToDictionary(s => s.ProjectName);
        foreach (var project in projectRows)
        {
            var sheet = sheets[project.Name];
            AssertNear(project.Total, sheet.AnnualFunding.Total, t, $"sheet {project.Name} 年度资金总额");
            Assert.Equal(sheet.AnnualFunding.Total, sheet.LifetimeFunding.Total);
            Assert.Equal(sheet.AnnualFunding.Total, sheet.AnnualFunding.LevelSum);
            Assert.Equal(sheet.LifetimeFunding.Total, sheet.LifetimeFunding.LevelSum);
            foreach (var indicator in sheet.AnnualIndicators.Concat(sheet.LifetimeIndicators).Select(i => i.Indicator))
            {
                Assert.True(indicator.IsWellPlaced, $"{indicator.Category}/{indicator.Subcategory}");
                if (indicator.Subcategory == IndicatorSubcategory.Cost)
                {
                    Assert.True(indicator.Value.TryGetMoney(out var cost));
                    Assert.True(cost <= sheet.AnnualFunding.Total, $"cost {cost} above funds of {project.Name}");
                }
            }
        }

        // The overall sheet matches table 1 and table 3.
        var overall = d.OverallSheet!;
        Assert.EndsWith(d.Unit.Name, overall.UnitName, StringComparison.Ordinal);
        AssertNear(spendingTotal, overall.Total, t * 2, "overall 合计 = T1");
        AssertNear(overall.Total, overall.BySource.Values.Sum(), t * (overall.BySource.Count + 1), "overall by source");
        AssertNear(overall.Total, overall.ByType.Values.Sum(), t * 3, "overall by type");
        AssertNear(t3.TotalRow[TableColumn.Basic], overall.ByType[ExpenditureType.Basic], t * 2, "overall 基本支出 = T3");
        Assert.All(overall.Indicators, i => Assert.True(i.Indicator.IsWellPlaced));
    }

    /// <summary>The facts agree with the tables: amounts to their precision, shares recomputed from the figures.</summary>
    public static void Facts(BudgetDisclosure d)
    {
        var t1 = d.RevenueExpenditureSummary!;
        var t3 = d.ExpenditureSummary!;
        ProseFact Fact(FactKind kind, FactTopic topic, FundSource? source = null) =>
            d.Facts.Single(f => f.Kind == kind && f.Subject.Topic == topic && f.Subject.Source == source && f.Subject.Code is null);
        Money Stated(ProseFact fact) => fact.Amount!.Value;

        var total = t1.Summary(SummaryLine.RevenueGrandTotal)![TableColumn.Amount];
        Assert.Equal(total, Stated(Fact(FactKind.Amount, FactTopic.TotalRevenue)));
        Assert.Equal(t3.TotalRow![TableColumn.Basic], Stated(Fact(FactKind.Amount, FactTopic.BasicExpenditure)));
        foreach (var line in t1.RevenueLines)
        {
            Assert.Equal(line[TableColumn.Amount], Stated(Fact(FactKind.Amount, FactTopic.RevenueBySource, line.Source)));
            var share = Fact(FactKind.Share, FactTopic.RevenueBySource, line.Source);
            Assert.Equal(FactTopic.TotalRevenue, share.Base!.Topic);
            Assert.Equal(2, share.Decimals);
            // 四舍五入 to two decimals of the exact quotient of the table figures.
            decimal expected = Math.Round(line[TableColumn.Amount].TotalFen * 100m / total.TotalFen, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, share.Value);
        }
        var procurement = Stated(Fact(FactKind.Amount, FactTopic.ProcurementTotal));
        Assert.Equal(procurement, Stated(Fact(FactKind.Amount, FactTopic.ProcurementGoods)) + Stated(Fact(FactKind.Amount, FactTopic.ProcurementWorks)) + Stated(Fact(FactKind.Amount, FactTopic.ProcurementServices)));
        var projects = d.ProjectExpenditureCurrent!.DetailRows.Count + (d.ProjectExpenditureCarryOver?.DetailRows.Count ?? 0);
        Assert.Equal(projects, Fact(FactKind.Count, FactTopic.PerformanceProjects).Value);
        Assert.Contains(d.Mentions, m => m.Kind == MentionKind.UnitName && m.Text == d.Unit.Name);
    }
}
