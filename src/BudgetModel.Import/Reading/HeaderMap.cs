using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>What a column of a table holds, as its printed header says.</summary>
internal enum ColumnRole
{
    /// <summary>Nothing the importer reads (a column of a part the model does not keep, such as 上年结转 by type).</summary>
    None,

    /// <summary>A classification code printed whole (科目编码).</summary>
    Code,

    /// <summary>The 类 part of a split code.</summary>
    CodeClass,

    /// <summary>The 款 part of a split code.</summary>
    CodeSection,

    /// <summary>The 项 part of a split code.</summary>
    CodeItem,

    /// <summary>The row's name (科目名称, 项目, 项目名称, 单位名称).</summary>
    Name,

    /// <summary>The government economic code beside a department one (政府预算支出经济分类 编码).</summary>
    GovernmentCode,

    /// <summary>The government economic name beside a department one.</summary>
    GovernmentName,

    /// <summary>A unit or department code (部门（单位）代码): not a classification code.</summary>
    UnitCode,

    /// <summary>An amount of a model column.</summary>
    Amount,
}

/// <summary>
/// The columns of one table as its header rows print them: each column's header read top to bottom (a group header
/// over its sub-headers: 当年预算 + 基本支出), matched by meaning with the wordings provinces use, in whatever order
/// they are printed. Built only for laid-out input whose cells are aligned under their headers (PDF).
/// </summary>
internal sealed partial class HeaderMap
{
    [System.Text.RegularExpressions.GeneratedRegex("(?:合计|小计|总计|金额|预算数)$")]
    private static partial System.Text.RegularExpressions.Regex TotalWord();

    private HeaderMap(ColumnRole[] roles, TableColumn?[] columns, string[] headers, int side)
    {
        Roles = roles;
        Columns = columns;
        Headers = headers;
        RightSideStart = side;
    }

    /// <summary>The role of each cell index.</summary>
    internal ColumnRole[] Roles { get; }

    /// <summary>The model column of each amount index.</summary>
    internal TableColumn?[] Columns { get; }

    /// <summary>The stacked header text of each index.</summary>
    internal string[] Headers { get; }

    /// <summary>For a two-sided table (收入 | 支出), the index where the expenditure side starts; else -1.</summary>
    internal int RightSideStart { get; }

    /// <summary>The amount columns, in model order (as the kind lists them), with their cell index; on a two-sided
    /// table, the expenditure side's.</summary>
    internal IReadOnlyList<(int[] Indices, TableColumn Column)> AmountColumns(int from = 0, int to = int.MaxValue)
    {
        var list = new List<(int[], TableColumn)>();
        var seen = new List<TableColumn>();
        for (int i = Math.Max(0, from); i < Roles.Length && i < to; i++)
        {
            if (Roles[i] == ColumnRole.Amount && Columns[i] is { } c && !seen.Contains(c))
            {
                seen.Add(c);
                var indices = new List<int>();
                for (int j = i; j < Roles.Length && j < to; j++)
                {
                    if (Columns[j] == c)
                    {
                        indices.Add(j);
                    }
                }
                list.Add(([.. indices], c));
            }
        }
        return list;
    }

    /// <summary>The first index with the role, at or after <paramref name="from"/> and before <paramref name="to"/>; -1 when none.</summary>
    internal int IndexOf(ColumnRole role, int from = 0, int to = int.MaxValue)
    {
        for (int i = Math.Max(0, from); i < Roles.Length && i < to; i++)
        {
            if (Roles[i] == role)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Reads the header lines of a table; null when they name no amount column. <paramref name="budgetYear"/>
    /// (when known) picks the budget year's block of a table that prints several years side by side.</summary>
    internal static HeaderMap? Build(IReadOnlyList<SourceLine> headerLines, TableKind kind, int? budgetYear = null)
    {
        if (headerLines.Count == 0)
        {
            return null;
        }
        int width = headerLines.Max(l => l.Cells.Length);
        var headers = new string[width];
        var own = new string[width];
        for (int i = 0; i < width; i++)
        {
            string stacked = string.Empty;
            string last = string.Empty;
            foreach (var line in headerLines)
            {
                var cell = Clean(line[i]);
                if (cell.Length > 0 && cell != last)
                {
                    stacked += cell;
                    last = cell;
                }
            }
            headers[i] = stacked;
            own[i] = last;
        }
        // A two-sided table prints a second name column (项目) for its expenditure half, or 收入 … 支出 over its halves.
        int side = -1;
        if (kind is TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary)
        {
            int names = 0;
            for (int i = 0; i < width; i++)
            {
                if (IsNameHeader(headers[i]) && ++names == 2)
                {
                    side = i;
                    break;
                }
            }
            if (side < 0)
            {
                for (int i = 1; i < width; i++)
                {
                    if (headers[i].StartsWith("支出", StringComparison.Ordinal) && !headers[i - 1].StartsWith("支出", StringComparison.Ordinal))
                    {
                        side = i;
                        break;
                    }
                }
            }
        }
        var roles = new ColumnRole[width];
        var meanings = new (Group Group, Measure Measure)[width];
        for (int i = 0; i < width; i++)
        {
            var h = side > 0 ? StripSide(headers[i]) : headers[i];
            roles[i] = RoleOf(h, out meanings[i]);
            if (IsPartOfParent(own[i], h))
            {
                roles[i] = ColumnRole.None;
                meanings[i] = (Group.None, Measure.None);
            }
        }
        foreach (int i in OtherYearColumns(headers, budgetYear))
        {
            // Another year's block: not read, by role or by header (三公 lines are found by their headers).
            roles[i] = ColumnRole.None;
            meanings[i] = (Group.None, Measure.None);
            headers[i] = string.Empty;
        }
        var totals = new bool[width];
        for (int i = 0; i < width; i++)
        {
            totals[i] = TotalWord().IsMatch(headers[i]);
        }
        var columns = new TableColumn?[width];
        if (side > 0)
        {
            Resolve(roles, meanings, totals, columns, 0, side, kind, revenueSide: true);
            Resolve(roles, meanings, totals, columns, side, width, kind, revenueSide: false);
        }
        else
        {
            Resolve(roles, meanings, totals, columns, 0, width, kind, revenueSide: false);
        }
        if (!columns.Any(c => c is not null))
        {
            // One figure column headed by the table's subject (机关运行经费支出, 金额（万元）…): its total.
            int only = -1;
            for (int i = side > 0 ? side : 0; i < width; i++)
            {
                if (roles[i] is ColumnRole.None or ColumnRole.Amount && headers[i].Length > 0)
                {
                    only = only < 0 ? i : -2;
                }
            }
            if (only < 0 || !TableLayout.For(kind).AllowedColumns.Contains(TableColumn.Total))
            {
                return null;
            }
            roles[only] = ColumnRole.Amount;
            columns[only] = TableColumn.Total;
        }
        return new HeaderMap(roles, columns, headers, side);
    }

    private enum Group
    {
        None,
        Current,
        CarryOver,
    }

    private enum Measure
    {
        None,
        Total,
        Basic,
        Project,
        Personnel,
        Public,
        GeneralBudget,
        GovernmentFund,
        StateCapital,
        SocialInsurance,
        FiscalSpecialAccount,
        UnitFunds,
        UnitFundsPart,
        Other,
    }

    private static string StripSide(string h) =>
        h.StartsWith("收入", StringComparison.Ordinal) && h.Length > 2 ? h[2..]
        : h.StartsWith("支出", StringComparison.Ordinal) && h.Length > 2 && !h.StartsWith("支出功能", StringComparison.Ordinal) && !h.StartsWith("支出经济", StringComparison.Ordinal) ? h[2..]
        : h;

    /// <summary>True when a header names a level of the project library above the project (类型, 项目类型, 项目类别,
    /// 一级项目), whose rows group the projects under them.</summary>
    internal static bool IsProjectGroupHeader(string h) =>
        h.Contains("一级项目", StringComparison.Ordinal) || h.EndsWith("类型", StringComparison.Ordinal) || h.EndsWith("类别", StringComparison.Ordinal);

    /// <summary>True when a header names the project itself (项目名称, 二级项目, 项目), not its unit or a group of projects.</summary>
    internal static bool IsProjectNameHeader(string h) =>
        !IsProjectGroupHeader(h) && !h.Contains("单位", StringComparison.Ordinal) && (h.Contains("项目", StringComparison.Ordinal) || h.EndsWith("名称", StringComparison.Ordinal));

    private static bool IsNameHeader(string h)
    {
        var s = StripSide(h);
        return s is "项目" or "科目" or "项目名称" or "收入项目" or "支出项目" or "预算科目" || s.EndsWith("名称", StringComparison.Ordinal) || s.EndsWith("项目", StringComparison.Ordinal);
    }

    private static ColumnRole RoleOf(string h, out (Group, Measure) meaning)
    {
        meaning = (Group.None, Measure.None);
        if (h.Length == 0)
        {
            return ColumnRole.None;
        }
        // 政府预算支出经济分类, 政府经济分类, 政府支出经济分类科目 (Beijing): the government economic classification.
        bool government = h.Contains("政府预算", StringComparison.Ordinal) || h.Contains("政府经济", StringComparison.Ordinal)
            || h.Contains("政府支出经济", StringComparison.Ordinal);
        if (h.Contains("编码", StringComparison.Ordinal) || h.Contains("代码", StringComparison.Ordinal) || h.Contains("编号", StringComparison.Ordinal))
        {
            if (h.EndsWith('类'))
            {
                return ColumnRole.CodeClass;
            }
            if (h.EndsWith('款'))
            {
                return ColumnRole.CodeSection;
            }
            if (h.EndsWith('项') && !h.EndsWith("项目", StringComparison.Ordinal))
            {
                return ColumnRole.CodeItem;
            }
            if (h.Contains("部门", StringComparison.Ordinal) && (h.Contains("单位", StringComparison.Ordinal) || h.EndsWith("部门代码", StringComparison.Ordinal))
                || h is "单位代码" or "单位编码")
            {
                return ColumnRole.UnitCode;
            }
            return government ? ColumnRole.GovernmentCode : ColumnRole.Code;
        }
        if (h is "类" || (h.EndsWith('类') && h.Length <= 6 && h.StartsWith("科目", StringComparison.Ordinal)))
        {
            return ColumnRole.CodeClass;
        }
        if (h is "款" || (h.EndsWith('款') && h.Length <= 6 && h.StartsWith("科目", StringComparison.Ordinal)))
        {
            return ColumnRole.CodeSection;
        }
        if (h is "项" || (h.EndsWith('项') && h.Length <= 6 && h.StartsWith("科目", StringComparison.Ordinal)))
        {
            return ColumnRole.CodeItem;
        }
        if (h.EndsWith("名称", StringComparison.Ordinal) || h is "项目" or "科目" or "预算科目" || h.EndsWith("科目", StringComparison.Ordinal) && !IsAmountWord(h)
            || h.EndsWith("项目", StringComparison.Ordinal) && h.Length <= 8)
        {
            return government ? ColumnRole.GovernmentName : ColumnRole.Name;
        }
        // 上年…余额 (上年实户资金余额, Shaanxi): money left from last year, a carry-over like 上年结转.
        var group = h.Contains("结转", StringComparison.Ordinal) || h.Contains("结余", StringComparison.Ordinal)
            || h.Contains("上年", StringComparison.Ordinal) && h.EndsWith("余额", StringComparison.Ordinal) ? Group.CarryOver
            : h.Contains("当年", StringComparison.Ordinal) || h.Contains("编制", StringComparison.Ordinal) || h.Contains("本年", StringComparison.Ordinal) || h.Contains("安排", StringComparison.Ordinal)
                // 预算 or 2026年预算 alone over a column of figures: the year's budget.
                || h is "预算" || h.EndsWith("年预算", StringComparison.Ordinal) ? Group.Current
            : Group.None;
        var measure = MeasureOf(h);
        meaning = (group, measure);
        return measure == Measure.None && group == Group.None ? ColumnRole.None : ColumnRole.Amount;
    }

    private static bool IsAmountWord(string h) => MeasureOf(h) != Measure.None;

    /// <summary>Whether a column is a 其中 part of the column it is printed under that names no measure of its own
    /// (一般公共预算拨款 over 其中：专项资金列入部门预算的项目): part of its parent's amount, not a column to add.
    /// 其中：人员经费 names a measure and stays a column.</summary>
    private static bool IsPartOfParent(string own, string stacked)
    {
        if (!own.StartsWith("其中", StringComparison.Ordinal) || own.Length == stacked.Length)
        {
            return false;
        }
        var words = own[2..];
        return MeasureOf(words) == Measure.None;
    }

    /// <summary>The words of amount headers and what they measure (made once).</summary>
    private static readonly (string Word, Measure Measure)[] MeasureWords =
    {
        ("合计", Measure.Total), ("总计", Measure.Total), ("小计", Measure.Total), ("金额", Measure.Total), ("预算数", Measure.Total),
        ("预算额", Measure.Total), ("总额", Measure.Total),
        ("基本支出", Measure.Basic), ("项目支出", Measure.Project), ("专项业务经费", Measure.Project),
        ("人员经费", Measure.Personnel), ("人员支出", Measure.Personnel), ("工资福利", Measure.Personnel),
        ("公用经费", Measure.Public), ("日常公用", Measure.Public),
        ("一般公共预算", Measure.GeneralBudget), ("一般公共", Measure.GeneralBudget), ("公共财政", Measure.GeneralBudget),
        ("政府性基金", Measure.GovernmentFund), ("国有资本经营", Measure.StateCapital), ("国有资本", Measure.StateCapital),
        ("社会保险基金", Measure.SocialInsurance), ("财政专户", Measure.FiscalSpecialAccount), ("专户", Measure.FiscalSpecialAccount),
        ("单位资金", Measure.UnitFunds),
        ("事业收入", Measure.UnitFundsPart), ("事业单位经营", Measure.UnitFundsPart), ("经营收入", Measure.UnitFundsPart),
        ("上级补助", Measure.UnitFundsPart), ("附属单位", Measure.UnitFundsPart), ("其他收入", Measure.UnitFundsPart),
        ("用事业基金弥补", Measure.UnitFundsPart), ("经营支出", Measure.Other), ("对附属单位补助", Measure.Other),
        ("上缴上级", Measure.Other), ("财政拨款", Measure.Other),
    };

    /// <summary>What an amount column measures, from the end of its stacked header (the most specific words).</summary>
    private static Measure MeasureOf(string h)
    {
        // The last matching word wins: 当年预算 + 基本支出 + 人员经费 → 人员经费.
        // The most specific word wins, the last one printed among equals: 当年预算 + 基本支出 + 人员经费 → 人员经费;
        // 基本支出 + 小计 → 基本支出 (a subtotal of that measure); 当年预算 + 小计 → the total.
        int best = -1, bestTotal = -1;
        var found = Measure.None;
        foreach (var (word, measure) in MeasureWords)
        {
            int at = h.LastIndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            if (measure == Measure.Total)
            {
                bestTotal = Math.Max(bestTotal, at);
            }
            else if (at > best || (at == best && measure != Measure.Other && found == Measure.Other))
            {
                best = at;
                found = measure;
            }
        }
        // 财政拨款 (or another word the model has no column for) before 预算数 / 合计: the column is that total.
        if ((found == Measure.None || found == Measure.Other && bestTotal > best) && bestTotal >= 0)
        {
            found = Measure.Total;
        }
        if (found == Measure.None && (h is "本年预算" or "本年" or "预算" or "当年预算" or "上年结转" or "编制预算" || h.EndsWith("年预算", StringComparison.Ordinal) || h.EndsWith("预算数", StringComparison.Ordinal)))
        {
            return Measure.None;
        }
        return found;
    }

    /// <summary>Gives each amount index of [from, to) its model column, as far as the kind has such a column. Where
    /// the kind keeps no 当年/上年结转 split, a measure printed under both (基本支出 of 当年预算 and of 上年结转结余) is
    /// the sum of both cells: <see cref="AmountColumns"/> lists every index of a column.</summary>
    private static void Resolve(ColumnRole[] roles, (Group Group, Measure Measure)[] meanings, bool[] totals, TableColumn?[] columns, int from, int to, TableKind kind, bool revenueSide)
    {
        var allowed = TableLayout.For(kind).AllowedColumns;
        var standard = StandardColumns.For(kind);
        bool hasPlainTotal = false, hasCarry = false;
        var currentTotals = new List<int>();
        for (int i = from; i < to; i++)
        {
            if (roles[i] != ColumnRole.Amount)
            {
                continue;
            }
            var (g, m) = meanings[i];
            hasPlainTotal |= g == Group.None && m == Measure.Total;
            hasCarry |= g == Group.CarryOver;
            if (g == Group.Current && m is Measure.Total or Measure.None)
            {
                currentTotals.Add(i);
            }
        }
        // Whether 当年/上年结转 are columns of their own: as the kind usually prints them.
        bool wantsCurrent = standard.Contains(TableColumn.CurrentYear), wantsCarry = standard.Contains(TableColumn.CarryOver);
        // A kind whose 合计 is this year's money with 上年结转 beside it (收入总表): a printed 合计 that includes the
        // carry-over gives way to the printed 本年收入 subtotal.
        bool totalIsCurrent = wantsCarry && !wantsCurrent && hasPlainTotal && currentTotals.Count == 1 && hasCarry;
        if (totalIsCurrent)
        {
            for (int i = from; i < to; i++)
            {
                if (roles[i] == ColumnRole.Amount && meanings[i] is { Group: Group.None, Measure: Measure.Total })
                {
                    roles[i] = ColumnRole.None;
                }
            }
            hasPlainTotal = false;
        }
        for (int i = from; i < to; i++)
        {
            if (roles[i] != ColumnRole.Amount)
            {
                continue;
            }
            var (g, m) = meanings[i];
            // A measure the kind has no column for, printed over a total (基本支出 + 合计 in a table of 基本支出 by
            // economic code): the column is that total.
            if (m is not (Measure.Total or Measure.None) && MeasureColumn(m) is { } mc && !standard.Contains(mc) && totals[i]
                && !(hasPlainTotal && allowed.Contains(mc)))
            {
                m = Measure.Total;
            }
            TableColumn? c;
            bool summed = false;
            if (revenueSide)
            {
                // The revenue side of 收支总表 carries one amount: its total (本年预算 / 预算数 / 金额).
                c = g != Group.CarryOver && m is Measure.Total or Measure.None ? TableColumn.Amount : null;
            }
            else if (m is Measure.Total or Measure.None)
            {
                int rank = currentTotals.IndexOf(i);
                c = g switch
                {
                    Group.None => m == Measure.Total ? TableColumn.Total : null,
                    Group.Current when !hasPlainTotal && currentTotals.Count >= 2 => rank == 0 ? TableColumn.Total : rank == 1 && wantsCurrent ? TableColumn.CurrentYear : null,
                    Group.Current when !hasPlainTotal => hasCarry && wantsCurrent ? TableColumn.CurrentYear : TableColumn.Total,
                    Group.Current => wantsCurrent ? TableColumn.CurrentYear : null,
                    // A table by source of money (Shaanxi's 支出总表: 合计 | 一般公共预算拨款 … | 上年结转) counts the carry-over
                    // as a source beside the funds.
                    _ => wantsCarry || BySource(meanings, roles, from, to) ? TableColumn.CarryOver : null,
                };
                // Several carry-over columns (上年结转 and 上年实户资金余额) are together the carry-over.
                summed = g == Group.CarryOver;
            }
            else if (m == Measure.UnitFundsPart)
            {
                // 事业收入, 上级补助收入, 其他收入 … printed in place of 单位资金 in a kind that has it (收入总表, 项目支出表, 政府采购表),
                // beside the fiscal money by fund: together they are its column. Under a printed 单位资金 they are its
                // breakdown; beside 财政拨款 printed as one column (which the kind cannot hold) they are left out with it.
                c = g != Group.CarryOver && (standard.Contains(TableColumn.UnitFunds) || kind == TableKind.GovernmentProcurement || BySource(meanings, roles, from, to))
                    && !Prints(Measure.UnitFunds, meanings, roles, from, to)
                    && Prints(Measure.GeneralBudget, meanings, roles, from, to) ? TableColumn.UnitFunds : null;
                summed = true;
            }
            else
            {
                c = MeasureColumn(m);
                // A carry-over breakdown adds to the same measure when the kind keeps no split.
                if (g == Group.CarryOver)
                {
                    if (wantsCarry)
                    {
                        c = null;
                    }
                    summed = true;
                }
            }
            if (c is { } col && (allowed.Contains(col) || revenueSide) && (summed || !Taken(columns, from, to, col)))
            {
                columns[i] = col;
            }
        }
    }

    /// <summary>True when an expenditure table is printed by source of money, not by type: a 一般公共预算 column and no
    /// 基本支出 or 项目支出 column (Shaanxi's 支出总表 by unit: 合计 | 一般公共预算拨款 | 政府性基金拨款 | 事业收入 … | 上年结转).</summary>
    private static bool BySource((Group Group, Measure Measure)[] meanings, ColumnRole[] roles, int from, int to) =>
        Prints(Measure.GeneralBudget, meanings, roles, from, to) && !Prints(Measure.Basic, meanings, roles, from, to) && !Prints(Measure.Project, meanings, roles, from, to);

    /// <summary>True when a column of <paramref name="measure"/> of this year's money is printed in [from, to).</summary>
    private static bool Prints(Measure measure, (Group Group, Measure Measure)[] meanings, ColumnRole[] roles, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (roles[i] == ColumnRole.Amount && meanings[i].Measure == measure && meanings[i].Group != Group.CarryOver)
            {
                return true;
            }
        }
        return false;
    }

    private static TableColumn? MeasureColumn(Measure m) => m switch
    {
        Measure.Basic => TableColumn.Basic,
        Measure.Project => TableColumn.Project,
        Measure.Personnel => TableColumn.Personnel,
        Measure.Public => TableColumn.Public,
        Measure.GeneralBudget => TableColumn.GeneralBudget,
        Measure.GovernmentFund => TableColumn.GovernmentFund,
        Measure.StateCapital => TableColumn.StateCapital,
        Measure.SocialInsurance => TableColumn.SocialInsurance,
        Measure.FiscalSpecialAccount => TableColumn.FiscalSpecialAccount,
        Measure.UnitFunds => TableColumn.UnitFunds,
        _ => null,
    };

    private static bool Taken(TableColumn?[] columns, int from, int to, TableColumn column)
    {
        for (int i = from; i < to; i++)
        {
            if (columns[i] == column)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What a header cell may carry besides its words: the unit, a colon, a footnote mark.</summary>
    private static readonly string[] HeaderNoise = ["(万元)", "(元)", "万元", ":", "*"];

    /// <summary>A header cell without white space, unit notes and full-width forms.</summary>
    private static string Clean(string cell)
    {
        if (cell.Length == 0)
        {
            return cell;
        }
        var s = Labels.Normalize(cell);
        foreach (var noise in HeaderNoise)
        {
            s = s.Replace(noise, "", StringComparison.Ordinal);
        }
        return s;
    }
}
