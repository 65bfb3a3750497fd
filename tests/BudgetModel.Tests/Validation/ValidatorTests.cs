using BudgetModel.Disclosure;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static BudgetModel.Disclosure.TableColumn;
using static BudgetModel.Disclosure.TableKind;

namespace BudgetModel.Tests.Validation;

/// <summary>Rounding drift against error, culprit search, the strict path, determinism, rule catalog and options.</summary>
public class ValidatorTests
{
    private static readonly ValidationOptions OnlyTables = ValidationOptions.Default.Disable("BM-REQUIRED-*", "BM-CULPRIT");

    /// <summary>A project table whose unit row is Σ of n projects of 1.00 万元 plus k × 0.01 万元.</summary>
    internal static BudgetDisclosure ProjectsOff(int n, int k)
    {
        var b = new TableBuilder(ProjectExpenditureCurrent).WithColumns(Total, GeneralBudget)
            .Unit("单位", n + k * 0.01m, n + k * 0.01m);
        for (int i = 0; i < n; i++)
        {
            b.Project("项目" + i, 1m, 1m);
        }
        return new DisclosureBuilder("单位", 2024).AddTable(b.Build()).Build();
    }

    [Property]
    public Property Drift_within_n_half_units_is_info_beyond_it_error() =>
        Prop.ForAll(Gen.Choose(1, 30).ToArbitrary(), Gen.Choose(-40, 40).ToArbitrary(), (n, k) =>
        {
            var findings = DisclosureValidator.Validate(ProjectsOff(n, k), OnlyTables).Findings
                .Where(f => f.RuleId == "BM-T12-UNIT" && f.Location.Column == Total).ToArray();
            // n parts of 0.005 万元 each: |k| × 0.01 ≤ n × 0.005 ⇔ 2|k| ≤ n.
            if (k == 0)
            {
                return findings.Length == 0;
            }
            var expected = 2 * Math.Abs(k) <= n ? Severity.Info : Severity.Error;
            return findings.Length == 1 && findings[0].Severity == expected
                && findings[0].Kind == (expected == Severity.Info ? FindingKind.RoundingDrift : FindingKind.Inconsistency)
                && findings[0].Bound == RoundingBound.Of(PublishedPrecision.WanTwoDecimals, n)
                && findings[0].Difference == k * 0.01m && findings[0].Unit == "万元";
        });

    [Theory]
    [InlineData(2, 1, Severity.Info)]   // 0.01 against 2 × 0.005: at the edge, drift
    [InlineData(2, 2, Severity.Error)]  // 0.02 against 0.01
    [InlineData(3, 1, Severity.Info)]
    [InlineData(4, 2, Severity.Info)]   // 0.02 against 0.02
    [InlineData(4, 3, Severity.Error)]
    public void Bound_edge(int parts, int hundredths, Severity expected)
    {
        var finding = Assert.Single(DisclosureValidator.Validate(ProjectsOff(parts, hundredths), OnlyTables).Findings,
            f => f.RuleId == "BM-T12-UNIT" && f.Location.Column == Total);

        Assert.Equal(expected, finding.Severity);
        Assert.Equal(parts * 0.005m, finding.Bound!.Value.Wan);
    }

    [Fact]
    public void A_relation_finding_names_its_cells_lines_and_amounts()
    {
        var parts = new SmallDisclosure.Parts().Set(ExpenditureSummary, "2150501", Basic, 51m);

        var finding = Assert.Single(DisclosureValidator.Validate(parts.Build()).Findings, f => f.RuleId == "BM-T3-ROW");

        Assert.Equal(ExpenditureSummary, finding.Location.Table);
        Assert.Equal("2150501", finding.Location.Code);
        Assert.Equal(Total, finding.Location.Column);
        Assert.Equal([52], finding.Location.Lines);
        Assert.Equal([Total, Basic, Project], finding.Location.Cells.Select(c => c.Column));
        Assert.All(finding.Location.Cells, c => Assert.Equal("2150501", c.RowKey));
        Assert.Equal(50m, finding.Actual);
        Assert.Equal(51m, finding.Expected);
        Assert.Equal(-1m, finding.Difference);
        Assert.Equal("万元", finding.Unit);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData(ExpenditureSummary, "2150517", Total, 30, 35)]
    [InlineData(RevenueSummary, "2080505", GeneralBudget, 40, 41.5)]
    [InlineData(GeneralBudgetBasicExpenditure, "30201", Total, 7, 9)]
    public void The_culprit_is_the_changed_cell_with_the_value_that_fixes_every_relation(TableKind kind, string row, TableColumn column, decimal original, decimal changed)
    {
        var parts = new SmallDisclosure.Parts().Set(kind, row, column, changed);

        var report = DisclosureValidator.Validate(parts.Build());

        Assert.True(report.Findings.Count(f => f.Severity == Severity.Error) >= 2, "one wrong figure breaks several relations");
        var culprit = Assert.Single(report.Findings, f => f.Kind == FindingKind.Culprit);
        Assert.Equal(Severity.Warning, culprit.Severity);
        var cell = Assert.Single(culprit.Location.Cells);
        Assert.Equal((kind, row, column), (cell.Table, cell.RowKey, cell.Column));
        Assert.Equal(original, culprit.Expected);
        Assert.Equal(changed, culprit.Actual);
    }

    [Fact]
    public void Two_wrong_cells_in_one_group_are_no_single_culprit()
    {
        var parts = new SmallDisclosure.Parts()
            .Set(ExpenditureSummary, "2150517", Total, 35m)
            .Set(ExpenditureSummary, "2150501", Total, 52m);

        var culprit = Assert.Single(DisclosureValidator.Validate(parts.Build()).Findings, f => f.Kind == FindingKind.Culprit);

        Assert.Equal(Severity.Info, culprit.Severity);
        Assert.Contains("No single cell", culprit.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public Property Any_changed_table_cell_is_detected() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 100_000).ToArbitrary(), (pick, hundredths) =>
        {
            var consistent = SmallDisclosure.Build();
            var cells = consistent.Cells().ToArray();
            var cell = cells[pick % cells.Length];
            // At least 1.01 万元: beyond every rounding bound of the small disclosure (a few rows of ±0.005 万元), so the
            // change is an error, not drift (a change of 15 元 in a table of 万元 is drift and rightly not an error).
            var changed = consistent.WithCell(cell.Location, cell.Amount + BudgetModel.Money.FromFen((100L + hundredths) * 10_000L));
            return DisclosureValidator.Validate(changed).Findings.Any(f => f.Severity == Severity.Error && f.Location.Cells.Contains(cell.Location));
        });

    [Theory]
    [InlineData(ExpenditureSummary, "2150517", Total, 35)]
    [InlineData(RevenueSummary, "215", Total, 99)]
    [InlineData(GeneralBudgetExpenditure, "21505", Total, 12)]
    public void Tables_out_of_code_order_give_the_same_findings(TableKind kind, string row, TableColumn column, int wan)
    {
        // Rollups and cross-table comparisons walk tables printed in code order side by side, and use code indexes
        // otherwise: both ways must find the same inconsistencies.
        var inOrder = new SmallDisclosure.Parts().Set(kind, row, column, wan).Build();
        var shuffled = inOrder;
        foreach (var table in inOrder.Tables.Where(t => t.Rows.OfType<FunctionRow>().Count() > 1))
        {
            var builder = new TableBuilder(table.Kind, table.Header);
            foreach (var r in table.Rows.Reverse())
            {
                builder.Add(r);
            }
            shuffled = shuffled.WithTable(builder.Build());
        }

        static string[] Key(ValidationReport report) =>
            // Not the message: it lists the parts of a sum in print order.
            report.Findings.Where(f => f.Kind != FindingKind.Culprit)
                .Select(f => $"{f.RuleId} {f.Severity} {f.Location.Table} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual} {f.Bound}")
                .Order(StringComparer.Ordinal).ToArray();
        var expected = Key(DisclosureValidator.Validate(inOrder));
        Assert.Contains(expected, f => f.Contains("Error", StringComparison.Ordinal));
        Assert.Equal(expected, Key(DisclosureValidator.Validate(shuffled)));
    }

    [Fact]
    public void EnsureValid_returns_a_valid_disclosure_and_throws_with_every_finding_otherwise()
    {
        var valid = SmallDisclosure.Build();
        Assert.Same(valid, DisclosureValidator.EnsureValid(valid));

        var invalid = new SmallDisclosure.Parts().Set(ExpenditureSummary, "2150517", Total, 35m).Build();
        var report = DisclosureValidator.Validate(invalid);
        var e = Assert.Throws<DisclosureValidationException>(() => DisclosureValidator.EnsureValid(invalid));

        Assert.Equal(report.Findings.Select(f => f.ToString()), e.Report.Findings.Select(f => f.ToString()));
        Assert.All(report.Findings.Where(f => f.Severity == Severity.Error), f => Assert.Contains(f.ToString(), e.Message, StringComparison.Ordinal));
        Assert.IsAssignableFrom<BudgetModelException>(e);
    }

    [Fact]
    public void Reports_are_deterministic_and_sorted()
    {
        var a = DisclosureValidator.Validate(BudgetModel.Testing.Samples.Fenyang2024.Build());
        var b = DisclosureValidator.Validate(BudgetModel.Testing.Samples.Fenyang2024.Build());

        Assert.Equal(a.Findings.Select(f => f.ToString()), b.Findings.Select(f => f.ToString()));
        Assert.Equal(a.Findings.Select(f => f.Severity).OrderByDescending(s => s), a.Findings.Select(f => f.Severity));
        Assert.Equal(a.Findings.Count, a.Errors + a.Warnings + a.Infos);
    }

    private sealed class Crashing : IDisclosureRule
    {
        public string Id => "TEST-CRASH";

        public string Title => "Crashes";

        public string ChineseTitle => "崩溃";

        public void Check(ValidationContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class Reporting : IDisclosureRule
    {
        public string Id => "TEST-REPORT";

        public string Title => "Reports one warning";

        public string ChineseTitle => "报告";

        public void Check(ValidationContext context) =>
            context.Report(new Finding(Id, Severity.Warning, FindingKind.Mismatch, "custom", FindingLocation.Document));
    }

    [Fact]
    public void A_crashing_rule_becomes_an_error_finding_and_the_others_still_run()
    {
        var options = ValidationOptions.Default with { AdditionalRules = [new Crashing(), new Reporting()] };

        var report = DisclosureValidator.Validate(SmallDisclosure.Build(), options);

        var crash = Assert.Single(report.Findings, f => f.RuleId == "TEST-CRASH");
        Assert.Equal(Severity.Error, crash.Severity);
        Assert.Contains("boom", crash.Message, StringComparison.Ordinal);
        Assert.Single(report.Findings, f => f.RuleId == "TEST-REPORT");
    }

    [Fact]
    public void Disabled_rules_do_not_run_and_prefixes_disable_families()
    {
        var broken = new SmallDisclosure.Parts().Set(ExpenditureSummary, "2150517", Total, 35m).Build();

        var report = DisclosureValidator.Validate(broken, ValidationOptions.Default.Disable("BM-T3-ROW", "BM-X-*", DisclosureValidator.CulpritRuleId));

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "BM-T3-ROW" || f.RuleId.StartsWith("BM-X-", StringComparison.Ordinal) || f.Kind == FindingKind.Culprit);
        Assert.Contains(report.Findings, f => f.RuleId == "BM-T3-ROLLUP");
        Assert.True(ValidationOptions.Default.Disable("BM-PROSE-*").IsDisabled("BM-PROSE-SHARE"));
        Assert.False(ValidationOptions.Default.Disable("BM-PROSE-*").IsDisabled("BM-PERF-COST"));
    }

    [Fact]
    public void Import_findings_join_the_report()
    {
        var import = new Finding("IMPORT-CELL", Severity.Warning, FindingKind.Import, "unreadable cell", FindingLocation.Document with { Lines = [7] });
        var disclosure = new DisclosureBuilder("单位", 2024).AddImportFinding(import).Build();

        Assert.Contains(import, DisclosureValidator.Validate(disclosure).Findings);
    }

    [Fact]
    public void The_rule_catalog_has_unique_ids_titles_and_a_section_in_the_docs()
    {
        var ids = DisclosureRules.All.Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(DisclosureRules.All, r =>
        {
            Assert.Matches("^BM-[A-Z0-9-]+$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.ChineseTitle));
            Assert.Same(r, DisclosureRules.Find(r.Id));
        });
        Assert.Null(DisclosureRules.Find("BM-NO-SUCH-RULE"));

        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));
        Assert.All(ids.Append(DisclosureValidator.CulpritRuleId), id => Assert.Contains("`" + id + "`", docs, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetModel.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("BudgetModel.sln not found above the test directory.");
    }
}

public class NameTextTests
{
    [Theory]
    [InlineData("业务经费—政府采购", "业务经费--政府采购")]
    [InlineData("省级数字经济发展专项资金(市县)", "省级数字经济发展专项资金（市县）")]
    [InlineData("“煤改电”设备质保金", "\"煤改电\" 设备质保金")]
    public void Punctuation_dashes_brackets_and_widths_do_not_matter(string a, string b)
    {
        Assert.Equal(NameText.Normalize(a), NameText.Normalize(b));
        Assert.Equal(1.0, NameText.Similarity(a, b));
    }

    [Theory]
    [InlineData("解决汾阳市包装彩印园饮用水管道等工程所需资金", "解决汾阳市包装彩印园饮水管道等工程所需资金", 0.9)]
    [InlineData("国有企业2017年、2018年退休职工垫交养老金单位部分及滞纳金", "国有企业2017年、2018年退休职工移交养老金单位部分及滞纳金", 0.9)]
    [InlineData("解决山西东辉新能有限公司4.3米焦炉关停技术服务费用", "解决山西东辉新材料有限公司4.3米焦炉关停技术服务费用", 0.85)]
    public void Names_that_differ_by_a_character_or_two_are_similar(string a, string b, double atLeast)
    {
        Assert.InRange(NameText.Similarity(a, b), atLeast, 0.9999);
        Assert.Equal(NameText.Similarity(a, b), NameText.Similarity(b, a));
    }

    [Property(MaxTest = 300)]
    public Property Similarity_is_the_Dice_coefficient_of_the_bigram_multisets() =>
        Prop.ForAll(Name.ToArbitrary(), Name.ToArbitrary(), (a, b) =>
        {
            double expected = DiceByCounting(NameText.Normalize(a), NameText.Normalize(b));
            Assert.Equal(expected, NameText.Similarity(a, b));
            Assert.Equal(expected, NameText.Similarity(new ComparableName(a), new ComparableName(b)));
            Assert.True(NameText.SimilarityBound(new ComparableName(a), new ComparableName(b)) >= expected);
        });

    [Fact]
    public void Long_names_are_compared_as_short_ones()
    {
        string a = string.Concat(Enumerable.Repeat("产业发展专项资金、", 60)), b = a.Replace("专项", "专门", StringComparison.Ordinal);

        Assert.Equal(DiceByCounting(NameText.Normalize(a), NameText.Normalize(b)), NameText.Similarity(a, b));
        Assert.Equal(1.0, NameText.Similarity(a, a.Replace("、", "——", StringComparison.Ordinal)));
    }

    /// <summary>Names over a small alphabet (so that bigrams repeat), with punctuation and full-width forms.</summary>
    private static readonly Gen<string> Name =
        Gen.ArrayOf(Gen.Elements('产', '业', '发', '展', '资', '金', 'a', 'Ａ', '1', '（', '）', ' ', '—', '、'))
            .Select(chars => new string(chars));

    /// <summary>The definition: 2 × shared bigrams (as multisets, by counting) / total bigrams; 1 for equal forms.</summary>
    private static double DiceByCounting(string x, string y)
    {
        if (x == y)
        {
            return 1.0;
        }
        if (x.Length < 2 || y.Length < 2)
        {
            return 0.0;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < x.Length; i++)
        {
            counts[x.Substring(i, 2)] = counts.GetValueOrDefault(x.Substring(i, 2)) + 1;
        }
        int shared = 0;
        for (int i = 0; i + 1 < y.Length; i++)
        {
            if (counts.GetValueOrDefault(y.Substring(i, 2)) is > 0 and var n)
            {
                counts[y.Substring(i, 2)] = n - 1;
                shared++;
            }
        }
        return 2.0 * shared / (x.Length - 1 + y.Length - 1);
    }

    [Fact]
    public void Unrelated_names_are_not_similar()
    {
        Assert.InRange(NameText.Similarity("遗属补助", "2024年临时工工资"), 0.0, 0.2);
        Assert.Equal(0.0, NameText.Similarity("业务经费", "遗属补助"));
    }
}
