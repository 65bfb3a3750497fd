using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Tests.Serialization;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>The table kinds other provinces publish (14 to 25), the 三公 table's optional lines and the tables the
/// library does not know.</summary>
public class NewKindsTests
{
    private static readonly TableKind[] NewKindList = [.. TableKinds.All.Where(k => (int)k > 13)];

    private static BudgetDisclosure WithNewKinds() => new SmallDisclosure.Parts().AddNewKinds().Build();

    [Fact]
    public void A_consistent_disclosure_with_every_new_kind_has_no_finding_at_all()
    {
        var report = DisclosureValidator.Validate(WithNewKinds());

        Assert.Empty(report.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Every_new_kind_has_a_name_a_layout_and_builds_to_its_shape_and_none_is_required()
    {
        Assert.Equal(12, NewKindList.Length);
        foreach (var kind in NewKindList)
        {
            var layout = TableLayout.For(kind);
            var table = new TableBuilder(kind).Build();
            Assert.False(kind.IsRequired());
            Assert.False(string.IsNullOrWhiteSpace(kind.ChineseName()));
            Assert.Equal(StandardColumns.For(kind), layout.StandardColumns);
            Assert.All(layout.StandardColumns, c => Assert.True(layout.Allows(c), $"{kind} does not allow its own column {c}"));
            Type expected = layout.Shape switch
            {
                TableShape.Function => typeof(FunctionTable),
                TableShape.Economic => typeof(EconomicTable),
                TableShape.NamedRows => typeof(NamedRowTable),
                _ => typeof(object),
            };
            Assert.IsType(expected, table);
            Assert.Equal(kind, table.Kind);
        }
    }

    [Fact]
    public void The_layout_says_which_rows_a_kind_holds()
    {
        Assert.Equal(TableRowKeys.FunctionCode | TableRowKeys.SummaryLine, TableLayout.For(BasicExpenditureSummary).RowKeys);
        Assert.Equal(TableRowKeys.EconomicCode | TableRowKeys.SummaryLine, TableLayout.For(GeneralBudgetExpenditureByEconomic).RowKeys);
        Assert.Equal(TableRowKeys.Name, TableLayout.For(GovernmentProcurement).RowKeys);
        Assert.True(TableLayout.For(GovernmentProcurement).Allows(Goods));
        Assert.False(TableLayout.For(ExpenditureSummary).Allows(Services));
        Assert.Contains(SummaryLine.Meetings, TableLayout.For(ThreePublicExpenses).SummaryLines);
    }

    [Fact]
    public void Every_new_kind_round_trips_through_json_and_is_valid_under_the_schema()
    {
        var parts = new SmallDisclosure.Parts().AddNewKinds();
        parts.Others.Add(new OtherTable("2026年部门整体支出绩效目标表", [new OtherTableRow(["指标", "指标值"], 500), new OtherTableRow(["", null], 501)],
            [new OtherTableRow(["产出指标", "≥90%"], 502)], "公开14表", PublishedPrecision.WanTwoDecimals, SmallDisclosure.UnitName, 499));
        var disclosure = parts.Build();

        var json = DisclosureJson.Write(disclosure);
        var back = DisclosureJson.Read(json);

        Assert.Empty(DisclosureComparer.Differences(disclosure, back));
        Assert.Equal(json, DisclosureJson.Write(back));
        foreach (var kind in NewKindList)
        {
            Assert.Equal(disclosure[kind]!.GetType(), back[kind]!.GetType());
        }
        var schema = Json.Schema.JsonSchema.FromText(DisclosureJson.Schema);
        Assert.True(schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(json)).IsValid);
    }

    [Fact]
    public void An_unknown_table_is_kept_and_reported_as_info_only()
    {
        var table = new OtherTable("政府性基金预算“三公”经费支出表", [new OtherTableRow(["项目", "合计", "因公出国（境）费"], 430)],
            [new OtherTableRow(["合计", "", ""], 431), new OtherTableRow(["本单位无此项支出", "", ""], 432)], "表9", PublishedPrecision.WanTwoDecimals, line: 429);
        var disclosure = new SmallDisclosure.Parts().Build();
        var builder = new DisclosureBuilder(SmallDisclosure.UnitName, 2024);
        foreach (var t in disclosure.Tables) builder.AddTable(t);
        var withOther = builder.AddOtherTable(table).Build();

        Assert.Same(table, Assert.Single(withOther.OtherTables));
        var read = DisclosureJson.Read(DisclosureJson.Write(withOther));
        var kept = Assert.Single(read.OtherTables);
        Assert.Equal(["合计", "", ""], kept.Rows[0].Cells);
        Assert.Equal(432, kept.Rows[1].Line);
        Assert.Equal("表9", kept.PrintedNumber);

        var findings = DisclosureValidator.Validate(withOther).Findings.Where(f => f.RuleId == "BM-TABLE-UNRECOGNISED").ToArray();
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(FindingKind.Unknown, finding.Kind);
        Assert.Equal([429, 431, 432], finding.Location.Lines);
        Assert.Contains("政府性基金预算“三公”经费支出表", finding.Message, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ 三公 with 会议费 and 培训费

    private static BudgetTable ThreePublic(decimal total, decimal? subtotal = null, decimal meetings = 0.6m, decimal training = 0.4m)
    {
        var b = new TableBuilder(ThreePublicExpenses, SmallDisclosure.Header).WithColumns(Total)
            .Summary(SummaryLine.OverseasTravel, "因公出国（境）费", 0m)
            .Summary(SummaryLine.Reception, "公务接待费", 1m)
            .Summary(SummaryLine.Vehicles, "公务用车购置及运行费", 2m)
            .Summary(SummaryLine.VehiclePurchase, "公务用车购置费", 0m)
            .Summary(SummaryLine.VehicleOperation, "公务用车运行维护费", 2m)
            .Summary(SummaryLine.Meetings, "会议费", meetings)
            .Summary(SummaryLine.Training, "培训费", training);
        if (subtotal is { } s)
        {
            b.Summary(SummaryLine.ThreePublicSubtotal, "“三公”经费小计", s);
        }
        return b.Total(total).Build();
    }

    private static Finding[] Lines(BudgetTable t10)
    {
        var parts = new SmallDisclosure.Parts();
        parts.Tables[ThreePublicExpenses] = t10;
        return DisclosureValidator.Validate(parts.Build()).Findings.Where(f => f.RuleId == "BM-T10-LINES").ToArray();
    }

    [Theory]
    [InlineData(3.00)] // 合计 of the three alone
    [InlineData(4.00)] // a grand 合计 with 会议费 and 培训费
    [InlineData(3.01)] // drift either way stays drift
    [InlineData(3.99)]
    public void A_合计_beside_会议费_and_培训费_is_no_error_whichever_total_it_is(double total)
    {
        Assert.DoesNotContain(Lines(ThreePublic((decimal)total)), f => f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData(3.50)]
    [InlineData(5.00)]
    [InlineData(2.00)]
    public void A_合计_that_is_neither_total_is_an_error(double total)
    {
        Assert.Contains(Lines(ThreePublic((decimal)total)), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_printed_三公_subtotal_says_which_total_is_which()
    {
        Assert.Empty(Lines(ThreePublic(4m, subtotal: 3m)));
        Assert.Contains(Lines(ThreePublic(4m, subtotal: 4m)), f => f.Severity == Severity.Error && f.Message.Contains("小计", StringComparison.Ordinal));
        Assert.Contains(Lines(ThreePublic(3m, subtotal: 3m)), f => f.Severity == Severity.Error && f.Message.Contains("会议费", StringComparison.Ordinal));
    }

    [Fact]
    public void The_机关运行经费_line_of_a_merged_table_stands_in_for_表十一()
    {
        var parts = new SmallDisclosure.Parts();
        parts.Tables.Remove(OperatingExpenses);
        var t10 = SmallDisclosure.T10();
        parts.Tables[ThreePublicExpenses] = new TableBuilder(ThreePublicExpenses, SmallDisclosure.Header).Add(t10.Rows[0]).Add(t10.Rows[1]).Add(t10.Rows[2])
            .Add(t10.Rows[3]).Add(t10.Rows[4]).Summary(SummaryLine.OperatingExpenses, "机关运行经费", 10m, 10m, 0m, 0m).Add(t10.Rows[5]).Build();

        var report = DisclosureValidator.Validate(parts.Build());

        Assert.Empty(report.Findings.Select(f => f.ToString()));
    }

    // ------------------------------------------------------------------ rounding drift

    /// <summary>Amounts kept in whole 元 and published in 万元 with two decimals (四舍五入).</summary>
    private static decimal Wan(long yuan) => Math.Round(yuan / 10_000m, 2, MidpointRounding.AwayFromZero);

    /// <summary>A row of each new kind with two or three parts, its 合计 and parts each rounded from exact 元: the row
    /// and rollup rules see at most drift, never an error; a 合计 moved by more than the bound is an error.</summary>
    [Property(MaxTest = 60)]
    public Property Row_sums_of_the_new_kinds_tell_drift_from_error() =>
        Prop.ForAll(
            Gen.Elements(NewKindList.Where(k => StandardColumns.For(k).Count > 1).ToArray()).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(0, 2_000_000), 5).ToArbitrary(),
            (kind, amounts) =>
            {
                var columns = StandardColumns.For(kind);
                var yuan = amounts.Take(columns.Count - 1).Select(a => (long)a).ToArray();
                decimal[] published = [Wan(yuan.Sum()), .. yuan.Select(Wan)];
                var bound = (columns.Count - 1) * 0.005m;
                var ok = Row(kind, published);
                Assert.DoesNotContain(Validate(ok), f => f.Severity == Severity.Error && f.RuleId.StartsWith("BM-T", StringComparison.Ordinal));

                published[0] = published.Skip(1).Sum() + bound + 0.01m;
                Assert.Contains(Validate(Row(kind, published)), f => f.Severity == Severity.Error && f.RuleId == $"BM-T{(int)kind}-ROW");
            });

    private static BudgetTable Row(TableKind kind, decimal[] values)
    {
        var b = new TableBuilder(kind, SmallDisclosure.Header);
        return TableLayout.For(kind).Shape switch
        {
            TableShape.Function => b.Total(values).Function("201", "一般公共服务支出", values).Build(),
            TableShape.Economic => b.Total(values).EconomicClass("301", "工资福利支出", values).Build(),
            _ => b.Unit("合计", values).Project("项目", values).Build(),
        };
    }

    private static IReadOnlyList<Finding> Validate(BudgetTable table) =>
        DisclosureValidator.Validate(new DisclosureBuilder(SmallDisclosure.UnitName, 2024).AddTable(table).Build(),
            new ValidationOptions().Disable("BM-REQUIRED-*", "BM-CODE-*")).Findings;
}
