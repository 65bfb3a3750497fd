using System.Globalization;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Validation.Rules;

/// <summary>The statements of the notes (情况说明) checked against the tables and each other: what they say does not
/// exist, the shares they state of other stated amounts, and the counts they give next to amounts.</summary>
internal static class NoteRules
{
    internal static IEnumerable<IDisclosureRule> Create()
    {
        yield return new Rule("BM-NOTE-ABSENT", "What the notes say does not exist (无政府性基金预算, 未安排因公出国（境）费用, 未安排购置车辆) has no amount in the tables or the prose", "说明所称“无/未安排”的事项在报表和说明中无金额", Absences);
        yield return new Rule("BM-NOTE-SHARE", "A share the notes state of amounts no table prints (预留中小企业 of 政府采购预算总额) = the stated part / the stated total, within the stated precision", "说明中的占比与所述金额计算一致", Shares);
        yield return new Rule("BM-NOTE-COUNTS", "Counts agree with each other and with the amounts: people ≥ groups (出国人次 ≥ 团组, 接待人次 ≥ 批次), groups only with an amount, no vehicle bought and no 公务用车购置费", "说明中的团组、批次、人次、车辆数与金额相互一致", Counts);
    }

    // ------------------------------------------------------------------ BM-NOTE-ABSENT

    private static void Absences(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        foreach (var f in facts)
        {
            if (f.Kind != FactKind.Absence)
            {
                continue;
            }
            if (TableAmount(c, f.Subject.Topic) is { } figure)
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                    string.Create(CultureInfo.InvariantCulture, $"The prose states there is no {f.Subject} ('{f.Excerpt}'), but {figure.Table.ChineseName()} prints {figure.Value.Wan:0.00} 万元 ({figure.What})."),
                    ProseRules.Where(f) with { Cells = [figure.Cell] })
                {
                    Expected = 0m,
                    Actual = figure.Value.Wan,
                    Unit = "万元",
                });
                continue;
            }
            var stated = facts.FirstOrDefault(o => o.Subject.Topic == f.Subject.Topic && o.Value > 0
                && (o.Kind == FactKind.Amount && o.Amount is not null || o.Kind == FactKind.Count && o.Subject.Name is null));
            if (stated is not null)
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                    $"The prose states there is no {f.Subject} ('{f.Excerpt}'), but also states '{stated.Excerpt}'.",
                    ProseRules.Where(f) with { Lines = At.Lines([f.Line, stated.Line]) })
                {
                    Expected = 0m,
                    Actual = stated.Value,
                    Unit = stated.Unit,
                });
            }
        }
    }

    /// <summary>The first amount other than zero the tables print for what a statement of absence names, or null.</summary>
    private static (TableKind Table, Money Value, CellLocation Cell, string What)? TableAmount(ValidationContext c, FactTopic topic)
    {
        var d = c.Disclosure;
        var t1 = d.RevenueExpenditureSummary;
        var three = d.ThreePublicExpenses;
        switch (topic)
        {
            case FactTopic.GovernmentFundBudget:
                return AnyAmount(c, d.GovernmentFundExpenditure) ?? SourceAmount(c, t1, FundSource.GovernmentFundBudget);
            case FactTopic.StateCapitalBudget:
                return AnyAmount(c, d.StateCapitalOperation) ?? SourceAmount(c, t1, FundSource.StateCapitalOperationBudget);
            case FactTopic.ThreePublicTotal:
                return RowAmount(c, three, three?.TotalRow);
            case FactTopic.OverseasTravel:
                return RowAmount(c, three, three?.OverseasTravel);
            case FactTopic.Reception:
                return RowAmount(c, three, three?.Reception);
            case FactTopic.VehiclePurchase:
                return RowAmount(c, three, three?.VehiclePurchase);
            case FactTopic.ProcurementTotal:
                return AnyAmount(c, d.GovernmentProcurement);
            default:
                return null;
        }
    }

    private static (TableKind, Money, CellLocation, string)? RowAmount(ValidationContext c, BudgetTable? table, TableRow? row)
    {
        if (table is null || row is null || row.Total.IsZero)
        {
            return null;
        }
        var figure = c.Cell(table, row, row.Columns[0]);
        return figure.Cell is { } cell ? (table.Kind, row.Total, cell, row.Name) : null;
    }

    private static (TableKind, Money, CellLocation, string)? SourceAmount(ValidationContext c, SummaryTable? t1, FundSource source)
    {
        if (t1 is null)
        {
            return null;
        }
        foreach (var line in t1.RevenueLines)
        {
            if (line.Source == source && !line.Total.IsZero)
            {
                return RowAmount(c, t1, line);
            }
        }
        return null;
    }

    private static (TableKind, Money, CellLocation, string)? AnyAmount(ValidationContext c, BudgetTable? table)
    {
        if (table is null)
        {
            return null;
        }
        foreach (var row in table.Rows)
        {
            var values = row.Values;
            for (int i = 0; i < values.Length; i++)
            {
                if (!values[i].IsZero && c.Cell(table, row, row.Columns[i]).Cell is { } cell)
                {
                    return (table.Kind, values[i], cell, row.Name);
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ BM-NOTE-SHARE

    private static void Shares(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        foreach (var f in facts)
        {
            if (f.Kind != FactKind.Share || f.Base is not { } baseSubject
                || ProseRules.Resolve(c, f.Subject) is not null && ProseRules.Resolve(c, baseSubject) is not null)
            {
                continue; // BM-PROSE-SHARE checks a share of two table figures.
            }
            var part = ProseRules.Resolve(c, f.Subject) ?? StatedTerms(facts, f.Subject);
            var whole = ProseRules.Resolve(c, baseSubject) ?? StatedTerms(facts, baseSubject);
            if (part is null || whole is null)
            {
                continue;
            }
            ProseRules.CheckShare(c, f, part, whole);
        }
    }

    /// <summary>The amount the prose states for a subject, as one term, when every statement of it agrees.</summary>
    private static Term[]? StatedTerms(IReadOnlyList<ProseFact> facts, FactSubject subject) =>
        ProseRules.Consensus(facts.Where(f => f.Kind == FactKind.Amount && f.Subject == subject && f.Amount is not null)) is { } stated
            ? [Term.Plus(ProseRules.Stated(stated))]
            : null;

    // ------------------------------------------------------------------ BM-NOTE-COUNTS

    private static void Counts(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        ProseFact? Count(FactTopic topic) =>
            ProseRules.Consensus(facts.Where(f => f.Kind == FactKind.Count && f.Subject.Topic == topic && f.Subject.Name is null));

        PeopleAndGroups(c, Count(FactTopic.OverseasGroups), Count(FactTopic.OverseasTravellers));
        PeopleAndGroups(c, Count(FactTopic.ReceptionBatches), Count(FactTopic.ReceptionVisitors));
        GroupsAndAmount(c, Count(FactTopic.OverseasGroups), FactTopic.OverseasTravel);
        GroupsAndAmount(c, Count(FactTopic.ReceptionBatches), FactTopic.Reception);

        // No vehicle bought (购置车辆0辆, 未安排购置车辆) but an amount for buying vehicles.
        var none = facts.FirstOrDefault(f => f.Subject.Topic == FactTopic.PurchasedVehicles && f.Subject.Name is null
            && (f.Kind == FactKind.Absence || f.Kind == FactKind.Count && f.Value == 0));
        if (none is not null && Amount(c, FactTopic.VehiclePurchase) is { } bought && bought.Value > 0)
        {
            c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                string.Create(CultureInfo.InvariantCulture, $"The prose states that no vehicle is bought ('{none.Excerpt}'), but {bought.Where} gives 公务用车购置费 {bought.Value:0.00} 万元."),
                ProseRules.Where(none) with { Lines = At.Lines([none.Line, bought.Line]), Cells = bought.Cell is { } cell ? [cell] : [] })
            {
                Expected = 0m,
                Actual = bought.Value,
                Unit = "万元",
            });
        }
    }

    private static void PeopleAndGroups(ValidationContext c, ProseFact? groups, ProseFact? people)
    {
        if (groups is null || people is null || people.Value >= groups.Value)
        {
            return;
        }
        c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
            $"The prose counts {RelationChecker.Format(people.Value, 0)} {people.Unit} ({people.Subject.Topic}) for {RelationChecker.Format(groups.Value, 0)} {groups.Unit} ({groups.Subject.Topic}); each group or batch has at least one person.",
            ProseRules.Where(people) with { Lines = At.Lines([groups.Line, people.Line]) })
        {
            Expected = groups.Value,
            Actual = people.Value,
            Unit = people.Unit,
        });
    }

    /// <summary>Groups (batches) counted but no amount for them, or none counted but an amount.</summary>
    private static void GroupsAndAmount(ValidationContext c, ProseFact? groups, FactTopic amountTopic)
    {
        if (groups is null || Amount(c, amountTopic) is not { } amount || groups.Value > 0 == amount.Value > 0)
        {
            return;
        }
        string message = groups.Value > 0
            ? string.Create(CultureInfo.InvariantCulture, $"The prose counts {groups.Value:0} {groups.Unit} ({groups.Subject.Topic}), but {amount.Where} gives no amount for {amountTopic}.")
            : string.Create(CultureInfo.InvariantCulture, $"The prose counts no {groups.Subject.Topic}, but {amount.Where} gives {amountTopic} {amount.Value:0.00} 万元.");
        c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency, message,
            ProseRules.Where(groups) with { Lines = At.Lines([groups.Line, amount.Line]), Cells = amount.Cell is { } cell ? [cell] : [] })
        {
            Expected = groups.Value > 0 ? null : 0m,
            Actual = amount.Value,
            Unit = "万元",
        });
    }

    /// <summary>The amount of a 三公 item in 万元: the table's when it prints one, else the prose's when all its
    /// statements agree.</summary>
    private static (decimal Value, string Where, CellLocation? Cell, int? Line)? Amount(ValidationContext c, FactTopic topic)
    {
        if (ProseRules.Resolve(c, new FactSubject(topic)) is { Length: 1 } terms && terms[0].Figure.Cell is { } cell)
        {
            return (terms[0].Figure.Amount.Wan, cell.Table.ChineseName(), cell, null);
        }
        var stated = ProseRules.Consensus(c.Disclosure.Facts.Where(f => f.Kind == FactKind.Amount && f.Subject.Topic == topic && f.Amount is not null));
        return stated is null ? null : (stated.Amount!.Value.Wan, "the prose", null, stated.Line);
    }

    // ------------------------------------------------------------------ parts, for BM-PROSE-PARTS

    /// <summary>政府采购 of each fund (all funds, or the one a sentence names): 总额 = 货物 + 工程 + 服务, the parts those
    /// stated after the total (in reading order, before the next total) for its fund.</summary>
    internal static void ProcurementParts(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        for (int i = 0; i < facts.Count; i++)
        {
            var total = facts[i];
            if (total.Kind != FactKind.Amount || total.Subject.Topic != FactTopic.ProcurementTotal || total.Amount is null)
            {
                continue;
            }
            int end = i + 1;
            while (end < facts.Count && facts[end].Subject.Topic != FactTopic.ProcurementTotal)
            {
                end++;
            }
            var source = total.Subject.Source;
            var following = facts.Skip(i + 1).Take(end - i - 1).ToArray();
            var parts = new[] { FactTopic.ProcurementGoods, FactTopic.ProcurementWorks, FactTopic.ProcurementServices }
                .Select(t => ProseRules.Consensus(following.Where(f => f.Kind == FactKind.Amount && f.Subject.Topic == t && f.Subject.Source == source && f.Amount is not null)))
                .ToArray();
            if (parts.Any(p => p is null))
            {
                continue;
            }
            c.Relate(ProseRules.Stated(total), parts.Select(p => Term.Plus(ProseRules.Stated(p!))).ToArray(), new Place(total, null),
                source is { } s ? $"政府采购预算总额 ({s}) = 货物 + 工程 + 服务" : $"政府采购预算总额 = 货物 + 工程 + 服务");
        }
    }

    /// <summary>“三公”经费 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 (or its two parts when the subtotal is not
    /// stated); 公务用车购置及运行费 = 购置费 + 运行维护费. Only amounts every statement of which agrees are summed.</summary>
    internal static void ThreePublicParts(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        ProseFact? One(FactTopic topic) => ProseRules.Consensus(facts.Where(f => f.Kind == FactKind.Amount && f.Subject.Topic == topic && f.Subject.Name is null && f.Amount is not null));
        var overseas = One(FactTopic.OverseasTravel);
        var reception = One(FactTopic.Reception);
        var vehicles = One(FactTopic.VehiclePurchaseAndOperation);
        var purchase = One(FactTopic.VehiclePurchase);
        var operation = One(FactTopic.VehicleOperation);
        if (purchase is not null && operation is not null)
        {
            foreach (var subtotal in facts.Where(f => f.Kind == FactKind.Amount && f.Subject.Topic == FactTopic.VehiclePurchaseAndOperation && f.Amount is not null))
            {
                c.Relate(ProseRules.Stated(subtotal), [Term.Plus(ProseRules.Stated(purchase)), Term.Plus(ProseRules.Stated(operation))], new Place(subtotal, null),
                    "公务用车购置及运行费 = 购置费 + 运行维护费");
            }
        }
        ProseFact[]? items = overseas is null || reception is null ? null
            : vehicles is not null ? [overseas, reception, vehicles]
            : purchase is not null && operation is not null ? [overseas, reception, purchase, operation]
            : null;
        if (items is null)
        {
            return;
        }
        foreach (var total in facts.Where(f => f.Kind == FactKind.Amount && f.Subject.Topic == FactTopic.ThreePublicTotal && f.Amount is not null))
        {
            c.Relate(ProseRules.Stated(total), items.Select(i => Term.Plus(ProseRules.Stated(i))).ToArray(), new Place(total, null),
                "“三公”经费 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费");
        }
    }

    /// <summary>Vehicles held, and vehicles bought, = the sum of their kinds: the kinds are the counts of the same
    /// topic that follow a total (其中：…用车…辆) until the next total.</summary>
    internal static void VehicleKinds(ValidationContext c)
    {
        ProseFact? total = null;
        decimal sum = 0;
        int kinds = 0;
        int? lastLine = null;
        foreach (var f in c.Disclosure.Facts.Append(null))
        {
            bool vehicleCount = f is { Kind: FactKind.Count } && f.Subject.Topic is FactTopic.Vehicles or FactTopic.PurchasedVehicles;
            if (vehicleCount && f!.Subject.Name is not null && total is not null && f.Subject.Topic == total.Subject.Topic)
            {
                sum += f.Value;
                kinds++;
                lastLine = f.Line;
                continue;
            }
            if (total is not null && kinds > 0 && sum != total.Value)
            {
                c.Report(new Finding(c.RuleId, Severity.Error, FindingKind.Inconsistency,
                    string.Create(CultureInfo.InvariantCulture, $"The prose counts {total.Value:0} {total.Unit} ({total.Subject.Topic}, '{total.Excerpt}'), but the {kinds} kinds it lists sum to {sum:0}."),
                    ProseRules.Where(total) with { Lines = At.Lines([total.Line, lastLine]) })
                {
                    Expected = total.Value,
                    Actual = sum,
                    Unit = total.Unit,
                });
            }
            (total, sum, kinds) = vehicleCount && f!.Subject.Name is null ? (f, 0m, 0) : (null, 0m, 0);
        }
    }
}
