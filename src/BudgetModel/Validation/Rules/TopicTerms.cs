using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Validation.Rules;

/// <summary>
/// The table figures of the notes' topics beyond the budget's totals: 会议费 and 培训费 (the “三公” table's lines when it
/// prints them, else the economic classes 30215 / 30216 of 一般公共预算 expenditure), 委托业务费 of 一般公共预算 (30227),
/// money under performance targets of one fund, and the topics no table states (固定资产, a selection of projects).
/// Also the stated parts of the fixed assets (<c>BM-PROSE-PARTS</c>) and the bounds of a selection of projects
/// (<c>BM-PROSE-SELECTION</c>).
/// </summary>
internal static class TopicTerms
{
    /// <summary>True when the subject is one of these topics; <paramref name="terms"/> is then the table figures it
    /// restates, or null when no table states it.</summary>
    internal static bool TryResolve(ValidationContext c, FactSubject s, out Term[]? terms)
    {
        var d = c.Disclosure;
        terms = null;
        switch (s.Topic)
        {
            case FactTopic.Meetings:
                terms = Line(c, d.ThreePublicExpenses, d.ThreePublicExpenses?.Meetings) ?? EconomicItem(c, s, "30215");
                return true;
            case FactTopic.Training:
                terms = Line(c, d.ThreePublicExpenses, d.ThreePublicExpenses?.Training) ?? EconomicItem(c, s, "30216");
                return true;
            case FactTopic.CommissionedServices:
                terms = EconomicItem(c, s, "30227");
                return true;
            case FactTopic.FixedAssets:
            case FactTopic.PurchasedFixedAssets:
                return true;
            case FactTopic.PerformanceProjects when s.Name is not null:
                // A selection of the projects (编报绩效目标的项目): bounded by all projects (BM-PROSE-SELECTION), not equal to them.
                return true;
            case FactTopic.PerformanceProjects or FactTopic.DisclosedPerformanceProjects when s.Source is { } fund:
                // The projects' money of one fund: the 项目支出 of the 一般公共预算 expenditure table's total; no table
                // splits the projects of the other funds.
                var general = d.GeneralBudgetExpenditure;
                terms = fund == FundSource.GeneralPublicBudget && general?.Summary(SummaryLine.Total) is { } total && total.Has(TableColumn.Project)
                    ? [Term.Plus(c.Cell(general, total, TableColumn.Project))]
                    : null;
                return true;
            case FactTopic.OverallPerformanceFunds when s.Source is { } overallFund:
                // All the money of one fund under targets (涉及当年一般公共预算拨款…): that fund's 财政拨款.
                terms = ProseRules.Resolve(c, new FactSubject(FactTopic.FiscalBySource, Source: overallFund));
                return true;
            default:
                return false;
        }
    }

    private static Term[]? Line(ValidationContext c, ThreePublicTable? table, SummaryRow? row) =>
        table is null || row is null ? null : [Term.Plus(c.Cell(table, row, row.Has(TableColumn.Total) ? TableColumn.Total : row.Columns[0]))];

    /// <summary>The 一般公共预算 economic class item of <paramref name="code"/> (部门预算支出经济分类), for an amount the prose
    /// states of 一般公共预算; null when the prose names another fund or none, or the table does not print the item.</summary>
    private static Term[]? EconomicItem(ValidationContext c, FactSubject s, string code)
    {
        if (s.Source != FundSource.GeneralPublicBudget || c.Disclosure.GeneralBudgetExpenditureByEconomic is not { } table)
        {
            return null;
        }
        foreach (var row in table.EconomicRows)
        {
            if (row.DepartmentCode?.Value == code)
            {
                return [Term.Plus(c.Cell(table, row, row.Has(TableColumn.Total) ? TableColumn.Total : row.Columns[0]))];
            }
        }
        return null;
    }

    /// <summary>The fixed assets = the sum of their kinds: the kinds are the amounts named after a total (房屋和构筑物,
    /// 设备 …) until the next total; checked when two or more kinds are stated.</summary>
    internal static void FixedAssetParts(ValidationContext c)
    {
        ProseFact? total = null;
        var kinds = new List<Term>();
        foreach (var f in c.Disclosure.Facts.Append(null))
        {
            bool asset = f is { Kind: FactKind.Amount, Subject.Topic: FactTopic.FixedAssets } && f.Amount is not null;
            if (asset && f!.Subject.Name is not null)
            {
                if (total is not null)
                {
                    kinds.Add(Term.Plus(ProseRules.Stated(f)));
                }
                continue;
            }
            if (f is not null && !asset)
            {
                continue;
            }
            if (total is not null && kinds.Count >= 2)
            {
                c.Relate(ProseRules.Stated(total), kinds.ToArray(), new Place(total, null), "固定资产 = the sum of the kinds stated after it");
            }
            total = f;
            kinds.Clear();
        }
    }

    /// <summary>A list = its total: the project amounts that follow 项目支出, or the named parts that follow a total named by
    /// its words (项目总预算), one after another up to a restatement of the total; checked when two or more are stated.</summary>
    internal static void ProjectListParts(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        for (int i = 0; i < facts.Count; i++)
        {
            var total = facts[i];
            if (total.Kind != FactKind.Amount || total.Amount is null
                || total.Subject is not ({ Topic: FactTopic.ProjectExpenditure } or { Topic: FactTopic.Other, Name: not null }))
            {
                continue;
            }
            // The parts: projects after 项目支出, named parts (Other) after a total of its own, up to a restatement of the total (合计).
            var partTopic = total.Subject.Topic == FactTopic.ProjectExpenditure ? FactTopic.Project : FactTopic.Other;
            var parts = new List<Term>();
            int j = i + 1;
            for (; j < facts.Count && facts[j] is { Kind: FactKind.Amount, Subject.Name: not null } part && part.Subject.Topic == partTopic
                && part.Subject != total.Subject && part.Amount is not null; j++)
            {
                parts.Add(Term.Plus(ProseRules.Stated(part)));
            }
            if (parts.Count >= 2)
            {
                c.Relate(ProseRules.Stated(total), parts.ToArray(), new Place(total, null), "the projects' total = the projects listed after it");
            }
            i = j - 1;
        }
    }

    /// <summary><c>BM-PROSE-SELECTION</c>: a selection of the projects (编报绩效目标的项目共9个，涉及项目预算资金…) is no more
    /// than all of them: its count ≤ the projects of tables 12 and 13, its money ≤ 项目支出 (the project tables, else 表三).</summary>
    internal static void Selections(ValidationContext c)
    {
        foreach (var f in c.Disclosure.Facts)
        {
            if (f.Subject.Topic != FactTopic.PerformanceProjects || f.Subject.Name is null)
            {
                continue;
            }
            if (f.Kind == FactKind.Count && (c.Disclosure.ProjectExpenditureCurrent is not null || c.Disclosure.ProjectExpenditureCarryOver is not null))
            {
                int projects = ProjectMatching.ProjectsOf(c).Count;
                if (f.Value > projects)
                {
                    c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                        string.Create(CultureInfo.InvariantCulture, $"The prose counts {f.Value:0} projects ({f.Subject.Name}), more than the {projects} that tables 12 and 13 list."), ProseRules.Where(f))
                    { Expected = projects, Actual = f.Value, Unit = "个" });
                }
            }
            else if (f.Kind == FactKind.Amount && f.Amount is { } amount
                && ProseRules.Resolve(c, new FactSubject(FactTopic.PerformanceProjects)) is { } all)
            {
                long allFen = 0;
                long bound = 0;
                foreach (var t in all)
                {
                    allFen += t.Sign * t.Figure.Amount.TotalFen;
                    bound += t.Figure.Precision?.HalfUnit.HalfFen ?? 0;
                }
                long statedBound = f.Precision?.HalfUnit.HalfFen ?? 0;
                if (amount.TotalFen - allFen > (bound + statedBound) / 2)
                {
                    c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                        string.Create(CultureInfo.InvariantCulture, $"The prose puts {amount.Wan:0.00} 万元 under {f.Subject.Name}, more than the {allFen / 1_000_000m:0.00} 万元 of all projects."),
                        ProseRules.Where(f) with { Cells = all.Select(t => t.Figure.Cell).OfType<CellLocation>().ToArray() })
                    { Expected = allFen / 1_000_000m, Actual = amount.Wan, Unit = "万元" });
                }
            }
        }
    }
}
