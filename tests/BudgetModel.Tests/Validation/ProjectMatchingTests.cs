using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;
using BudgetModel.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static BudgetModel.Disclosure.TableColumn;

namespace BudgetModel.Tests.Validation;

/// <summary>
/// The project-to-sheet matching: on inputs small enough for the all-pairs search it gives exactly the matching of
/// the plain all-pairs algorithm (written out here as the reference); on large inputs it pairs equal names and
/// agreeing amounts without the all-pairs search, and says when it skipped that search.
/// </summary>
public class ProjectMatchingTests
{
    private static readonly string[] Names =
    [
        "产业发展专项资金", "产业发展资金", "产业发展（专项）资金", "职工安置费项目", "职工安置费", "退休人员社会化管理补助资金",
        "退休人员补助资金", "商贸事务项目", "商贸事务", "信息化建设", "遗属补助", "2024年临时工工资",
    ];

    private static readonly decimal[] ProjectWan = [10m, 20m, 20.01m, 35.5m, 0m];

    private static readonly decimal[] SheetYuan = [100_000m, 200_000m, 200_100m, 200_049m, 355_000m, 12_345.67m, 0m];

    private static readonly string[] Units = ["汾阳市工业和信息化局", "汾阳市中小企业服务中心", "汾阳市节能监察中心"];

    [Property(MaxTest = 300)]
    public Property Small_inputs_match_exactly_as_the_all_pairs_search() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var disclosure = RandomDisclosure(new Random(seed));
            var context = new ValidationContext(disclosure, ValidationOptions.Default, null);
            var matching = ProjectMatching.Of(context);
            var actual = matching.Matches.Select(m => (m.Project.Index, SheetIndex(disclosure, m.Sheet), m.AmountsAgree)).ToArray();
            var expected = Reference(disclosure, ValidationOptions.Default);

            Assert.Equal(expected, actual);
            Assert.Empty(matching.Skipped);
            Assert.Equal(matching.Projects.Count - actual.Length, matching.UnmatchedProjects.Count);
            Assert.Equal(disclosure.ProjectSheets.Count - actual.Length, matching.UnmatchedSheets.Count);
            Assert.All(matching.Matches, m => Assert.Equal(NameText.Normalize(m.Project.Row.Name) == NameText.Normalize(m.Sheet.ProjectName), m.NamesEqual));
        });

    [Fact]
    public void Thousands_of_renamed_projects_are_matched_by_amount_and_similarity()
    {
        const int n = 3_000;
        // Every sheet carries its project's name with a suffix (similarity 0.86) and the project's amount in 元.
        var disclosure = Projects(n, i => $"项目{i:D4}号工程", i => $"项目{i:D4}号工程建设", i => (i + 1) * 0.01m, i => (i + 1) * 100m);

        var matching = ProjectMatching.Of(new ValidationContext(disclosure, ValidationOptions.Default, null));

        Assert.Equal(n, matching.Matches.Count);
        Assert.All(matching.Matches, m => Assert.Equal(m.Project.Row.Name + "建设", m.Sheet.ProjectName));
        Assert.All(matching.Matches, m => Assert.True(m.AmountsAgree));
        Assert.Empty(matching.Skipped);
    }

    [Fact]
    public void Renamed_projects_whose_amounts_differ_are_found_by_name_alone_within_the_pair_budget()
    {
        // 40 × 40 = 1,600 pairs: within the budget; every amount differs, so only the similarity pairs them.
        var disclosure = Projects(40, i => $"项目{i:D2}号工程", i => $"项目{i:D2}号工程建设", i => (i + 1) * 1m, i => (i + 1) * 7m);

        var report = DisclosureValidator.Validate(disclosure);

        Assert.Equal(40, report.Findings.Count(f => f.RuleId == "BM-PERF-MATCH" && f.Severity == Severity.Warning && f.Message.Contains("amounts differ", StringComparison.Ordinal)));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "BM-PERF-MATCH" && f.Severity != Severity.Warning);
    }

    [Fact]
    public void Beyond_the_pair_budget_the_leftovers_are_reported_unmatched_and_the_skip_is_said()
    {
        // 60 × 60 = 3,600 pairs left after equal names and amounts: more than the budget of 2,500.
        var disclosure = Projects(60, i => $"项目{i:D2}号工程", i => $"项目{i:D2}号工程建设", i => (i + 1) * 1m, i => (i + 1) * 7m);

        var findings = DisclosureValidator.Validate(disclosure).Findings.Where(f => f.RuleId == "BM-PERF-MATCH").ToArray();

        Assert.Equal(120, findings.Count(f => f.Severity == Severity.Error && f.Kind == FindingKind.Missing));
        var skipped = Assert.Single(findings, f => f.Severity == Severity.Info);
        Assert.Contains("60 projects and 60 performance sheets", skipped.Message, StringComparison.Ordinal);
        Assert.Contains(ProjectMatching.MaxSimilarityPairs.ToString(System.Globalization.CultureInfo.InvariantCulture), skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Projects_outside_a_selection_of_key_projects_are_counted_once_not_reported_missing()
    {
        // Three projects (10, 20, 30 万元); targets stated for the second only, as a 重点项目 (key project).
        var table = new TableBuilder(TableKind.ProjectExpenditureCurrent).WithColumns(Total, GeneralBudget).Unit(Units[0], 60m, 60m)
            .Project("热线服务", 10m, 10m).Project("档案整理", 20m, 20m).Project("设备购置", 30m, 30m);
        var key = Sheet("档案整理", Units[0], 200_000m);
        var disclosure = new DisclosureBuilder(Units[0], 2024).AddTable(table.Build())
            .AddProjectSheet(new ProjectPerformanceSheet(key.ProjectName, key.LifetimeFunding, key.AnnualFunding, key.Details with { KeyProject = true }, [], []))
            .Build();

        var findings = DisclosureValidator.Validate(disclosure).Findings.Where(f => f.RuleId == "BM-PERF-MATCH").ToArray();

        var info = Assert.Single(findings);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("1 key projects (重点项目); 2 projects", info.Message, StringComparison.Ordinal);

        // The same sheet not marked as a key project: the two others miss theirs.
        var all = new DisclosureBuilder(Units[0], 2024).AddTable(table.Build()).AddProjectSheet(key).Build();
        Assert.Equal(2, DisclosureValidator.Validate(all).Findings.Count(f => f.RuleId == "BM-PERF-MATCH" && f.Severity == Severity.Error));
    }

    // ------------------------------------------------------------------ inputs

    private static BudgetDisclosure Projects(int n, Func<int, string> projectName, Func<int, string> sheetName, Func<int, decimal> wan, Func<int, decimal> yuan)
    {
        decimal sum = Enumerable.Range(0, n).Sum(wan);
        var table = new TableBuilder(TableKind.ProjectExpenditureCurrent).WithColumns(Total, GeneralBudget).Unit(Units[0], sum, sum);
        var builder = new DisclosureBuilder(Units[0], 2024);
        for (int i = 0; i < n; i++)
        {
            table.Project(projectName(i), wan(i), wan(i));
            builder.AddProjectSheet(Sheet(sheetName(i), Units[0], yuan(i)));
        }
        return builder.AddTable(table.Build()).Build();
    }

    private static BudgetDisclosure RandomDisclosure(Random random)
    {
        int units = random.Next(1, 4);
        var builder = new DisclosureBuilder(Units[0], 2024);
        foreach (var kind in new[] { TableKind.ProjectExpenditureCurrent, TableKind.ProjectExpenditureCarryOver })
        {
            var table = new TableBuilder(kind).WithColumns(Total, GeneralBudget);
            bool any = false;
            for (int u = 0; u < units; u++)
            {
                var amounts = Enumerable.Range(0, random.Next(0, 6)).Select(_ => ProjectWan[random.Next(ProjectWan.Length)]).ToArray();
                if (amounts.Length == 0)
                {
                    continue;
                }
                // One unit may print its projects without a unit row (loose rows come first).
                if (!(u == 0 && units > 1 && random.Next(3) == 0))
                {
                    table.Unit(Units[u], amounts.Sum(), amounts.Sum());
                }
                foreach (var amount in amounts)
                {
                    table.Project(Names[random.Next(Names.Length)], amount, amount);
                }
                any = true;
            }
            if (any)
            {
                builder.AddTable(table.Build());
            }
        }
        int sheets = random.Next(0, 14);
        for (int s = 0; s < sheets; s++)
        {
            string unit = Units[random.Next(units)];
            builder.AddProjectSheet(Sheet(Names[random.Next(Names.Length)], random.Next(2) == 0 ? unit : "209001-" + unit, SheetYuan[random.Next(SheetYuan.Length)],
                SheetYuan[random.Next(SheetYuan.Length)]));
        }
        return builder.Build();
    }

    private static ProjectPerformanceSheet Sheet(string name, string unit, decimal annualYuan, decimal? lifetimeYuan = null) =>
        new ProjectPerformanceSheetBuilder(name)
            .WithDetails(new ProjectSheetDetails("209", Units[0], unit, "一次性项目(1年结束)", "1年"))
            .Lifetime(lifetimeYuan ?? annualYuan, (FundingLevel.MunicipalCounty, lifetimeYuan ?? annualYuan))
            .Annual(annualYuan, (FundingLevel.MunicipalCounty, annualYuan))
            .Build();

    private static int SheetIndex(BudgetDisclosure d, ProjectPerformanceSheet sheet)
    {
        for (int i = 0; i < d.ProjectSheets.Count; i++)
        {
            if (ReferenceEquals(d.ProjectSheets[i], sheet))
            {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ the reference: every pair, then greedy

    private static (int Project, int Sheet, bool Amount)[] Reference(BudgetDisclosure d, ValidationOptions options)
    {
        var projects = ProjectMatching.ProjectsOf(d);
        var sheets = d.ProjectSheets;
        var projectTaken = new bool[projects.Count];
        var sheetTaken = new bool[sheets.Count];
        var matches = new List<(int, int, bool)>();
        var units = projects.Select(p => p.Unit is null ? null : NameText.Normalize(p.Unit)).Distinct().ToArray();
        if (units.Length > 1)
        {
            foreach (var unit in units.OfType<string>())
            {
                Match(p => p.Unit is not null && NameText.Normalize(p.Unit) == unit,
                    s => s.Details.ImplementingUnit is { } u && NameText.Normalize(NameText.WithoutCodePrefix(u)) == unit);
            }
        }
        Match(_ => true, _ => true);
        return matches.OrderBy(m => m.Item1).ToArray();

        void Match(Func<ProjectRef, bool> projectIn, Func<ProjectPerformanceSheet, bool> sheetIn)
        {
            var candidates = new List<(int P, int S, bool Exact, bool Amount, double Similarity)>();
            for (int p = 0; p < projects.Count; p++)
            {
                if (projectTaken[p] || !projectIn(projects[p]))
                {
                    continue;
                }
                for (int s = 0; s < sheets.Count; s++)
                {
                    if (sheetTaken[s] || !sheetIn(sheets[s]))
                    {
                        continue;
                    }
                    bool exact = NameText.Normalize(projects[p].Row.Name) == NameText.Normalize(sheets[s].ProjectName);
                    double similarity = NameText.Similarity(projects[p].Row.Name, sheets[s].ProjectName);
                    bool amount = ProjectMatching.AmountAgrees(projects[p], sheets[s]);
                    if (exact || (amount && similarity >= options.NameSimilarity) || similarity >= options.StrongNameSimilarity)
                    {
                        candidates.Add((p, s, exact, amount, similarity));
                    }
                }
            }
            foreach (var (p, s, _, amount, _) in candidates
                .OrderByDescending(x => x.Exact).ThenByDescending(x => x.Amount).ThenByDescending(x => x.Similarity).ThenBy(x => x.P).ThenBy(x => x.S))
            {
                if (!projectTaken[p] && !sheetTaken[s])
                {
                    projectTaken[p] = sheetTaken[s] = true;
                    matches.Add((p, s, amount));
                }
            }
        }
    }
}
