using System.Globalization;
using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Testing.Printing;

/// <summary>
/// Prints a disclosure's standard tables as a PDF the way departments publish them, in a <see cref="PrintLayout"/>:
/// a cover, then each table with its number, title, unit line, header and rows (a two-sided table with 收入 on the left
/// and 支出 on the right), amounts in the unit each table's header states. What is printed is exactly the disclosure's
/// figures, so a correct reader gives back <see cref="PrintedDisclosure.Printed"/>.
/// </summary>
public static class DisclosurePrinter
{
    private const double Size = 9;

    /// <summary>The table kinds the printer prints (others are left out of the document).</summary>
    public static IReadOnlyList<TableKind> PrintedKinds { get; } =
    [
        TableKind.RevenueExpenditureSummary, TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.FiscalAppropriationSummary,
        TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.GovernmentFundExpenditure, TableKind.ThreePublicExpenses,
    ];

    /// <summary>The part of a disclosure the printer prints: its unit, year and the tables of <see cref="PrintedKinds"/>.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The printable disclosure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    public static BudgetDisclosure Printable(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var builder = new DisclosureBuilder(disclosure.Unit.Name, disclosure.BudgetYear).WithUnit(_ => disclosure.Unit);
        foreach (var table in disclosure.Tables.Where(t => PrintedKinds.Contains(t.Kind)))
        {
            builder.AddTable(table);
        }
        return builder.Build();
    }

    /// <summary>True when <paramref name="layout"/> can print <paramref name="disclosure"/> so that it reads back: a
    /// layout without codes (<see cref="CodePrinting.NamesWithOrdinals"/>) needs every function code in the 2024 catalog,
    /// since the name is then all that identifies a row.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="layout">The layout.</param>
    /// <returns>True when every row can be identified in print.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool CanPrint(BudgetDisclosure disclosure, PrintLayout layout)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(layout);
        return layout.Codes != CodePrinting.NamesWithOrdinals
            || disclosure.Tables.SelectMany(t => t.Rows).OfType<FunctionRow>().All(r => ClassificationCatalog.Edition2024.TryGetName(r.Code, out _));
    }

    /// <summary>Prints the printable part of <paramref name="disclosure"/> in <paramref name="layout"/>.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="layout">The layout choices.</param>
    /// <param name="font">The CJK font to embed.</param>
    /// <returns>The PDF with what it holds and where.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PrintedDisclosure Print(BudgetDisclosure disclosure, PrintLayout layout, PrintFont font)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(font);
        var printed = Printable(disclosure);
        var composer = new Composer(printed, layout);
        var document = composer.Compose();
        var rendered = LayoutRenderer.Render(document, font);
        var pages = new Dictionary<(TableKind, string), int>();
        for (int t = 0; t < composer.RowKeys.Count; t++)
        {
            var (kind, keys) = composer.RowKeys[t];
            var rowPages = rendered.Tables[t].RowPages;
            for (int r = 0; r < keys.Count && r < rowPages.Count; r++)
            {
                foreach (var key in keys[r])
                {
                    pages[(kind, key)] = rowPages[r];
                }
            }
        }
        return new PrintedDisclosure(printed, layout, document, rendered, pages);
    }

    /// <summary>Builds the document of one disclosure in one layout, remembering which rows each body row holds.</summary>
    private sealed class Composer(BudgetDisclosure disclosure, PrintLayout layout)
    {
        private static readonly ClassificationCatalog Catalog = ClassificationCatalog.Edition2024;

        private readonly List<LayoutBlock> _blocks = [];
        private int _number;
        private bool _printZeros;

        /// <summary>Per table drawn, in order: its kind and the row keys of each body row.</summary>
        public List<(TableKind Kind, List<List<string>> Keys)> RowKeys { get; } = [];

        private string UnitName => disclosure.Unit.Name;

        private int Year => disclosure.BudgetYear;

        public DocumentLayout Compose()
        {
            _blocks.Add(new CoverLine(UnitName, 24));
            _blocks.Add(new CoverLine(Invariant($"{Year}年部门预算")));
            _blocks.Add(new PageBreak());
            foreach (var table in disclosure.Tables)
            {
                _number++;
                // Known reader limitation (docs/testing.md): in a table without grid rules a row of blank cells is
                // taken for the second line of the name above, so such tables print their zeros.
                _printZeros = layout.ZerosPrinted || (layout.Ruling != Ruling.Grid && !TwoSidedKinds(table.Kind));
                switch (table.Kind)
                {
                    case TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary:
                        TwoSided(table);
                        break;
                    case TableKind.GeneralBudgetBasicExpenditure:
                        Economic(table);
                        break;
                    case TableKind.ThreePublicExpenses:
                        Named(table);
                        break;
                    default:
                        Function(table);
                        break;
                }
            }
            return new DocumentLayout(_blocks, layout.RunningHeader ? Invariant($"{UnitName}{Year}年部门预算公开") : null, layout.Footer);
        }

        // ------------------------------------------------------------ shared pieces

        private string Title(TableKind kind)
        {
            string words = layout.Wording switch
            {
                TitleWording.Budget or TitleWording.YearOfBudget => BudgetWords(kind),
                TitleWording.Finance => Invariant($"{Year}年{FinanceWords(kind, "部门")}"),
                TitleWording.BudgetUnitFinance => Invariant($"{Year}年{FinanceWords(kind, "预算单位")}"),
                TitleWording.CityLevel => Invariant($"{Year}年市级部门{BudgetWords(kind)}"),
                TitleWording.ProvinceLevel => Invariant($"{Year}年省级部门{BudgetWords(kind)}"),
                TitleWording.DistrictLevel => Invariant($"{Year}年区级部门{BudgetWords(kind)}"),
                TitleWording.Comprehensive => ComprehensiveWords(kind),
                TitleWording.Overall => OverallWords(kind, unit: false),
                TitleWording.UnitOverall => Invariant($"{Year}年{OverallWords(kind, unit: true)}"),
                _ => DepartmentWords(kind),
            };
            words = layout.Wording switch
            {
                TitleWording.YearFirst => Invariant($"{Year}年{words}"),
                TitleWording.YearOfBudget => Invariant($"{Year}年度{words}"),
                _ => words,
            };
            return layout.Numbering switch
            {
                TitleNumbering.ArabicPrefix => Invariant($"表{_number} {words}"),
                TitleNumbering.ChinesePrefix => $"表{ChineseNumber(_number)}{words}",
                TitleNumbering.FormNumberPrefix => Invariant($"预算{_number:00}表 {words}"),
                TitleNumbering.ArabicColonPrefix => Invariant($"表{_number}：{words}"),
                TitleNumbering.DottedPrefix => Invariant($"{_number}. {words}"),
                TitleNumbering.BracketedSuffix => Invariant($"{words}（预算表{_number}）"),
                _ => words,
            };
        }

        private static string DepartmentWords(TableKind kind) => kind switch
        {
            TableKind.RevenueExpenditureSummary => "部门收支总表",
            TableKind.RevenueSummary => "部门收入总表",
            TableKind.ExpenditureSummary => "部门支出总表",
            TableKind.FiscalAppropriationSummary => "财政拨款收支总表",
            TableKind.GeneralBudgetExpenditure => "一般公共预算支出表",
            TableKind.GeneralBudgetBasicExpenditure => "一般公共预算基本支出表",
            TableKind.GovernmentFundExpenditure => "政府性基金预算支出表",
            TableKind.ThreePublicExpenses => "一般公共预算“三公”经费支出表",
            _ => kind.ChineseName(),
        };

        private static string BudgetWords(TableKind kind) => kind switch
        {
            TableKind.RevenueExpenditureSummary => "收支预算总表",
            TableKind.RevenueSummary => "收入预算总表",
            TableKind.ExpenditureSummary => "支出预算总表",
            TableKind.FiscalAppropriationSummary => "财政拨款收支预算总表",
            TableKind.GeneralBudgetExpenditure => "一般公共预算支出预算表",
            TableKind.GeneralBudgetBasicExpenditure => "一般公共预算基本支出预算表",
            TableKind.GovernmentFundExpenditure => "政府性基金预算支出预算表",
            TableKind.ThreePublicExpenses => "“三公”经费支出预算表",
            _ => kind.ChineseName(),
        };

        // Shanghai: 部门财务收支预算总表 for the two-sided summary, the budget wording with 部门 before it for the others; a
        // unit's budget says 预算单位 for 部门 (预算单位财务收支预算总表) and 单位 before the “三公” table.
        private static string FinanceWords(TableKind kind, string who) => kind switch
        {
            TableKind.RevenueExpenditureSummary => who + "财务收支预算总表",
            TableKind.ThreePublicExpenses => (who == "部门" ? who : "单位") + "“三公”经费预算表",
            _ => who + BudgetWords(kind),
        };

        // Xi'an: every title begins 部门综合预算, the function and economic tables say which classification they follow.
        private static string ComprehensiveWords(TableKind kind) => "部门综合预算" + kind switch
        {
            TableKind.RevenueExpenditureSummary => "收支总表",
            TableKind.RevenueSummary => "收入总表",
            TableKind.ExpenditureSummary => "支出总表",
            TableKind.FiscalAppropriationSummary => "财政拨款收支总表",
            TableKind.GeneralBudgetExpenditure => "一般公共预算支出明细表（按支出功能分类科目）",
            TableKind.GeneralBudgetBasicExpenditure => "一般公共预算基本支出明细表（按支出经济分类科目）",
            TableKind.GovernmentFundExpenditure => "政府性基金收支表",
            TableKind.ThreePublicExpenses => "一般公共预算拨款“三公”经费支出预算表",
            _ => kind.ChineseName(),
        };

        // Guangzhou, Yantai, Chongqing: 收支总体情况表 and 一般公共预算支出情况表; Chongqing puts 单位 before the summaries.
        private static string OverallWords(TableKind kind, bool unit) => kind switch
        {
            TableKind.RevenueExpenditureSummary => (unit ? "单位" : "") + "收支总体情况表",
            TableKind.RevenueSummary => (unit ? "单位" : "") + "收入总体情况表",
            TableKind.ExpenditureSummary => (unit ? "单位" : "") + "支出总体情况表",
            TableKind.FiscalAppropriationSummary => "财政拨款收支总体情况表",
            TableKind.GeneralBudgetExpenditure => "一般公共预算支出情况表",
            TableKind.GeneralBudgetBasicExpenditure => "一般公共预算基本支出情况表",
            TableKind.GovernmentFundExpenditure => "政府性基金预算支出情况表",
            TableKind.ThreePublicExpenses => "一般公共预算“三公”经费支出情况表",
            _ => kind.ChineseName(),
        };

        private string? NumberLine(TableKind kind) => layout.Numbering switch
        {
            TitleNumbering.NumberLine => Invariant($"公开{_number:00}表"),
            TitleNumbering.AppendixLine => Invariant($"附表{_number}"),
            TitleNumbering.ArabicLine => Invariant($"表{_number}"),
            TitleNumbering.SpacedArabicLine => Invariant($"表 {_number}"),
            TitleNumbering.ChineseLine => $"表{ChineseNumber(_number)}",
            TitleNumbering.PublicLine => Invariant($"公开表{_number}"),
            // Fuzhou: the table's entry of the contents (一、收支预算总表) over its title (2026年度收支预算总表).
            TitleNumbering.OrdinalLine => $"{ChineseNumber(_number)}、{BudgetWords(kind)}",
            _ => null,
        };

        private TableBlock Block(BudgetTable table, List<TableColumnLayout> columns, List<IReadOnlyList<HeaderCell>> header, List<IReadOnlyList<string>> body, List<List<string>> keys)
        {
            string unit = table.Precision.Unit == MoneyUnit.Wan ? "万元" : "元";
            var (left, right) = layout.UnitLine switch
            {
                UnitLineStyle.WithDepartment => ("部门名称：" + UnitName, "单位：" + unit),
                UnitLineStyle.CompiledBy => ("编制单位：" + UnitName, "金额单位：" + unit),
                UnitLineStyle.Parenthesised => ((string?)null, "（单位：" + unit + "）"),
                UnitLineStyle.UnitNameLabel => ("单位名称：" + UnitName, "单位：" + unit),
                UnitLineStyle.DepartmentLabel => ("部门：" + UnitName, "单位：" + unit),
                UnitLineStyle.DepartmentOrUnitLabel => ("部门（单位）：" + UnitName, "单位：" + unit),
                UnitLineStyle.BudgetUnitLabel => ("预算单位：" + UnitName, "单位：" + unit),
                UnitLineStyle.CompiledByDepartment => ("编制部门：" + UnitName, "单位：" + unit),
                UnitLineStyle.UnitNameAsUnit => ("单位：" + UnitName, "单位：" + unit),
                UnitLineStyle.AmountUnitOnly => ((string?)null, "金额单位：" + unit),
                _ => (null, "单位：" + unit),
            };
            string? note = null;
            if (table.IsPrintedEmpty)
            {
                note = table.Header.EmptyNote ?? "本表无数据。";
                body = layout.EmptyTables == EmptyTableStyle.BlankRowThenNote ? [Enumerable.Repeat(string.Empty, columns.Count).ToList()] : [];
                keys = body.Count == 0 ? [] : [[]];
            }
            double width = columns.Sum(c => c.Width);
            double size = Size;
            if (width > 742)
            {
                size = Math.Max(6, Size * 742 / width);
                columns = columns.ConvertAll(c => c with { Width = c.Width * 742 / width });
                width = 742;
            }
            RowKeys.Add((table.Kind, keys));
            // Known reader limitation (docs/testing.md): a two-sided table (收入 | 支出) is read only when ruled as a grid.
            var ruling = TwoSidedKinds(table.Kind) ? Ruling.Grid : layout.Ruling;
            return new TableBlock(Title(table.Kind), columns, header, body)
            {
                NumberLine = NumberLine(table.Kind),
                UnitName = left,
                UnitLabel = right,
                Ruling = ruling,
                RepeatHeader = layout.RepeatHeader,
                RowHeight = Math.Clamp(layout.RowHeight, 16, 40),
                Padding = ruling == Ruling.Grid ? 3 : 8,
                FontSize = size,
                Landscape = width > 495,
                NewPage = !layout.FlowTables,
                Note = note,
            };
        }

        private string Amount(TableRow row, TableColumn column, PublishedPrecision precision)
        {
            if (!row.Has(column))
            {
                return string.Empty;
            }
            var m = row[column];
            if (m.IsZero && !_printZeros)
            {
                return string.Empty;
            }
            string format = precision.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', precision.Decimals);
            decimal value = precision.Unit == MoneyUnit.Wan ? m.Wan : m.Yuan;
            if (precision.Unit == MoneyUnit.Wan)
            {
                format = format.Replace("#,##", string.Empty, StringComparison.Ordinal);
            }
            return value.ToString(format, CultureInfo.InvariantCulture);
        }

        /// <summary>A label, broken into lines of four characters when <see cref="PrintLayout.BrokenLabels"/> asks.</summary>
        /// <remarks>Known reader limitation (docs/testing.md): labels broken over lines are read only in a grid, so
        /// only ruled tables break them.</remarks>
        private string Label(string text) =>
            layout.BrokenLabels && layout.Ruling == Ruling.Grid && text.Length > 4 ? string.Join('\n', text.Chunk(4).Select(c => new string(c))) : text;

        /// <summary>The width of an amount column: its widest amount and its label's widest line.</summary>
        /// <remarks>Columns keep at least a character's width of white space around their text, as printed tables do
        /// (without rules, the white space is all that separates them).</remarks>
        private static double AmountWidth(IEnumerable<string> amounts, string label) =>
            Math.Max(
                amounts.Select(a => (a.Length * Size * 0.55) + 20).DefaultIfEmpty(40).Max(),
                (label.Split('\n').Max(l => l.Length) * Size) + 16);

        /// <remarks>Known reader limitation (docs/testing.md): names wrapped over two lines are read in a grid only, and
        /// only with their codes printed.</remarks>
        private double NameWidth(IEnumerable<string> names, bool wrap = true) =>
            layout.WrapLongNames && wrap && layout.Ruling == Ruling.Grid && layout.Codes != CodePrinting.NamesWithOrdinals ? (7 * Size) + 12 : Math.Max(60, (names.Select(n => n.Length).DefaultIfEmpty(4).Max() * Size) + 16);

        private static bool TwoSidedKinds(TableKind kind) => kind is TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary;

        private static string ColumnLabel(TableColumn column) => column switch
        {
            TableColumn.Total => "合计",
            TableColumn.GeneralBudget => "一般公共预算",
            TableColumn.GovernmentFund => "政府性基金预算",
            TableColumn.StateCapital => "国有资本经营预算",
            TableColumn.FiscalSpecialAccount => "财政专户管理资金",
            TableColumn.UnitFunds => "单位资金",
            TableColumn.CarryOver => "上年结转",
            TableColumn.Basic => "基本支出",
            TableColumn.Project => "项目支出",
            TableColumn.Personnel => "人员经费",
            TableColumn.Public => "公用经费",
            TableColumn.CurrentYear => "当年预算安排",
            _ => column.ChineseName(),
        };

        private static List<TableColumn> ColumnsOf(BudgetTable table) =>
            table.Rows.OrderByDescending(r => r.Columns.Count).Select(r => r.Columns.ToList()).FirstOrDefault() ?? [];

        private List<TableColumn> Ordered(BudgetTable table, List<TableColumn> columns)
        {
            if (table.Kind == TableKind.RevenueSummary || columns.Count != 3 || !columns.Contains(TableColumn.Basic) || !columns.Contains(TableColumn.Project))
            {
                return columns;
            }
            return layout.ColumnOrder switch
            {
                ExpenditureColumnOrder.BasicProjectTotal => [TableColumn.Basic, TableColumn.Project, TableColumn.Total],
                ExpenditureColumnOrder.ProjectBasicTotal => [TableColumn.Project, TableColumn.Basic, TableColumn.Total],
                _ => [TableColumn.Total, TableColumn.Basic, TableColumn.Project],
            };
        }

        // ------------------------------------------------------------ function tables

        private void Function(BudgetTable table)
        {
            var columns = Ordered(table, ColumnsOf(table));
            var p = table.Precision;
            var rows = table.Rows.Where(r => r is SummaryRow { SummaryLine: SummaryLine.Total }).Concat(table.Rows.Where(r => r is not SummaryRow { SummaryLine: SummaryLine.Total })).ToList();
            var ordinals = new int[3];
            var names = new List<string>();
            var body = new List<IReadOnlyList<string>>();
            var keys = new List<List<string>>();
            foreach (var row in rows)
            {
                var cells = new List<string>();
                if (row is FunctionRow f)
                {
                    cells.AddRange(CodeCells(f.Code, f.Name, ordinals));
                }
                else
                {
                    cells.AddRange(CodeCellsOfTotal(row.Name));
                }
                names.Add(cells[^1]);
                cells.AddRange(columns.Select(c => Amount(row, c, p)));
                body.Add(cells);
                keys.Add([row.Key]);
            }
            var labels = columns.Select(c => Label(ColumnLabel(c))).ToList();
            var layoutColumns = CodeColumns(NameWidth(names));
            for (int c = 0; c < columns.Count; c++)
            {
                int index = layoutColumns.Count;
                layoutColumns.Add(new TableColumnLayout(AmountWidth(body.Select(b => b[index]), labels[c]), CellAlign.Right));
            }
            string group = table.Kind == TableKind.RevenueSummary ? "本年收入" : Invariant($"{Year}年预算数");
            Add(Block(table, layoutColumns, CodeHeader(group, labels), body, keys));
        }

        private List<TableColumnLayout> CodeColumns(double nameWidth)
        {
            var columns = layout.Codes switch
            {
                CodePrinting.Whole => new List<TableColumnLayout> { new(56, CellAlign.Left) },
                CodePrinting.Split => [new(30, CellAlign.Center), new(24, CellAlign.Center), new(24, CellAlign.Center)],
                _ => [],
            };
            columns.Add(new TableColumnLayout(nameWidth, CellAlign.Left));
            return columns;
        }

        /// <summary>Known reader limitation (docs/testing.md): a group label over the amount columns (two header rows)
        /// is read in a grid only, so one-sided tables without grid rules get one header row.</summary>
        private bool GroupHeader => layout.GroupHeader && layout.Ruling == Ruling.Grid;

        private List<IReadOnlyList<HeaderCell>> CodeHeader(string group, List<string> labels)
        {
            if (!GroupHeader)
            {
                var single = layout.Codes switch
                {
                    CodePrinting.Whole => new List<HeaderCell> { new("科目编码"), new("科目名称") },
                    CodePrinting.Split => [new("类"), new("款"), new("项"), new("科目名称")],
                    _ => [new("项目")],
                };
                single.AddRange(labels.Select(l => new HeaderCell(l)));
                return [single];
            }
            var first = layout.Codes switch
            {
                CodePrinting.Whole => new List<HeaderCell> { new("科目编码", 1, 2), new("科目名称", 1, 2) },
                CodePrinting.Split => [new("科目编码", 3), new("科目名称", 1, 2)],
                _ => [new("项目", 1, 2)],
            };
            first.Add(new HeaderCell(group, labels.Count));
            var second = layout.Codes == CodePrinting.Split ? new List<HeaderCell> { new("类"), new("款"), new("项") } : [];
            second.AddRange(labels.Select(l => new HeaderCell(l)));
            return [first, second];
        }

        private List<string> CodeCells(FunctionCode code, string name, int[] ordinals)
        {
            int level = code.Level switch { FunctionLevel.Class => 1, FunctionLevel.Section => 2, _ => 3 };
            string v = code.Value;
            switch (layout.Codes)
            {
                case CodePrinting.Whole:
                    return [v, name];
                case CodePrinting.Split:
                    return [v[..3], level >= 2 ? v[3..5] : string.Empty, level == 3 ? v[5..] : string.Empty, name];
                default:
                    ordinals[level - 1]++;
                    for (int l = level; l < 3; l++)
                    {
                        ordinals[l] = 0;
                    }
                    int n = ordinals[level - 1];
                    return [level switch
                    {
                        1 => $"{ChineseNumber(n)}、{name}",
                        2 => $"　（{ChineseNumber(n)}）{name}",
                        _ => Invariant($"　　{n}.{name}"),
                    }];
            }
        }

        private List<string> CodeCellsOfTotal(string name) => layout.Codes switch
        {
            CodePrinting.Whole => [name, string.Empty],
            // The 类 | 款 | 项 columns are too narrow for 合计: it goes in the name column.
            CodePrinting.Split => [string.Empty, string.Empty, string.Empty, name],
            _ => [name],
        };

        // ------------------------------------------------------------ 基本支出 by economic classification

        private void Economic(BudgetTable table)
        {
            var columns = ColumnsOf(table);
            var p = table.Precision;
            bool split = layout.Codes == CodePrinting.Split;
            var rows = table.Rows.Where(r => r is SummaryRow).Concat(table.Rows.Where(r => r is not SummaryRow)).ToList();
            var body = new List<IReadOnlyList<string>>();
            var keys = new List<List<string>>();
            foreach (var row in rows)
            {
                var cells = new List<string>();
                if (row is EconomicRow { DepartmentCode: { } code })
                {
                    string v = code.Value;
                    cells.AddRange(split ? [v[..3], v.Length > 3 ? v[3..] : string.Empty] : [v]);
                    cells.Add(row.Name);
                }
                else
                {
                    cells.AddRange(split ? [string.Empty, string.Empty, row.Name] : [row.Name, string.Empty]);
                }
                cells.AddRange(columns.Select(c => Amount(row, c, p)));
                body.Add(cells);
                keys.Add([row.Key]);
            }
            var labels = columns.Select(c => Label(ColumnLabel(c))).ToList();
            var layoutColumns = split ? new List<TableColumnLayout> { new(30, CellAlign.Center), new(24, CellAlign.Center) } : [new(56, CellAlign.Left)];
            layoutColumns.Add(new TableColumnLayout(NameWidth(rows.Select(r => r.Name)), CellAlign.Left));
            for (int c = 0; c < columns.Count; c++)
            {
                int index = layoutColumns.Count;
                layoutColumns.Add(new TableColumnLayout(AmountWidth(body.Select(b => b[index]), labels[c]), CellAlign.Right));
            }
            List<IReadOnlyList<HeaderCell>> header;
            if (GroupHeader)
            {
                header =
                [
                    split
                        ? new HeaderCell[] { new("科目编码", 2), new("科目名称", 1, 2), new(Invariant($"{Year}年基本支出"), labels.Count) }
                        : [new("科目编码", 1, 2), new("科目名称", 1, 2), new(Invariant($"{Year}年基本支出"), labels.Count)],
                    split ? [new("类"), new("款"), .. labels.Select(l => new HeaderCell(l))] : [.. labels.Select(l => new HeaderCell(l))],
                ];
            }
            else
            {
                header = [split ? [new("类"), new("款"), new("科目名称"), .. labels.Select(l => new HeaderCell(l))] : [new("科目编码"), new("科目名称"), .. labels.Select(l => new HeaderCell(l))]];
            }
            Add(Block(table, layoutColumns, header, body, keys));
        }

        // ------------------------------------------------------------ “三公”

        private void Named(BudgetTable table)
        {
            var columns = ColumnsOf(table);
            var p = table.Precision;
            var rows = table.Rows.Where(r => r is SummaryRow { SummaryLine: SummaryLine.Total }).Concat(table.Rows.Where(r => r is not SummaryRow { SummaryLine: SummaryLine.Total })).ToList();
            var body = rows.Select(r => (IReadOnlyList<string>)[r.Name, .. columns.Select(c => Amount(r, c, p))]).ToList();
            var keys = rows.Select(r => new List<string> { r.Key }).ToList();
            var labels = columns.Select(c => Label(ColumnLabel(c))).ToList();
            // Known reader limitation (docs/testing.md): a wrapped “三公” line (②公务用车运 / 行维护费) is not joined in an
            // unruled table, so these short names never wrap.
            var layoutColumns = new List<TableColumnLayout> { new(NameWidth(rows.Select(r => r.Name), wrap: layout.Ruling == Ruling.Grid), CellAlign.Left) };
            for (int c = 0; c < columns.Count; c++)
            {
                layoutColumns.Add(new TableColumnLayout(AmountWidth(body.Select(b => b[c + 1]), labels[c]), CellAlign.Right));
            }
            List<IReadOnlyList<HeaderCell>> header = GroupHeader
                ? [[new("项目", 1, 2), new(Invariant($"{Year}年预算数"), labels.Count)], [.. labels.Select(l => new HeaderCell(l))]]
                : [[new("项目"), .. labels.Select(l => new HeaderCell(l))]];
            Add(Block(table, layoutColumns, header, body, keys));
        }

        // ------------------------------------------------------------ two-sided tables

        private void TwoSided(BudgetTable table)
        {
            var p = table.Precision;
            var sources = table.Rows.OfType<SourceRow>().Where(r => !r.IsCarryOver).Cast<TableRow>().ToList();
            var classes = table.Rows.OfType<FunctionRow>().Cast<TableRow>().ToList();
            TableRow? Line(SummaryLine line) => table.Rows.OfType<SummaryRow>().FirstOrDefault(r => r.SummaryLine == line);
            var expenditureColumns = table.Rows.OfType<SummaryRow>().Where(r => r.SummaryLine == SummaryLine.ExpenditureGrandTotal).Select(r => r.Columns.ToList()).FirstOrDefault()
                ?? ColumnsOf(table);
            var pairs = new List<(TableRow? Left, TableRow? Right)>();
            for (int i = 0; i < Math.Max(sources.Count, classes.Count); i++)
            {
                pairs.Add((i < sources.Count ? sources[i] : null, i < classes.Count ? classes[i] : null));
            }
            pairs.Add((Line(SummaryLine.CurrentYearRevenue), Line(SummaryLine.CurrentYearExpenditure)));
            pairs.Add((Line(SummaryLine.CarryOverRevenue), Line(SummaryLine.YearEndCarryForward)));
            foreach (var carried in table.Rows.OfType<SourceRow>().Where(r => r.IsCarryOver))
            {
                pairs.Add((carried, null));
            }
            pairs.Add((Line(SummaryLine.RevenueGrandTotal), Line(SummaryLine.ExpenditureGrandTotal)));

            var body = new List<IReadOnlyList<string>>();
            var keys = new List<List<string>>();
            foreach (var (left, right) in pairs)
            {
                var cells = new List<string>
                {
                    left?.Name ?? string.Empty,
                    left is null ? string.Empty : Amount(left, left.Columns[0], p),
                    right is FunctionRow f ? ClassName(f) : right?.Name ?? string.Empty,
                };
                cells.AddRange(expenditureColumns.Select(c => right is null ? string.Empty : Amount(right, c, p)));
                body.Add(cells);
                keys.Add([.. new[] { left?.Key, right?.Key }.OfType<string>()]);
            }
            bool fiscal = table.Kind == TableKind.FiscalAppropriationSummary;
            var labels = expenditureColumns.Select(c => Label(fiscal && c == TableColumn.Total ? "小计" : ColumnLabel(c))).ToList();
            string amountLabel = "预算数";
            var columns = new List<TableColumnLayout>
            {
                new(NameWidth(body.Select(b => b[0]), wrap: false), CellAlign.Left),
                new(AmountWidth(body.Select(b => b[1]), amountLabel), CellAlign.Right),
                new(NameWidth(body.Select(b => b[2]), wrap: false), CellAlign.Left),
            };
            for (int c = 0; c < labels.Count; c++)
            {
                columns.Add(new TableColumnLayout(AmountWidth(body.Select(b => b[c + 3]), labels[c]), CellAlign.Right));
            }
            List<IReadOnlyList<HeaderCell>> header = fiscal && layout.GroupHeader
                ?
                [
                    [new("收入", 2), new("支出", 1 + labels.Count)],
                    [new("项目", 1, 2), new(amountLabel, 1, 2), new("项目", 1, 2), new(amountLabel, labels.Count)],
                    [.. labels.Select(l => new HeaderCell(l))],
                ]
                :
                [
                    [new("收入", 2), new("支出", 1 + labels.Count)],
                    [new("项目"), new(amountLabel), new("项目"), .. labels.Select(l => new HeaderCell(l))],
                ];
            Add(Block(table, columns, header, body, keys));
        }

        /// <summary>A 类 on the 支出 side of a two-sided table: with its ordinal in the catalogue (一、一般公共服务支出), as
        /// most documents print it, or the bare name when codes are split.</summary>
        private string ClassName(FunctionRow row)
        {
            if (layout.Codes == CodePrinting.Split)
            {
                return row.Name;
            }
            int index = 0;
            for (int i = 0; i < Catalog.FunctionClasses.Count; i++)
            {
                if (Catalog.FunctionClasses[i] == row.Code)
                {
                    index = i + 1;
                    break;
                }
            }
            return index == 0 ? row.Name : $"{ChineseNumber(index)}、{row.Name}";
        }

        private void Add(TableBlock block) => _blocks.Add(block);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>一 … 九十九.</summary>
    internal static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10)
        {
            return digits[n].ToString();
        }
        string tens = n / 10 == 1 ? "十" : $"{digits[n / 10]}十";
        return n % 10 == 0 ? tens : tens + digits[n % 10];
    }
}
