using BudgetModel.Disclosure;

namespace BudgetModel.Reports;

/// <summary>One bar chart: items with one value per series, in <see cref="Unit"/>.</summary>
/// <param name="Key">A stable name for the chart's element id and tests: income, function, basic-project, three-public.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Description">What it shows and where the figures come from (the SVG's desc).</param>
/// <param name="Unit">The unit of the values: 万元 or 元.</param>
/// <param name="Decimals">The decimals the values are printed with.</param>
/// <param name="Series">The series' names (one, or 上年 and 本年).</param>
/// <param name="Items">The bars: a label and one value per series.</param>
internal sealed record ChartData(string Key, string Title, string Description, string Unit, int Decimals, IReadOnlyList<string> Series,
    IReadOnlyList<(string Label, decimal[] Values)> Items);

/// <summary>The charts of a disclosure, from its tables (and for the “三公”经费 of the year before, its notes).</summary>
internal static class Charts
{
    internal static IReadOnlyList<ChartData> Of(BudgetDisclosure d)
    {
        var charts = new List<ChartData>(4);
        if (Income(d) is { } income) charts.Add(income);
        if (ByFunction(d) is { } function) charts.Add(function);
        if (BasicAndProject(d) is { } bp) charts.Add(bp);
        if (ThreePublic(d) is { } tp) charts.Add(tp);
        return charts;
    }

    private static (string Unit, int Decimals) UnitOf(BudgetTable t) => UnitOf(t.Precision);

    private static (string Unit, int Decimals) UnitOf(PublishedPrecision p) => p.Unit switch
    {
        MoneyUnit.Yuan => ("元", Math.Clamp(p.Decimals, 0, 2)),
        _ => ("万元", Math.Clamp(p.Decimals, 0, 6)),
    };

    private static decimal In(Money m, string unit) => unit == "元" ? m.Yuan : m.Wan;

    /// <summary>Income by source: the revenue lines of 收支总表 (and its 上年结转), else the fund columns of 收入总表's 合计.</summary>
    internal static ChartData? Income(BudgetDisclosure d)
    {
        var items = new List<(string, decimal[])>();
        string source;
        (string Unit, int Decimals) u;
        if (d.RevenueExpenditureSummary is { RevenueLines.Count: > 0 } summary)
        {
            u = UnitOf(summary);
            foreach (var row in summary.RevenueLines.Where(r => !r.IsCarryOver))
            {
                var amount = row.GetOrZero(row.Has(TableColumn.Amount) ? TableColumn.Amount : TableColumn.Total);
                if (!amount.IsZero) items.Add((row.Name.Trim(), [In(amount, u.Unit)]));
            }
            if (summary.Summary(SummaryLine.CarryOverRevenue) is { Total.IsZero: false } carry)
            {
                items.Add((carry.Name.Trim(), [In(carry.Total, u.Unit)]));
            }
            source = TitleOf(summary);
        }
        else if (d.RevenueSummary is { TotalRow: { } total } revenue)
        {
            u = UnitOf(revenue);
            for (int c = 0; c < total.Columns.Count; c++)
            {
                var column = total.Columns[c];
                if (column != TableColumn.Total && !total.Values[c].IsZero)
                {
                    items.Add((column.ChineseName(), [In(total.Values[c], u.Unit)]));
                }
            }
            source = TitleOf(revenue);
        }
        else
        {
            return null;
        }
        return items.Count == 0 ? null
            : new ChartData("income", "收入来源 · Income by source", $"Income by source as {source} prints it, in {u.Unit}.", u.Unit, u.Decimals, ["收入"], items);
    }

    /// <summary>Expenditure by function class (类): the 类 rows of 支出总表, else the expenditure lines of 收支总表.</summary>
    internal static ChartData? ByFunction(BudgetDisclosure d)
    {
        BudgetTable? table = d.ExpenditureSummary is { FunctionRows.Count: > 0 } e ? e
            : d.RevenueExpenditureSummary is { ExpenditureLines.Count: > 0 } s ? s
            : d.GeneralBudgetExpenditure is { FunctionRows.Count: > 0 } g ? g : null;
        if (table is null)
        {
            return null;
        }
        var u = UnitOf(table);
        var items = new List<(string, decimal[])>();
        foreach (var row in table.Rows.OfType<FunctionRow>().Where(r => r.Code.Length == 3 && !r.Total.IsZero))
        {
            items.Add(($"{row.Code.Value} {row.Name.Trim()}", [In(row.Total, u.Unit)]));
        }
        return items.Count == 0 ? null
            : new ChartData("function", "支出功能分类（类） · Expenditure by function class", $"Expenditure (合计) of each function class (类) as {TitleOf(table)} prints it, in {u.Unit}.",
                u.Unit, u.Decimals, ["支出"], items);
    }

    /// <summary>基本支出 against 项目支出: the 合计 row of 支出总表, else the sum of its 类 rows.</summary>
    internal static ChartData? BasicAndProject(BudgetDisclosure d)
    {
        if (d.ExpenditureSummary is not { } table)
        {
            return null;
        }
        var u = UnitOf(table);
        Money basic, project;
        if (table.TotalRow is { } total && total.Has(TableColumn.Basic) && total.Has(TableColumn.Project))
        {
            basic = total[TableColumn.Basic];
            project = total[TableColumn.Project];
        }
        else
        {
            var classes = table.FunctionRows.Where(r => r.Code.Length == 3 && r.Has(TableColumn.Basic) && r.Has(TableColumn.Project)).ToArray();
            if (classes.Length == 0)
            {
                return null;
            }
            basic = Money.Zero;
            project = Money.Zero;
            foreach (var r in classes)
            {
                basic += r[TableColumn.Basic];
                project += r[TableColumn.Project];
            }
        }
        if (basic.IsZero && project.IsZero)
        {
            return null;
        }
        return new ChartData("basic-project", "基本支出与项目支出 · Basic and project expenditure",
            $"基本支出 and 项目支出 as the 合计 of {TitleOf(table)} prints them, in {u.Unit}.", u.Unit, u.Decimals, ["支出"],
            [(TableColumn.Basic.ChineseName(), [In(basic, u.Unit)]), (TableColumn.Project.ChineseName(), [In(project, u.Unit)])]);
    }

    private static readonly (FactTopic Topic, string Label)[] ThreePublicTopics =
    [
        (FactTopic.ThreePublicTotal, "“三公”经费合计"),
        (FactTopic.OverseasTravel, "因公出国（境）费"),
        (FactTopic.Reception, "公务接待费"),
        (FactTopic.VehiclePurchase, "公务用车购置费"),
        (FactTopic.VehicleOperation, "公务用车运行维护费"),
    ];

    /// <summary>The “三公”经费 against the year before: for each of its parts the notes state with a change on last
    /// year, last year = this year − the change. This year is the amount the notes state, else the table's.</summary>
    internal static ChartData? ThreePublic(BudgetDisclosure d)
    {
        var items = new List<(string, decimal[])>();
        int? compared = null;
        foreach (var (topic, label) in ThreePublicTopics)
        {
            var change = d.Facts.FirstOrDefault(f => f.Kind == FactKind.ChangeAmount && f.Subject.Topic == topic && f.Amount is not null);
            if (change?.Amount is not { } delta)
            {
                continue;
            }
            var stated = d.Facts.FirstOrDefault(f => f.Kind == FactKind.Amount && f.Subject.Topic == topic && f.Amount is not null)?.Amount
                ?? TableAmount(d.ThreePublicExpenses, topic);
            if (stated is not { } current)
            {
                continue;
            }
            compared ??= change.ComparedYear;
            items.Add((label, [(current - delta).Wan, current.Wan]));
        }
        if (items.Count == 0)
        {
            return null;
        }
        string last = compared is { } y ? $"{y}年" : "上年";
        string now = $"{d.BudgetYear}年";
        return new ChartData("three-public", $"“三公”经费：{now}与{last} · Three public expenses against the year before",
            $"The “三公”经费 of {now} and of {last}; {last} is this year's amount less the change the notes state, in 万元.", "万元", 2, [last, now], items);
    }

    private static Money? TableAmount(ThreePublicTable? table, FactTopic topic)
    {
        var row = topic switch
        {
            FactTopic.ThreePublicTotal => table?.ThreePublicSubtotal ?? table?.TotalRow,
            FactTopic.OverseasTravel => table?.OverseasTravel,
            FactTopic.Reception => table?.Reception,
            FactTopic.VehiclePurchase => table?.VehiclePurchase,
            FactTopic.VehicleOperation => table?.VehicleOperation,
            _ => null,
        };
        return row?.Total;
    }

    private static string TitleOf(BudgetTable t) => t.Header.Title ?? t.Kind.ChineseName();
}
