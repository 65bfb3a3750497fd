using System.Globalization;
using System.Text.RegularExpressions;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Validation.Rules;

/// <summary>The prose restates the tables: amounts, shares, changes, counts, sums of parts, project amounts, years
/// and class names.</summary>
internal static partial class ProseRules
{
    internal static IEnumerable<IDisclosureRule> Create()
    {
        yield return new Rule("BM-PROSE-AMOUNT", "Each amount the prose states = the table figure it restates, within the stated precision", "说明中的金额与报表一致", Amounts);
        yield return new Rule("BM-PROSE-SHARE", "Each share (占 x%) = part / base from the tables, within the stated decimals", "说明中的占比与报表计算一致", Shares);
        yield return new Rule("BM-PROSE-CHANGE", "A change amount and percent stated together agree: percent = change / (current − change)", "增减额与增减幅相互一致", Changes);
        yield return new Rule("BM-PROSE-COUNT", "Counts of projects stated = the projects of tables 12 and 13", "说明中的项目个数与项目表一致", Counts);
        yield return new Rule("BM-PROSE-PARTS", "Stated parts sum to the stated total (采购 货物+工程+服务 of each fund; “三公” = 出国 + 接待 + 公务用车, 公务用车 = 购置 + 运行; vehicles = their kinds; 其他运转类 + 特定目标类 projects)", "说明中的分项之和等于总额", Parts);
        yield return new Rule("BM-PROSE-PROJECT", "Each project amount the prose states = the project's amount in table 12 or 13 (matched by name similarity)", "说明中的项目金额与项目表一致", Projects);
        yield return new Rule("BM-PROSE-YEAR", "A change is compared with the year before the budget year", "增减比较年度为上一年度", Years);
        yield return new Rule("BM-PROSE-CLASS-NAME", "A class the prose names with its code carries the catalog name of the budget year", "说明中科目名称与当年科目一致", ClassNames);
        yield return new Rule("BM-PROSE-PRIOR", "The year before's figure the prose states and the change it states agree with this year's amount: change = current − prior", "上年数、增减额与本年数相互一致", Priors);
        yield return new Rule("BM-PROSE-SELECTION", "A selection of the projects the prose states (编报绩效目标的项目共9个，涉及项目预算资金…) is no more than all projects: count ≤ the projects of tables 12 and 13, money ≤ 项目支出", "说明中部分项目的个数和金额不超过全部项目", TopicTerms.Selections);
        yield return new Rule("BM-PROSE-UNREAD", "A sentence of the notes with a figure from which no fact was read (Info: the coverage of the notes)", "说明中未读取的数字", Unread);
    }

    // ------------------------------------------------------------------ resolving a subject to table figures

    /// <summary>The table figures a subject restates, as the terms of a sum; null when no table states it.</summary>
    internal static Term[]? Resolve(ValidationContext c, FactSubject s)
    {
        var d = c.Disclosure;
        var t1 = d.RevenueExpenditureSummary;
        var t3 = d.ExpenditureSummary;
        var t4 = d.FiscalAppropriationSummary;
        static Term[]? One(ValidationContext c, BudgetTable? table, SummaryLine line, TableColumn? column = null)
        {
            var row = table?.Summary(line);
            if (table is null || row is null)
            {
                return null;
            }
            return [Term.Plus(c.Cell(table, row, column is { } col && row.Has(col) ? col : row.Columns[0]))];
        }
        // A column the table's total row prints (人员经费, 公用经费); null when it prints none (a table of classes only).
        static Term[]? OwnColumn(ValidationContext c, BudgetTable? table, TableColumn column) =>
            table?.Summary(SummaryLine.Total) is { } total && total.Has(column) ? [Term.Plus(c.Cell(table, total, column))] : null;
        static Term[]? Row(ValidationContext c, BudgetTable? table, TableRow? row, TableColumn column) =>
            table is null ? null : row is null ? [Term.Plus(ValidationContext.Absent($"T{(int)table.Kind} (no such row)"))] : [Term.Plus(c.Cell(table, row, column))];
        static Term[]? Tops(ValidationContext c, NamedRowTable? table) => table is null ? null : c.Terms(table, RowIndex.Layout(c, table).TopRows, TableColumn.Total).ToArray();
        static FunctionRow? ByCode(ValidationContext c, IReadOnlyList<FunctionRow>? rows, FunctionCode? code) =>
            code is not { } k || rows is null ? null
            : RowIndex.InCodeOrder(c, rows, static r => r.Code) ? RowIndex.FindCode(rows, k)
            : RowIndex.ByCode(c, rows).GetValueOrDefault(k);
        if (TopicTerms.TryResolve(c, s, out var topicTerms))
        {
            return topicTerms;
        }

        switch (s.Topic)
        {
            case FactTopic.TotalRevenue:
            case FactTopic.OverallPerformanceFunds:
                return One(c, t1, SummaryLine.RevenueGrandTotal) ?? One(c, t3, SummaryLine.Total, TableColumn.Total);
            case FactTopic.CurrentYearRevenue:
                return One(c, t1, SummaryLine.CurrentYearRevenue);
            case FactTopic.CarryOverRevenue:
                return One(c, t1, SummaryLine.CarryOverRevenue);
            case FactTopic.RevenueBySource when s.Source is FundSource.CarryOver:
                return One(c, t1, SummaryLine.CarryOverRevenue);
            case FactTopic.RevenueBySource when s.Source is FundSource.FiscalAppropriation:
                return t1 is null ? null : FiscalLines.Terms(c, t1, t1.RevenueLines) ?? [Term.Plus(ValidationContext.Absent("T1 (no such row)"))];
            case FactTopic.RevenueBySource when s.Source is { } src && t1 is not null && FiscalLines.HidesFund(t1.RevenueLines, src):
                return null; // 表一 prints 财政拨款 whole, not this fund
            case FactTopic.RevenueBySource when s.Source is { } src:
                return Row(c, t1, SourceLine(t1, src), TableColumn.Amount);
            case FactTopic.TotalExpenditure:
                return One(c, t1, SummaryLine.ExpenditureGrandTotal, TableColumn.Total) ?? One(c, t3, SummaryLine.Total, TableColumn.Total);
            case FactTopic.CurrentYearExpenditure:
                return One(c, t1, SummaryLine.CurrentYearExpenditure, TableColumn.CurrentYear);
            case FactTopic.CarryOverExpenditure:
                return One(c, t1, SummaryLine.CurrentYearExpenditure, TableColumn.CarryOver);
            case FactTopic.BasicExpenditure:
                return One(c, t3, SummaryLine.Total, TableColumn.Basic);
            case FactTopic.ProjectExpenditure:
                return One(c, t3, SummaryLine.Total, TableColumn.Project);
            case FactTopic.PersonnelExpenses:
                return OwnColumn(c, d.GeneralBudgetBasicExpenditure, TableColumn.Personnel);
            case FactTopic.PublicExpenses:
                return OwnColumn(c, d.GeneralBudgetBasicExpenditure, TableColumn.Public);
            case FactTopic.FiscalAppropriationTotal:
                return One(c, t4, SummaryLine.RevenueGrandTotal);
            case FactTopic.FiscalBySource when s.Source is { } src:
                var column = src.IsFiscalAppropriation() ? TableColumns.ForSource(src) : (TableColumn?)null;
                return column is { } col && t4?.Summary(SummaryLine.ExpenditureGrandTotal) is { } grand && grand.Has(col) ? [Term.Plus(c.Cell(t4, grand, col))] : null;
            case FactTopic.FiscalCurrentYear:
                return One(c, t4, SummaryLine.CurrentYearRevenue);
            case FactTopic.FiscalCarryOver:
                return One(c, t4, SummaryLine.CarryOverRevenue);
            case FactTopic.FiscalExpenditureByClass:
                // 表四 lists classes; a section or an item is found in the table of 财政拨款 by function when there is one.
                if (s.Code is not { } fiscalCode)
                {
                    return null;
                }
                if (ByCode(c, t4?.ExpenditureLines, fiscalCode) is { } fiscalRow)
                {
                    return [Term.Plus(c.Cell(t4!, fiscalRow, TableColumn.Total))];
                }
                var byFunction = d.FiscalAppropriationExpenditureByFunction;
                if (ByCode(c, byFunction?.FunctionRows, fiscalCode) is { } functionRow)
                {
                    return [Term.Plus(c.Cell(byFunction!, functionRow, TableColumn.Total))];
                }
                return ListsLevel(t4?.ExpenditureLines, fiscalCode) || ListsLevel(byFunction?.FunctionRows, fiscalCode)
                    ? Row(c, (BudgetTable?)byFunction ?? t4, null, TableColumn.Total) : null;
            case FactTopic.ExpenditureByClass:
                // 表三 (支出总表) lists the classes of all funds; a code of a level it does not list is not stated there.
                if (s.Code is not { } allCode)
                {
                    return null;
                }
                var allRow = ByCode(c, t3?.FunctionRows, allCode);
                return allRow is null && !ListsLevel(t3?.FunctionRows, allCode) ? null : Row(c, t3, allRow, TableColumn.Total);
            case FactTopic.GeneralBudgetCurrentYear:
                return One(c, d.GeneralBudgetExpenditure, SummaryLine.Total, TableColumn.Total);
            case FactTopic.GeneralBudgetByClass:
                // A code of a level the table does not list (an item where it stops at sections) is not stated there.
                if (s.Code is not { } generalCode)
                {
                    return null;
                }
                var generalRow = ByCode(c, d.GeneralBudgetExpenditure?.FunctionRows, generalCode);
                return generalRow is null && !ListsLevel(d.GeneralBudgetExpenditure?.FunctionRows, generalCode)
                    ? null
                    : Row(c, d.GeneralBudgetExpenditure, generalRow, TableColumn.Total);
            case FactTopic.GeneralBudgetByEconomicClass:
            case FactTopic.GeneralBudgetBasicByEconomicClass:
                return EconomicTerms(c, s);
            case FactTopic.ThreePublicTotal:
                // The “三公” figure: the table's “三公” subtotal when it prints one beside a 合计 that adds 会议费 and 培训费.
                return One(c, d.ThreePublicExpenses, d.ThreePublicExpenses?.ThreePublicSubtotal is null ? SummaryLine.Total : SummaryLine.ThreePublicSubtotal, TableColumn.Total);
            case FactTopic.OverseasTravel:
                return Row(c, d.ThreePublicExpenses, d.ThreePublicExpenses?.OverseasTravel, TableColumn.Total);
            case FactTopic.Reception:
                return Row(c, d.ThreePublicExpenses, d.ThreePublicExpenses?.Reception, TableColumn.Total);
            case FactTopic.VehiclePurchase:
                // A “三公” table may print the vehicles' subtotal without its two parts: no part row, nothing to compare.
                return d.ThreePublicExpenses?.VehiclePurchase is null ? null : Row(c, d.ThreePublicExpenses, d.ThreePublicExpenses.VehiclePurchase, TableColumn.Total);
            case FactTopic.VehicleOperation:
                return d.ThreePublicExpenses?.VehicleOperation is null ? null : Row(c, d.ThreePublicExpenses, d.ThreePublicExpenses.VehicleOperation, TableColumn.Total);
            case FactTopic.VehiclePurchaseAndOperation when d.ThreePublicExpenses is { } tp:
                // The 小计 of 公务用车购置及运行费 when the table prints it, else its two parts.
                return tp.Vehicles is { } subtotal ? [Term.Plus(c.Cell(tp, subtotal, TableColumn.Total))]
                    : tp.VehiclePurchase is { } bought && tp.VehicleOperation is { } run ? [Term.Plus(c.Cell(tp, bought, TableColumn.Total)), Term.Plus(c.Cell(tp, run, TableColumn.Total))]
                    : null;
            case FactTopic.OperatingExpenses:
                return Tops(c, d.OperatingExpenses);
            case FactTopic.PerformanceProjects:
            case FactTopic.DisclosedPerformanceProjects:
                var projects = (Tops(c, d.ProjectExpenditureCurrent) ?? []).Concat(Tops(c, d.ProjectExpenditureCarryOver) ?? []).ToArray();
                return projects.Length > 0 ? projects : One(c, t3, SummaryLine.Total, TableColumn.Project);
            default:
                return ResolveFunds(c, s);
        }
    }

    /// <summary>True when the rows list codes of the level of <paramref name="code"/>.</summary>
    private static bool ListsLevel(IReadOnlyList<FunctionRow>? rows, FunctionCode code)
    {
        if (rows is null)
        {
            return false;
        }
        foreach (var row in rows)
        {
            if (row.Code.Level == code.Level)
            {
                return true;
            }
        }
        return false;
    }

    private static SourceRow? SourceLine(SummaryTable? t1, FundSource source)
    {
        if (t1 is null)
        {
            return null;
        }
        foreach (var line in t1.RevenueLines)
        {
            if (line.Source == source)
            {
                return line;
            }
        }
        return null;
    }

    /// <summary>Where a fact is: its subject, code, project name and line.</summary>
    internal static FindingLocation Where(ProseFact f) =>
        new(null, f.Subject.ToString(), f.Subject.Code?.Value, f.Subject.Topic == FactTopic.Project ? f.Subject.Name : null) { Lines = f.Line is { } l ? [l] : [] };

    internal static Figure Stated(ProseFact f) => Figure.Stated(f);

    /// <summary>The label of a stated amount in messages: the subject and the prose's wording.</summary>
    internal static string StatedLabel(ProseFact f) => $"the prose's {f.Subject} '{f.Excerpt ?? RelationChecker.Format(f.Value, f.Decimals) + f.Unit}'";

    private static string Fmt(decimal v, int decimals) => RelationChecker.Format(v, decimals);

    /// <summary>The table of the first part that is a table cell.</summary>
    private static TableKind? TableOf(Term[] parts)
    {
        foreach (var part in parts)
        {
            if (part.Figure.Cell is { } cell)
            {
                return cell.Table;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ rules

    private static void Amounts(ValidationContext c)
    {
        foreach (var f in c.Disclosure.Facts)
        {
            if (f.IsAmountOutOfRange)
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Unknown,
                    string.Create(CultureInfo.InvariantCulture, $"The prose states {f.Subject} as {f.Value} {f.Unit}, beyond the range of an amount (about ±9.2 × 10^16 元); it is not compared with the tables."),
                    new FindingLocation { Lines = f.Line is { } line ? [line] : [] })
                {
                    Actual = f.Value,
                    Unit = f.Unit,
                });
                continue;
            }
            if (f.Kind != FactKind.Amount || f.Subject.Topic == FactTopic.Project || f.Amount is not { } amount || Resolve(c, f.Subject) is not { } parts)
            {
                continue;
            }
            // A figure cut (not rounded) to its stated precision, less than one unit of it off, is drift: a warning.
            bool cut = IsCut(amount, f.Precision, parts);
            c.Relate(Figure.Stated(f, amount), parts, new Place(f, TableOf(parts)),
                $"stated {f.Subject} = the tables' figure{(cut ? " (the prose cuts the table's figure to its stated precision instead of rounding it: drift, not a different amount)" : "")}",
                cut ? Severity.Warning : Severity.Error);
        }
    }

    /// <summary>True when the stated amount is the tables' figure cut toward zero at the stated precision (17374 万元
    /// for 17,374.6137), not equal to it: within one unit of the last stated place, on the side of zero.</summary>
    internal static bool IsCut(Money stated, PublishedPrecision? precision, Term[] parts)
    {
        // The last stated place in fen (HalfUnit counts half of it in half-fen: the same number); a place of a fen or
        // finer cuts nothing.
        long unitFen = precision?.HalfUnit.HalfFen ?? 0;
        if (unitFen <= 1)
        {
            return false;
        }
        decimal table = Value(parts).Fen;
        decimal cut = Math.Sign(table) * Math.Floor(Math.Abs(table) / unitFen) * unitFen;
        return cut != table && (decimal)stated.TotalFen == cut;
    }

    /// <summary>The value of a sum of terms and the rounding it carries, in fen.</summary>
    private static (decimal Fen, decimal HalfFenBound) Value(IEnumerable<Term> terms)
    {
        decimal fen = 0, bound = 0;
        foreach (var t in terms)
        {
            fen += t.Sign * (decimal)t.Figure.Amount.TotalFen;
            bound += t.Figure.Precision?.HalfUnit.HalfFen ?? 0;
        }
        return (fen, bound / 2m);
    }

    private static decimal HalfPercent(int decimals)
    {
        decimal half = 0.5m;
        for (int i = 0; i < decimals; i++)
        {
            half /= 10m;
        }
        return half;
    }

    private static void Shares(ValidationContext c)
    {
        foreach (var f in c.Disclosure.Facts)
        {
            if (f.Kind != FactKind.Share || f.Base is null || Resolve(c, f.Subject) is not { } partTerms || Resolve(c, f.Base) is not { } baseTerms)
            {
                continue;
            }
            CheckShare(c, f, partTerms, baseTerms);
        }
    }

    /// <summary>Checks a stated share against part / base (each a sum of terms: table cells or stated amounts), within
    /// the share's stated decimals and the rounding of the figures; reports under the running rule.</summary>
    internal static void CheckShare(ValidationContext c, ProseFact f, Term[] partTerms, Term[] baseTerms)
    {
        var (part, dPart) = Value(partTerms);
        var (whole, dWhole) = Value(baseTerms);
        if (whole == 0)
        {
            return;
        }
        decimal computed = part / whole * 100m;
        decimal propagated = (dPart / Math.Abs(whole) + Math.Abs(part) * dWhole / (whole * whole)) * 100m;
        decimal bound = HalfPercent(f.Decimals) + propagated;
        decimal printed = Math.Round(computed, Math.Clamp(f.Decimals, 0, 10), MidpointRounding.AwayFromZero);
        decimal difference = f.Value - computed;
        if (f.Value == printed)
        {
            return;
        }
        bool drift = Math.Abs(difference) <= bound;
        var cells = partTerms.Concat(baseTerms).Select(t => t.Figure.Cell).OfType<CellLocation>().Distinct().ToArray();
        c.Report(new Finding(c.RuleId, drift ? Severity.Info : Severity.Error, drift ? FindingKind.RoundingDrift : FindingKind.Inconsistency,
            string.Create(CultureInfo.InvariantCulture, $"The prose states {f.Subject} as {Fmt(f.Value, f.Decimals)}% of {f.Base}; {(cells.Length > 0 ? "the tables" : "the stated amounts")} give {Fmt(part / 1_000_000m, 2)} / {Fmt(whole / 1_000_000m, 2)} 万元 = {computed:0.####}%, which prints as {Fmt(printed, f.Decimals)}% (bound ±{bound:0.####} points)")
            + (drift ? ", within the rounding of the figures." : "."),
            Where(f) with { Cells = cells })
        {
            Expected = printed,
            Actual = f.Value,
            Unit = "%",
        });
    }

    private static void Changes(ValidationContext c)
    {
        var pending = new Dictionary<FactSubject, ProseFact>();
        foreach (var f in c.Disclosure.Facts)
        {
            if (f.Kind == FactKind.ChangeAmount && f.Amount is not null)
            {
                pending[f.Subject] = f;
            }
            else if (f.Kind == FactKind.ChangePercent && pending.Remove(f.Subject, out var change))
            {
                Check(change, f);
            }
        }

        void Check(ProseFact change, ProseFact percent)
        {
            decimal current, dCurrent;
            IReadOnlyList<CellLocation> cells = [];
            if (Resolve(c, change.Subject) is { } terms)
            {
                (current, dCurrent) = Value(terms);
                cells = terms.Select(t => t.Figure.Cell).OfType<CellLocation>().ToArray();
            }
            else if (c.Disclosure.Facts.FirstOrDefault(x => x.Kind == FactKind.Amount && x.Subject == change.Subject && x.Amount is not null) is { } stated)
            {
                current = stated.Amount!.Value.TotalFen;
                dCurrent = stated.Precision!.Value.HalfUnit.HalfFen / 2m;
            }
            else
            {
                return;
            }
            decimal delta = change.Amount!.Value.TotalFen;
            decimal dDelta = change.Precision!.Value.HalfUnit.HalfFen / 2m;
            decimal prior = current - delta;
            if (prior <= 0)
            {
                return;
            }
            decimal computed = delta / prior * 100m;
            decimal bound = HalfPercent(percent.Decimals) + 100m * (Math.Abs(current) * dDelta + Math.Abs(delta) * dCurrent) / (prior * prior);
            decimal difference = percent.Value - computed;
            if (Math.Abs(difference) <= bound)
            {
                return;
            }
            var where = Where(percent) with { Lines = new[] { change.Line, percent.Line }.OfType<int>().Distinct().Order().ToArray(), Cells = cells };
            c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                string.Create(CultureInfo.InvariantCulture, $"The prose states a change of {change.Subject} of {Fmt(change.Value, change.Decimals)}{change.Unit} and {Fmt(percent.Value, percent.Decimals)}%; ")
                + string.Create(CultureInfo.InvariantCulture, $"with the current {Fmt(current / 1_000_000m, 2)} 万元 the prior year is {Fmt(prior / 1_000_000m, 2)} 万元 and the change {computed:0.##}% (bound ±{bound:0.####} points)."),
                where)
            {
                Expected = Math.Round(computed, Math.Clamp(percent.Decimals, 0, 10), MidpointRounding.AwayFromZero),
                Actual = percent.Value,
                Unit = "%",
            });
        }
    }

    private static int ProjectCount(ValidationContext c) => ProjectMatching.ProjectsOf(c).Count;

    private static void Counts(ValidationContext c)
    {
        if (c.Disclosure.ProjectExpenditureCurrent is null && c.Disclosure.ProjectExpenditureCarryOver is null)
        {
            return;
        }
        int projects = ProjectCount(c);
        foreach (var f in c.Disclosure.Facts)
        {
            if (f.Kind == FactKind.Count && f.Subject.Topic is FactTopic.PerformanceProjects or FactTopic.DisclosedPerformanceProjects && f.Subject.Name is null && f.Value != projects)
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                    $"The prose counts {Fmt(f.Value, 0)} projects ({f.Subject.Topic}) but tables 12 and 13 list {projects}.", Where(f))
                { Expected = projects, Actual = f.Value, Unit = "个" });
            }
        }
    }

    /// <summary>The value every fact of a kind and subject agrees on, or null when they disagree or there are none.</summary>
    internal static ProseFact? Consensus(IEnumerable<ProseFact> facts)
    {
        ProseFact? first = null;
        foreach (var f in facts)
        {
            if (first is null)
            {
                first = f;
            }
            else if (first.Value != f.Value || first.Unit != f.Unit)
            {
                return null;
            }
        }
        return first;
    }

    private static void Parts(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;

        // 政府采购 of each fund: 总额 = 货物 + 工程 + 服务; “三公” = its items; vehicles = their kinds.
        NoteRules.ProcurementParts(c);
        NoteRules.ThreePublicParts(c);
        NoteRules.VehicleKinds(c);
        TopicTerms.FixedAssetParts(c);
        TopicTerms.ProjectListParts(c);
        BreakdownParts(c);

        // Projects by category: each category = total − the other categories (amounts, then counts).
        foreach (var kind in new[] { FactKind.Amount, FactKind.Count })
        {
            var byCategory = facts.Where(f => f.Kind == kind && f.Subject.Topic == FactTopic.ProjectsByCategory && f.Subject.Category is not null
                    && (kind == FactKind.Count || f.Amount is not null))
                .GroupBy(f => f.Subject.Category!.Value).OrderBy(g => g.Key).ToArray();
            if (byCategory.Length < 2)
            {
                continue;
            }
            var totals = facts.Where(f => f.Kind == kind && f.Subject.Topic is FactTopic.PerformanceProjects or FactTopic.DisclosedPerformanceProjects && (kind == FactKind.Count || f.Amount is not null));
            var total = Consensus(totals);
            foreach (var group in byCategory)
            {
                var others = byCategory.Where(g => g.Key != group.Key).Select(g => Consensus(g)).ToArray();
                if (others.Any(o => o is null))
                {
                    continue;
                }
                foreach (var f in group)
                {
                    if (kind == FactKind.Amount)
                    {
                        Term[]? whole = total is not null ? [Term.Plus(Stated(total))] : Resolve(c, new FactSubject(FactTopic.ProjectExpenditure));
                        if (whole is null)
                        {
                            continue;
                        }
                        c.Relate(Stated(f), whole.Concat(others.Select(o => Term.Minus(Stated(o!)))).ToArray(), new Place(f, null),
                            $"{f.Subject.Category} projects = all projects − the other categories");
                    }
                    else
                    {
                        decimal whole = total?.Value ?? ProjectCount(c);
                        decimal expected = whole - others.Sum(o => o!.Value);
                        if (expected != f.Value)
                        {
                            c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                                $"The prose counts {Fmt(f.Value, 0)} {f.Subject.Category} projects, but {Fmt(whole, 0)} projects less the other categories leave {Fmt(expected, 0)}.", Where(f))
                            { Expected = expected, Actual = f.Value, Unit = "个" });
                        }
                    }
                }
            }
        }
    }

    private static void Projects(ValidationContext c)
    {
        var projects = ProjectMatching.ProjectsOf(c);
        var names = ProjectMatching.NamesOf(c);
        var byName = ProjectMatching.FirstByName(c);
        foreach (var f in c.Disclosure.Facts)
        {
            if (f.Kind != FactKind.Amount || f.Subject.Topic != FactTopic.Project || f.Subject.Name is not { } name || f.Amount is not { } amount)
            {
                continue;
            }
            // The first project of the highest similarity (names prepared once; nothing beats similarity 1).
            ProjectRef? best = null;
            double bestScore = 0;
            var stated = new ComparableName(name);
            if (byName.TryGetValue(stated.Normal, out int equal))
            {
                // An equal name; only an earlier name with the same bigrams (similarity 1 too) would come first.
                (best, bestScore) = (projects[equal], 1.0);
                for (int i = 0; i < equal; i++)
                {
                    if (names[i].Normal.Length == stated.Normal.Length && NameText.Similarity(stated, names[i]) == 1.0)
                    {
                        best = projects[i];
                        break;
                    }
                }
            }
            for (int i = 0; i < projects.Count && bestScore < 1.0; i++)
            {
                if (NameText.SimilarityBound(stated, names[i]) <= bestScore)
                {
                    continue;
                }
                double score = NameText.Similarity(stated, names[i]);
                if (score > bestScore)
                {
                    (best, bestScore) = (projects[i], score);
                }
            }
            if (best is null || bestScore < c.Options.NameSimilarity)
            {
                c.Report(Severity.Warning, FindingKind.Unknown, Where(f), $"The prose names the project '{name}' ({Fmt(f.Value, f.Decimals)}{f.Unit}), which tables 12 and 13 do not list.");
                continue;
            }
            var figure = c.Cell(best);
            var where = new Place(f, best.Table.Kind);
            if (best.Table.Kind == TableKind.ProjectExpenditureCarryOver && amount > figure.Amount)
            {
                // The prose names a carried-over project by its original appropriation (上年新增项目…5000万元，年末结转
                // 3232.37万元): larger than what is carried over, and not a figure of this year's tables.
                c.Report(new Finding(c.RuleId, Severity.Info, FindingKind.Mismatch,
                    $"The prose gives '{name}' as {Fmt(f.Value, f.Decimals)}{f.Unit}, more than the {Fmt(best.Row.Total.Wan, 2)} 万元 table 13 carries over; read as the project's original appropriation, not this year's budget.",
                    where.Location with { Cells = figure.Cell is { } cell ? [cell] : [], Lines = At.Lines([f.Line, best.Row.Line]) })
                {
                    Expected = figure.Amount.In(f.Precision!.Value.Unit),
                    Actual = f.Value,
                    Unit = f.Unit,
                });
                continue;
            }
            c.Relate(Figure.Stated(f, amount), [Term.Plus(figure)], where, $"the prose's amount of '{name}' = the project table's");
        }
    }

    [GeneratedRegex(@"(比|较|与|同比)\s*(上年|\d{4}\s*年)|同比|相比")]
    private static partial Regex ComparisonPattern();

    /// <summary>The budget year itself printed before the comparison it is the subject of (2026年预算比2025年预算增加):
    /// the year compared with is the one after 比 / 较, not this one.</summary>
    private static bool IsBudgetYearBeforeComparison(int year, int budgetYear, string mention, string context)
    {
        if (year != budgetYear)
        {
            return false;
        }
        int at = context.IndexOf(mention, StringComparison.Ordinal);
        return at >= 0 && SubjectBeforeComparison().IsMatch(context.AsSpan(at + mention.Length));
    }

    /// <summary>What follows a year that is the subject of a comparison: a few words without a break, then 比 / 较.</summary>
    [GeneratedRegex(@"^[^，。；,;]{0,8}?(比|较)")]
    private static partial Regex SubjectBeforeComparison();

    private static void Years(ValidationContext c)
    {
        int expected = c.Disclosure.BudgetYear - 1;
        // One finding per statement: a comparison read as several facts (the change and its percent; one figure for both
        // totals, 2026年预算比2024年预算增加…) names each subject once, on the statement's line.
        var statements = c.Disclosure.Facts
            .Where(f => f.ComparedYear is { } year && year != expected)
            .GroupBy(f => (f.Line, Year: f.ComparedYear!.Value));
        var reported = new HashSet<(int? Line, int Year)>();
        foreach (var statement in statements)
        {
            var first = statement.First();
            var subjects = string.Join(" and ", statement.Select(f => f.Subject.ToString()).Distinct(StringComparer.Ordinal));
            reported.Add(statement.Key);
            c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Mismatch,
                $"The prose compares {subjects} of the {c.Disclosure.BudgetYear} budget with {statement.Key.Year}; a change is compared with the year before ({expected}).", Where(first))
            { Expected = expected, Actual = statement.Key.Year, Unit = "年" });
        }
        foreach (var m in c.Disclosure.Mentions)
        {
            if (m.Kind == MentionKind.Year && m.Year is { } year && year != expected && m.Context is { } context && ComparisonPattern().IsMatch(context)
                && !reported.Contains((m.Line, year))
                && !IsBudgetYearBeforeComparison(year, c.Disclosure.BudgetYear, m.Text, context))
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Mismatch,
                    $"'{context}' compares the {c.Disclosure.BudgetYear} budget with {year}; a change is compared with the year before ({expected}).", At.Line(m.Line))
                { Expected = expected, Actual = year, Unit = "年" });
            }
        }
    }

    /// <summary>The year before's figure (上年预算数 / 执行数) and the change stated for the same subject: change = this
    /// year's amount (the tables', else the prose's) − the year before's.</summary>
    private static void Priors(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        foreach (var prior in facts)
        {
            if (prior.Kind != FactKind.PriorYearAmount || prior.Amount is null)
            {
                continue;
            }
            var change = facts.FirstOrDefault(f => f.Kind == FactKind.ChangeAmount && f.Subject == prior.Subject && f.Amount is not null);
            if (change is null)
            {
                continue;
            }
            Term[]? current = Resolve(c, prior.Subject);
            if (current is null && facts.FirstOrDefault(f => f.Kind == FactKind.Amount && f.Subject == prior.Subject && f.Amount is not null) is { } stated)
            {
                current = [Term.Plus(Stated(stated))];
            }
            if (current is null)
            {
                continue;
            }
            c.Relate(Stated(change), [.. current, Term.Minus(Stated(prior))], new Place(change, TableOf(current)), $"stated change of {change.Subject} = this year's amount − the year before's");
        }
    }

    /// <summary>Each sentence of the notes with a figure from which no fact was read, once, as Info.</summary>
    private static void Unread(ValidationContext c)
    {
        foreach (var m in c.Disclosure.Mentions)
        {
            if (m.Kind == MentionKind.UnreadFigures)
            {
                c.Report(Severity.Info, FindingKind.Unknown, At.Line(m.Line),
                    $"The notes state figures that were not read: '{m.Text}'" + (m.Context is { } heading ? $" (under '{heading}')." : "."));
            }
        }
    }

    private static void ClassNames(ValidationContext c)
    {
        if (c.Catalog is not { } catalog)
        {
            return;
        }
        foreach (var m in c.Disclosure.Mentions)
        {
            if (m.Kind != MentionKind.FunctionClass || m.Code is null || !FunctionCode.TryParse(m.Code, out var code))
            {
                continue;
            }
            var check = catalog.CheckName(code, m.Text);
            var where = At.Line(m.Line) with { Code = code.Value };
            if (check.Outcome == NameCheckOutcome.FormerName)
            {
                c.Report(Severity.Warning, FindingKind.Mismatch, where,
                    $"The prose names class {code.Value} by its former name '{m.Text}' (editions {check.Former!.EditionRange()}); the {catalog.Year} catalog names it '{check.ExpectedName}'.");
            }
            else if (check.Outcome is NameCheckOutcome.Mismatch or NameCheckOutcome.Misspelling)
            {
                c.Report(Severity.Warning, FindingKind.Mismatch, where, $"The prose names class {code.Value} '{m.Text}'; the {catalog.Year} catalog names it '{check.ExpectedName}'.");
            }
            else if (check.Outcome == NameCheckOutcome.UnknownCode)
            {
                c.Report(Severity.Warning, FindingKind.Unknown, where, $"The prose names class {code.Value} '{m.Text}', a code the {catalog.Year} catalog does not hold.");
            }
        }
    }
}
