using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Testing.Samples;

namespace BudgetModel.Tests.Disclosure;

using Money = BudgetModel.Money; // BudgetModel.Tests.Money is a namespace

/// <summary>
/// The hand-built sample must be exact: every figure it holds is checked against the line of the published text it
/// names, so a wrong amount or a wrong line fails.
/// </summary>
public class Fenyang2024SampleTests
{
    private static readonly BudgetDisclosure Sample = Fenyang2024.Build();

    [Fact]
    public void Sample_has_the_unit_and_the_year_of_the_seed()
    {
        Assert.Equal("汾阳市工业和信息化局", Sample.Unit.Name);
        Assert.Equal("209001", Sample.Unit.Code);
        Assert.Equal(DisclosureLevel.Unit, Sample.Unit.Level);
        Assert.Equal(2024, Sample.BudgetYear);
        Assert.Equal(new StaffFigures(InternalDepartments: 7, AuthorizedStaff: 17, ActualStaff: 18), Sample.Unit.Staff);
        Assert.Contains(Sample.Unit.Duties!, SeedText.Line(48), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_has_13_tables_in_print_order_21_sheets_and_20_current_projects()
    {
        Assert.Equal(TableKinds.Seed, Sample.Tables.Select(t => t.Kind));
        Assert.Empty(Sample.OtherTables);
        Assert.Equal(21, Sample.ProjectSheets.Count);
        Assert.Equal(20, Sample.ProjectExpenditureCurrent!.DetailRows.Count);
        Assert.Single(Sample.ProjectExpenditureCarryOver!.DetailRows);
        Assert.Equal(2, Sample.ProjectExpenditureCarryOver.UnitRows.Count); // printed twice
        Assert.NotNull(Sample.OverallSheet);
    }

    [Fact]
    public void Sample_has_every_section_of_the_seed()
    {
        Assert.Equal(Enum.GetValues<DisclosureSection>().ToHashSet(), Sample.Sections.ToHashSet());
    }

    [Fact]
    public void Every_table_header_points_at_its_printed_title_and_knows_its_unit()
    {
        foreach (var table in Sample.Tables)
        {
            var header = table.Header;
            Assert.Equal(PublishedPrecision.WanTwoDecimals, header.Precision);
            Assert.Equal(header.Title, SeedText.Line(header.Line!.Value));
            Assert.Equal("单位名称：" + header.UnitName, SeedText.Line(header.Line.Value + 2));
            Assert.Equal("单位：万元", SeedText.Line(header.Line.Value + 4));
            if (header.PrintedNumber is { } number)
            {
                Assert.Equal(number, SeedText.Line(header.Line.Value - 2));
            }
        }
        Assert.Equal(
            ["预算公开表1", "部门公开表9", "预算公开表10"],
            Sample.Tables.Where(t => t.Header.PrintedNumber is not null).Select(t => t.Header.PrintedNumber));
    }

    [Fact]
    public void Every_non_zero_cell_is_printed_with_two_decimals_on_its_source_line()
    {
        var cells = Sample.Cells().ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells.Where(c => !c.Amount.IsZero))
        {
            string printed = cell.Amount.In(MoneyUnit.Wan).ToString("0.00", CultureInfo.InvariantCulture);
            Assert.True(
                SeedText.Line(cell.Line!.Value).Contains(printed, StringComparison.Ordinal),
                $"{cell.Location}: line {cell.Line} does not print {printed}");
        }
    }

    [Fact]
    public void Every_cell_is_printed_in_its_column_empty_when_zero()
    {
        // Cell by cell: the amounts of a row follow its label cells on the tab-separated line, in column order; where a
        // line prints two sides (tables 1, 4 and 9), the expenditure side starts after the revenue side's cells.
        foreach (var table in Sample.Tables)
        {
            foreach (var row in table.Rows)
            {
                string[] cells = SeedText.Line(row.Line!.Value).Split('\t');
                int first = FirstAmountCell(table.Kind, row, cells);
                for (int c = 0; c < row.Columns.Count; c++)
                {
                    string printed = first + c < cells.Length ? cells[first + c] : string.Empty;
                    string expected = row.Values[c].IsZero ? string.Empty : row.Values[c].In(MoneyUnit.Wan).ToString("0.00", CultureInfo.InvariantCulture);
                    Assert.True(expected == printed, $"{table.Kind}[{row.Key}].{row.Columns[c]} is {expected}, line {row.Line} prints '{printed}'");
                }
            }
        }
    }

    private static int FirstAmountCell(TableKind kind, TableRow row, string[] cells)
    {
        bool rightSide = kind switch
        {
            TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary =>
                row is FunctionRow || row is SummaryRow { SummaryLine: SummaryLine.CurrentYearExpenditure or SummaryLine.YearEndCarryForward or SummaryLine.ExpenditureGrandTotal },
            TableKind.StateCapitalOperation => row is FunctionRow || row.Role == RowRole.Total,
            _ => false,
        };
        int side = !rightSide ? 0 : kind == TableKind.StateCapitalOperation ? 3 : 2;
        int name = Array.IndexOf(cells, row.Name, side);
        if (name < 0)
        {
            return side + 2; // table 9's expenditure 合计: the code and name cells are blank
        }
        bool codeAndNameColumns = kind is not (TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary or TableKind.ThreePublicExpenses)
            && row is SummaryRow { Name: "合计" };
        return row is EconomicRow || codeAndNameColumns ? name + 2 : name + 1;
    }

    [Fact]
    public void Every_row_is_printed_on_its_line_within_its_table()
    {
        var starts = Sample.Tables.Select(t => t.Header.Line!.Value).Append(425).ToArray(); // 425: 第三部分
        for (int i = 0; i < Sample.Tables.Count; i++)
        {
            var lines = Sample.Tables[i].Rows.Select(r => r.Line!.Value).ToArray();
            Assert.All(lines, line => Assert.InRange(line, starts[i] + 1, starts[i + 1] - 1));
            Assert.Equal(lines.Order(), lines); // print order
            foreach (var row in Sample.Tables[i].Rows)
            {
                string text = SeedText.Line(row.Line!.Value);
                Assert.Contains(row.Name, text, StringComparison.Ordinal);
                if (row is EconomicRow { GovernmentName: { } governmentName })
                {
                    Assert.Contains(governmentName, text, StringComparison.Ordinal);
                }
                if (row is RevenueCodeRow revenue)
                {
                    Assert.StartsWith(revenue.Code.Value + "\t", text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Function_rows_print_their_code_except_in_the_tables_that_print_names_only()
    {
        foreach (var table in Sample.Tables)
        {
            foreach (var row in table.Rows.OfType<FunctionRow>())
            {
                string text = SeedText.Line(row.Line!.Value);
                if (table.Kind is TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary)
                {
                    Assert.DoesNotContain(row.Code.Value, text, StringComparison.Ordinal);
                }
                else
                {
                    Assert.Contains(row.Code.Value + "\t" + row.Name + "\t", text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Table_one_gives_the_thirty_catalog_classes_their_codes_in_order()
    {
        var lines = Sample.RevenueExpenditureSummary!.ExpenditureLines;
        Assert.Equal(30, lines.Count);
        Assert.Equal("201", lines[0].Code.Value);
        Assert.Equal("一、一般公共服务支出", lines[0].Name);
        Assert.Equal("215", lines[14].Code.Value);
        Assert.Equal("十五、资源勘探工业信息等支出", lines[14].Name);
        Assert.Equal("234", lines[29].Code.Value);
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.First.Code < p.Second.Code));
        Assert.Equal(Money.FromWan(3232.37m), lines[14][TableColumn.CarryOver]);
    }

    [Fact]
    public void An_empty_cell_is_zero()
    {
        var table1 = Sample.RevenueExpenditureSummary!;
        Assert.True(table1.ExpenditureLines[1].IsBlank); // 二、外交支出, all cells empty
        Assert.Equal(Money.Zero, table1.ExpenditureLines[0][TableColumn.CarryOver]); // 一、一般公共服务支出 上年结转安排
        Assert.Equal(Money.Zero, Sample.RevenueSummary!.TotalRow![TableColumn.UnitFunds]);
    }

    [Fact]
    public void Every_sheet_points_at_its_title_project_name_and_funds()
    {
        foreach (var sheet in Sample.ProjectSheets)
        {
            int line = sheet.Line!.Value;
            Assert.Equal("汾阳市县(区)级预算部门(单位)项目支出绩效目标表", SeedText.Line(line));
            Assert.Equal("项目名称\t\t" + sheet.ProjectName, SeedText.Line(line + 4).TrimEnd('\t'));
            foreach (var funding in new[] { sheet.LifetimeFunding, sheet.AnnualFunding })
            {
                string text = SeedText.Line(funding.Line!.Value).Replace(",", "", StringComparison.Ordinal);
                Assert.Contains("资金总额", text, StringComparison.Ordinal);
                Assert.Contains(Printed(funding.Total.Yuan), text, StringComparison.Ordinal);
                Assert.DoesNotContain(FundingLevel.Other, funding.ByLevel.Keys); // 其他资金 is printed empty everywhere
            }
            Assert.Equal(sheet.Details.DepartmentName, sheet.Details.ImplementingUnit);
            Assert.Equal("209", sheet.Details.DepartmentCode);
        }
    }

    [Fact]
    public void Every_indicator_is_printed_on_its_line()
    {
        var indicators = Sample.ProjectSheets
            .SelectMany(s => s.LifetimeIndicators.Concat(s.AnnualIndicators))
            .Concat(Sample.OverallSheet!.Indicators)
            .ToList();
        Assert.NotEmpty(indicators);
        foreach (var (indicator, line) in indicators)
        {
            string text = SeedText.Line(line!.Value);
            Assert.Contains(indicator.Name, text, StringComparison.Ordinal);
            Assert.Contains(indicator.Value.Text, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_prose_fact_is_stated_on_its_line()
    {
        Assert.NotEmpty(Sample.Facts);
        foreach (var fact in Sample.Facts)
        {
            string text = SeedText.Line(fact.Line!.Value);
            Assert.Contains(fact.Excerpt!, text, StringComparison.Ordinal);
            string excerpt = fact.Excerpt!.Replace(",", "", StringComparison.Ordinal);
            Assert.True(excerpt.Contains(Math.Abs(fact.Value).ToString(CultureInfo.InvariantCulture) + fact.Unit, StringComparison.Ordinal), $"{fact.Subject}: '{fact.Excerpt}' does not state {fact.Value}{fact.Unit}");
        }
    }

    [Fact]
    public void Every_mention_is_printed_on_its_line()
    {
        Assert.NotEmpty(Sample.Mentions);
        foreach (var mention in Sample.Mentions)
        {
            Assert.Contains(mention.Text, SeedText.Line(mention.Line!.Value), StringComparison.Ordinal);
        }
        Assert.Single(Sample.Mentions, m => m.Text == "汾阳市工业和和信息化局");
        Assert.Equal(21, Sample.Mentions.Count(m => m.Context?.StartsWith("project sheet", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Genuine_mistakes_of_the_seed_are_kept_as_printed()
    {
        var business = Sample.ProjectSheets.Single(s => s.ProjectName == "业务经费");
        Assert.Equal(Money.FromYuan(94_500m), business.LifetimeFunding.Total);
        Assert.Equal(Money.FromYuan(88_500m), business.AnnualFunding.Total);

        var specific = Sample.Facts
            .Where(f => f.Kind == FactKind.Amount && f.Subject.Category == ProjectCategory.SpecificPurpose)
            .Select(f => f.Value);
        Assert.Equal([6225.45m, 6255.45m], specific);

        var table9Revenue = Sample.StateCapitalOperation!.RevenueRows.Select(r => r.Code.Value);
        Assert.Equal(["223", "22301", "2230105"], table9Revenue);
    }

    [Fact]
    public void Overall_sheet_holds_staff_and_funds_as_printed()
    {
        var sheet = Sample.OverallSheet!;
        Assert.Equal("209001-汾阳市工业和信息化局", sheet.UnitName);
        Assert.Equal(new StaffFigures(7, 1, 17, 18, 16, 2), sheet.Staff);
        Assert.Equal(Money.FromWan(6542.05m), sheet.Total);
        Assert.Equal(Money.FromWan(4156.93m), sheet.BySource[FundSource.GeneralPublicBudget]);
        Assert.Equal(sheet.Total, sheet.ByType.Values.Sum());
    }

    private static string Printed(decimal yuan) =>
        yuan == decimal.Truncate(yuan) ? decimal.Truncate(yuan).ToString(CultureInfo.InvariantCulture) : yuan.ToString("0.##", CultureInfo.InvariantCulture);
}
