using BudgetModel.Disclosure;
using BudgetModel.Performance;

namespace BudgetModel.Validation.Rules;

/// <summary>A project row of table 12 or 13 with its table and unit.</summary>
internal sealed record ProjectRef(NamedRowTable Table, NamedRow Row, string? Unit, int Index);

/// <summary>A project matched to its sheet.</summary>
internal sealed record ProjectMatch(ProjectRef Project, ProjectPerformanceSheet Sheet, double Similarity, bool AmountsAgree);

/// <summary>
/// Projects of tables 12 and 13 matched to the performance sheets, computed once per run. Matching uses both the
/// name similarity (<see cref="NameText.Similarity"/>) and the amounts: a pair is a candidate when the normal forms
/// of the names are equal, or the similarity reaches <see cref="ValidationOptions.NameSimilarity"/> and the amounts
/// agree within rounding, or the similarity reaches <see cref="ValidationOptions.StrongNameSimilarity"/>. Candidates
/// are taken greedily: equal names first, then agreeing amounts, then higher similarity, then print order.
/// Cost: quadratic in the projects of one unit (a unit's projects are matched to the sheets of that unit first, and
/// only the leftovers against each other).
/// </summary>
internal sealed class ProjectMatching
{
    private ProjectMatching(IReadOnlyList<ProjectRef> projects, IReadOnlyList<ProjectMatch> matches, IReadOnlyList<ProjectRef> unmatchedProjects, IReadOnlyList<ProjectPerformanceSheet> unmatchedSheets)
    {
        Projects = projects;
        Matches = matches;
        UnmatchedProjects = unmatchedProjects;
        UnmatchedSheets = unmatchedSheets;
    }

    internal IReadOnlyList<ProjectRef> Projects { get; }

    internal IReadOnlyList<ProjectMatch> Matches { get; }

    internal IReadOnlyList<ProjectRef> UnmatchedProjects { get; }

    internal IReadOnlyList<ProjectPerformanceSheet> UnmatchedSheets { get; }

    internal static ProjectMatching Of(ValidationContext c) => c.Memo("projects", Compute);

    /// <summary>Every project row of tables 12 and 13, in print order.</summary>
    internal static IReadOnlyList<ProjectRef> ProjectsOf(BudgetDisclosure d)
    {
        var list = new List<ProjectRef>();
        foreach (var table in new[] { d.ProjectExpenditureCurrent, d.ProjectExpenditureCarryOver }.OfType<NamedRowTable>())
        {
            var layout = RowIndex.Layout(table);
            foreach (var row in layout.Loose)
            {
                list.Add(new ProjectRef(table, row, null, list.Count));
            }
            foreach (var (header, details) in layout.Units)
            {
                foreach (var row in details)
                {
                    list.Add(new ProjectRef(table, row, header.Name, list.Count));
                }
            }
        }
        return list;
    }

    /// <summary>True when the sheet's 年度资金总额 (or, for a carried-over project, its 实施期资金总额) equals the
    /// project's amount within the rounding of both.</summary>
    internal static bool AmountAgrees(ProjectRef project, ProjectPerformanceSheet sheet)
    {
        var amount = project.Row.Total;
        var bound = project.Table.Precision.HalfUnit;
        if ((bound + SheetFigures.PrecisionOf(sheet.AnnualFunding.Total).HalfUnit).Contains(sheet.AnnualFunding.Total - amount))
        {
            return true;
        }
        return project.Table.Kind == TableKind.ProjectExpenditureCarryOver
            && (bound + SheetFigures.PrecisionOf(sheet.LifetimeFunding.Total).HalfUnit).Contains(sheet.LifetimeFunding.Total - amount);
    }

    private static ProjectMatching Compute(ValidationContext c)
    {
        var projects = ProjectsOf(c.Disclosure);
        var sheets = c.Disclosure.ProjectSheets;
        var matches = new List<ProjectMatch>();
        var projectTaken = new bool[projects.Count];
        var sheetTaken = new bool[sheets.Count];

        // First within each unit (project unit row = sheet's 实施单位), then the leftovers against each other.
        var units = projects.Select(p => p.Unit is null ? null : NameText.Normalize(p.Unit)).Distinct().ToArray();
        if (units.Length > 1)
        {
            foreach (var unit in units.OfType<string>())
            {
                Match(c, projects, sheets, matches, projectTaken, sheetTaken,
                    p => p.Unit is not null && NameText.Normalize(p.Unit) == unit,
                    s => s.Details.ImplementingUnit is { } u && NameText.Normalize(NameText.WithoutCodePrefix(u)) == unit);
            }
        }
        Match(c, projects, sheets, matches, projectTaken, sheetTaken, _ => true, _ => true);

        return new ProjectMatching(
            projects,
            matches.OrderBy(m => m.Project.Index).ToArray(),
            projects.Where((_, i) => !projectTaken[i]).ToArray(),
            sheets.Where((_, i) => !sheetTaken[i]).ToArray());
    }

    private static void Match(ValidationContext c, IReadOnlyList<ProjectRef> projects, IReadOnlyList<ProjectPerformanceSheet> sheets,
        List<ProjectMatch> matches, bool[] projectTaken, bool[] sheetTaken, Func<ProjectRef, bool> projectIn, Func<ProjectPerformanceSheet, bool> sheetIn)
    {
        var candidates = new List<(int P, int S, bool Exact, bool Amount, double Similarity)>();
        for (int p = 0; p < projects.Count; p++)
        {
            if (projectTaken[p] || !projectIn(projects[p]))
            {
                continue;
            }
            var name = NameText.Normalize(projects[p].Row.Name);
            for (int s = 0; s < sheets.Count; s++)
            {
                if (sheetTaken[s] || !sheetIn(sheets[s]))
                {
                    continue;
                }
                bool exact = name == NameText.Normalize(sheets[s].ProjectName);
                double similarity = exact ? 1.0 : NameText.Similarity(projects[p].Row.Name, sheets[s].ProjectName);
                bool amount = AmountAgrees(projects[p], sheets[s]);
                if (exact || (amount && similarity >= c.Options.NameSimilarity) || similarity >= c.Options.StrongNameSimilarity)
                {
                    candidates.Add((p, s, exact, amount, similarity));
                }
            }
        }
        candidates.Sort((x, y) =>
        {
            int r = y.Exact.CompareTo(x.Exact);
            if (r == 0) r = y.Amount.CompareTo(x.Amount);
            if (r == 0) r = y.Similarity.CompareTo(x.Similarity);
            if (r == 0) r = x.P.CompareTo(y.P);
            if (r == 0) r = x.S.CompareTo(y.S);
            return r;
        });
        foreach (var (p, s, _, amount, similarity) in candidates)
        {
            if (projectTaken[p] || sheetTaken[s])
            {
                continue;
            }
            projectTaken[p] = true;
            sheetTaken[s] = true;
            matches.Add(new ProjectMatch(projects[p], sheets[s], similarity, amount));
        }
    }
}

/// <summary>How sheet amounts (元) are treated as published figures.</summary>
internal static class SheetFigures
{
    /// <summary>The precision a sheet amount was printed at, inferred from the amount: whole 元 (±0.5 元) unless it
    /// has 角 or 分.</summary>
    internal static PublishedPrecision PrecisionOf(Money amount)
    {
        long fen = Math.Abs(amount.TotalFen);
        return fen % 100 == 0 ? PublishedPrecision.WholeYuan : fen % 10 == 0 ? new PublishedPrecision(MoneyUnit.Yuan, 1) : PublishedPrecision.YuanTwoDecimals;
    }

    internal static Figure Of(Money amount, int? line, string label) => Figure.Of(amount, PrecisionOf(amount), line, label);
}
