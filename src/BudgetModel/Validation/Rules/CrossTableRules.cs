using System.Runtime.InteropServices;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Validation.Rules;

/// <summary>Relations between tables (docs/domain.md §5, "Across tables").</summary>
internal static class CrossTableRules
{
    internal static IEnumerable<IDisclosureRule> Create()
    {
        yield return new Rule("BM-X-T1-T2-REVENUE", "预算收入总表's 合计 and each source = 预算收支总表's revenue lines; its 上年结转 = 表一's 上年结转",
            "收入总表合计及各来源与收支总表一致", T1T2Revenue);
        yield return new Rule("BM-X-T1-T2-CLASS", "Each 类 of 预算收入总表 = 表一's 当年预算安排 of the class; its 上年结转 = 表一's 上年结转安排",
            "收入总表各类与收支总表支出各类一致", T1T2Class);
        yield return new Rule("BM-X-T1-T3-CLASS", "Each function line of 预算收支总表 = the 类 row of 预算支出总表", "收支总表支出各类与支出总表各类一致", T1T3Class);
        yield return new Rule("BM-X-T1-T3-TOTAL", "预算支出总表's 合计 = 预算收支总表's 支出总计", "支出总表合计等于收支总表支出总计", T1T3Total);
        yield return new Rule("BM-X-T2-T3-ROW", "For each code: 预算支出总表's 合计 = 预算收入总表's 合计 + 上年结转", "支出总表各科目等于收入总表本年收入加上年结转", T2T3Row);
        yield return new Rule("BM-X-T1-T4", "财政拨款收支总表 restates 表一 for 财政拨款: revenue lines by source, and totals when the unit has only 财政拨款",
            "财政拨款收支总表与收支总表一致", T1T4);
        yield return new Rule("BM-X-T4-CLASS", "Each class line of 财政拨款收支总表 = 表一's (or 表三's) class when the unit has only 财政拨款",
            "财政拨款支出各类与收支总表一致", T4Class);
        yield return new Rule("BM-X-T4-FUNDS", "财政拨款收支总表's 政府性基金 and 国有资本经营 columns by class = 表八 and 表九 (without carry-over)",
            "财政拨款收支总表各资金栏与基金、国资支出表一致", T4Funds);
        yield return new Rule("BM-X-T2-T5-ROW", "For each code: 一般公共预算支出表's 合计 = 预算收入总表's 一般公共预算", "一般公共预算支出表各科目等于收入总表一般公共预算栏", c => T2Column(c, TableKind.GeneralBudgetExpenditure, TableColumn.GeneralBudget));
        yield return new Rule("BM-X-T2-T8-ROW", "For each code: 政府性基金预算支出表's 合计 = 预算收入总表's 政府性基金", "政府性基金支出表各科目等于收入总表政府性基金栏", c => T2Column(c, TableKind.GovernmentFundExpenditure, TableColumn.GovernmentFund));
        yield return new Rule("BM-X-T1-T5-TOTAL", "一般公共预算支出表's 合计 = 预算收支总表's 一般公共预算 (表一 printing 财政拨款 whole: it = 表五 + 表八 + 表九's totals)", "一般公共预算支出表合计等于收支总表一般公共预算收入", T1T5Total);
        yield return new Rule("BM-X-T5-T6-BASIC", "一般公共预算支出表's 基本支出 = 基本支出经济分类表's 合计", "一般公共预算基本支出与经济分类表合计一致", T5T6Basic);
        yield return new Rule("BM-X-T6-T10", "基本支出表's 公务接待费 and 公务用车运行维护费 = the “三公” table's lines", "基本支出表公务接待费、公务用车运行维护费与“三公”表一致", T6T10);
        yield return new Rule("BM-X-T6-T11", "基本支出表's 公用经费 = 机关运行经费 (an administrative unit; the 机关运行经费 line of a merged “三公” table stands in for 表十一)", "公用经费等于机关运行经费", T6T11);
        yield return new Rule("BM-X-T7-T8-T1", "政府性基金 revenue total = its expenditure total = 预算收支总表's 政府性基金预算", "政府性基金收入、支出合计与收支总表一致", T7T8T1);
        yield return new Rule("BM-X-T9-T1", "国有资本经营预算表's totals = 预算收支总表's 国有资本经营预算", "国有资本经营预算收支与收支总表一致", T9T1);
        yield return new Rule("BM-X-T12-FUNDS", "项目支出表（本年） = 支出总表's 项目支出 less carry-over, by fund (一般公共预算 = 表五's 项目支出 …)",
            "本年项目支出与支出总表项目支出（扣除上年结转）一致", T12Funds);
        yield return new Rule("BM-X-T13-T1", "项目支出表（上年结转）'s total = 预算收支总表's 上年结转", "上年结转项目合计等于收支总表上年结转", T13T1);
        yield return new Rule("BM-X-T3-T14-BASIC", "基本支出总表's 合计 = 预算支出总表's 基本支出, in total and by class", "基本支出总表与支出总表基本支出一致",
            c => ByFunctionTotal(c, TableKind.BasicExpenditureSummary, TableKind.ExpenditureSummary, TableColumn.Basic, byClass: true));
        yield return new Rule("BM-X-T3-T15-PROJECT", "项目支出总表's 合计 = 预算支出总表's 项目支出, in total and by class", "项目支出总表与支出总表项目支出一致",
            c => ByFunctionTotal(c, TableKind.ProjectExpenditureSummary, TableKind.ExpenditureSummary, TableColumn.Project, byClass: true));
        yield return new Rule("BM-X-T3-T25-BASIC", "部门预算基本支出预算表（按经济分类）'s 合计 = 预算支出总表's 基本支出", "基本支出经济分类预算表合计等于支出总表基本支出",
            c => SameTotals(c, TableKind.BasicExpenditureByEconomic, TableKind.ExpenditureSummary, (TableColumn.Total, TableColumn.Basic)));
        yield return new Rule("BM-X-T5-T16-TOTAL", "一般公共预算支出经济分类表's 合计, 基本支出 and 项目支出 = 一般公共预算支出表's", "一般公共预算支出经济分类表合计与一般公共预算支出表一致",
            c => SameTotals(c, TableKind.GeneralBudgetExpenditureByEconomic, TableKind.GeneralBudgetExpenditure,
                (TableColumn.Total, TableColumn.Total), (TableColumn.Basic, TableColumn.Basic), (TableColumn.Project, TableColumn.Project)));
        yield return new Rule("BM-X-T6-T16-BASIC", "一般公共预算支出经济分类表's 基本支出 (人员经费, 公用经费) = 基本支出经济分类表's 合计 (人员经费, 公用经费)",
            "一般公共预算支出经济分类表基本支出与基本支出经济分类表一致",
            c => SameTotals(c, TableKind.GeneralBudgetExpenditureByEconomic, TableKind.GeneralBudgetBasicExpenditure,
                (TableColumn.Basic, TableColumn.Total), (TableColumn.Personnel, TableColumn.Personnel), (TableColumn.Public, TableColumn.Public)));
        yield return new Rule("BM-X-T5-T17-PROJECT", "一般公共预算项目支出表（按经济分类）'s 合计 = 一般公共预算支出表's 项目支出 (a warning: the scope may differ)",
            "一般公共预算项目支出经济分类表合计等于一般公共预算项目支出",
            c => SameTotals(c, TableKind.GeneralBudgetProjectByEconomic, TableKind.GeneralBudgetExpenditure, Severity.Warning, (TableColumn.Total, TableColumn.Project)));
        yield return new Rule("BM-X-T5-T18-BASIC", "一般公共预算基本支出表（按功能分类）'s 合计 = 一般公共预算支出表's 基本支出, in total and by class",
            "一般公共预算基本支出功能分类表与一般公共预算支出表基本支出一致",
            c => ByFunctionTotal(c, TableKind.GeneralBudgetBasicByFunction, TableKind.GeneralBudgetExpenditure, TableColumn.Basic, byClass: true));
        yield return new Rule("BM-X-T6-T18-BASIC", "一般公共预算基本支出表（按功能分类）'s 人员经费 and 公用经费 = 基本支出经济分类表's",
            "一般公共预算基本支出功能分类表人员经费、公用经费与经济分类表一致",
            c => SameTotals(c, TableKind.GeneralBudgetBasicByFunction, TableKind.GeneralBudgetBasicExpenditure,
                (TableColumn.Total, TableColumn.Total), (TableColumn.Personnel, TableColumn.Personnel), (TableColumn.Public, TableColumn.Public)));
        yield return new Rule("BM-X-T4-T19", "财政拨款支出表（功能科目）'s 合计 = 财政拨款收支总表's 本年支出合计; each class = 表四's class line",
            "财政拨款支出表与财政拨款收支总表支出一致", T4T19);
        yield return new Rule("BM-X-T19-T20-BASIC", "财政拨款基本支出表（经济科目）'s 合计 = 财政拨款支出表（功能科目）'s 基本支出",
            "财政拨款基本支出经济分类表合计等于财政拨款支出表基本支出",
            c => SameTotals(c, TableKind.FiscalAppropriationBasicByEconomic, TableKind.FiscalAppropriationExpenditureByFunction, (TableColumn.Total, TableColumn.Basic)));
    }

    // ------------------------------------------------------------------ helpers

    private static SourceRow? SourceLine(SummaryTable t1, FundSource source) => t1.RevenueLines.FirstOrDefault(r => r.Source == source);

    private static Figure Source(ValidationContext c, SummaryTable t1, FundSource source)
    {
        var row = SourceLine(t1, source);
        return row is null ? ValidationContext.Absent($"T1[{source}]") : c.Cell(t1, row, row.Columns[0]);
    }

    /// <summary>A source's revenue in 表一 as terms: its line, or the sum of its lines when 表一 prints the source as its
    /// parts (单位资金 as 事业收入 and 其他收入, each a line of it); carry-over lines excluded.</summary>
    private static Term[] SourceTerms(ValidationContext c, SummaryTable t1, FundSource source)
    {
        var lines = t1.RevenueLines.Where(r => r.Source == source && !r.IsCarryOver).ToArray();
        return lines.Length <= 1 ? [Term.Plus(Source(c, t1, source))] : [.. lines.Select(r => Term.Plus(c.Cell(t1, r, r.Columns[0])))];
    }

    private static Figure? Line(ValidationContext c, BudgetTable? table, SummaryLine line, TableColumn? column = null)
    {
        var row = table?.Summary(line);
        if (table is null || row is null)
        {
            return null;
        }
        return c.Cell(table, row, column is { } col && row.Has(col) ? col : row.Columns[0]);
    }

    /// <summary>A source of 财政拨款 (what 表四 restates): 一般公共预算, 政府性基金预算, 国有资本经营预算 and 上年结转.</summary>
    private static bool IsFiscal(FundSource source) =>
        source is FundSource.GeneralPublicBudget or FundSource.GovernmentFundBudget or FundSource.StateCapitalOperationBudget or FundSource.CarryOver
            or FundSource.FiscalAppropriation;

    /// <summary>True when 表一 prints no money outside 财政拨款: every other revenue line (财政专户管理资金, 单位资金, …)
    /// is absent or printed as zero. A printed zero may still hide money under half its last printed unit (see
    /// <see cref="HiddenNonFiscal"/>).</summary>
    private static bool OnlyFiscal(SummaryTable t1) => t1.RevenueLines.All(r => IsFiscal(r.Source) || r.Total.IsZero);

    /// <summary>
    /// The non-fiscal revenue lines of 表一 printed as zero, each as a term with the sign −, for the relations that
    /// equate a 财政拨款 figure of 表四 with a 表一 (or 表三) figure because <see cref="OnlyFiscal"/> holds. A line printed
    /// 0.00 万元 may stand for up to 50 元 (half its last printed unit), and 表一's class lines and totals, rounded from
    /// the exact books, still count that money while 表四's do not; so the exact relation is
    /// <c>表四 = 表一 − Σ hidden non-fiscal money</c>, each hidden part lying between zero and its line's half-unit (a
    /// class holds at most the line's total, amounts being non-negative). Taking each printed zero into the relation
    /// as a published figure adds its half-unit to the bound: the bound widens by exactly what the zeros can hide,
    /// and the message names the lines. Lines not printed at all are taken as exact zeros, as absent rows are everywhere.
    /// </summary>
    private static Term[] HiddenNonFiscal(ValidationContext c, SummaryTable t1)
    {
        int count = 0;
        foreach (var line in t1.RevenueLines)
        {
            if (!IsFiscal(line.Source) && line.Total.IsZero)
            {
                count++;
            }
        }
        if (count == 0)
        {
            return [];
        }
        var terms = new Term[count];
        int i = 0;
        foreach (var line in t1.RevenueLines)
        {
            if (!IsFiscal(line.Source) && line.Total.IsZero)
            {
                terms[i++] = Term.Minus(c.Cell(t1, line, line.Columns[0]));
            }
        }
        return terms;
    }

    private static TableColumn ColumnOf(FundSource source) => TableColumns.ForSource(source);

    /// <summary>Compares two function tables row by row over the union of their codes; a code printed on one side only
    /// compares with zero (so a missing row with money is reported, a missing empty row is not). <paramref name="extra"/>
    /// terms join the expected side of every comparison with a printed expected row (the same figures for every code).</summary>
    private static void ByCode(ValidationContext c, BudgetTable actualTable, IReadOnlyList<FunctionRow> actualRows, TableColumn actualColumn,
        BudgetTable expectedTable, IReadOnlyList<FunctionRow> expectedRows, Func<FunctionRow, IReadOnlyList<(TableColumn Column, int Sign)>> expectedColumns,
        string what, bool classesOnly = false, Term[]? extra = null)
    {
        extra ??= [];
        if (RowIndex.InCodeOrder(c, actualRows, static r => r.Code) && RowIndex.InCodeOrder(c, expectedRows, static r => r.Code))
        {
            MergeByCode(c, actualTable, actualRows, actualColumn, expectedTable, expectedRows, expectedColumns, what, classesOnly, extra);
            return;
        }
        // The first row of each code on either side (the indexes are made once per run and shared).
        var actualByCode = RowIndex.ByCode(c, actualRows);
        var expectedByCode = RowIndex.ByCode(c, expectedRows);
        foreach (var row in actualRows)
        {
            if (classesOnly && !IsClass(row) || !ReferenceEquals(actualByCode[row.Code], row))
            {
                continue;
            }
            var parts = expectedByCode.TryGetValue(row.Code, out var other)
                ? Terms(c, expectedTable, other, expectedColumns(other), extra)
                : NotPrinted(c, expectedTable, row);
            c.Relate(c.Cell(actualTable, row, actualColumn), parts, At.Place(actualTable, row, actualColumn), $"{row.Code.Value} {row.Name}: {what}");
        }
        foreach (var other in expectedRows)
        {
            if (classesOnly && !IsClass(other) || actualByCode.ContainsKey(other.Code) || !ReferenceEquals(expectedByCode[other.Code], other))
            {
                continue;
            }
            RelateMissingRow(c, actualTable, actualColumn, expectedTable, other, expectedColumns(other), extra, what);
        }
    }

    /// <summary>The one term standing for a row the expected table does not print, in the context's buffer.</summary>
    private static Span<Term> NotPrinted(ValidationContext c, BudgetTable expectedTable, FunctionRow row)
    {
        var parts = c.Scratch(1);
        parts[0] = Term.Plus(ValidationContext.Absent($"T{(int)expectedTable.Kind}[{row.Code.Value}] (not printed)"));
        return parts;
    }

    /// <summary>Relates an expected row that the actual table leaves out to its absence, unless its figures are all zero.</summary>
    private static void RelateMissingRow(ValidationContext c, BudgetTable actualTable, TableColumn actualColumn, BudgetTable expectedTable, FunctionRow other,
        IReadOnlyList<(TableColumn Column, int Sign)> expectedColumns, Term[] extra, string what)
    {
        var parts = Terms(c, expectedTable, other, expectedColumns, extra);
        if (AllZero(parts))
        {
            return;
        }
        c.Relate(ValidationContext.Absent($"T{(int)actualTable.Kind}[{other.Code.Value}] (not printed)"), parts,
            new FindingLocation(actualTable.Kind, other.Code.Value, other.Code.Value, null, actualColumn),
            $"{other.Code.Value} {other.Name}: {what} (the row is missing from T{(int)actualTable.Kind})");
    }

    /// <summary>The signed figures of some columns of one row, then <paramref name="extra"/>, in the context's buffer.</summary>
    private static Span<Term> Terms(ValidationContext c, BudgetTable table, FunctionRow row, IReadOnlyList<(TableColumn Column, int Sign)> columns, Term[] extra)
    {
        var terms = c.Scratch(columns.Count + extra.Length);
        for (int i = 0; i < columns.Count; i++)
        {
            terms[i] = new Term(c.Cell(table, row, columns[i].Column), columns[i].Sign);
        }
        extra.CopyTo(terms[columns.Count..]);
        return terms;
    }

    /// <summary><see cref="ByCode"/> for two lists printed in code order with no code twice (as tables print them):
    /// the same relations in the same order, found by walking both lists side by side instead of through dictionaries.</summary>
    private static void MergeByCode(ValidationContext c, BudgetTable actualTable, IReadOnlyList<FunctionRow> actualRows, TableColumn actualColumn,
        BudgetTable expectedTable, IReadOnlyList<FunctionRow> expectedRows, Func<FunctionRow, IReadOnlyList<(TableColumn Column, int Sign)>> expectedColumns,
        string what, bool classesOnly, Term[] extra)
    {
        int j = 0;
        foreach (var row in actualRows)
        {
            while (j < expectedRows.Count && expectedRows[j].Code.CompareTo(row.Code) < 0)
            {
                j++;
            }
            if (classesOnly && !IsClass(row))
            {
                continue;
            }
            var parts = j < expectedRows.Count && expectedRows[j].Code == row.Code
                ? Terms(c, expectedTable, expectedRows[j], expectedColumns(expectedRows[j]), extra)
                : NotPrinted(c, expectedTable, row);
            c.Relate(c.Cell(actualTable, row, actualColumn), parts, At.Place(actualTable, row, actualColumn), $"{row.Code.Value} {row.Name}: {what}");
        }
        int i = 0;
        foreach (var other in expectedRows)
        {
            while (i < actualRows.Count && actualRows[i].Code.CompareTo(other.Code) < 0)
            {
                i++;
            }
            if (classesOnly && !IsClass(other) || i < actualRows.Count && actualRows[i].Code == other.Code)
            {
                continue;
            }
            RelateMissingRow(c, actualTable, actualColumn, expectedTable, other, expectedColumns(other), extra, what);
        }
    }

    private static bool AllZero(ReadOnlySpan<Term> parts)
    {
        foreach (var part in parts)
        {
            if (!part.Figure.Amount.IsZero)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The single column of <see cref="ByCode"/>'s expected side, with the sign +, for each column used.</summary>
    private static readonly Dictionary<TableColumn, (TableColumn, int)[]> OneColumn =
        Enum.GetValues<TableColumn>().ToDictionary(static col => col, static col => new[] { (col, 1) });

    private static IReadOnlyList<(TableColumn Column, int Sign)> Plus(TableColumn column) => OneColumn[column];

    private static readonly (TableColumn, int)[] TotalAndCarryOver = [(TableColumn.Total, 1), (TableColumn.CarryOver, 1)];

    private static bool IsClass(FunctionRow row) => row.Code.Length == 3;

    // ------------------------------------------------------------------ rules

    private static void T1T2Revenue(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        var t2 = c.Disclosure.RevenueSummary;
        if (t1 is null || t2?.TotalRow is not { } total)
        {
            return;
        }
        var where = (TableColumn col) => At.Row(t2, total, col);
        if (Line(c, t1, SummaryLine.CurrentYearRevenue) is { } current)
        {
            if (RevenueTotals.CountsCarryOver(t2, total) && Line(c, t1, SummaryLine.CarryOverRevenue) is { } carriedToo)
            {
                // A 合计 that counts the carry-over (Shaanxi): 表一's 本年收入合计 + 上年结转.
                c.Relate(c.Cell(t2, total, TableColumn.Total), [Term.Plus(current), Term.Plus(carriedToo)], where(TableColumn.Total),
                    "预算收入总表 合计 (counting 上年结转) = 表一 本年收入合计 + 上年结转");
            }
            else
            {
                c.Same(c.Cell(t2, total, TableColumn.Total), current, where(TableColumn.Total), "预算收入总表 合计 = 表一 本年收入合计");
            }
        }
        foreach (var source in new[] { FundSource.GeneralPublicBudget, FundSource.GovernmentFundBudget, FundSource.StateCapitalOperationBudget, FundSource.SocialInsuranceFundBudget, FundSource.FiscalSpecialAccount, FundSource.UnitFunds })
        {
            var column = ColumnOf(source);
            // A 收入总表 that does not print the source's column (it prints 财政拨款 as one column, as Shanghai does)
            // cannot be compared by source.
            if (!total.Has(column))
            {
                continue;
            }
            // 表一 printing 财政拨款 whole has no figure of each fund: the whole is compared with their sum below.
            if (FiscalLines.HidesFund(t1.RevenueLines, source))
            {
                continue;
            }
            c.Relate(c.Cell(t2, total, column), SourceTerms(c, t1, source), where(column), $"预算收入总表 {column.ChineseName()} = 表一's revenue line");
        }
        if (FiscalLines.OnlyWhole(t1.RevenueLines) && FiscalLines.Whole(t1.RevenueLines) is { } whole)
        {
            var columns = FundSources.FiscalAppropriation.Select(ColumnOf).Where(total.Has).ToArray();
            if (columns.Length > 0)
            {
                var parts = c.Scratch(columns.Length);
                for (int i = 0; i < columns.Length; i++)
                {
                    parts[i] = Term.Plus(c.Cell(t2, total, columns[i]));
                }
                c.Relate(c.Cell(t1, whole, whole.Columns[0]), parts, At.Place(t1, whole, whole.Columns[0]),
                    "表一 财政拨款 = 预算收入总表 一般公共预算 + 政府性基金预算 + 国有资本经营预算");
            }
        }
        if (total.Has(TableColumn.CarryOver) && Line(c, t1, SummaryLine.CarryOverRevenue) is { } carried)
        {
            c.Same(c.Cell(t2, total, TableColumn.CarryOver), carried, where(TableColumn.CarryOver), "预算收入总表 上年结转 = 表一 上年结转");
        }
    }

    private static void T1T2Class(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        var t2 = c.Disclosure.RevenueSummary;
        // A 收入总表 by unit (部门（单位）代码, no function rows, as several provinces print it) has no classes to compare.
        if (t1 is null || t2 is null || t1.ExpenditureLines.Count == 0 || t2.FunctionRows.Count == 0)
        {
            return;
        }
        // 表一 without a 当年预算安排 column (one 预算数 per class) compares its 合计.
        var t1Column = t1.ExpenditureLines[0].Has(TableColumn.CurrentYear) ? TableColumn.CurrentYear : TableColumn.Total;
        ByCode(c, t2, t2.FunctionRows, TableColumn.Total, t1, t1.ExpenditureLines, _ => Plus(t1Column),
            "预算收入总表 合计 = 表一 当年预算安排", classesOnly: true);
        if (t2.FunctionRows.Count > 0 && t2.FunctionRows[0].Has(TableColumn.CarryOver))
        {
            ByCode(c, t2, t2.FunctionRows, TableColumn.CarryOver, t1, t1.ExpenditureLines, _ => Plus(TableColumn.CarryOver),
                "预算收入总表 上年结转 = 表一 上年结转安排", classesOnly: true);
        }
    }

    private static void T1T3Class(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        var t3 = c.Disclosure.ExpenditureSummary;
        // A 预算支出总表 printed by unit and source (Shaanxi: 单位编码 | 单位名称 | 合计 | 一般公共预算拨款 …) has no 类 rows
        // to compare with.
        if (t1 is null || t3 is null || t1.ExpenditureLines.Count == 0 || t3.FunctionRows.Count == 0)
        {
            return;
        }
        if (!t3.FunctionRows.Any(IsClass))
        {
            // A 预算支出总表 that prints no 类 row (Beijing: 项 rows only): each class is the sum of its top rows.
            ClassesFromTopRows(c, t1, t3);
            return;
        }
        ByCode(c, t1, t1.ExpenditureLines, TableColumn.Total, t3, t3.FunctionRows, _ => Plus(TableColumn.Total), "表一 = 预算支出总表's 类 row", classesOnly: true);
    }

    /// <summary>表一's class lines against a 预算支出总表 without 类 rows: each class = the sum of the table's rows under it
    /// whose parent is not printed (its 款, or its 项 where the 款 is not printed either).</summary>
    private static void ClassesFromTopRows(ValidationContext c, SummaryTable t1, FunctionTable t3)
    {
        var rows = t3.FunctionRows;
        var printed = rows.Select(r => r.Code.Value).ToHashSet(StringComparer.Ordinal);
        var tops = rows.Where(r => !printed.Any(p => p.Length < r.Code.Value.Length && r.Code.Value.StartsWith(p, StringComparison.Ordinal))).ToList();
        var classes = t1.ExpenditureLines.Select(l => l.Code.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var line in t1.ExpenditureLines)
        {
            var under = tops.Where(r => r.Code.Value.StartsWith(line.Code.Value, StringComparison.Ordinal)).ToList();
            if (under.Count == 0 && line.Total.IsZero)
            {
                continue;
            }
            ReadOnlySpan<Term> parts = under.Count > 0 ? c.Terms(t3, under, TableColumn.Total) : NotPrinted(c, t3, line);
            c.Relate(c.Cell(t1, line, TableColumn.Total), parts, At.Place(t1, line, TableColumn.Total),
                $"{line.Code.Value} {line.Name}: 表一 = the sum of 预算支出总表's rows of the class");
        }
        foreach (var group in tops.Where(r => !classes.Contains(r.Code.Value[..3])).GroupBy(r => r.Code.Value[..3], StringComparer.Ordinal))
        {
            var under = group.ToList();
            c.Relate(ValidationContext.Absent($"T{(int)t1.Kind}[{group.Key}] (not printed)"), c.Terms(t3, under, TableColumn.Total),
                new FindingLocation(t1.Kind, group.Key, group.Key, null, TableColumn.Total),
                $"{group.Key}: 表一 = the sum of 预算支出总表's rows of the class (the class is missing from 表一)");
        }
    }

    private static void T1T3Total(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        var t3 = c.Disclosure.ExpenditureSummary;
        if (t1 is null || t3?.TotalRow is not { } total)
        {
            return;
        }
        var expected = Line(c, t1, SummaryLine.ExpenditureGrandTotal, TableColumn.Total) ?? Line(c, t1, SummaryLine.CurrentYearExpenditure, TableColumn.Total);
        if (expected is { } e)
        {
            c.Same(c.Cell(t3, total, TableColumn.Total), e, At.Place(t3, total, TableColumn.Total), "预算支出总表 合计 = 表一 支出总计");
        }
    }

    private static void T2T3Row(ValidationContext c)
    {
        var t2 = c.Disclosure.RevenueSummary;
        var t3 = c.Disclosure.ExpenditureSummary;
        if (t2 is null || t3 is null)
        {
            return;
        }
        // A 收入总表 by unit has no function rows: only the totals compare.
        if (t2.FunctionRows.Count > 0)
        {
            ByCode(c, t3, t3.FunctionRows, TableColumn.Total, t2, t2.FunctionRows,
            r => r.Has(TableColumn.CarryOver) && !RevenueTotals.CountsCarryOver(t2, r) ? TotalAndCarryOver : Plus(TableColumn.Total),
            "预算支出总表 合计 = 预算收入总表 合计 + 上年结转");
        }
        if (t2.TotalRow is { } r2 && t3.TotalRow is { } r3)
        {
            var parts = new List<Term> { Term.Plus(c.Cell(t2, r2, TableColumn.Total)) };
            if (r2.Has(TableColumn.CarryOver) && !RevenueTotals.CountsCarryOver(t2, r2))
            {
                parts.Add(Term.Plus(c.Cell(t2, r2, TableColumn.CarryOver)));
            }
            c.Relate(c.Cell(t3, r3, TableColumn.Total), CollectionsMarshal.AsSpan(parts), At.Place(t3, r3, TableColumn.Total), "预算支出总表 合计 = 预算收入总表 合计 + 上年结转");
        }
    }

    /// <summary>
    /// <c>BM-X-T1-T4</c>: 表四's revenue lines = 表一's; when 表一 shows only 财政拨款, 表四's 本年收入合计, 上年结转, 收入总计
    /// and 支出总计 = 表一's, less (as for <see cref="T4Class"/>) the non-fiscal lines of 表一 printed as zero, which its
    /// totals of this year's money still count (<see cref="HiddenNonFiscal"/>); 上年结转 does not count them.
    /// </summary>
    private static void T1T4(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        var t4 = c.Disclosure.FiscalAppropriationSummary;
        if (t1 is null || t4 is null)
        {
            return;
        }
        // A 表一 that prints no 上年结转 (no line, no carry-over source) counts each source's carried-over money in its
        // line: that line is then 表四's line of this year plus its carry-over line of the same source.
        bool t1HasCarryOver = t1.Summary(SummaryLine.CarryOverRevenue) is not null || t1.RevenueLines.Any(r => r.IsCarryOver || r.Source == FundSource.CarryOver);
        bool onlyWhole = FiscalLines.OnlyWhole(t1.RevenueLines);
        foreach (var line in t4.RevenueLines)
        {
            if (onlyWhole && line.Source.IsFiscalAppropriation())
            {
                continue; // compared as a sum with 表一's 财政拨款 below
            }
            var place = At.Place(t4, line, line.Columns[0]);
            if (line.Source == FundSource.FiscalAppropriation && FiscalLines.Whole(t1.RevenueLines) is null)
            {
                // 表四 printing 财政拨款 whole, 表一 its funds: the whole = their sum.
                var terms = FiscalLines.Terms(c, t1, t1.RevenueLines) ?? [Term.Plus(ValidationContext.Absent($"T1[{line.Source}]"))];
                c.Relate(c.Cell(t4, line, line.Columns[0]), terms, place, $"{line.Name}: 财政拨款 = 表一's funds");
                continue;
            }
            var carried = t1HasCarryOver ? null : t4.CarryOverLines.FirstOrDefault(r => r.Source == line.Source);
            var actual = Source(c, t1, line.Source);
            if (carried is null)
            {
                c.Same(c.Cell(t4, line, line.Columns[0]), actual, place, $"{line.Name}: 财政拨款 revenue = 表一's line");
            }
            else
            {
                c.Relate(actual, [Term.Plus(c.Cell(t4, line, line.Columns[0])), Term.Plus(c.Cell(t4, carried, carried.Columns[0]))], place,
                    $"{line.Name}: 表一's line = 财政拨款 revenue of this year + its 上年结转");
            }
        }
        if (onlyWhole && FiscalLines.Whole(t1.RevenueLines) is { } whole && FiscalLines.Parts(t4.RevenueLines) is { Length: > 0 } t4Funds)
        {
            c.Relate(c.Cell(t1, whole, whole.Columns[0]), c.Terms(t4, t4Funds, t4Funds[0].Columns[0]), At.Place(t1, whole, whole.Columns[0]),
                "表一 财政拨款 = 财政拨款收支总表 一般公共预算 + 政府性基金预算 + 国有资本经营预算");
        }
        if (!OnlyFiscal(t1))
        {
            return;
        }
        // 表一's totals of this year's money count what its non-fiscal lines printed as zero may hide; its 上年结转 does not.
        var hidden = HiddenNonFiscal(c, t1);
        foreach (var summary in new[] { SummaryLine.CurrentYearRevenue, SummaryLine.CarryOverRevenue, SummaryLine.RevenueGrandTotal, SummaryLine.ExpenditureGrandTotal })
        {
            if (Line(c, t4, summary, TableColumn.Total) is { } actual && Line(c, t1, summary, TableColumn.Total) is { } expected)
            {
                var row = t4.Summary(summary)!;
                Term[] parts = summary == SummaryLine.CarryOverRevenue ? [Term.Plus(expected)] : [Term.Plus(expected), .. hidden];
                if (summary == SummaryLine.CurrentYearRevenue && !t1HasCarryOver && Line(c, t4, SummaryLine.CarryOverRevenue, TableColumn.Total) is { } t4Carried)
                {
                    // 表一 without 上年结转 counts it in its 本年收入合计: 表四's 本年收入 = that less 表四's 上年结转.
                    parts = [.. parts, Term.Minus(t4Carried)];
                }
                c.Relate(actual, parts, At.Place(t4, row, actual.Cell?.Column), $"{row.Name}: 财政拨款 = 表一 (the unit has only 财政拨款)");
            }
        }
    }

    /// <summary>
    /// <c>BM-X-T4-CLASS</c>: when 表一 shows only 财政拨款, each class line of 表四 (小计) = 表一's line of the class, or
    /// 表三's 类 row when 表一 prints no lines (or there is no 表一). Both of those count the unit's non-fiscal money, so
    /// each non-fiscal line of 表一 printed as zero (which may hide up to half its last printed unit, under 50 元 at
    /// 0.01 万元) enters every class relation as a subtracted published zero (<see cref="HiddenNonFiscal"/>): the bound
    /// grows by exactly what those zeros can hide, and a difference of 0.01 万元 caused by such money is rounding drift,
    /// not an error. Comparing with 表二's 财政拨款 columns instead was not chosen: that is another relation (one that
    /// would hold for every unit, not only fiscal-only ones), over four rounded columns whose bound (4 half-units) is
    /// wider than this one (1 half-unit plus one per printed zero), and 表二 does not always print the 上年结转 column
    /// that 表四's 小计 includes.
    /// </summary>
    private static void T4Class(ValidationContext c)
    {
        var t4 = c.Disclosure.FiscalAppropriationSummary;
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        if (t4 is null || t4.ExpenditureLines.Count == 0 || t1 is not null && !OnlyFiscal(t1))
        {
            return;
        }
        Term[] hidden = t1 is null ? [] : HiddenNonFiscal(c, t1);
        if (t1 is { ExpenditureLines.Count: > 0 })
        {
            ByCode(c, t4, t4.ExpenditureLines, TableColumn.Total, t1, t1.ExpenditureLines, _ => Plus(TableColumn.Total), "财政拨款 小计 = 表一's class (only 财政拨款)", classesOnly: true, hidden);
        }
        else if (c.Disclosure.ExpenditureSummary is { } t3)
        {
            ByCode(c, t4, t4.ExpenditureLines, TableColumn.Total, t3, t3.FunctionRows, _ => Plus(TableColumn.Total), "财政拨款 小计 = 表三's class (only 财政拨款)", classesOnly: true, hidden);
        }
    }

    private static void T4Funds(ValidationContext c)
    {
        var t4 = c.Disclosure.FiscalAppropriationSummary;
        if (t4 is null || t4.ExpenditureLines.Count == 0)
        {
            return;
        }
        bool NoCarryOver(FundSource source) => t4.CarryOverLines.Where(l => l.Source == source).All(l => l.Total.IsZero);
        if (c.Disclosure.GovernmentFundExpenditure is { } t8 && NoCarryOver(FundSource.GovernmentFundBudget) && t4.ExpenditureLines[0].Has(TableColumn.GovernmentFund))
        {
            ByCode(c, t4, t4.ExpenditureLines, TableColumn.GovernmentFund, t8, t8.FunctionRows, _ => Plus(TableColumn.Total), "财政拨款 政府性基金预算 = 表八's class", classesOnly: true);
        }
        if (c.Disclosure.StateCapitalOperation is { } t9 && NoCarryOver(FundSource.StateCapitalOperationBudget) && t4.ExpenditureLines[0].Has(TableColumn.StateCapital))
        {
            ByCode(c, t4, t4.ExpenditureLines, TableColumn.StateCapital, t9, t9.ExpenditureRows, _ => Plus(TableColumn.Total), "财政拨款 国有资本经营预算 = 表九's class", classesOnly: true);
        }
    }

    private static void T2Column(ValidationContext c, TableKind kind, TableColumn column)
    {
        var t2 = c.Disclosure.RevenueSummary;
        if (t2 is null || c.Disclosure[kind] is not FunctionTable table || t2.FunctionRows.Count == 0 || !t2.FunctionRows[0].Has(column))
        {
            return;
        }
        ByCode(c, table, table.FunctionRows, TableColumn.Total, t2, t2.FunctionRows, _ => Plus(column), $"合计 = 预算收入总表 {column.ChineseName()}");
        if (table.TotalRow is { } total && t2.TotalRow is { } t2Total)
        {
            c.Same(c.Cell(table, total, TableColumn.Total), c.Cell(t2, t2Total, column), At.Place(table, total, TableColumn.Total), $"合计 = 预算收入总表 {column.ChineseName()}");
        }
    }

    private static void T1T5Total(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        var t5 = c.Disclosure.GeneralBudgetExpenditure;
        if (t1 is null || t5?.TotalRow is not { } total)
        {
            return;
        }
        if (FiscalLines.OnlyWhole(t1.RevenueLines) && FiscalLines.Whole(t1.RevenueLines) is { } whole)
        {
            // 表一 prints 财政拨款 whole: it = 表五's 合计 + the other funds' totals (表八, 表九's 支出), as printed.
            var parts = new List<Term> { Term.Plus(c.Cell(t5, total, TableColumn.Total)) };
            if (c.Disclosure.GovernmentFundExpenditure is { TotalRow: { } t8Total } t8)
            {
                parts.Add(Term.Plus(c.Cell(t8, t8Total, TableColumn.Total)));
            }
            if (c.Disclosure.StateCapitalOperation is { ExpenditureTotal: { } t9Total } t9)
            {
                parts.Add(Term.Plus(c.Cell(t9, t9Total, TableColumn.Total)));
            }
            c.Relate(c.Cell(t1, whole, whole.Columns[0]), CollectionsMarshal.AsSpan(parts), At.Place(t1, whole, whole.Columns[0]),
                "表一 财政拨款 = 一般公共预算支出表 合计 + 政府性基金预算支出表 合计 + 国有资本经营预算支出合计");
            return;
        }
        var t5Total = c.Cell(t5, total, TableColumn.Total);
        var general = Source(c, t1, FundSource.GeneralPublicBudget);
        if (GeneralBudgetCarryOver(c, t1) is { } carried && CarryOverTotals.Spends(t5Total, general, carried))
        {
            // A 一般公共预算支出表 that spends the 一般公共预算 carry-over too (Beijing: 表五 合计 = 表四 本年支出合计, this year's
            // 一般公共预算拨款 + its 上年结转): its 合计 is this year's money and the carry-over the tables print by source.
            c.Relate(t5Total, [Term.Plus(general), Term.Plus(carried)], At.Place(t5, total, TableColumn.Total),
                "一般公共预算支出表 合计 = 表一 一般公共预算 + 一般公共预算 上年结转");
            return;
        }
        c.Same(t5Total, general, At.Place(t5, total, TableColumn.Total), "一般公共预算支出表 合计 = 表一 一般公共预算");
    }

    /// <summary>The 一般公共预算 carry-over the tables print by source: 表一's carry-over line of the source, else 表四's.</summary>
    private static Figure? GeneralBudgetCarryOver(ValidationContext c, SummaryTable t1)
    {
        if (t1.RevenueLines.FirstOrDefault(r => r.IsCarryOver && r.Source == FundSource.GeneralPublicBudget) is { } line)
        {
            return c.Cell(t1, line, line.Columns[0]);
        }
        if (c.Disclosure.FiscalAppropriationSummary is { } t4 && t4.CarryOverLines.FirstOrDefault(r => r.Source == FundSource.GeneralPublicBudget) is { } carried)
        {
            return c.Cell(t4, carried, carried.Columns[0]);
        }
        return null;
    }

    private static void T5T6Basic(ValidationContext c)
    {
        var t5 = c.Disclosure.GeneralBudgetExpenditure;
        var t6 = c.Disclosure.GeneralBudgetBasicExpenditure;
        if (t5?.TotalRow is not { } t5Total || t6?.TotalRow is not { } t6Total)
        {
            return;
        }
        if (!t5Total.Has(TableColumn.Basic) && t5Total.Has(TableColumn.Personnel) && t5Total.Has(TableColumn.Public))
        {
            // 一般公共预算支出表 printing 人员经费 and 公用经费 without a 基本支出 column (Shaanxi): its 基本支出 is their sum.
            c.Relate(c.Cell(t6, t6Total, TableColumn.Total), [Term.Plus(c.Cell(t5, t5Total, TableColumn.Personnel)), Term.Plus(c.Cell(t5, t5Total, TableColumn.Public))],
                At.Place(t6, t6Total, TableColumn.Total), "基本支出经济分类表 合计 = 一般公共预算支出表 人员经费 + 公用经费");
            return;
        }
        c.Same(c.Cell(t6, t6Total, TableColumn.Total), c.Cell(t5, t5Total, TableColumn.Basic), At.Place(t6, t6Total, TableColumn.Total), "基本支出经济分类表 合计 = 一般公共预算支出表 基本支出",
            rollup: DerivedTotals.Bound(t6, t6Total, TableColumn.Total) + DerivedTotals.Bound(t5, t5Total, TableColumn.Basic));
    }

    private static void T6T10(ValidationContext c)
    {
        var t6 = c.Disclosure.GeneralBudgetBasicExpenditure;
        var t10 = c.Disclosure.ThreePublicExpenses;
        if (t6 is null || t10 is null)
        {
            return;
        }
        Compare("30217", "公务接待费", t10.Reception);
        Compare("30231", "公务用车运行维护费", t10.VehicleOperation);

        void Compare(string code, string name, SummaryRow? line)
        {
            var item = t6.EconomicRows.FirstOrDefault(r => !r.IsClass && (r.DepartmentCode?.Value == code || NameText.Normalize(r.Name) == NameText.Normalize(name)));
            if (item is null || line is null)
            {
                return;
            }
            var column = line.Has(TableColumn.GeneralBudget) ? TableColumn.GeneralBudget : TableColumn.Total;
            c.Same(c.Cell(t6, item, TableColumn.Total), c.Cell(t10, line, column), At.Place(t6, item, TableColumn.Total), $"基本支出表 {name} = “三公”经费表 {name} ({column.ChineseName()})");
        }
    }

    private static void T6T11(ValidationContext c)
    {
        var t6 = c.Disclosure.GeneralBudgetBasicExpenditure;
        var t11 = c.Disclosure.OperatingExpenses;
        if (t6?.TotalRow is not { } t6Total || !t6Total.Has(TableColumn.Public))
        {
            return;
        }
        if (t11 is null && c.Disclosure.ThreePublicExpenses is { OperatingExpenses: { } line } t10 && !line.IsBlank)
        {
            // A merged “三公”经费和机关运行经费预算表: its 机关运行经费 line stands in for 表十一 (一般公共预算 when by fund).
            var column = line.Has(TableColumn.GeneralBudget) ? TableColumn.GeneralBudget : line.Columns[0];
            c.Same(c.Cell(t10, line, column), c.Cell(t6, t6Total, TableColumn.Public), At.Place(t10, line, column),
                $"“三公”经费表 机关运行经费 ({column.ChineseName()}) = 基本支出表 公用经费");
            return;
        }
        if (t11 is null || t11.IsPrintedEmpty)
        {
            return;
        }
        var tops = RowIndex.Layout(c, t11).TopRows;
        if (tops.Count == 0)
        {
            return;
        }
        c.Relate(c.Cell(t6, t6Total, TableColumn.Public), c.Terms(t11, tops, TableColumn.Total), At.Place(t11, tops[0], TableColumn.Total),
            "机关运行经费 = 基本支出表 公用经费");
    }

    private static void T7T8T1(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        if (t1 is not null && FiscalLines.OnlyWhole(t1.RevenueLines))
        {
            t1 = null; // 表一 prints 财政拨款 whole, not 政府性基金预算 (BM-X-T1-T5-TOTAL compares the whole)
        }
        var t7 = c.Disclosure.GovernmentFundRevenue;
        var t8 = c.Disclosure.GovernmentFundExpenditure;
        var t7Total = t7?.TotalRow;
        var t8Total = t8?.TotalRow;
        if (t1 is not null)
        {
            var expected = Source(c, t1, FundSource.GovernmentFundBudget);
            if (t7 is not null && t7Total is not null)
            {
                c.Same(c.Cell(t7, t7Total, t7Total.Columns[0]), expected, At.Place(t7, t7Total, t7Total.Columns[0]), "政府性基金预算收入表 合计 = 表一 政府性基金预算");
            }
            if (t8 is not null && t8Total is not null)
            {
                c.Same(c.Cell(t8, t8Total, TableColumn.Total), expected, At.Place(t8, t8Total, TableColumn.Total), "政府性基金预算支出表 合计 = 表一 政府性基金预算");
            }
        }
        else if (t7 is not null && t7Total is not null && t8 is not null && t8Total is not null)
        {
            c.Same(c.Cell(t8, t8Total, TableColumn.Total), c.Cell(t7, t7Total, t7Total.Columns[0]), At.Place(t8, t8Total, TableColumn.Total), "政府性基金预算支出表 合计 = 收入表 合计");
        }
    }

    private static void T9T1(ValidationContext c)
    {
        var t1 = c.Disclosure.RevenueExpenditureSummary;
        var t9 = c.Disclosure.StateCapitalOperation;
        // 表一 printing 财政拨款 whole has no 国有资本经营预算 line (BM-X-T1-T5-TOTAL compares the whole).
        if (t1 is null || t9 is null || FiscalLines.OnlyWhole(t1.RevenueLines))
        {
            return;
        }
        var expected = Source(c, t1, FundSource.StateCapitalOperationBudget);
        if (t9.RevenueTotal is { } revenue)
        {
            c.Same(c.Cell(t9, revenue, revenue.Columns[0]), expected, At.Place(t9, revenue, revenue.Columns[0]), "国有资本经营预算收入合计 = 表一 国有资本经营预算");
        }
        if (t9.ExpenditureTotal is { } expenditure)
        {
            c.Same(c.Cell(t9, expenditure, TableColumn.Total), expected, At.Place(t9, expenditure, TableColumn.Total), "国有资本经营预算支出合计 = 表一 国有资本经营预算");
        }
    }

    private static void T12Funds(ValidationContext c)
    {
        if (c.Disclosure.ProjectExpenditureCurrent is not { } t12)
        {
            return;
        }
        var tops = RowIndex.Layout(c, t12).TopRows;
        if (tops.Count == 0)
        {
            return;
        }
        var where = (TableColumn column) => At.Row(t12, tops[0], column);
        Figure Sum(TableColumn column, out Term[] parts)
        {
            parts = c.Terms(t12, tops, column).ToArray();
            return parts[0].Figure;
        }
        if (c.Disclosure.ExpenditureSummary?.TotalRow is { } t3Total)
        {
            var t3 = c.Disclosure.ExpenditureSummary;
            var parts = new List<Term> { Term.Plus(c.Cell(t3, t3Total, TableColumn.Project)) };
            if (c.Disclosure.ProjectExpenditureCarryOver is { } t13)
            {
                parts.AddRange(RowIndex.Layout(c, t13).TopRows.Select(t => Term.Minus(c.Cell(t13, t, TableColumn.Total))));
            }
            RelateTops(TableColumn.Total, "项目支出表（本年） 合计 = 表三 项目支出 − 表十三 合计", [.. parts]);
        }
        if (c.Disclosure.GeneralBudgetExpenditure is { TotalRow: { } t5Total } t5)
        {
            var t5Project = c.Cell(t5, t5Total, TableColumn.Project);
            bool withCarryOver = false;
            if (tops.Count == 1 && tops[0].Has(TableColumn.GeneralBudget) && tops[0].Has(TableColumn.CarryOver))
            {
                var general = Sum(TableColumn.GeneralBudget, out _);
                var carried = Sum(TableColumn.CarryOver, out _);
                if (CarryOverTotals.Spends(t5Project, general, carried))
                {
                    // A 表五 that spends the carry-over too (Shenzhen 表7: 项目支出 1,612.29 = the project table's 一般公共预算拨款
                    // 1,604.95 + its 上年结余、结转 7.34), as BM-X-T1-T5-TOTAL accepts for the 合计.
                    c.Relate(t5Project, [Term.Plus(general), Term.Plus(carried)], At.Place(t5, t5Total, TableColumn.Project),
                        "表五 项目支出 = 项目支出表（本年） 一般公共预算 + 上年结转");
                    withCarryOver = true;
                }
            }
            if (!withCarryOver)
            {
                RelateTops(TableColumn.GeneralBudget, "项目支出表（本年） 一般公共预算 = 表五 项目支出", [Term.Plus(t5Project)]);
            }
        }
        if (c.Disclosure.GovernmentFundExpenditure is { TotalRow: { } t8Total } t8)
        {
            RelateTops(TableColumn.GovernmentFund, "项目支出表（本年） 政府性基金预算 = 表八 项目支出", [Term.Plus(c.Cell(t8, t8Total, TableColumn.Project))]);
        }
        if (c.Disclosure.StateCapitalOperation is { ExpenditureTotal: { } t9Total } t9)
        {
            RelateTops(TableColumn.StateCapital, "项目支出表（本年） 国有资本经营预算 = 表九 项目支出", [Term.Plus(c.Cell(t9, t9Total, TableColumn.Project))]);
        }

        void RelateTops(TableColumn column, string what, Term[] expected)
        {
            if (!tops[0].Has(column))
            {
                return;
            }
            if (tops.Count == 1)
            {
                c.Relate(Sum(column, out _), expected, where(column), what);
                return;
            }
            // Several unit rows: Σ units − expected = 0, with the first unit as the actual side.
            _ = Sum(column, out var unitTerms);
            var parts = expected.Concat(unitTerms.Skip(1).Select(t => Term.Minus(t.Figure))).ToArray();
            c.Relate(unitTerms[0].Figure, parts, where(column), what);
        }
    }

    // ------------------------------------------------------------------ the kinds other provinces publish

    /// <summary>The 合计 row of a table of any shape (the expenditure side of 国有资本经营预算).</summary>
    private static SummaryRow? TotalOf(BudgetTable table) => table.Summary(SummaryLine.Total);

    /// <summary>Relates pairs of columns of two tables' 合计 rows (actual column, expected column); a pair is skipped when
    /// either table does not print the column.</summary>
    private static void SameTotals(ValidationContext c, TableKind actualKind, TableKind expectedKind, params (TableColumn Actual, TableColumn Expected)[] pairs) =>
        SameTotals(c, actualKind, expectedKind, Severity.Error, pairs);

    private static void SameTotals(ValidationContext c, TableKind actualKind, TableKind expectedKind, Severity beyond, params (TableColumn Actual, TableColumn Expected)[] pairs)
    {
        if (c.Disclosure[actualKind] is not { } actual || c.Disclosure[expectedKind] is not { } expected
            || TotalOf(actual) is not { } a || TotalOf(expected) is not { } e)
        {
            return;
        }
        foreach (var (ac, ec) in pairs)
        {
            if (a.Has(ac) && e.Has(ec))
            {
                c.Same(c.Cell(actual, a, ac), c.Cell(expected, e, ec), At.Place(actual, a, ac),
                    $"{actualKind.ChineseName()} 合计 {ac.ChineseName()} = {expectedKind.ChineseName()} 合计 {ec.ChineseName()}", beyond,
                    DerivedTotals.Bound(actual, a, ac) + DerivedTotals.Bound(expected, e, ec));
            }
        }
    }

    /// <summary>A table by function code whose 合计 column restates one column of another table by function code: the
    /// totals agree, and (with <paramref name="byClass"/>) so does every 类 (classes are printed by every table; deeper
    /// levels are not always, so they are not compared).</summary>
    private static void ByFunctionTotal(ValidationContext c, TableKind actualKind, TableKind expectedKind, TableColumn expectedColumn, bool byClass)
    {
        if (c.Disclosure[actualKind] is not FunctionTable actual || c.Disclosure[expectedKind] is not FunctionTable expected)
        {
            return;
        }
        if (byClass && actual.FunctionRows.Count > 0 && expected.FunctionRows.Count > 0 && expected.FunctionRows[0].Has(expectedColumn)
            && actual.FunctionRows[0].Has(TableColumn.Total))
        {
            ByCode(c, actual, actual.FunctionRows, TableColumn.Total, expected, expected.FunctionRows, _ => Plus(expectedColumn),
                $"{actualKind.ChineseName()} 合计 = {expectedKind.ChineseName()} {expectedColumn.ChineseName()}", classesOnly: true);
        }
        SameTotals(c, actualKind, expectedKind, (TableColumn.Total, expectedColumn));
    }

    /// <summary><c>BM-X-T4-T19</c>: 财政拨款支出表（功能科目） = 表四's expenditure side: its 合计 = 本年支出合计 (this year's
    /// spending of 财政拨款, carried-over money included), each 类 = 表四's class line (小计).</summary>
    private static void T4T19(ValidationContext c)
    {
        var t4 = c.Disclosure.FiscalAppropriationSummary;
        var t19 = c.Disclosure.FiscalAppropriationExpenditureByFunction;
        if (t4 is null || t19 is null)
        {
            return;
        }
        if (t4.ExpenditureLines.Count > 0 && t19.FunctionRows.Count > 0)
        {
            ByCode(c, t19, t19.FunctionRows, TableColumn.Total, t4, t4.ExpenditureLines, _ => Plus(TableColumn.Total),
                "财政拨款支出表 合计 = 表四's class line", classesOnly: true);
        }
        if (t19.TotalRow is { } total && Line(c, t4, SummaryLine.CurrentYearExpenditure, TableColumn.Total) is { } expected)
        {
            c.Same(c.Cell(t19, total, TableColumn.Total), expected, At.Place(t19, total, TableColumn.Total), "财政拨款支出表 合计 = 表四 本年支出合计");
        }
    }

    private static void T13T1(ValidationContext c)
    {
        if (c.Disclosure.ProjectExpenditureCarryOver is not { } t13 || Line(c, c.Disclosure.RevenueExpenditureSummary, SummaryLine.CarryOverRevenue) is not { } carried)
        {
            return;
        }
        var tops = RowIndex.Layout(c, t13).TopRows;
        if (tops.Count == 0)
        {
            return;
        }
        var t1 = c.Disclosure.RevenueExpenditureSummary!;
        var row = t1.Summary(SummaryLine.CarryOverRevenue)!;
        c.Relate(carried, c.Terms(t13, tops, TableColumn.Total), At.Place(t1, row, row.Columns[0]),
            "表一 上年结转 = 项目支出表（上年结转） 合计");
    }
}
