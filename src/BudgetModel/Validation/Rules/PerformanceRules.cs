using System.Collections.Frozen;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;

namespace BudgetModel.Validation.Rules;

/// <summary>Performance sheets: one per project, their funds against the tables and within themselves, their
/// indicators, and the overall sheet against the tables and 概况.</summary>
internal static class PerformanceRules
{
    /// <summary>The labels of the indicator levels, each with the level it names.</summary>
    private static readonly (string Label, IndicatorCategory? Category, IndicatorSubcategory? Subcategory)[] LevelLabels =
    [
        ("产出指标", IndicatorCategory.Output, null),
        ("效益指标", IndicatorCategory.Benefit, null),
        ("满意度指标", IndicatorCategory.Satisfaction, null),
        ("成本指标", IndicatorCategory.Cost, IndicatorSubcategory.Cost),
        ("数量指标", null, IndicatorSubcategory.Quantity),
        ("质量指标", null, IndicatorSubcategory.Quality),
        ("时效指标", null, IndicatorSubcategory.Timeliness),
        ("经济效益指标", null, IndicatorSubcategory.EconomicBenefit),
        ("社会效益指标", null, IndicatorSubcategory.SocialBenefit),
        ("生态效益指标", null, IndicatorSubcategory.EcologicalBenefit),
        ("可持续影响指标", null, IndicatorSubcategory.Sustainability),
        ("可持续性影响指标", null, IndicatorSubcategory.Sustainability),
        ("服务对象满意度指标", null, IndicatorSubcategory.ServiceRecipientSatisfaction),
        ("服务对象满意度", null, IndicatorSubcategory.ServiceRecipientSatisfaction),
    ];

    /// <summary><see cref="LevelLabels"/> with each label in its normal form (<see cref="NameText.Normalize(string)"/>),
    /// by the first character of the normal form.</summary>
    private static readonly FrozenDictionary<char, (string Label, IndicatorCategory? Category, IndicatorSubcategory? Subcategory)[]> NormalizedLevelLabels =
        LevelLabels.Select(static l => (Label: NameText.Normalize(l.Label), l.Category, l.Subcategory))
            .GroupBy(static l => l.Label[0])
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray());

    internal static IEnumerable<IDisclosureRule> Create()
    {
        yield return new Rule("BM-PERF-MATCH", "Every project of tables 12 and 13 has exactly one performance sheet (matched by amount and name similarity)",
            "每个项目都有且只有一张绩效目标表", Match);
        yield return new Rule("BM-PERF-AMOUNT", "A sheet's 年度资金总额 (元) = the project's amount (万元) within rounding", "绩效目标表年度资金与项目预算一致", Amount);
        yield return new Rule("BM-PERF-LEVELS", "A sheet's funds by level (中央, 省级, 市县 …) sum to the period's total", "绩效目标表各级资金之和等于资金总额", Levels);
        yield return new Rule("BM-PERF-PERIOD", "A one-year project's 实施期 and 年度 totals agree", "一年期项目实施期与年度资金一致", Period);
        yield return new Rule("BM-PERF-PERIOD-LEVELS", "When 实施期 and 年度 totals agree, so do their level breakdowns", "实施期与年度资金来源结构一致", PeriodLevels);
        yield return new Rule(IndicatorLevelRule, "A 二级指标 stands under its own 一级指标", "二级指标归属正确的一级指标", IndicatorLevels);
        yield return new Rule(IndicatorNameRule, "A 三级指标 is not named after an indicator level", "三级指标名称不得为指标层级名称", IndicatorNames);
        yield return new Rule(IndicatorValueRule, "A 指标值 that looks quantitative parses as comparator, number and unit", "定量指标值格式规范", IndicatorValues);
        yield return new Rule(CostRule, "The money of a period's cost indicators does not exceed the period's funds", "成本指标金额不超过资金总额", Cost);
        yield return new Rule("BM-PERF-OVERALL", "The overall sheet's funds = the tables' totals by source and by type", "整体绩效目标表资金与报表一致", Overall);
        yield return new Rule("BM-PERF-STAFF", "The overall sheet's staff figures = 概况's; 实际在职 = 在编 + 其他", "整体绩效目标表人员信息与概况一致", Staff);
    }

    private static FindingLocation Where(ProjectPerformanceSheet sheet, TableKind? table = null, params ReadOnlySpan<int?> lines) =>
        new(table, Project: sheet.ProjectName) { Lines = At.Lines(lines, sheet.Line) };

    /// <summary>The label of a matched project's 合计 in messages.</summary>
    internal static string TotalLabel(ProjectMatch m) => $"{Label(m.Project.Table.Kind)} '{m.Project.Row.Name}' 合计";

    private static string Label(TableKind kind) => kind == TableKind.ProjectExpenditureCurrent ? "表十二（本年）" : "表十三（上年结转）";

    private static void Match(ValidationContext c)
    {
        var d = c.Disclosure;
        if (d.ProjectExpenditureCurrent is null && d.ProjectExpenditureCarryOver is null)
        {
            // No table of projects (a province may list them in another table, 专项业务经费支出表): there is nothing to
            // match the sheets against, which is not a fault of each sheet.
            if (d.ProjectSheets.Count > 0)
            {
                c.Report(Severity.Info, FindingKind.Unknown, FindingLocation.Document,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"The disclosure prints {d.ProjectSheets.Count} project performance sheets but no project table (表十二 / 表十三) to match them against."));
            }
            return;
        }
        var matching = ProjectMatching.Of(c);
        foreach (var m in matching.Matches)
        {
            if (!m.NamesEqual)
            {
                c.Report(Severity.Warning, FindingKind.Mismatch, At.Row(m.Project.Table, m.Project.Row) with { Lines = new[] { m.Project.Row.Line, m.Sheet.Line }.OfType<int>().ToArray() },
                    $"The project '{m.Project.Row.Name}' of {Label(m.Project.Table.Kind)} has its performance sheet under the name '{m.Sheet.ProjectName}' "
                    + $"(name similarity {NameText.Percent(m.Similarity)}{(m.AmountsAgree ? ", amounts agree" : ", amounts differ")}).");
            }
        }
        // A disclosure that publishes no project sheet at all (Guangdong prints each project's 绩效目标 in its row, or for
        // key projects only) lacks no sheet per project: a missing 绩效目标 part is BM-REQUIRED-SECTION's.
        IReadOnlyList<ProjectRef> unmatched = c.Disclosure.ProjectSheets.Count == 0 ? [] : matching.UnmatchedProjects;
        if (unmatched.Count > 0 && c.Disclosure.ProjectSheets.All(s => s.Details.KeyProject))
        {
            // Targets stated for the key projects (重点项目) only: the other projects lack none.
            c.Report(Severity.Info, FindingKind.Unknown, FindingLocation.Document,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The disclosure states performance targets for {c.Disclosure.ProjectSheets.Count} key projects (重点项目); {unmatched.Count} projects of the project tables are not among them."));
            unmatched = [];
        }
        foreach (var p in unmatched)
        {
            c.Report(Severity.Error, FindingKind.Missing, At.Row(p.Table, p.Row) with { Lines = p.Row.Line is { } l ? [l] : [] },
                $"The project '{p.Row.Name}' of {Label(p.Table.Kind)} ({RelationChecker.Format(p.Row.Total.In(p.Table.Precision.Unit), p.Table.Precision.Decimals)} {RelationChecker.UnitLabel(p.Table.Precision.Unit)}) has no performance sheet.");
        }
        foreach (var s in matching.UnmatchedSheets)
        {
            c.Report(Severity.Error, FindingKind.Missing, Where(s),
                $"The performance sheet of '{s.ProjectName}' (年度资金总额 {RelationChecker.Format(s.AnnualFunding.Total.Yuan, 0)} 元) matches no project of tables 12 and 13.");
        }
        foreach (var skipped in matching.Skipped)
        {
            c.Report(Severity.Info, FindingKind.Unknown, FindingLocation.Document,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{skipped.Projects} projects and {skipped.Sheets} performance sheets{(skipped.Unit is null ? "" : $" of the unit '{skipped.Unit}'")} share neither a name nor an amount; ")
                + string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the search for renamed projects by name similarity alone covers at most {ProjectMatching.MaxSimilarityPairs} pairs per unit, so they are reported unmatched."));
        }
    }

    private static void Amount(ValidationContext c)
    {
        foreach (var m in ProjectMatching.Of(c).Matches)
        {
            // Equal amounts satisfy the relation below exactly, so it would report nothing (and a relation with a
            // sheet figure never takes part in the culprit search).
            if (m.AnnualEqualsAmount)
            {
                continue;
            }
            var (project, sheet) = (m.Project, m.Sheet);
            var table = project.Table;
            var figure = c.Cell(m);
            var annual = SheetFigures.Of(sheet.AnnualFunding.Total, sheet.AnnualFunding.Line ?? sheet.Line, $"the sheet's 年度资金总额");
            if (table.Kind == TableKind.ProjectExpenditureCarryOver && !ProjectWithin(figure, annual))
            {
                var where = WhereAmount(m);
                var lifetime = SheetFigures.Of(sheet.LifetimeFunding.Total, sheet.LifetimeFunding.Line ?? sheet.Line, "the sheet's 实施期资金总额");
                if (ProjectWithin(figure, lifetime))
                {
                    // Carried-over money was appropriated in an earlier year: a sheet that shows it under 实施期 but
                    // gives 年度 as 0 is explained by the carry-over, but the sheet should show this year's spending.
                    c.Report(new Finding(c.RuleId, Severity.Warning, FindingKind.Mismatch,
                        $"The sheet of the carried-over project '{sheet.ProjectName}' gives 年度资金总额 {RelationChecker.Format(sheet.AnnualFunding.Total.Yuan, 0)} 元; "
                        + $"its 实施期资金总额 {RelationChecker.Format(sheet.LifetimeFunding.Total.Yuan, 0)} 元 matches the carried-over {RelationChecker.Format(project.Row.Total.Wan, 2)} 万元, "
                        + "so the amount is explained, but the sheet does not show this year's spending of it.",
                        where with { Lines = where.Lines.Concat(new[] { sheet.AnnualFunding.Line }.OfType<int>()).Distinct().Order().ToArray(), Cells = figure.Cell is { } cell ? [cell] : [] })
                    {
                        Expected = project.Row.Total.Yuan,
                        Actual = sheet.AnnualFunding.Total.Yuan,
                        Unit = "元",
                        Bound = table.Precision.HalfUnit + SheetFigures.PrecisionOf(sheet.AnnualFunding.Total).HalfUnit,
                    });
                    continue;
                }
            }
            c.Relate(annual, [Term.Plus(figure)], Place.Of(m, null, static (m, _) => WhereAmount((ProjectMatch)m)), $"'{sheet.ProjectName}': 年度资金总额 = {Label(table.Kind)}'s amount");
        }

        static FindingLocation WhereAmount(ProjectMatch m) =>
            Where(m.Sheet, m.Project.Table.Kind, m.Project.Row.Line) with { Row = m.Project.Row.Key, Column = TableColumn.Total };

        static bool ProjectWithin(Figure table, Figure sheet) =>
            (table.Precision!.Value.HalfUnit + sheet.Precision!.Value.HalfUnit).Contains(sheet.Amount - table.Amount);
    }

    private static readonly FundingLevel[] FundingLevels = Enum.GetValues<FundingLevel>();

    /// <summary>The labels of the level figures of each period, made once.</summary>
    private static readonly Dictionary<(string Period, FundingLevel Level), string> LevelLabelsByPeriod =
        new[] { "实施期", "年度" }.SelectMany(static p => FundingLevels.Select(l => ((p, l), $"{p} {LevelName(l)}")))
            .ToDictionary(static x => x.Item1, static x => x.Item2);

    private static void Levels(ValidationContext c)
    {
        foreach (var sheet in c.Disclosure.ProjectSheets)
        {
            Check(sheet, sheet.LifetimeFunding, "实施期", "实施期资金总额");
            Check(sheet, sheet.AnnualFunding, "年度", "年度资金总额");
        }

        void Check(ProjectPerformanceSheet sheet, ProjectFunding funding, string period, string totalLabel)
        {
            // A breakdown that adds up exactly needs no relation (Relate would report nothing; sheet figures never take
            // part in the culprit search).
            if (funding.ByLevel.Count == 0 || funding.LevelSum == funding.Total)
            {
                return;
            }
            // The levels in enum order; a level outside the enum falls back to sorting.
            var parts = c.Scratch(funding.ByLevel.Count);
            int n = 0;
            foreach (var level in FundingLevels)
            {
                if (n < parts.Length && funding.ByLevel.TryGetValue(level, out var amount))
                {
                    parts[n++] = Term.Plus(SheetFigures.Of(amount, funding.Line, LevelLabelsByPeriod[(period, level)]));
                }
            }
            if (n != parts.Length)
            {
                parts = funding.ByLevel.OrderBy(kv => kv.Key)
                    .Select(kv => Term.Plus(SheetFigures.Of(kv.Value, funding.Line, $"{period} {LevelName(kv.Key)}"))).ToArray();
            }
            c.Relate(SheetFigures.Of(funding.Total, funding.Line, totalLabel), parts, Place.Of(sheet, funding, static (s, f) => Where((ProjectPerformanceSheet)s, null, ((ProjectFunding)f!).Line)),
                $"'{sheet.ProjectName}': {period}资金总额 = Σ levels");
        }
    }

    internal static string LevelName(FundingLevel level) => level switch
    {
        FundingLevel.Central => "中央财政资金",
        FundingLevel.Provincial => "省级财政资金",
        FundingLevel.MunicipalCounty => "市县(区)财政资金",
        FundingLevel.UnitSelfRaised => "单位自筹",
        _ => "其他资金",
    };

    private static bool IsOneYear(ProjectSheetDetails details)
    {
        return details.Period is { } p && (NameText.NormalizesTo(p, "1年") || NameText.NormalizesTo(p, "一年"))
            || (details.Attribute?.Contains("1年结束", StringComparison.Ordinal) ?? false);
    }

    private static void Period(ValidationContext c)
    {
        foreach (var sheet in c.Disclosure.ProjectSheets)
        {
            if (sheet.LifetimeFunding.Total == sheet.AnnualFunding.Total || !IsOneYear(sheet.Details))
            {
                continue;
            }
            c.Report(new Finding(c.RuleId, Severity.Warning, FindingKind.Mismatch,
                $"'{sheet.ProjectName}' is a one-year project (项目期 {sheet.Details.Period ?? "1年"}) but its 实施期资金总额 is {RelationChecker.Format(sheet.LifetimeFunding.Total.Yuan, 0)} 元 "
                + $"and its 年度资金总额 {RelationChecker.Format(sheet.AnnualFunding.Total.Yuan, 0)} 元.",
                Where(sheet, null, sheet.LifetimeFunding.Line, sheet.AnnualFunding.Line))
            {
                Expected = sheet.LifetimeFunding.Total.Yuan,
                Actual = sheet.AnnualFunding.Total.Yuan,
                Unit = "元",
            });
        }
    }

    private static void PeriodLevels(ValidationContext c)
    {
        foreach (var sheet in c.Disclosure.ProjectSheets)
        {
            var (life, year) = (sheet.LifetimeFunding, sheet.AnnualFunding);
            if (life.Total != year.Total || life.Total.IsZero || life.ByLevel.Count == 0 || year.ByLevel.Count == 0 || !LevelsDiffer(life, year))
            {
                continue;
            }
            Report(c, sheet, life, year);
        }

        static bool LevelsDiffer(ProjectFunding life, ProjectFunding year)
        {
            foreach (var level in FundingLevels)
            {
                if (life[level] != year[level])
                {
                    return true;
                }
            }
            return false;
        }

        static void Report(ValidationContext c, ProjectPerformanceSheet sheet, ProjectFunding life, ProjectFunding year)
        {
            var differing = FundingLevels.Where(l => life[l] != year[l]).ToArray();
            string Describe(ProjectFunding f) => string.Join(", ", differing.Select(l => $"{LevelName(l)} {RelationChecker.Format(f[l].Yuan, 0)}"));
            c.Report(Severity.Warning, FindingKind.Mismatch, Where(sheet, null, life.Line, year.Line),
                $"'{sheet.ProjectName}': 实施期 and 年度 both total {RelationChecker.Format(life.Total.Yuan, 0)} 元 but come from different levels: 实施期 {Describe(life)}; 年度 {Describe(year)}.");
        }
    }

    /// <summary>An indicator of a sheet (or of the overall sheet when <see cref="Sheet"/> is null), once per distinct
    /// indicator, with the periods it appears in; texts for messages are made only when a finding needs them.</summary>
    private readonly record struct IndicatorEntry(ProjectPerformanceSheet? Sheet, SheetIndicator Indicator, string Periods, int? OverallLine)
    {
        internal string Owner => Sheet is null ? "the overall sheet" : $"the sheet of '{Sheet.ProjectName}'";

        internal FindingLocation Where => Sheet is null ? At.Line(Indicator.Line ?? OverallLine) : PerformanceRules.Where(Sheet, null, Indicator.Line);
    }

    /// <summary>The rule ids of the four checks that read every indicator (<see cref="IndicatorChecks"/>).</summary>
    private const string IndicatorLevelRule = "BM-PERF-INDICATOR-LEVEL", IndicatorNameRule = "BM-PERF-INDICATOR-NAME", IndicatorValueRule = "BM-PERF-INDICATOR-VALUE",
        CostRule = "BM-PERF-COST";

    /// <summary>What the three indicator rules and the cost rule report, found in one pass over every indicator for
    /// all four (those not disabled), computed once per run: the first of the rules to run makes the pass, each
    /// reports its own list.</summary>
    /// <remarks>A province's sheets and their indicators are a large part of a disclosure's memory (some 40 MB for
    /// 100,000 function rows), far more than a processor's cache: four passes over them would cost four trips through
    /// main memory, one pass costs one.</remarks>
    private sealed class IndicatorFindings
    {
        /// <summary>A 二级指标 under another 一级指标 (<see cref="IndicatorLevelRule"/>).</summary>
        internal List<IndicatorEntry> Misplaced { get; } = [];

        /// <summary>A 三级指标 named after another indicator level (<see cref="IndicatorNameRule"/>).</summary>
        internal List<IndicatorEntry> NamedAfterLevel { get; } = [];

        /// <summary>A value that looks quantitative but does not parse as one (<see cref="IndicatorValueRule"/>).</summary>
        internal List<IndicatorEntry> Unparsed { get; } = [];

        /// <summary>The sheet periods whose cost indicators come to more than the period's funds
        /// (<see cref="CostRule"/>): the sheet and true for 年度, false for 实施期, in sheet order.</summary>
        internal List<(ProjectPerformanceSheet Sheet, bool Annual)> CostExceeded { get; } = [];
    }

    private static IndicatorFindings IndicatorChecks(ValidationContext c) => c.Memo("indicator-checks", static c =>
    {
        bool levels = !c.Options.IsDisabled(IndicatorLevelRule);
        bool names = !c.Options.IsDisabled(IndicatorNameRule);
        bool values = !c.Options.IsDisabled(IndicatorValueRule);
        bool cost = !c.Options.IsDisabled(CostRule);
        var found = new IndicatorFindings();
        // The cost check reads the same indicators, sheet by sheet, before their entries are checked.
        foreach (var entry in Indicators(c, cost ? sheet =>
        {
            if (CostMayExceed(sheet.LifetimeIndicators, sheet.LifetimeFunding))
            {
                found.CostExceeded.Add((sheet, false));
            }
            if (CostMayExceed(sheet.AnnualIndicators, sheet.AnnualFunding))
            {
                found.CostExceeded.Add((sheet, true));
            }
        } : null))
        {
            var ind = entry.Indicator.Indicator;
            if (levels && !Belongs(ind.Category, ind.Subcategory))
            {
                found.Misplaced.Add(entry);
            }
            if (names && IsNamedAfterLevel(ind))
            {
                found.NamedAfterLevel.Add(entry);
            }
            // IndicatorValue reads a number followed by anything but a known unit (100%完成, 5-10天) as text: such a
            // value looks quantitative to a reader but is not a comparator, a number and a unit.
            if (values && ind.Value.IsQualitative && LooksQuantitative(ind.Value.Text))
            {
                found.Unparsed.Add(entry);
            }
        }
        return found;
    });

    /// <summary>Every indicator of every sheet, once per distinct indicator (an indicator printed the same for both
    /// periods is reported once), with the periods it appears in, sheet by sheet: nothing is kept beyond one sheet,
    /// so a province of 100,000 indicators costs no list of them.</summary>
    private static IEnumerable<IndicatorEntry> Indicators(ValidationContext c, Action<ProjectPerformanceSheet>? eachSheet)
    {
        var d = c.Disclosure;
        var entries = new List<IndicatorEntry>();
        Dictionary<(IndicatorCategory, IndicatorSubcategory, string, string), int>? seen = null;
        foreach (var sheet in d.ProjectSheets)
        {
            eachSheet?.Invoke(sheet);
            entries.Clear();
            seen?.Clear();
            Add(sheet, sheet.LifetimeIndicators, "实施期");
            Add(sheet, sheet.AnnualIndicators, "年度");
            foreach (var entry in entries)
            {
                yield return entry;
            }
        }
        if (d.OverallSheet is { } overall)
        {
            for (int i = 0; i < overall.Indicators.Count; i++)
            {
                yield return new IndicatorEntry(null, overall.Indicators[i], "年度", overall.Line);
            }
        }

        void Add(ProjectPerformanceSheet sheet, IReadOnlyList<SheetIndicator> list, string period)
        {
            for (int i = 0; i < list.Count; i++)
            {
                var si = list[i];
                int at = Find(si.Indicator);
                if (at >= 0)
                {
                    if (!entries[at].Periods.EndsWith(period, StringComparison.Ordinal))
                    {
                        entries[at] = entries[at] with { Periods = entries[at].Periods == "实施期" && period == "年度" ? "实施期/年度" : entries[at].Periods + "/" + period };
                    }
                }
                else
                {
                    seen?.Add(Key(si.Indicator), entries.Count);
                    entries.Add(new IndicatorEntry(sheet, si, period, null));
                }
            }
        }

        // The sheet's earlier entry of the same indicator: a scan while the sheet has few, a dictionary beyond.
        int Find(Indicator indicator)
        {
            if (seen is null && entries.Count > 32)
            {
                seen = [];
            }
            if (seen is not null)
            {
                if (seen.Count == 0)
                {
                    for (int i = 0; i < entries.Count; i++)
                    {
                        seen.TryAdd(Key(entries[i].Indicator.Indicator), i);
                    }
                }
                return seen.TryGetValue(Key(indicator), out int found) ? found : -1;
            }
            for (int i = 0; i < entries.Count; i++)
            {
                var other = entries[i].Indicator.Indicator;
                if (other.Category == indicator.Category && other.Subcategory == indicator.Subcategory
                    && string.Equals(other.Name, indicator.Name, StringComparison.Ordinal)
                    && string.Equals(other.Value.Text, indicator.Value.Text, StringComparison.Ordinal))
                {
                    return i;
                }
            }
            return -1;
        }

        static (IndicatorCategory, IndicatorSubcategory, string, string) Key(Indicator i) => (i.Category, i.Subcategory, i.Name, i.Value.Text);
    }

    /// <summary>The taxonomy's (<see cref="IndicatorTaxonomy.IsValidUnder"/>): 成本指标 as a 一级 holds 经济成本指标,
    /// 社会成本指标 and 生态环境成本指标 (the 2022 template), as well as a 成本指标 二级.</summary>
    private static bool Belongs(IndicatorCategory category, IndicatorSubcategory sub) => IndicatorTaxonomy.IsValidUnder(category, sub);

    private static void IndicatorLevels(ValidationContext c)
    {
        foreach (var entry in IndicatorChecks(c).Misplaced)
        {
            var ind = entry.Indicator.Indicator;
            c.Report(Severity.Warning, FindingKind.Mismatch, entry.Where,
                $"In {entry.Owner} ({entry.Periods}) the indicator '{ind.Name}' has 二级 {ind.Subcategory} under 一级 {ind.Category}, where it does not belong.");
        }
    }

    private static void IndicatorNames(ValidationContext c)
    {
        foreach (var entry in IndicatorChecks(c).NamedAfterLevel)
        {
            var ind = entry.Indicator.Indicator;
            c.Report(Severity.Warning, FindingKind.Mismatch, entry.Where,
                $"In {entry.Owner} ({entry.Periods}) a 三级指标 under {ind.Subcategory} is named '{ind.Name}', the name of another indicator level (value '{ind.Value.Text}'): the row is probably misplaced.");
        }
    }

    /// <summary>True when a 三级指标 carries the name of an indicator level other than its own.</summary>
    private static bool IsNamedAfterLevel(Indicator ind)
    {
        if (NameText.FirstNormalChar(ind.Name) is not { } first || !NormalizedLevelLabels.TryGetValue(first, out var labels))
        {
            return false;
        }
        foreach (var (label, category, sub) in labels)
        {
            // A 三级 named after its own level (服务对象满意度 under 服务对象满意度指标) is tautological, not misplaced.
            if (NameText.NormalizesTo(ind.Name, label) && sub != ind.Subcategory && (sub is not null || category != ind.Category))
            {
                return true;
            }
        }
        return false;
    }

    private static void IndicatorValues(ValidationContext c)
    {
        foreach (var entry in IndicatorChecks(c).Unparsed)
        {
            c.Report(Severity.Warning, FindingKind.Unknown, entry.Where,
                $"In {entry.Owner} ({entry.Periods}) the value '{entry.Indicator.Indicator.Value.Text}' of '{entry.Indicator.Indicator.Name}' looks quantitative but is not a comparator, a number and a known unit.");
        }
    }

    private static bool LooksQuantitative(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length > 0 && (char.IsAsciiDigit(t[0]) || "≥≤><=＞＜≧≦＝⩾⩽".Contains(t[0], StringComparison.Ordinal)) && !IsDate(t);
    }

    /// <summary>True for a date or deadline (12月前完成, 7月底前, 12月31日前): a month, not a quantity.</summary>
    private static bool IsDate(ReadOnlySpan<char> t)
    {
        int digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }
        return digits is 1 or 2 && digits < t.Length && t[digits] == '月';
    }

    /// <summary>True when the money of the cost indicators may exceed the funds (or cannot be added up): the cheap
    /// test of the one pass (<see cref="IndicatorChecks"/>); <see cref="Cost"/> checks and reports those.</summary>
    private static bool CostMayExceed(IReadOnlyList<SheetIndicator> indicators, ProjectFunding funding)
    {
        try
        {
            return CostTotal(indicators, out int count) > funding.Total && count > 0;
        }
        catch (BudgetOverflowException)
        {
            return true; // the rule itself meets the overflow and reports it as its failure
        }
    }

    /// <summary>The money of a period's cost indicators and how many there are.</summary>
    private static Money CostTotal(IReadOnlyList<SheetIndicator> indicators, out int count)
    {
        var sum = Money.Zero;
        var total = Money.Zero;
        count = 0;
        int totals = 0;
        for (int i = 0; i < indicators.Count; i++)
        {
            if (IsCost(indicators[i], out var money, out _))
            {
                sum += money;
                count++;
                if (IsTotalCost(indicators[i].Indicator.Name))
                {
                    total += money;
                    totals++;
                }
            }
        }
        if (totals > 0)
        {
            // 项目总成本 states the whole; the other cost indicators are parts of it, not more money.
            count = totals;
            return total;
        }
        return sum;
    }

    /// <summary>True when a cost indicator's name says it is the total cost (项目总成本, 总成本, 成本合计).</summary>
    private static bool IsTotalCost(string name)
    {
        var n = NameText.Normalize(name);
        return n.Contains("总成本", StringComparison.Ordinal) || n.Contains("成本合计", StringComparison.Ordinal) || n.Contains("成本总额", StringComparison.Ordinal);
    }

    private static bool IsCost(SheetIndicator si, out Money money, out MoneyUnit unit)
    {
        var ind = si.Indicator;
        unit = default;
        money = default;
        return (ind.Subcategory == IndicatorSubcategory.Cost || ind.Category == IndicatorCategory.Cost)
            && ind.Value.TryGetMoney(out money) && IndicatorUnits.TryGetMoneyUnit(ind.Value.Unit, out unit);
    }

    private static void Cost(ValidationContext c)
    {
        foreach (var (sheet, annual) in IndicatorChecks(c).CostExceeded)
        {
            if (annual)
            {
                Check(sheet, sheet.AnnualIndicators, sheet.AnnualFunding, "年度");
            }
            else
            {
                Check(sheet, sheet.LifetimeIndicators, sheet.LifetimeFunding, "实施期");
            }
        }

        void Check(ProjectPerformanceSheet sheet, IReadOnlyList<SheetIndicator> indicators, ProjectFunding funding, string period)
        {
            var sum = CostTotal(indicators, out int count);
            var excess = sum - funding.Total;
            if (count == 0 || excess <= Money.Zero)
            {
                return;
            }
            var bound = SheetFigures.PrecisionOf(funding.Total).HalfUnit;
            var lines = new List<int?> { funding.Line };
            var names = new List<string>();
            bool byTotal = indicators.Any(si => IsCost(si, out _, out _) && IsTotalCost(si.Indicator.Name));
            foreach (var si in indicators)
            {
                if (IsCost(si, out _, out var unit) && (!byTotal || IsTotalCost(si.Indicator.Name)))
                {
                    // The value is known to half a unit of its last printed place (28.205万元: ±0.0005 万元).
                    bound += new PublishedPrecision(unit, Math.Min((int)si.Indicator.Value.Number!.Value.Scale, 6)).HalfUnit;
                    lines.Add(si.Line);
                    names.Add($"{si.Indicator.Name} {si.Indicator.Value.Text}");
                }
            }
            bool drift = bound.Contains(excess);
            c.Report(new Finding(c.RuleId, drift ? Severity.Info : Severity.Error, drift ? FindingKind.RoundingDrift : FindingKind.Inconsistency,
                $"'{sheet.ProjectName}': the {period} cost indicators ({string.Join("; ", names)}) come to {RelationChecker.Format(sum.Yuan, 2)} 元, "
                + $"more than the {period}资金总额 {RelationChecker.Format(funding.Total.Yuan, 2)} 元 by {RelationChecker.Format(excess.Yuan, 2)} 元"
                + (drift ? " (within rounding)." : "."),
                Where(sheet, null, lines.ToArray()))
            {
                Expected = funding.Total.Yuan,
                Actual = sum.Yuan,
                Unit = "元",
                Bound = bound,
            });
        }
    }

    private static void Overall(ValidationContext c)
    {
        var d = c.Disclosure;
        if (d.OverallSheet is not { } sheet)
        {
            return;
        }
        var where = At.Line(sheet.Line);
        Figure Of(Money amount, string label) => Figure.Of(amount, sheet.Precision, sheet.Line, "整体绩效目标表 " + label);
        var t1 = d.RevenueExpenditureSummary;
        var t3 = d.ExpenditureSummary;
        var t4 = d.FiscalAppropriationSummary;
        if (t1?.Summary(SummaryLine.RevenueGrandTotal) is { } grand)
        {
            c.Same(Of(sheet.Total, "合计"), c.Cell(t1, grand, grand.Columns[0]), where, "整体绩效目标表 合计 = 表一 收入总计");
        }
        foreach (var (source, amount) in sheet.BySource.OrderBy(kv => kv.Key))
        {
            if (source == FundSource.FiscalAppropriation)
            {
                // 财政拨款 as a whole: 表四's 支出总计, else 表一's 财政拨款 (its line, or the sum of its funds).
                Term[]? whole = t4?.Summary(SummaryLine.ExpenditureGrandTotal) is { } g
                    ? [Term.Plus(c.Cell(t4, g, g.Has(TableColumn.Total) ? TableColumn.Total : g.Columns[0]))]
                    : t1 is null ? null : FiscalLines.Terms(c, t1, t1.RevenueLines);
                if (whole is not null)
                {
                    c.Relate(Of(amount, source.ToString()), whole, where, $"整体绩效目标表 {source} = the tables' figure");
                }
                continue;
            }
            Figure? expected = null;
            var column = source.IsFiscalAppropriation() ? TableColumns.ForSource(source) : (TableColumn?)null;
            if (column is { } col && t4?.Summary(SummaryLine.ExpenditureGrandTotal) is { } t4Grand && t4Grand.Has(col))
            {
                expected = c.Cell(t4, t4Grand, col);
            }
            else if (t1 is not null && source != FundSource.CarryOver && !FiscalLines.HidesFund(t1.RevenueLines, source))
            {
                var line = t1.RevenueLines.FirstOrDefault(r => r.Source == source);
                expected = line is null ? ValidationContext.Absent($"T1[{source}]") : c.Cell(t1, line, line.Columns[0]);
            }
            if (expected is { } e)
            {
                c.Same(Of(amount, source.ToString()), e, where, $"整体绩效目标表 {source} = the tables' figure");
            }
        }
        if (t3?.TotalRow is { } total)
        {
            foreach (var (type, amount) in sheet.ByType.OrderBy(kv => kv.Key))
            {
                var col = type == ExpenditureType.Basic ? TableColumn.Basic : TableColumn.Project;
                c.Same(Of(amount, col.ChineseName()), c.Cell(t3, total, col), where, $"整体绩效目标表 {col.ChineseName()} = 表三 {col.ChineseName()}");
            }
        }
    }

    private static void Staff(ValidationContext c)
    {
        var overview = c.Disclosure.Unit.Staff;
        var sheet = c.Disclosure.OverallSheet;
        var where = At.Line(sheet?.Line);
        if (overview is not null && sheet is not null)
        {
            Compare("内设机构", overview.InternalDepartments, sheet.Staff.InternalDepartments);
            Compare("所属预算单位数", overview.SubordinateUnits, sheet.Staff.SubordinateUnits);
            Compare("编制", overview.AuthorizedStaff, sheet.Staff.AuthorizedStaff);
            Compare("实有人数", overview.ActualStaff, sheet.Staff.ActualStaff);
            Compare("在编人员数", overview.ActualOnEstablishment, sheet.Staff.ActualOnEstablishment);
            Compare("其他人员数", overview.ActualOther, sheet.Staff.ActualOther);
        }
        foreach (var (figures, owner) in new[] { (overview, "概况"), (sheet?.Staff, "the overall sheet") })
        {
            if (figures is { ActualStaff: { } all, ActualOnEstablishment: { } on, ActualOther: { } other } && all != on + other)
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                    $"In {owner} 实际在职 {all} ≠ 在编 {on} + 其他 {other}.", where) { Expected = on + other, Actual = all, Unit = "人" });
            }
        }

        void Compare(string what, int? stated, int? onSheet)
        {
            if (stated is { } a && onSheet is { } b && a != b)
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                    $"概况 gives {what} {a}, the overall performance sheet {b}.", where) { Expected = a, Actual = b, Unit = "人" });
            }
        }
    }
}
