using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Testing.Generators;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Validation;

/// <summary>The defects of issue 16, each stated as the behaviour it should have had.</summary>
public class Issue16DefectTests
{
    // ------------------------------------------------------------ ProseFact.Amount

    [Fact]
    public void A_prose_amount_beyond_money_is_no_amount_and_a_clear_prose_finding_not_a_failed_rule()
    {
        var huge = new ProseFact(FactKind.Amount, new FactSubject(FactTopic.TotalRevenue), 1e20m, "万元", 2, Line: 7);
        Assert.Null(huge.Amount);
        Assert.True(huge.IsAmountOutOfRange);
        Assert.Null(huge.Precision is null ? null : huge.Amount); // reading it again does not throw either

        var parts = new SmallDisclosure.Parts();
        parts.Facts.Add(huge);
        parts.Facts.Add(huge with { Kind = FactKind.ChangeAmount, Value = -1e20m });
        var report = DisclosureValidator.Validate(parts.Build());

        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("failed on this disclosure", StringComparison.Ordinal));
        var findings = report.Findings.Where(f => f.RuleId == "BM-PROSE-AMOUNT" && f.Message.Contains("beyond the range", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal((Severity.Error, FindingKind.Unknown, 7), (f.Severity, f.Kind, f.Location.Lines.Single())));
    }

    [Fact]
    public void A_prose_amount_beyond_money_read_from_json_validates_to_the_clear_finding()
    {
        var parts = new SmallDisclosure.Parts();
        parts.Facts.Add(new ProseFact(FactKind.Amount, new FactSubject(FactTopic.TotalExpenditure), 123456789012345678901234m, "元", 0, Line: 3));
        var read = DisclosureJson.Read(DisclosureJson.Write(parts.Build()));
        var report = DisclosureValidator.Validate(read);
        Assert.Contains(report.Findings, f => f.RuleId == "BM-PROSE-AMOUNT" && f.Message.Contains("beyond the range", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("failed on this disclosure", StringComparison.Ordinal));
    }

    [Property(MaxTest = 200)]
    public Property A_prose_amount_follows_its_value_and_unit_through_with() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Elements("元", "万元", "亿元", "%", "个").ToArbitrary(), (hundredths, unit) =>
        {
            var fact = new ProseFact(FactKind.Amount, new FactSubject(FactTopic.TotalRevenue), 1m, "万元", 2);
            decimal value = hundredths / 100m;
            var changed = fact with { Value = value, Unit = unit };
            BudgetModel.Money? expected = unit switch
            {
                "元" => BudgetModel.Money.FromYuan(value),
                "万元" => BudgetModel.Money.FromWan(value),
                "亿元" => BudgetModel.Money.From(value, MoneyUnit.Yi),
                _ => null,
            };
            Assert.Equal(expected, changed.Amount);
            Assert.Equal(BudgetModel.Money.FromWan(1m), fact.Amount);
        });

    // ------------------------------------------------------------ TableRow columns

    [Fact]
    public void A_row_keeps_its_own_copy_of_the_columns()
    {
        var columns = new List<TableColumn> { TableColumn.Total, TableColumn.Basic, TableColumn.Project };
        var row = new FunctionRow(FunctionCode.Parse("208"), "社会保障和就业支出", columns, [BudgetModel.Money.FromWan(3m), BudgetModel.Money.FromWan(1m), BudgetModel.Money.FromWan(2m)]);
        columns[1] = TableColumn.Project;
        columns[2] = TableColumn.Basic;
        Assert.Equal([TableColumn.Total, TableColumn.Basic, TableColumn.Project], row.Columns);
        Assert.Equal(BudgetModel.Money.FromWan(1m), row[TableColumn.Basic]);

        TableColumn[] array = [TableColumn.Total, TableColumn.Basic, TableColumn.Project];
        var second = new FunctionRow(FunctionCode.Parse("208"), "社会保障和就业支出", array, [BudgetModel.Money.FromWan(3m), BudgetModel.Money.FromWan(1m), BudgetModel.Money.FromWan(2m)]);
        Assert.False(second.Columns is TableColumn[], "the row's list cannot be cast back to a writable array");
        array[1] = TableColumn.Project;
        Assert.Equal(TableColumn.Basic, second.Columns[1]);
        // A row made from the array after the change sees the change, the first row does not.
        var third = new FunctionRow(FunctionCode.Parse("208"), "社会保障和就业支出", array, [BudgetModel.Money.FromWan(3m), BudgetModel.Money.FromWan(1m), BudgetModel.Money.FromWan(2m)]);
        Assert.Equal(TableColumn.Project, third.Columns[1]);
        Assert.Equal(TableColumn.Basic, second.Columns[1]);
    }

    // ------------------------------------------------------------ FindingLocation equality

    [Fact]
    public void Finding_locations_with_equal_lines_and_cells_are_equal_with_equal_hash_codes()
    {
        var cell = new CellLocation(TableKind.ExpenditureSummary, 2, "20805", TableColumn.Total);
        FindingLocation Make(int line, CellLocation c) => new(TableKind.ExpenditureSummary, "20805", Column: TableColumn.Total)
        {
            Lines = new List<int> { 12, line },
            Cells = new List<CellLocation> { c },
        };
        var a = Make(14, cell);
        var b = Make(14, cell with { RowKey = new string("20805".ToCharArray()) });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Make(15, cell));
        Assert.NotEqual(a, Make(14, cell with { Column = TableColumn.Basic }));
        Assert.NotEqual(a, a with { Lines = [14, 12] });
        Assert.NotEqual(a, a with { Code = "20805" });

        var finding = new Finding("BM-X", Severity.Error, FindingKind.Inconsistency, "m", a) { Expected = 1m, Actual = 2m, Unit = "万元" };
        Assert.Equal(finding, finding with { Location = b });
    }

    // ------------------------------------------------------------ ValidationOptions.Disable

    [Fact]
    public void Disabling_an_unknown_rule_id_throws_naming_it()
    {
        var e = Assert.Throws<UnknownRuleIdException>(() => ValidationOptions.Default.Disable("BM-NOPE"));
        Assert.Equal("BM-NOPE", e.RuleId);
        Assert.Contains("BM-NOPE", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(e);

        var typo = Assert.Throws<UnknownRuleIdException>(() => ValidationOptions.Default.Disable("BM-PERF-CST"));
        Assert.Contains("did you mean BM-PERF-COST?", typo.Message, StringComparison.Ordinal);

        var prefix = Assert.Throws<UnknownRuleIdException>(() => ValidationOptions.Default.Disable("BM-NOPE-*"));
        Assert.Equal("BM-NOPE-*", prefix.RuleId);
    }

    [Fact]
    public void Disable_takes_known_ids_in_any_case_prefixes_and_the_callers_own_rules()
    {
        var options = ValidationOptions.Default.Disable("bm-t3-rollup", "BM-PROSE-*", DisclosureValidator.CulpritRuleId);
        Assert.True(options.IsDisabled("BM-T3-ROLLUP"));
        Assert.True(options.IsDisabled("BM-PROSE-SHARE"));
        Assert.True(options.IsDisabled(DisclosureValidator.CulpritRuleId));
        Assert.False(options.IsDisabled("BM-T1-BALANCE"));

        var own = new OwnRule();
        Assert.Throws<UnknownRuleIdException>(() => ValidationOptions.Default.Disable(own.Id));
        var withOwn = (ValidationOptions.Default with { AdditionalRules = [own] }).Disable(own.Id);
        Assert.True(withOwn.IsDisabled(own.Id));
        Assert.DoesNotContain(DisclosureValidator.Validate(SmallDisclosure.Build(), withOwn).Findings, f => f.RuleId == own.Id);
    }

    private sealed class OwnRule : IDisclosureRule
    {
        public string Id => "ACME-ALWAYS";

        public string Title => "Always reports";

        public string ChineseTitle => "总是报告";

        public void Check(ValidationContext context) =>
            context.Report(new Finding(Id, Severity.Info, FindingKind.Unknown, "always", FindingLocation.Document));
    }

    // ------------------------------------------------------------ BM-CULPRIT

    [Property(MaxTest = 40)]
    public Property No_two_culprit_findings_are_the_same() =>
        Prop.ForAll(
            DisclosureGenerators.Consistent().Generator
                .SelectMany(d => DisclosureGenerators.Perturbation(d).SelectMany(p => DisclosureGenerators.Perturbation(d).Select(q => d.WithCell(p.Cell, p.NewValue).WithCell(q.Cell, q.NewValue))))
                .ToArbitrary(),
            changed =>
            {
                var culprits = DisclosureValidator.Validate(changed).Findings.Where(f => f.RuleId == DisclosureValidator.CulpritRuleId).ToArray();
                Assert.Equal(culprits.Length, culprits.Distinct().Count());
            });

    [Fact]
    public void Changing_any_one_cell_of_the_small_disclosure_or_the_seed_gives_no_two_culprit_findings_alike()
    {
        foreach (var d in new[] { SmallDisclosure.Build(), BudgetModel.Testing.Samples.Fenyang2024.Build() })
        {
            foreach (var cell in d.Cells())
            {
                var changed = d.WithCell(cell.Location, cell.Amount + BudgetModel.Money.FromWan(1m));
                var culprits = DisclosureValidator.Validate(changed).Findings.Where(f => f.RuleId == DisclosureValidator.CulpritRuleId).ToArray();
                var alike = culprits.GroupBy(f => (f.Message, f.Location)).Where(g => g.Count() > 1).Select(g => g.Key.Message).ToArray();
                Assert.True(alike.Length == 0, $"{cell.Location}: {string.Join("\n", alike)}");
            }
        }
    }

    /// <summary>The README's excerpt of table 3: 2080506 printed 11.00 for 11.90, so 20805 is broken in 合计 and
    /// 基本支出.</summary>
    internal static BudgetDisclosure PensionExcerpt() =>
        new DisclosureBuilder("汾阳市工业和信息化局", 2024)
            .AddTable(new TableBuilder(TableKind.ExpenditureSummary)
                .Total(52.84m, 52.84m, 0m)
                .Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m)
                .Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m)
                .Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m)
                .Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m)
                .Function("2080506", "机关事业单位职业年金缴费支出", 11.00m, 11.00m, 0m)
                .Build())
            .Build();

    [Fact]
    public void One_broken_rollup_of_a_disclosure_built_in_code_gets_one_culprit_finding()
    {
        var disclosure = PensionExcerpt();
        foreach (var options in new[] { ValidationOptions.Default, ValidationOptions.RollupsOnly })
        {
            var report = DisclosureValidator.Validate(disclosure, options);
            // Two broken columns of row 20805 (合计 and 基本支出: 2080506 is wrong in both): one culprit finding naming both.
            var culprit = Assert.Single(report.Findings, f => f.RuleId == DisclosureValidator.CulpritRuleId);
            Assert.Contains("the 2 inconsistencies (BM-T3-ROLLUP) at row 20805, column 合计; row 20805, column 基本支出", culprit.Message, StringComparison.Ordinal);
            Assert.Equal(8, culprit.Location.Cells.Count);
        }
    }

    // ------------------------------------------------------------ DisclosureBuilder

    [Theory]
    [InlineData(0)]
    [InlineData(1948)]
    [InlineData(2201)]
    public void A_budget_year_out_of_range_says_the_allowed_years(int year)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureBuilder("x", year));
        Assert.Equal("budgetYear", e.ParamName);
        Assert.Contains($"{DisclosureBuilder.MinYear} to {DisclosureBuilder.MaxYear}", e.Message, StringComparison.Ordinal);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Equal((1949, 2200), (DisclosureBuilder.MinYear, DisclosureBuilder.MaxYear));
        _ = new DisclosureBuilder("x", DisclosureBuilder.MinYear);
        _ = new DisclosureBuilder("x", DisclosureBuilder.MaxYear);
    }
}
