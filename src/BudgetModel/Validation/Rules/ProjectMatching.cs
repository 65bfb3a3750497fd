using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BudgetModel.Disclosure;
using BudgetModel.Performance;

namespace BudgetModel.Validation.Rules;

/// <summary>A project row of table 12 or 13 with its table and unit.</summary>
internal sealed record ProjectRef(NamedRowTable Table, NamedRow Row, string? Unit, int Index);

/// <summary>A project matched to its sheet.</summary>
/// <param name="Project">The project row.</param>
/// <param name="Sheet">Its sheet.</param>
/// <param name="Similarity">The similarity of the names (1 when the normal forms are equal).</param>
/// <param name="AmountsAgree">Whether the amounts agree within rounding.</param>
/// <param name="NamesEqual">Whether the normal forms of the names are equal.</param>
internal sealed record ProjectMatch(ProjectRef Project, ProjectPerformanceSheet Sheet, double Similarity, bool AmountsAgree, bool NamesEqual)
{
    /// <summary>Whether the sheet's 年度资金总额 equals the project's 合计 cell exactly (the usual case), noted while
    /// the matching has both at hand, so that BM-PERF-AMOUNT need not read them again.</summary>
    internal bool AnnualEqualsAmount { get; } = Sheet.AnnualFunding.Total == Project.Row.GetOrZero(TableColumn.Total);
}

/// <summary>
/// Projects of tables 12 and 13 matched to the performance sheets, computed once per validation run and shared by
/// the rules (<see cref="Of"/>). Matching uses both the names and the amounts: a pair is a candidate when the normal
/// forms of the names are equal, or the similarity (<see cref="NameText.Similarity(string, string)"/>) reaches
/// <see cref="ValidationOptions.NameSimilarity"/> and the amounts agree within rounding, or the similarity reaches
/// <see cref="ValidationOptions.StrongNameSimilarity"/>. Candidates are taken greedily: equal names first, then
/// agreeing amounts, then higher similarity, then print order. A unit's projects are matched to the sheets of that
/// unit first, and only the leftovers against each other.
/// </summary>
/// <remarks>
/// Cost, for P projects and S sheets: equal names are paired through a dictionary of normal forms (linear); sheets
/// whose amounts agree with a project are found by binary search in the sheets sorted by amount (P log S), and the
/// similarity is computed only for those, at most <see cref="MaxAmountCandidates"/> per project; the similarity
/// search over all pairs (for a renamed project whose amounts also differ) runs only over the projects and sheets
/// still unmatched after that, and only when they form at most <see cref="MaxSimilarityPairs"/> pairs per unit.
/// Above that budget the leftovers stay unmatched and <see cref="Skipped"/> says so. Names are normalised and their
/// bigrams sorted once. So the matching is linear in the rows (up to the log factor of the sort), and quadratic
/// only in the leftovers of one unit, which are bounded by a constant.
/// </remarks>
internal sealed class ProjectMatching
{
    /// <summary>The largest number of (project, sheet) pairs of one unit the all-pairs similarity search examines.</summary>
    internal const int MaxSimilarityPairs = 2_500;

    /// <summary>The largest number of sheets whose amount agrees with one project that are compared by name; a
    /// project whose amount that many sheets share is left to the all-pairs search.</summary>
    internal const int MaxAmountCandidates = 64;

    private ProjectMatching(IReadOnlyList<ProjectRef> projects, IReadOnlyList<ProjectMatch> matches, IReadOnlyList<ProjectRef> unmatchedProjects,
        IReadOnlyList<ProjectPerformanceSheet> unmatchedSheets, IReadOnlyList<SkippedSearch> skipped)
    {
        Projects = projects;
        Matches = matches;
        UnmatchedProjects = unmatchedProjects;
        UnmatchedSheets = unmatchedSheets;
        Skipped = skipped;
    }

    internal IReadOnlyList<ProjectRef> Projects { get; }

    /// <summary>The matches, in the print order of the projects.</summary>
    internal IReadOnlyList<ProjectMatch> Matches { get; }

    internal IReadOnlyList<ProjectRef> UnmatchedProjects { get; }

    internal IReadOnlyList<ProjectPerformanceSheet> UnmatchedSheets { get; }

    /// <summary>Scopes (a unit, or all leftovers when <see cref="SkippedSearch.Unit"/> is null) whose all-pairs
    /// similarity search was skipped for exceeding <see cref="MaxSimilarityPairs"/>.</summary>
    internal IReadOnlyList<SkippedSearch> Skipped { get; }

    internal static ProjectMatching Of(ValidationContext c) => c.Memo("projects", Compute);

    /// <summary>Every project row of tables 12 and 13, in print order, computed once per run.</summary>
    internal static IReadOnlyList<ProjectRef> ProjectsOf(ValidationContext c) => c.Memo("project-rows", static c => ProjectsOf(c.Disclosure, t => RowIndex.Layout(c, t)));

    /// <summary>The names of <see cref="ProjectsOf(ValidationContext)"/>, prepared for comparison, computed once per run.</summary>
    internal static ComparableName[] NamesOf(ValidationContext c) =>
        c.Memo("project-names", static c => ProjectsOf(c).Select(static p => new ComparableName(p.Row.Name)).ToArray());

    /// <summary>The first project of each normal form of <see cref="NamesOf"/>, computed once per run.</summary>
    internal static Dictionary<string, int> FirstByName(ValidationContext c) =>
        c.Memo("project-first-by-name", static c =>
        {
            var names = NamesOf(c);
            var first = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                first.TryAdd(names[i].Normal, i);
            }
            return first;
        });

    /// <summary>Every project row of tables 12 and 13, in print order.</summary>
    internal static IReadOnlyList<ProjectRef> ProjectsOf(BudgetDisclosure d) => ProjectsOf(d, RowIndex.Layout);

    private static List<ProjectRef> ProjectsOf(BudgetDisclosure d, Func<NamedRowTable, NamedLayout> layoutOf)
    {
        var list = new List<ProjectRef>();
        Add(d.ProjectExpenditureCurrent);
        Add(d.ProjectExpenditureCarryOver);
        return list;

        void Add(NamedRowTable? table)
        {
            if (table is null)
            {
                return;
            }
            var layout = layoutOf(table);
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
        var state = new State(c, ProjectsOf(c), NamesOf(c), c.Disclosure.ProjectSheets);
        var projects = state.Projects;
        var sheets = state.Sheets;

        // First within each unit (project unit row = sheet's 实施单位), then the leftovers against each other.
        var projectUnits = new string?[projects.Count];
        var unitOrder = new List<string>();
        var byUnit = new Dictionary<string, (List<int> Projects, List<int> Sheets)>(StringComparer.Ordinal);
        bool anyLoose = false;
        string? lastUnit = null;
        string? lastKey = null;
        for (int p = 0; p < projects.Count; p++)
        {
            if (projects[p].Unit is not { } unit)
            {
                anyLoose = true;
                continue;
            }
            // Consecutive projects share their unit row's name: normalise it once per unit row.
            string key = ReferenceEquals(unit, lastUnit) ? lastKey! : NameText.Normalize(unit);
            (lastUnit, lastKey) = (unit, key);
            projectUnits[p] = key;
            if (!byUnit.TryGetValue(key, out var scope))
            {
                byUnit[key] = scope = ([], []);
                unitOrder.Add(key);
            }
            scope.Projects.Add(p);
        }
        if (unitOrder.Count + (anyLoose ? 1 : 0) > 1)
        {
            for (int s = 0; s < sheets.Count; s++)
            {
                if (sheets[s].Details.ImplementingUnit is { } u && byUnit.TryGetValue(NameText.Normalize(NameText.WithoutCodePrefix(u)), out var scope))
                {
                    scope.Sheets.Add(s);
                }
            }
            foreach (var unit in unitOrder)
            {
                var (unitProjects, unitSheets) = byUnit[unit];
                state.Match(unitProjects, unitSheets, unit);
            }
        }
        state.Match(Enumerable.Range(0, projects.Count).Where(p => !state.ProjectTaken[p]).ToList(),
            Enumerable.Range(0, sheets.Count).Where(s => !state.SheetTaken[s]).ToList(), null);

        var matches = new List<ProjectMatch>();
        var unmatchedProjects = new List<ProjectRef>();
        for (int p = 0; p < projects.Count; p++)
        {
            if (state.SheetOf[p] is { } m)
            {
                matches.Add(m);
            }
            else
            {
                unmatchedProjects.Add(projects[p]);
            }
        }
        var unmatchedSheets = new List<ProjectPerformanceSheet>();
        for (int s = 0; s < sheets.Count; s++)
        {
            if (!state.SheetTaken[s])
            {
                unmatchedSheets.Add(sheets[s]);
            }
        }
        return new ProjectMatching(projects, matches, unmatchedProjects, unmatchedSheets, state.Skipped);
    }

    /// <summary>The matching in progress: names prepared once, what is taken, and the matches so far.</summary>
    private sealed class State
    {
        private readonly ValidationContext _context;
        private readonly ComparableName[] _projectNames;
        private readonly ComparableName?[] _sheetNames;
        private int[]? _next;
        private int[]? _previous;

        internal State(ValidationContext context, IReadOnlyList<ProjectRef> projects, ComparableName[] projectNames, IReadOnlyList<ProjectPerformanceSheet> sheets)
        {
            _context = context;
            Projects = projects;
            Sheets = sheets;
            ProjectTaken = new bool[projects.Count];
            SheetTaken = new bool[sheets.Count];
            SheetOf = new ProjectMatch?[projects.Count];
            _projectNames = projectNames;
            _sheetNames = new ComparableName?[sheets.Count];
        }

        internal IReadOnlyList<ProjectRef> Projects { get; }

        internal IReadOnlyList<ProjectPerformanceSheet> Sheets { get; }

        internal bool[] ProjectTaken { get; }

        internal bool[] SheetTaken { get; }

        /// <summary>The match of each project, by project index.</summary>
        internal ProjectMatch?[] SheetOf { get; }

        internal List<SkippedSearch> Skipped { get; } = [];

        private ComparableName ProjectName(int p) => _projectNames[p];

        private ComparableName SheetName(int s) => _sheetNames[s] ??= new ComparableName(Sheets[s].ProjectName);

        private void Take(int p, int s, double similarity, bool amount, bool namesEqual = false)
        {
            ProjectTaken[p] = true;
            SheetTaken[s] = true;
            SheetOf[p] = new ProjectMatch(Projects[p], Sheets[s], similarity, amount, namesEqual);
        }

        /// <summary>Matches the untaken projects and sheets of one scope (indexes ascending).</summary>
        internal void Match(List<int> projects, List<int> sheets, string? unit)
        {
            if (projects.Count == 0 || sheets.Count == 0)
            {
                return;
            }
            MatchEqualNames(projects, sheets);
            projects.RemoveAll(p => ProjectTaken[p]);
            sheets.RemoveAll(s => SheetTaken[s]);
            if (projects.Count == 0 || sheets.Count == 0)
            {
                return;
            }
            MatchAgreeingAmounts(projects, sheets);
            projects.RemoveAll(p => ProjectTaken[p]);
            sheets.RemoveAll(s => SheetTaken[s]);
            if (projects.Count == 0 || sheets.Count == 0)
            {
                return;
            }
            if ((long)projects.Count * sheets.Count > MaxSimilarityPairs)
            {
                Skipped.Add(new SkippedSearch(unit, projects.Count, sheets.Count));
                return;
            }
            MatchStrongNames(projects, sheets);
        }

        /// <summary>Equal normal forms: first the pairs whose amounts agree, then the others, each in print order.</summary>
        private void MatchEqualNames(List<int> projects, List<int> sheets)
        {
            // The untaken sheets of each normal form in print order, as a doubly linked list through _next/_previous
            // (a taken sheet is unlinked): no list per name, and a name printed k times costs at most
            // k × MaxAmountCandidates amount checks.
            _next ??= new int[Sheets.Count];
            _previous ??= new int[Sheets.Count];
            var byName = new Dictionary<string, (int Head, int Tail)>(sheets.Count, StringComparer.Ordinal);
            foreach (int s in sheets)
            {
                ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(byName, SheetName(s).Normal, out bool exists);
                _next[s] = -1;
                if (exists)
                {
                    _previous[s] = chain.Tail;
                    _next[chain.Tail] = s;
                    chain.Tail = s;
                }
                else
                {
                    _previous[s] = -1;
                    chain = (s, s);
                }
            }
            foreach (int p in projects)
            {
                ref var chain = ref CollectionsMarshal.GetValueRefOrNullRef(byName, ProjectName(p).Normal);
                if (Unsafe.IsNullRef(ref chain))
                {
                    continue;
                }
                int examined = 0;
                for (int s = chain.Head; s >= 0 && examined < MaxAmountCandidates; s = _next[s], examined++)
                {
                    if (AmountAgrees(Projects[p], Sheets[s]))
                    {
                        Take(p, s, 1.0, amount: true, namesEqual: true);
                        Unlink(ref chain, s);
                        break;
                    }
                }
            }
            foreach (int p in projects)
            {
                if (ProjectTaken[p])
                {
                    continue;
                }
                ref var chain = ref CollectionsMarshal.GetValueRefOrNullRef(byName, ProjectName(p).Normal);
                if (!Unsafe.IsNullRef(ref chain) && chain.Head >= 0)
                {
                    int s = chain.Head;
                    Take(p, s, 1.0, amount: false, namesEqual: true);
                    Unlink(ref chain, s);
                }
            }

            void Unlink(ref (int Head, int Tail) chain, int s)
            {
                int before = _previous![s], after = _next![s];
                if (before >= 0)
                {
                    _next[before] = after;
                }
                else
                {
                    chain.Head = after;
                }
                if (after >= 0)
                {
                    _previous[after] = before;
                }
                else
                {
                    chain.Tail = before;
                }
            }
        }

        /// <summary>Pairs whose amounts agree and whose names are similar enough, found through the sheets sorted by
        /// amount; taken by similarity, then print order.</summary>
        private void MatchAgreeingAmounts(List<int> projects, List<int> sheets)
        {
            var options = _context.Options;
            double threshold = Math.Min(options.NameSimilarity, options.StrongNameSimilarity);
            var annual = SortedByAmount(sheets, static sheet => sheet.AnnualFunding.Total);
            (long Fen, int Sheet)[]? lifetime = null;
            var candidates = new List<(int P, int S, double Similarity)>();
            var seen = new HashSet<int>();
            foreach (int p in projects)
            {
                var project = Projects[p];
                seen.Clear();
                int found = Collect(annual, p, seen, candidates, threshold);
                if (project.Table.Kind == TableKind.ProjectExpenditureCarryOver && found <= MaxAmountCandidates)
                {
                    lifetime ??= SortedByAmount(sheets, static sheet => sheet.LifetimeFunding.Total);
                    Collect(lifetime, p, seen, candidates, threshold);
                }
            }
            candidates.Sort(static (x, y) =>
            {
                int r = y.Similarity.CompareTo(x.Similarity);
                if (r == 0) r = x.P.CompareTo(y.P);
                if (r == 0) r = x.S.CompareTo(y.S);
                return r;
            });
            foreach (var (p, s, similarity) in candidates)
            {
                if (!ProjectTaken[p] && !SheetTaken[s])
                {
                    Take(p, s, similarity, amount: true);
                }
            }
        }

        /// <summary>Adds the similar sheets whose amount agrees with project <paramref name="p"/>; returns how many
        /// sheets lie in its amount window (none are added when more than <see cref="MaxAmountCandidates"/> do).</summary>
        private int Collect((long Fen, int Sheet)[] byAmount, int p, HashSet<int> seen, List<(int P, int S, double Similarity)> into, double threshold)
        {
            var project = Projects[p];
            long amount = project.Row.Total.TotalFen;
            // The widest difference AmountAgrees accepts: the table's half unit and a sheet's half 元, in fen.
            long tolerance = (project.Table.Precision.HalfUnit.HalfFen + PublishedPrecision.WholeYuan.HalfUnit.HalfFen + 1) / 2;
            long low = amount < long.MinValue + tolerance ? long.MinValue : amount - tolerance;
            long high = amount > long.MaxValue - tolerance ? long.MaxValue : amount + tolerance;
            int first = LowerBound(byAmount, low);
            int end = first;
            while (end < byAmount.Length && byAmount[end].Fen <= high)
            {
                end++;
            }
            if (end - first > MaxAmountCandidates)
            {
                return end - first;
            }
            var name = ProjectName(p);
            for (int i = first; i < end; i++)
            {
                int s = byAmount[i].Sheet;
                if (!seen.Add(s) || !AmountAgrees(project, Sheets[s]))
                {
                    continue;
                }
                var sheetName = SheetName(s);
                if (NameText.SimilarityBound(name, sheetName) < threshold)
                {
                    continue;
                }
                double similarity = NameText.Similarity(name, sheetName);
                if (similarity >= threshold)
                {
                    into.Add((p, s, similarity));
                }
            }
            return end - first;
        }

        /// <summary>The remaining pairs whose names are similar enough whatever the amounts (a bounded all-pairs search).</summary>
        private void MatchStrongNames(List<int> projects, List<int> sheets)
        {
            double strong = _context.Options.StrongNameSimilarity;
            var candidates = new List<(int P, int S, bool Amount, double Similarity)>();
            foreach (int p in projects)
            {
                var name = ProjectName(p);
                foreach (int s in sheets)
                {
                    var sheetName = SheetName(s);
                    if (NameText.SimilarityBound(name, sheetName) < strong)
                    {
                        continue;
                    }
                    double similarity = NameText.Similarity(name, sheetName);
                    if (similarity >= strong)
                    {
                        candidates.Add((p, s, AmountAgrees(Projects[p], Sheets[s]), similarity));
                    }
                }
            }
            candidates.Sort(static (x, y) =>
            {
                int r = y.Amount.CompareTo(x.Amount);
                if (r == 0) r = y.Similarity.CompareTo(x.Similarity);
                if (r == 0) r = x.P.CompareTo(y.P);
                if (r == 0) r = x.S.CompareTo(y.S);
                return r;
            });
            foreach (var (p, s, amount, similarity) in candidates)
            {
                if (!ProjectTaken[p] && !SheetTaken[s])
                {
                    Take(p, s, similarity, amount);
                }
            }
        }

        private (long Fen, int Sheet)[] SortedByAmount(List<int> sheets, Func<ProjectPerformanceSheet, Money> amount)
        {
            var sorted = new (long Fen, int Sheet)[sheets.Count];
            for (int i = 0; i < sheets.Count; i++)
            {
                sorted[i] = (amount(Sheets[sheets[i]]).TotalFen, sheets[i]);
            }
            Array.Sort(sorted);
            return sorted;
        }

        private static int LowerBound((long Fen, int Sheet)[] sorted, long fen)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                int mid = lo + ((hi - lo) / 2);
                if (sorted[mid].Fen < fen)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}

/// <summary>A scope whose all-pairs similarity search was skipped: the unit (null for the leftovers of every unit)
/// and how many projects and sheets were left unmatched in it.</summary>
internal sealed record SkippedSearch(string? Unit, int Projects, int Sheets);

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
