using System.Runtime.InteropServices;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Validation.Rules;

/// <summary>Relations within one table: row sums, classification rollups, the summary lines of tables 1, 4, 9, 10,
/// and the unit rows of tables 11 to 13.</summary>
internal static class TableRules
{
    /// <summary>Every kind whose rows carry a 合计 and its parts (all but 政府性基金预算收入表, one amount a row).</summary>
    private static readonly TableKind[] RowSumKinds = TableKinds.All.Where(k => k != TableKind.GovernmentFundRevenue).ToArray();

    /// <summary>The kinds of rows by function or revenue code.</summary>
    private static readonly TableKind[] CodeRollupKinds = TableKinds.All
        .Where(k => TableLayout.For(k).Shape is TableShape.Function or TableShape.RevenueCode or TableShape.StateCapital).ToArray();

    /// <summary>The kinds of rows by economic class and item.</summary>
    private static readonly TableKind[] EconomicKinds = TableKinds.All.Where(k => TableLayout.For(k).Shape == TableShape.Economic).ToArray();

    /// <summary>The kinds of named rows under unit rows that are not the seed's tables 11 to 13 (政府采购, 政府购买服务, 专项业务经费).</summary>
    private static readonly TableKind[] OtherNamedKinds = TableKinds.All
        .Where(k => TableLayout.For(k).Shape == TableShape.NamedRows && (int)k > (int)TableKind.ProjectExpenditureCarryOver).ToArray();

    internal static IEnumerable<IDisclosureRule> Create()
    {
        foreach (var kind in RowSumKinds)
        {
            yield return new Rule($"BM-{DisclosureRules.Tag(kind)}-ROW", $"{kind.ChineseName()}: each row's total equals the sum of its columns",
                $"{kind.ChineseName()}：各行合计等于各栏之和", c => RowSums(c, kind));
        }
        yield return new Rule("BM-T1-REVENUE", "预算收支总表: 本年收入合计 = Σ sources; 收入总计 = 本年收入合计 + 上年结转",
            "收支总表：本年收入合计等于各项收入之和，收入总计等于本年收入合计加上年结转", c => SummaryRevenue(c, c.Disclosure.RevenueExpenditureSummary));
        yield return new Rule("BM-T1-FISCAL", "预算收支总表: 财政拨款 printed as one line above its funds = 一般公共预算 + 政府性基金预算 + 国有资本经营预算",
            "收支总表：财政拨款等于一般公共预算、政府性基金预算、国有资本经营预算之和", c => FiscalWhole(c, c.Disclosure.RevenueExpenditureSummary));
        yield return new Rule("BM-T1-EXPENDITURE", "预算收支总表: 本年支出合计 = Σ expenditure lines; 支出总计 = 本年支出合计 + 年终结转",
            "收支总表：本年支出合计等于各项支出之和，支出总计等于本年支出合计加年终结转", c => SummaryExpenditure(c, c.Disclosure.RevenueExpenditureSummary));
        yield return new Rule("BM-T1-BALANCE", "预算收支总表: 收入总计 = 支出总计", "收支总表：收入总计等于支出总计",
            c => SummaryBalance(c, c.Disclosure.RevenueExpenditureSummary));
        yield return new Rule("BM-T4-REVENUE", "财政拨款收支总表: 本年收入合计 = Σ sources; 上年财政拨款结转 = Σ its sources; 收入总计 = 本年 + 结转",
            "财政拨款收支总表：收入各项与合计、上年结转一致", c => SummaryRevenue(c, c.Disclosure.FiscalAppropriationSummary));
        yield return new Rule("BM-T4-EXPENDITURE", "财政拨款收支总表: 本年支出合计 = Σ expenditure lines; 支出总计 = 本年支出合计 + 年终结转",
            "财政拨款收支总表：本年支出合计等于各项支出之和", c => SummaryExpenditure(c, c.Disclosure.FiscalAppropriationSummary));
        yield return new Rule("BM-T4-BALANCE", "财政拨款收支总表: 收入总计 = 支出总计", "财政拨款收支总表：收入总计等于支出总计",
            c => SummaryBalance(c, c.Disclosure.FiscalAppropriationSummary));
        foreach (var kind in CodeRollupKinds)
        {
            yield return new Rule($"BM-{DisclosureRules.Tag(kind)}-ROLLUP", $"{kind.ChineseName()}: 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类",
                $"{kind.ChineseName()}：类等于款之和，款等于项之和，合计等于类之和", c => CodeRollup(c, kind));
        }
        foreach (var kind in EconomicKinds)
        {
            yield return kind == TableKind.GeneralBudgetBasicExpenditure
                ? new Rule("BM-T6-ROLLUP", "一般公共预算基本支出表: each economic class = Σ its items; 合计 = Σ classes",
                    "基本支出经济分类表：类等于款之和，合计等于类之和", c => EconomicRollup(c, kind))
                : new Rule($"BM-{DisclosureRules.Tag(kind)}-ROLLUP", $"{kind.ChineseName()}: each economic class = Σ its items; 合计 = Σ classes",
                    $"{kind.ChineseName()}：类等于款之和，合计等于类之和", c => EconomicRollup(c, kind));
        }
        yield return new Rule("BM-T9-BALANCE", "国有资本经营预算表: revenue total = expenditure total", "国有资本经营预算表：收入合计等于支出合计", StateCapitalBalance);
        yield return new Rule("BM-T10-LINES", "“三公”经费表: 合计 = 出国 + 接待 + 公务用车 (+ 会议费 + 培训费 when the 合计 counts them); 公务用车 = 购置 + 运行维护",
            "“三公”经费表：合计等于三项之和，公务用车购置及运行费等于购置费加运行维护费", ThreePublicLines);
        yield return new Rule("BM-T11-UNITS", "机关运行经费表: 部门合计 = Σ units", "机关运行经费表：部门合计等于各单位之和", c => UnitRollup(c, TableKind.OperatingExpenses));
        yield return new Rule("BM-T12-UNIT", "项目支出表（本年）: the unit row = Σ its projects; a repeated unit row is a warning",
            "项目支出表（本年）：单位行等于项目之和", c => UnitRollup(c, TableKind.ProjectExpenditureCurrent));
        yield return new Rule("BM-T13-UNIT", "项目支出表（上年结转）: the unit row = Σ its projects; a repeated unit row is a warning",
            "项目支出表（上年结转）：单位行等于项目之和", c => UnitRollup(c, TableKind.ProjectExpenditureCarryOver));
        foreach (var kind in OtherNamedKinds)
        {
            yield return new Rule($"BM-{DisclosureRules.Tag(kind)}-UNITS", $"{kind.ChineseName()}: each 合计 or unit row = Σ the rows under it",
                $"{kind.ChineseName()}：合计行等于其下各行之和", c => UnitRollup(c, kind));
        }
    }

    // ------------------------------------------------------------------ rows

    private static void RowSums(ValidationContext c, TableKind kind)
    {
        var table = c.Disclosure[kind];
        if (table is null)
        {
            return;
        }
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!row.Has(TableColumn.Total))
            {
                continue;
            }
            int groups = 0;
            int count = 0;
            bool carryOverIsYear = row.Has(TableColumn.CurrentYear);
            bool countsCarryOver = RevenueTotals.CountsCarryOver(table, row);
            for (int ci = 0; ci < row.Columns.Count; ci++)
            {
                var column = row.Columns[ci];
                if (IsPart(kind, column) || countsCarryOver && column == TableColumn.CarryOver)
                {
                    count++;
                    groups |= GroupOf(column, carryOverIsYear);
                }
            }
            if (count == 0)
            {
                continue;
            }
            bool basicSplit = row.Has(TableColumn.Basic) && (row.Has(TableColumn.Personnel) || row.Has(TableColumn.Public));
            if (System.Numerics.BitOperations.PopCount((uint)groups) == 1 && !basicSplit)
            {
                // One group of parts (the usual case): 合计 = Σ every part column.
                RelateParts(c, table, r, row, kind, -1, carryOverIsYear, basicSplit);
                continue;
            }
            // Several groups (基本/项目 beside the funds, 货物/工程/服务 beside the funds …): 合计 = Σ each group.
            for (int g = 1; g <= Category; g <<= 1)
            {
                if ((groups & g) != 0)
                {
                    RelateParts(c, table, r, row, kind, g, carryOverIsYear, basicSplit);
                }
            }
            if (basicSplit)
            {
                // 基本支出 = 人员经费 + 公用经费.
                int n = (row.Has(TableColumn.Personnel) ? 1 : 0) + (row.Has(TableColumn.Public) ? 1 : 0);
                var parts = c.Scratch(n);
                int k = 0;
                if (row.Has(TableColumn.Personnel))
                {
                    parts[k++] = Term.Plus(c.CellAt(table, r, TableColumn.Personnel));
                }
                if (row.Has(TableColumn.Public))
                {
                    parts[k++] = Term.Plus(c.CellAt(table, r, TableColumn.Public));
                }
                c.Relate(c.CellAt(table, r, TableColumn.Basic), parts, At.Place(table, row, TableColumn.Basic), $"{row.Name}: 基本支出 = 人员经费 + 公用经费");
            }
        }

        // 预算收入总表's 合计 is this year's revenue: 上年结转 stands beside it, not in it (unless the 合计 counts it: RevenueTotals).
        static bool IsPart(TableKind kind, TableColumn column) =>
            column is not (TableColumn.Total or TableColumn.Amount) && !(kind == TableKind.RevenueSummary && column == TableColumn.CarryOver);
    }

    private const int ExpenditureType = 1, Year = 2, Fund = 4, Category = 8;

    /// <summary>The group of parts a column belongs to: each group sums to the row's 合计 on its own. 上年结转 is a year
    /// (beside 当年预算安排) or, without 当年, a source of money beside the funds.</summary>
    private static int GroupOf(TableColumn column, bool carryOverIsYear) => column switch
    {
        TableColumn.Basic or TableColumn.Project or TableColumn.Personnel or TableColumn.Public => ExpenditureType,
        TableColumn.CurrentYear => Year,
        TableColumn.CarryOver => carryOverIsYear ? Year : Fund,
        TableColumn.Goods or TableColumn.Works or TableColumn.Services => Category,
        _ => Fund,
    };

    /// <summary>Relates a row's 合计 to the sum of its part columns of one group (<paramref name="group"/> −1: every
    /// part). In the expenditure-type group, 人员经费 and 公用经费 stand for 基本支出 only when the row has no 基本支出 column.</summary>
    private static void RelateParts(ValidationContext c, BudgetTable table, int r, TableRow row, TableKind kind, int group, bool carryOverIsYear, bool basicSplit)
    {
        int count = 0;
        for (int ci = 0; ci < row.Columns.Count; ci++)
        {
            if (InGroup(row.Columns[ci]))
            {
                count++;
            }
        }
        var parts = c.Scratch(count);
        int n = 0;
        for (int ci = 0; ci < row.Columns.Count; ci++)
        {
            if (InGroup(row.Columns[ci]))
            {
                parts[n++] = Term.Plus(c.CellAt(table, r, row.Columns[ci]));
            }
        }
        c.Relate(c.CellAt(table, r, TableColumn.Total), parts, At.Place(table, row, TableColumn.Total),
            $"{row.Name}: 合计 = {string.Join(" + ", row.Columns.Where(InGroup).Select(col => col.ChineseName()))}");

        bool InGroup(TableColumn column) =>
            column is not (TableColumn.Total or TableColumn.Amount)
            && !(kind == TableKind.RevenueSummary && column == TableColumn.CarryOver && !RevenueTotals.CountsCarryOver(table, row))
            && (group < 0 || GroupOf(column, carryOverIsYear) == group)
            && !(basicSplit && column is TableColumn.Personnel or TableColumn.Public);
    }

    // ------------------------------------------------------------------ tables 1 and 4

    private static void SummaryRevenue(ValidationContext c, BudgetTable? table)
    {
        if (table is null)
        {
            return;
        }
        var (revenue, carryOver) = table switch
        {
            SummaryTable s => (s.RevenueLines.Where(r => r.Source != FundSource.CarryOver).ToArray(), (IReadOnlyList<SourceRow>?)null),
            FiscalAppropriationTable f => (f.RevenueLines.ToArray(), f.CarryOverLines),
            _ => ([], null),
        };
        if (FiscalLines.Whole(revenue) is not null)
        {
            // 财政拨款 printed whole stands for its funds: printed under it too, they are its detail (BM-T1-FISCAL).
            revenue = revenue.Where(r => !r.Source.IsFiscalAppropriation() || r.IsCarryOver).ToArray();
        }
        var current = table.Summary(SummaryLine.CurrentYearRevenue);
        if (current is not null && revenue.Length > 0)
        {
            c.Relate(c.Cell(table, current, current.Columns[0]), revenue.Select(r => Term.Plus(c.Cell(table, r, r.Columns[0]))).ToArray(), At.Place(table, current, current.Columns[0]),
                "本年收入合计 = Σ revenue lines");
        }
        var carried = table.Summary(SummaryLine.CarryOverRevenue);
        if (carried is not null && carryOver is { Count: > 0 })
        {
            c.Relate(c.Cell(table, carried, carried.Columns[0]), carryOver.Select(r => Term.Plus(c.Cell(table, r, r.Columns[0]))).ToArray(), At.Place(table, carried, carried.Columns[0]),
                "上年财政拨款结转 = Σ its lines by source");
        }
        var grand = table.Summary(SummaryLine.RevenueGrandTotal);
        if (grand is not null && current is not null)
        {
            var parts = new List<Term> { Term.Plus(c.Cell(table, current, current.Columns[0])) };
            if (carried is not null)
            {
                parts.Add(Term.Plus(c.Cell(table, carried, carried.Columns[0])));
            }
            c.Relate(c.Cell(table, grand, grand.Columns[0]), CollectionsMarshal.AsSpan(parts), At.Place(table, grand, grand.Columns[0]), "收入总计 = 本年收入合计 + 上年结转");
        }
    }

    /// <summary><c>BM-T1-FISCAL</c>: 财政拨款 printed as one line with its funds under it = Σ those funds.</summary>
    private static void FiscalWhole(ValidationContext c, SummaryTable? table)
    {
        if (table is null || FiscalLines.Whole(table.RevenueLines) is not { } whole)
        {
            return;
        }
        var parts = FiscalLines.Parts(table.RevenueLines);
        if (parts.Length == 0)
        {
            return;
        }
        c.Relate(c.Cell(table, whole, whole.Columns[0]), c.Terms(table, parts, parts[0].Columns[0]), At.Place(table, whole, whole.Columns[0]),
            "财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算");
    }

    private static void SummaryExpenditure(ValidationContext c, BudgetTable? table)
    {
        if (table is null)
        {
            return;
        }
        IReadOnlyList<FunctionRow> lines = table switch
        {
            SummaryTable s => s.ExpenditureLines,
            FiscalAppropriationTable f => f.ExpenditureLines,
            _ => [],
        };
        var current = table.Summary(SummaryLine.CurrentYearExpenditure);
        if (current is not null && lines.Count > 0)
        {
            for (int ci = 0; ci < current.Columns.Count; ci++)
            {
                var column = current.Columns[ci];
                c.Relate(c.Cell(table, current, column), c.Terms(table, lines, column), At.Place(table, current, column),
                    $"本年支出合计 = Σ expenditure lines ({column.ChineseName()})");
            }
        }
        var grand = table.Summary(SummaryLine.ExpenditureGrandTotal);
        if (grand is not null && current is not null)
        {
            var forward = table.Summary(SummaryLine.YearEndCarryForward);
            for (int ci = 0; ci < grand.Columns.Count; ci++)
            {
                var column = grand.Columns[ci];
                var parts = new List<Term> { Term.Plus(c.Cell(table, current, column)) };
                if (forward is not null)
                {
                    parts.Add(Term.Plus(c.Cell(table, forward, column)));
                }
                c.Relate(c.Cell(table, grand, column), CollectionsMarshal.AsSpan(parts), At.Place(table, grand, column), $"支出总计 = 本年支出合计 + 年终结转 ({column.ChineseName()})");
            }
        }
    }

    private static void SummaryBalance(ValidationContext c, BudgetTable? table)
    {
        var revenue = table?.Summary(SummaryLine.RevenueGrandTotal);
        var expenditure = table?.Summary(SummaryLine.ExpenditureGrandTotal);
        if (table is null || revenue is null || expenditure is null)
        {
            return;
        }
        c.Same(c.Cell(table, expenditure, expenditure.Columns[0]), c.Cell(table, revenue, revenue.Columns[0]), At.Place(table, expenditure, TableColumn.Total),
            "收入总计 = 支出总计");
    }

    // ------------------------------------------------------------------ code rollups

    private static void CodeRollup(ValidationContext c, TableKind kind)
    {
        switch (c.Disclosure[kind])
        {
            case FunctionTable f:
                Rollup(c, f, f.FunctionRows, static r => r.Code, static k => k.Parent, f.TotalRow, "合计", RowIndex.ByCode(c, f.FunctionRows));
                break;
            case RevenueCodeTable r:
                Rollup(c, r, r.RevenueRows, static x => x.Code, static k => k.Parent, r.TotalRow, "合计");
                break;
            case StateCapitalTable s:
                Rollup(c, s, s.RevenueRows, static x => x.Code, static k => k.Parent, s.RevenueTotal, "收入合计");
                Rollup(c, s, s.ExpenditureRows, static x => x.Code, static k => k.Parent, s.ExpenditureTotal, "支出合计");
                break;
        }
    }

    /// <summary>Each row with children in the table = Σ its direct children (by code prefix), for every column; the
    /// total = Σ the rows whose parent is not printed. Linear: rows and children are indexed by code (a duplicated
    /// code keeps its first row).</summary>
    private static void Rollup<TRow, TCode>(ValidationContext c, BudgetTable table, IReadOnlyList<TRow> rows, Func<TRow, TCode> codeOf,
        Func<TCode, TCode?> parentOf, SummaryRow? total, string totalName, Dictionary<TCode, TRow>? firstByCode = null)
        where TRow : TableRow
        where TCode : struct, IEquatable<TCode>, IComparable<TCode>
    {
        if (RowIndex.InCodeOrder(c, rows, codeOf))
        {
            SortedRollup(c, table, rows, codeOf, parentOf, total, totalName);
            return;
        }
        var first = firstByCode;
        if (first is null)
        {
            first = new Dictionary<TCode, TRow>(rows.Count);
            foreach (var row in rows)
            {
                first.TryAdd(codeOf(row), row);
            }
        }
        var children = new Dictionary<TCode, List<TableRow>>();
        var roots = new List<TableRow>();
        foreach (var row in rows)
        {
            if (!ReferenceEquals(first[codeOf(row)], row))
            {
                continue;
            }
            if (parentOf(codeOf(row)) is { } parent && first.ContainsKey(parent))
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }
                list.Add(row);
            }
            else
            {
                roots.Add(row);
            }
        }
        foreach (var row in rows)
        {
            var code = codeOf(row);
            if (!ReferenceEquals(first[code], row) || !children.TryGetValue(code, out var kids))
            {
                continue;
            }
            for (int ci = 0; ci < row.Columns.Count; ci++)
            {
                var column = row.Columns[ci];
                c.Relate(c.Cell(table, row, column), c.Terms(table, kids, column), At.Place(table, row, column),
                    $"{code} {row.Name} = Σ its {kids.Count} sub-items ({column.ChineseName()})");
            }
        }
        if (total is not null && roots.Count > 0)
        {
            for (int ci = 0; ci < total.Columns.Count; ci++)
            {
                var column = total.Columns[ci];
                c.Relate(c.Cell(table, total, column), c.Terms(table, roots, column), At.Place(table, total, column),
                    $"{totalName} = Σ top-level rows ({column.ChineseName()})");
            }
        }
    }

    /// <summary>
    /// <see cref="Rollup"/> for rows printed in code order without a repeated code (as tables print them): a row's
    /// descendants follow it, so the printed ancestors of a row are the rows on a stack that are prefixes of its code,
    /// and the parent is printed when the nearest of them is the parent. Arrays instead of dictionaries: linear, and
    /// it walks the rows in order (a large table's dictionaries are read at random).
    /// </summary>
    private static void SortedRollup<TRow, TCode>(ValidationContext c, BudgetTable table, IReadOnlyList<TRow> rows, Func<TRow, TCode> codeOf,
        Func<TCode, TCode?> parentOf, SummaryRow? total, string totalName)
        where TRow : TableRow
        where TCode : struct, IEquatable<TCode>, IComparable<TCode>
    {
        int n = rows.Count;
        var pool = System.Buffers.ArrayPool<int>.Shared;
        int[] parent = pool.Rent(n), start = pool.Rent(n + 1), kids = pool.Rent(n), stack = pool.Rent(n);
        try
        {
            int depth = 0, roots = 0;
            start.AsSpan(0, n + 1).Clear();
            for (int i = 0; i < n; i++)
            {
                var code = codeOf(rows[i]);
                var parentCode = parentOf(code);
                while (depth > 0 && !IsAncestor(codeOf(rows[stack[depth - 1]]), parentCode, parentOf))
                {
                    depth--;
                }
                parent[i] = depth > 0 && parentCode is { } p && p.Equals(codeOf(rows[stack[depth - 1]])) ? stack[depth - 1] : -1;
                if (parent[i] >= 0)
                {
                    start[parent[i] + 1]++;
                }
                else
                {
                    roots++;
                }
                stack[depth++] = i;
            }
            for (int i = 0; i < n; i++)
            {
                start[i + 1] += start[i];
            }
            var fill = pool.Rent(n);
            try
            {
                start.AsSpan(0, n).CopyTo(fill);
                var rootRows = new List<TableRow>(roots);
                for (int i = 0; i < n; i++)
                {
                    if (parent[i] >= 0)
                    {
                        kids[fill[parent[i]]++] = i;
                    }
                    else
                    {
                        rootRows.Add(rows[i]);
                    }
                }
                for (int i = 0; i < n; i++)
                {
                    int count = start[i + 1] - start[i];
                    if (count == 0)
                    {
                        continue;
                    }
                    var row = rows[i];
                    for (int ci = 0; ci < row.Columns.Count; ci++)
                    {
                        var column = row.Columns[ci];
                        var parts = c.Scratch(count);
                        for (int k = 0; k < count; k++)
                        {
                            parts[k] = Term.Plus(c.Cell(table, rows[kids[start[i] + k]], column));
                        }
                        c.Relate(c.Cell(table, row, column), parts, At.Place(table, row, column),
                            $"{codeOf(row)} {row.Name} = Σ its {count} sub-items ({column.ChineseName()})");
                    }
                }
                if (total is not null && rootRows.Count > 0)
                {
                    for (int ci = 0; ci < total.Columns.Count; ci++)
                    {
                        var column = total.Columns[ci];
                        c.Relate(c.Cell(table, total, column), c.Terms(table, rootRows, column), At.Place(table, total, column),
                            $"{totalName} = Σ top-level rows ({column.ChineseName()})");
                    }
                }
            }
            finally
            {
                pool.Return(fill);
            }
        }
        finally
        {
            pool.Return(parent);
            pool.Return(start);
            pool.Return(kids);
            pool.Return(stack);
        }

        // Whether `ancestor` is one of the codes up the parent chain from `parentCode` (a row's parent): parents sort
        // before their children, so the walk stops at the first code not after it.
        static bool IsAncestor(TCode ancestor, TCode? parentCode, Func<TCode, TCode?> parentOf)
        {
            for (var current = parentCode; current is { } k; current = parentOf(k))
            {
                int order = k.CompareTo(ancestor);
                if (order <= 0)
                {
                    return order == 0;
                }
            }
            return false;
        }
    }

    private static void EconomicRollup(ValidationContext c, TableKind kind)
    {
        if (c.Disclosure[kind] is not EconomicTable table)
        {
            return;
        }
        var classes = new List<(EconomicRow Class, List<EconomicRow> Items)>();
        var loose = new List<EconomicRow>();
        foreach (var row in table.EconomicRows)
        {
            if (row.IsClass)
            {
                classes.Add((row, []));
            }
            else if (classes.Count > 0)
            {
                classes[^1].Items.Add(row);
            }
            else
            {
                loose.Add(row);
            }
        }
        foreach (var (cls, items) in classes)
        {
            if (items.Count == 0)
            {
                continue;
            }
            for (int ci = 0; ci < cls.Columns.Count; ci++)
            {
                var column = cls.Columns[ci];
                c.Relate(c.Cell(table, cls, column), c.Terms(table, items, column), At.Place(table, cls, column),
                    $"{cls.Name} = Σ its {items.Count} items ({column.ChineseName()})");
            }
        }
        var total = table.TotalRow;
        var tops = classes.Select(x => x.Class).Concat(loose).ToArray();
        if (total is not null && tops.Length > 0)
        {
            for (int ci = 0; ci < total.Columns.Count; ci++)
            {
                var column = total.Columns[ci];
                c.Relate(c.Cell(table, total, column), c.Terms(table, tops, column), At.Place(table, total, column),
                    $"合计 = Σ economic classes ({column.ChineseName()})");
            }
        }
    }

    private static void StateCapitalBalance(ValidationContext c)
    {
        var table = c.Disclosure.StateCapitalOperation;
        if (table?.RevenueTotal is not { } revenue || table.ExpenditureTotal is not { } expenditure)
        {
            return;
        }
        c.Same(c.Cell(table, expenditure, TableColumn.Total), c.Cell(table, revenue, revenue.Columns[0]), At.Place(table, expenditure, TableColumn.Total),
            "支出合计 = 收入合计");
    }

    /// <summary>
    /// <c>BM-T10-LINES</c>. The “三公”经费 are 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费; 会议费 and 培训费, which some
    /// provinces print in the same table, are not among them, and 机关运行经费 or 行政经费 of a merged table never are. A
    /// table that prints a “三公” subtotal beside its 合计 says which is which: subtotal = the three, 合计 = subtotal +
    /// 会议费 + 培训费. A table that prints one 合计 beside 会议费 or 培训费 does not say whether it counts them, so the
    /// reading nearer the 合计 (by its first column) is taken: no error either way, and a 合计 that fits neither is
    /// reported against the nearer one.
    /// </summary>
    private static void ThreePublicLines(ValidationContext c)
    {
        var table = c.Disclosure.ThreePublicExpenses;
        if (table is null)
        {
            return;
        }
        var total = table.TotalRow;
        var subtotal = table.ThreePublicSubtotal;
        var vehicles = table.Vehicles;
        var three = new List<SummaryRow?> { table.OverseasTravel, table.Reception };
        if (vehicles is not null)
        {
            three.Add(vehicles);
        }
        else
        {
            three.Add(table.VehiclePurchase);
            three.Add(table.VehicleOperation);
        }
        var printed = three.OfType<SummaryRow>().ToArray();
        var others = new[] { table.Meetings, table.Training }.OfType<SummaryRow>().ToArray();
        const string ThreeText = "因公出国（境）费 + 公务接待费 + 公务用车购置及运行费";
        if (subtotal is not null)
        {
            RelateLines(subtotal, printed, $"“三公”经费小计 = {ThreeText}");
            if (total is not null)
            {
                RelateLines(total, [subtotal, .. others], "合计 = “三公”经费小计 + 会议费 + 培训费");
            }
        }
        else if (total is not null)
        {
            bool withOthers = others.Length > 0 && CountsOthers(total, printed, others);
            RelateLines(total, withOthers ? [.. printed, .. others] : printed,
                withOthers ? $"合计 = {ThreeText} + 会议费 + 培训费" : $"合计 = {ThreeText}");
        }
        if (vehicles is not null && (table.VehiclePurchase is not null || table.VehicleOperation is not null))
        {
            var parts = new[] { table.VehiclePurchase, table.VehicleOperation }.OfType<SummaryRow>().ToArray();
            for (int ci = 0; ci < vehicles.Columns.Count; ci++)
            {
                var column = vehicles.Columns[ci];
                c.Relate(c.Cell(table, vehicles, column), c.Terms(table, parts, column),
                    At.Place(table, vehicles, column), $"公务用车购置及运行费 = 购置费 + 运行维护费 ({column.ChineseName()})");
            }
        }

        void RelateLines(SummaryRow sum, SummaryRow[] parts, string what)
        {
            if (parts.Length == 0)
            {
                return;
            }
            for (int ci = 0; ci < sum.Columns.Count; ci++)
            {
                var column = sum.Columns[ci];
                c.Relate(c.Cell(table, sum, column), c.Terms(table, parts, column), At.Place(table, sum, column), $"{what} ({column.ChineseName()})");
            }
        }

        // Whether the 合计 is nearer the three plus 会议费 and 培训费 than the three alone (first column; a tie is the three).
        static bool CountsOthers(SummaryRow total, SummaryRow[] three, SummaryRow[] others)
        {
            var column = total.Columns[0];
            return NearerReading.CountsExtra(total.Total, three.Select(row => row.GetOrZero(column)), others.Select(row => row.GetOrZero(column)));
        }
    }

    // ------------------------------------------------------------------ tables 11 to 13

    private static void UnitRollup(ValidationContext c, TableKind kind)
    {
        if (c.Disclosure[kind] is not NamedRowTable table)
        {
            return;
        }
        var layout = RowIndex.Layout(c, table);
        foreach (var (duplicate, of) in layout.Duplicates)
        {
            c.Report(Severity.Warning, FindingKind.Mismatch, At.Row(table, duplicate) with { Lines = new[] { of.Line, duplicate.Line }.OfType<int>().ToArray() },
                $"The unit row '{duplicate.Name}' is printed twice in a row with the same amounts; the repeat is ignored.");
        }
        foreach (var (header, details) in layout.Units)
        {
            if (details.Count == 0)
            {
                continue;
            }
            for (int ci = 0; ci < header.Columns.Count; ci++)
            {
                var column = header.Columns[ci];
                c.Relate(c.Cell(table, header, column), c.Terms(table, details, column), At.Place(table, header, column),
                    $"{header.Name} = Σ its {details.Count} rows ({column.ChineseName()})");
            }
        }
        if (layout.Grand is { } grand)
        {
            for (int ci = 0; ci < grand.Columns.Count; ci++)
            {
                var column = grand.Columns[ci];
                c.Relate(c.Cell(table, grand, column), layout.Units.Select(u => Term.Plus(c.Cell(table, u.Header, column))).ToArray(), At.Place(table, grand, column),
                    $"{grand.Name} = Σ unit rows ({column.ChineseName()})");
            }
        }
    }
}
