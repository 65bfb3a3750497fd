using System.Globalization;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests.Pdf.Scenarios;

/// <summary>
/// The generated scenarios: one fictional unit's 2026 disclosure (<see cref="ScenarioBudget"/>) in layouts the
/// development corpus lacks. Each is complete (概况, the eight required tables, 情况说明 with 绩效 and the other
/// sections, 名词解释) and consistent, so a correct reading reports no error.
/// </summary>
internal static class ScenarioDocuments
{
    private const int Year = 2026;

    /// <summary>S1: whole codes, 万元, full grid, titles 表n …, header on two rows, footers 第 n 页.</summary>
    internal static Scenario Standard() => Build("S1-standard", ScenarioBudget.Standard, new ScenarioStyle());

    /// <summary>S2: codes split into 类 | 款 | 项, amounts in 元 with separators, 项目支出 before 基本支出 and 合计
    /// last, number lines 公开0n表, horizontal rules only, footers - n -.</summary>
    internal static Scenario OtherColumnOrder() => Build("S2-column-order", ScenarioBudget.Standard, new ScenarioStyle
    {
        Codes = CodeStyle.Split,
        Yuan = true,
        Ruling = Ruling.HorizontalOnly,
        ExpenditureColumns = [TableColumn.Project, TableColumn.Basic, TableColumn.Total],
        NameWidth = 170,
        AmountWidth = 80,
        Number = n => (string.Create(CultureInfo.InvariantCulture, $"公开{n:00}表"), null),
        UnitNameLabel = "单位名称：",
        BasicTitle = "一般公共预算基本支出表",
        FundNote = "本单位无政府性基金预算，本表为空表。",
        Footer = PageFooter.Dashes,
    });

    /// <summary>S3: no codes (ordinals and indentation), the long budget so that 支出总表 runs over three pages,
    /// running header and footers; <paramref name="repeatHeader"/> prints the header on every page or once.</summary>
    internal static Scenario CodesAbsent(bool repeatHeader) => Build(repeatHeader ? "S3-codes-absent-header-repeated" : "S3-codes-absent-header-once", ScenarioBudget.Long, new ScenarioStyle
    {
        Codes = CodeStyle.Absent,
        RowHeight = 24,
        NameWidth = 230,
        RepeatHeader = repeatHeader,
        Number = n => (null, null),
        UnitNameLabel = "编制单位：",
        FundNote = "本单位2026年无政府性基金预算收支，本表无数据。",
        Footer = repeatHeader ? PageFooter.Dashes : PageFooter.Chinese,
        RunningHeader = $"{ScenarioBudget.UnitName}{Year}年部门预算公开",
    });

    /// <summary>S4: long names wrapped over two lines inside their row, three header rows with merged group headers,
    /// no ruling at all.</summary>
    internal static Scenario WrappedCells() => Build("S4-wrapped-cells", ScenarioBudget.Standard, new ScenarioStyle
    {
        Ruling = Ruling.None,
        ThreeRowHeader = true,
        NameWidth = 100,
        AmountWidth = 62,
        Number = n => (null, $"表{Chinese(n)}"),
        UnitNameLabel = "部门：",
        Footer = PageFooter.None,
    });

    /// <summary>Every scenario.</summary>
    internal static IEnumerable<Scenario> All()
    {
        yield return Standard();
        yield return OtherColumnOrder();
        yield return CodesAbsent(repeatHeader: true);
        yield return CodesAbsent(repeatHeader: false);
        yield return WrappedCells();
    }

    private static Scenario Build(string name, ScenarioBudget budget, ScenarioStyle style)
    {
        var blocks = new List<LayoutBlock>();
        var tables = new List<ExpectedTable>();
        void Add((TableBlock Block, ExpectedTable Expected) table)
        {
            blocks.Add(table.Block);
            tables.Add(table.Expected);
        }
        blocks.Add(new CoverLine(ScenarioBudget.UnitName, 26));
        blocks.Add(new CoverLine($"{Year}年部门预算公开"));
        blocks.Add(new PageBreak());
        blocks.Add(new Heading("第一部分 部门概况"));
        blocks.Add(new Heading("一、主要职责"));
        blocks.Add(new Paragraph($"{ScenarioBudget.UnitName}是市政府工作部门，主要职责是依法对本级各部门（含直属单位）和下级政府预算的执行情况、决算和其他财政收支进行审计监督，组织实施对国家重大政策措施和宏观调控部署落实情况的跟踪审计，完成市委、市政府交办的其他任务。"));
        blocks.Add(new Heading("二、机构设置情况"));
        blocks.Add(new Paragraph($"{ScenarioBudget.UnitName}内设办公室、法规审理科、财政审计科、经济责任审计科和审计信息科，下设测试审计服务中心一个事业单位。"));
        blocks.Add(new PageBreak());
        blocks.Add(new Heading($"第二部分 {Year}年部门预算表"));
        Add(RevenueExpenditureSummary(budget, style));
        Add(FunctionTable(budget, style, TableKind.RevenueSummary, 2, "部门收入总表"));
        Add(FunctionTable(budget, style, TableKind.ExpenditureSummary, 3, "部门支出总表"));
        Add(FiscalAppropriationSummary(budget, style));
        Add(FunctionTable(budget, style, TableKind.GeneralBudgetExpenditure, 5, "一般公共预算支出表"));
        Add(BasicExpenditure(budget, style));
        Add(GovernmentFundExpenditure(style));
        Add(ThreePublic(budget, style));
        blocks.Add(new PageBreak());
        blocks.Add(new Heading($"第三部分 {Year}年部门预算情况说明"));
        blocks.Add(new Heading("一、收支预算总体情况"));
        blocks.Add(new Paragraph($"按照综合预算的原则，{ScenarioBudget.UnitName}所有收入和支出均纳入部门预算管理。收入包括一般公共预算拨款收入和单位资金收入；支出包括一般公共服务支出、社会保障和就业支出、卫生健康支出和住房保障支出等。"));
        blocks.Add(new Heading("二、“三公”经费预算情况说明"));
        blocks.Add(new Paragraph("本部门“三公”经费预算主要用于公务接待和公务用车运行维护，本年度不安排因公出国（境）费和公务用车购置费。"));
        blocks.Add(new Heading("三、政府采购情况"));
        blocks.Add(new Paragraph("本部门政府采购预算按照规定编制，采购项目主要为办公设备和审计信息化服务。"));
        blocks.Add(new Heading("四、国有资产占有使用情况"));
        blocks.Add(new Paragraph("本部门国有资产主要为办公用房、公务用车和办公设备，资产管理制度健全。"));
        blocks.Add(new Heading("五、预算绩效管理情况"));
        blocks.Add(new Paragraph("按照全面实施预算绩效管理的要求，本部门对项目支出全面设置绩效目标，绩效目标随预算一并审核。"));
        blocks.Add(new Heading("第四部分 名词解释"));
        blocks.Add(new Paragraph("基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"));
        var layout = new DocumentLayout(blocks, style.RunningHeader, style.Footer);
        return new Scenario(name, layout, tables, style.Yuan ? PublishedPrecision.YuanTwoDecimals : PublishedPrecision.WanTwoDecimals);
    }

    // ---- tables ----

    private static TableBlock Table(ScenarioStyle style, int number, string title, IReadOnlyList<TableColumnLayout> columns, IReadOnlyList<IReadOnlyList<HeaderCell>> header, IReadOnlyList<IReadOnlyList<string>> body)
    {
        var (line, prefix) = style.Number(number);
        return new TableBlock($"{prefix}{Year}年{title}", columns, header, body)
        {
            NumberLine = line,
            UnitName = style.UnitNameLabel + ScenarioBudget.UnitName,
            UnitLabel = style.Yuan ? "单位：元" : "单位：万元",
            Ruling = style.Ruling,
            RepeatHeader = style.RepeatHeader,
            RowHeight = style.RowHeight,
        };
    }

    private static string Amount(ScenarioStyle style, Money m) =>
        m.IsZero ? string.Empty
        : style.Yuan ? m.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture)
        : (m.Yuan / 10_000m).ToString("0.00", CultureInfo.InvariantCulture);

    private static ExpectedRow Row(string key, string name, params (TableColumn Column, Money Amount)[] amounts) =>
        new(key, name, amounts.Where(a => !a.Amount.IsZero).ToDictionary(a => a.Column, a => a.Amount));

    private static string Label(TableColumn column) => column switch
    {
        TableColumn.GeneralBudget => "一般公共预算",
        TableColumn.GovernmentFund => "政府性基金预算",
        TableColumn.StateCapital => "国有资本经营预算",
        TableColumn.FiscalSpecialAccount => "财政专户管理资金",
        _ => column.ChineseName(),
    };

    /// <summary>A header label broken into lines of at most four characters when the column is narrow.</summary>
    private static string Wrapped(string label, double width) =>
        width >= label.Length * 9 + 8 ? label : string.Join('\n', label.Chunk(4).Select(c => new string(c)));

    /// <summary>The code columns and the name column of a function table.</summary>
    private static List<TableColumnLayout> CodeColumns(ScenarioStyle style, double nameWidth)
    {
        var columns = style.Codes switch
        {
            CodeStyle.Whole => new List<TableColumnLayout> { new(56, CellAlign.Left) },
            CodeStyle.Split => [new(30, CellAlign.Center), new(24, CellAlign.Center), new(24, CellAlign.Center)],
            _ => [],
        };
        columns.Add(new TableColumnLayout(nameWidth, CellAlign.Left));
        return columns;
    }

    /// <summary>Header rows over the code and name columns and the amount columns under one group label.</summary>
    private static List<IReadOnlyList<HeaderCell>> FunctionHeader(ScenarioStyle style, string group, IReadOnlyList<string> labels, string? apart = null)
    {
        int amounts = labels.Count - (apart is null ? 0 : 1);
        if (style.ThreeRowHeader && style.Codes == CodeStyle.Whole && labels[0] == "合计")
        {
            // 项目 over 科目编码 | 科目名称; the group over 合计 and 其中 over the rest.
            var top = new List<HeaderCell> { new("项目", 2), new(group, amounts) };
            var middle = new List<HeaderCell> { new("科目编码", 1, 2), new("科目名称", 1, 2), new("合计", 1, 2), new("其中", amounts - 1) };
            var bottom = labels.Skip(1).Take(amounts - 1).Select(l => new HeaderCell(l)).ToList();
            if (apart is not null)
            {
                top.Add(new HeaderCell(apart, 1, 3));
            }
            return [top, middle, bottom];
        }
        var first = style.Codes switch
        {
            CodeStyle.Whole => new List<HeaderCell> { new("科目编码", 1, 2), new("科目名称", 1, 2) },
            CodeStyle.Split => [new("科目编码", 3), new("科目名称", 1, 2)],
            _ => [new("项目", 1, 2)],
        };
        first.Add(new HeaderCell(group, amounts));
        if (apart is not null)
        {
            first.Add(new HeaderCell(apart, 1, 2));
        }
        var second = style.Codes == CodeStyle.Split ? new List<HeaderCell> { new("类"), new("款"), new("项") } : [];
        second.AddRange(labels.Take(amounts).Select(l => new HeaderCell(l)));
        return [first, second];
    }

    /// <summary>The code cells and the name cell of a function line; <paramref name="ordinals"/> counts 类, 款 and 项
    /// for the ordinals of <see cref="CodeStyle.Absent"/>.</summary>
    private static List<string> CodeCells(ScenarioStyle style, FunctionLine line, int[] ordinals)
    {
        switch (style.Codes)
        {
            case CodeStyle.Whole:
                return [line.Code, line.Name];
            case CodeStyle.Split:
                return [line.Code[..3], line.Level >= 2 ? line.Code[3..5] : string.Empty, line.Level == 3 ? line.Code[5..] : string.Empty, line.Name];
            default:
                ordinals[line.Level - 1]++;
                for (int l = line.Level; l < 3; l++)
                {
                    ordinals[l] = 0;
                }
                int n = ordinals[line.Level - 1];
                return [line.Level switch
                {
                    1 => $"{Chinese(n)}、{line.Name}",
                    2 => $"　（{Chinese(n)}）{line.Name}",
                    _ => string.Create(CultureInfo.InvariantCulture, $"　　{n}.{line.Name}"),
                }];
        }
    }

    private static List<string> TotalCells(ScenarioStyle style) =>
        style.Codes switch
        {
            CodeStyle.Whole => ["合计", string.Empty],
            CodeStyle.Split => ["合计", string.Empty, string.Empty, string.Empty],
            _ => ["合计"],
        };

    private static (TableBlock, ExpectedTable) FunctionTable(ScenarioBudget budget, ScenarioStyle style, TableKind kind, int number, string title)
    {
        IReadOnlyList<TableColumn> columns = kind == TableKind.RevenueSummary
            ? [TableColumn.Total, TableColumn.GeneralBudget, TableColumn.GovernmentFund, TableColumn.StateCapital, TableColumn.FiscalSpecialAccount, TableColumn.UnitFunds, TableColumn.CarryOver]
            : style.ExpenditureColumns;
        bool revenue = kind == TableKind.RevenueSummary;
        double amountWidth = revenue ? Math.Min(style.AmountWidth, style.Yuan ? 66 : 50) : style.AmountWidth;
        double nameWidth = revenue ? Math.Min(style.NameWidth, 150) : style.NameWidth;
        var layout = CodeColumns(style, nameWidth);
        layout.AddRange(columns.Select(_ => new TableColumnLayout(amountWidth, CellAlign.Right)));
        var labels = columns.Select(c => Wrapped(c == TableColumn.Total && !revenue && style.ThreeRowHeader ? "合计" : Label(c), amountWidth)).ToList();
        var header = revenue
            ? FunctionHeader(style, "本年收入", labels, apart: labels[^1])
            : FunctionHeader(style, style.ThreeRowHeader ? "本年预算" : $"{Year}年预算数", labels);

        var body = new List<IReadOnlyList<string>>();
        var expected = new List<ExpectedRow>();
        var lines = budget.Functions.Where(f => !f.In(kind, TableColumn.Total).IsZero).ToList();
        Money Sum(TableColumn c) => lines.Where(l => l.Level == 1).Aggregate(Money.Zero, (s, l) => s + l.In(kind, c));
        body.Add([.. TotalCells(style), .. columns.Select(c => Amount(style, Sum(c)))]);
        expected.Add(Row(nameof(SummaryLine.Total), "合计", [.. columns.Select(c => (c, Sum(c)))]));
        var ordinals = new int[3];
        foreach (var line in lines)
        {
            body.Add([.. CodeCells(style, line, ordinals), .. columns.Select(c => Amount(style, line.In(kind, c)))]);
            expected.Add(Row(line.Code, line.Name, [.. columns.Select(c => (c, line.In(kind, c)))]));
        }
        var table = Table(style, number, title, layout, header, body) with { Landscape = revenue && style.Yuan };
        return (table, new ExpectedTable(kind, expected));
    }

    private static (TableBlock, ExpectedTable) RevenueExpenditureSummary(ScenarioBudget budget, ScenarioStyle style)
    {
        double amount = style.Yuan ? 72 : 58;
        var columns = new List<TableColumnLayout>
        {
            new(112, CellAlign.Left), new(amount, CellAlign.Right), new(style.ThreeRowHeader ? 100 : 140, CellAlign.Left),
            new(amount, CellAlign.Right), new(amount, CellAlign.Right), new(amount, CellAlign.Right),
        };
        var header = new List<IReadOnlyList<HeaderCell>>
        {
            new HeaderCell[] { new("收入", 2), new("支出", 4) },
            new HeaderCell[] { new("项目"), new("预算数"), new("项目"), new("合计"), new(Wrapped("当年预算安排", amount)), new(Wrapped("上年结转安排", amount)) },
        };
        var revenue = new (string Name, Money Amount, string? Key)[]
        {
            ("一、一般公共预算", budget.General, nameof(Funding.FundSource.GeneralPublicBudget)),
            ("二、政府性基金预算", Money.Zero, null),
            ("三、国有资本经营预算", Money.Zero, null),
            ("四、财政专户管理资金", Money.Zero, null),
            ("五、单位资金", budget.ProjectUnit, nameof(Funding.FundSource.UnitFunds)),
        };
        var classes = budget.Classes.ToList();
        var body = new List<IReadOnlyList<string>>();
        var expected = new List<ExpectedRow>();
        for (int i = 0; i < Math.Max(revenue.Length, classes.Count); i++)
        {
            var cells = new List<string>();
            if (i < revenue.Length)
            {
                cells.AddRange([revenue[i].Name, Amount(style, revenue[i].Amount)]);
                if (revenue[i].Key is { } key)
                {
                    expected.Add(Row(key, revenue[i].Name[2..], (TableColumn.Amount, revenue[i].Amount)));
                }
            }
            else
            {
                cells.AddRange([string.Empty, string.Empty]);
            }
            if (i < classes.Count)
            {
                var c = classes[i];
                var total = c.In(TableKind.ExpenditureSummary, TableColumn.Total);
                string name = style.Codes == CodeStyle.Split ? c.Name : $"{ScenarioBudget.ClassOrdinal(c.Code)}、{c.Name}";
                cells.AddRange([name, Amount(style, total), Amount(style, total), string.Empty]);
                expected.Add(Row(c.Code, c.Name, (TableColumn.Total, total), (TableColumn.CurrentYear, total)));
            }
            else
            {
                cells.AddRange([string.Empty, string.Empty, string.Empty, string.Empty]);
            }
            body.Add(cells);
        }
        string grand = Amount(style, budget.GrandTotal);
        body.Add(["本年收入合计", grand, "本年支出合计", grand, grand, string.Empty]);
        body.Add(["上年结转", string.Empty, "年终结转", string.Empty, string.Empty, string.Empty]);
        body.Add(["收入总计", grand, "支出总计", grand, grand, string.Empty]);
        expected.Add(Row(nameof(SummaryLine.CurrentYearRevenue), "本年收入合计", (TableColumn.Amount, budget.GrandTotal)));
        expected.Add(Row(nameof(SummaryLine.CurrentYearExpenditure), "本年支出合计", (TableColumn.Total, budget.GrandTotal), (TableColumn.CurrentYear, budget.GrandTotal)));
        expected.Add(Row(nameof(SummaryLine.RevenueGrandTotal), "收入总计", (TableColumn.Amount, budget.GrandTotal)));
        expected.Add(Row(nameof(SummaryLine.ExpenditureGrandTotal), "支出总计", (TableColumn.Total, budget.GrandTotal), (TableColumn.CurrentYear, budget.GrandTotal)));
        return (Table(style, 1, "部门收支总表", columns, header, body), new ExpectedTable(TableKind.RevenueExpenditureSummary, expected));
    }

    private static (TableBlock, ExpectedTable) FiscalAppropriationSummary(ScenarioBudget budget, ScenarioStyle style)
    {
        double amount = style.Yuan ? 72 : 52;
        var columns = new List<TableColumnLayout>
        {
            new(100, CellAlign.Left), new(amount, CellAlign.Right), new(style.ThreeRowHeader ? 96 : 120, CellAlign.Left),
            new(amount, CellAlign.Right), new(amount, CellAlign.Right), new(amount, CellAlign.Right), new(amount, CellAlign.Right),
        };
        var header = new List<IReadOnlyList<HeaderCell>>
        {
            new HeaderCell[] { new("收入", 2), new("支出", 5) },
            new HeaderCell[] { new("项目", 1, 2), new("预算数", 1, 2), new("项目", 1, 2), new("预算数", 4) },
            new HeaderCell[] { new("小计"), new("一般公共\n预算"), new("政府性基金\n预算"), new("国有资本经营\n预算") },
        };
        var classes = budget.Classes.Where(c => !c.In(TableKind.GeneralBudgetExpenditure, TableColumn.Total).IsZero).ToList();
        var revenue = new[] { "一、一般公共预算", "二、政府性基金预算", "三、国有资本经营预算" };
        var body = new List<IReadOnlyList<string>>();
        var expected = new List<ExpectedRow> { Row(nameof(Funding.FundSource.GeneralPublicBudget), "一般公共预算", (TableColumn.Amount, budget.General)) };
        for (int i = 0; i < Math.Max(revenue.Length, classes.Count); i++)
        {
            var cells = new List<string>();
            cells.AddRange(i < revenue.Length ? [revenue[i], i == 0 ? Amount(style, budget.General) : string.Empty] : [string.Empty, string.Empty]);
            if (i < classes.Count)
            {
                var c = classes[i];
                var general = c.In(TableKind.GeneralBudgetExpenditure, TableColumn.Total);
                string name = style.Codes == CodeStyle.Split ? c.Name : $"{ScenarioBudget.ClassOrdinal(c.Code)}、{c.Name}";
                cells.AddRange([name, Amount(style, general), Amount(style, general), string.Empty, string.Empty]);
                expected.Add(Row(c.Code, c.Name, (TableColumn.Total, general), (TableColumn.GeneralBudget, general)));
            }
            else
            {
                cells.AddRange([string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
            }
            body.Add(cells);
        }
        string g = Amount(style, budget.General);
        body.Add(["本年收入合计", g, "本年支出合计", g, g, string.Empty, string.Empty]);
        body.Add(["上年财政拨款结转", string.Empty, "年终结转", string.Empty, string.Empty, string.Empty, string.Empty]);
        body.Add(["收入总计", g, "支出总计", g, g, string.Empty, string.Empty]);
        expected.Add(Row(nameof(SummaryLine.CurrentYearRevenue), "本年收入合计", (TableColumn.Amount, budget.General)));
        expected.Add(Row(nameof(SummaryLine.CurrentYearExpenditure), "本年支出合计", (TableColumn.Total, budget.General), (TableColumn.GeneralBudget, budget.General)));
        expected.Add(Row(nameof(SummaryLine.RevenueGrandTotal), "收入总计", (TableColumn.Amount, budget.General)));
        expected.Add(Row(nameof(SummaryLine.ExpenditureGrandTotal), "支出总计", (TableColumn.Total, budget.General), (TableColumn.GeneralBudget, budget.General)));
        return (Table(style, 4, "财政拨款收支总表", columns, header, body), new ExpectedTable(TableKind.FiscalAppropriationSummary, expected));
    }

    private static (TableBlock, ExpectedTable) BasicExpenditure(ScenarioBudget budget, ScenarioStyle style)
    {
        bool split = style.Codes == CodeStyle.Split;
        var columns = split
            ? new List<TableColumnLayout> { new(30, CellAlign.Center), new(30, CellAlign.Center) }
            : [new(56, CellAlign.Left)];
        columns.Add(new TableColumnLayout(style.ThreeRowHeader ? 100 : 170, CellAlign.Left));
        columns.AddRange(Enumerable.Repeat(new TableColumnLayout(style.AmountWidth, CellAlign.Right), 3));
        var header = new List<IReadOnlyList<HeaderCell>>
        {
            split
                ? new HeaderCell[] { new("科目编码", 2), new("科目名称", 1, 2), new($"{Year}年基本支出", 3) }
                : [new("科目编码", 1, 2), new("科目名称", 1, 2), new($"{Year}年基本支出", 3)],
            split
                ? new HeaderCell[] { new("类"), new("款"), new("合计"), new("人员经费"), new("公用经费") }
                : [new("合计"), new("人员经费"), new("公用经费")],
        };
        var body = new List<IReadOnlyList<string>>();
        var expected = new List<ExpectedRow>();
        var total = budget.Personnel + budget.Public;
        body.Add([.. split ? new[] { "合计", string.Empty, string.Empty } : ["合计", string.Empty],
            Amount(style, total), Amount(style, budget.Personnel), Amount(style, budget.Public)]);
        expected.Add(Row(nameof(SummaryLine.Total), "合计", (TableColumn.Total, total), (TableColumn.Personnel, budget.Personnel), (TableColumn.Public, budget.Public)));
        foreach (var e in budget.Economics)
        {
            var codes = split ? new[] { e.Code[..3], e.Code.Length > 3 ? e.Code[3..] : string.Empty } : [e.Code];
            body.Add([.. codes, e.Name, Amount(style, e.Total), Amount(style, e.Personnel), Amount(style, e.Public)]);
            expected.Add(Row(e.Code, e.Name, (TableColumn.Total, e.Total), (TableColumn.Personnel, e.Personnel), (TableColumn.Public, e.Public)));
        }
        return (Table(style, 6, style.BasicTitle, columns, header, body), new ExpectedTable(TableKind.GeneralBudgetBasicExpenditure, expected));
    }

    private static (TableBlock, ExpectedTable) GovernmentFundExpenditure(ScenarioStyle style)
    {
        var layout = CodeColumns(style, style.NameWidth);
        layout.AddRange(Enumerable.Repeat(new TableColumnLayout(style.AmountWidth, CellAlign.Right), 3));
        var header = FunctionHeader(style, $"{Year}年预算数", ["合计", "基本支出", "项目支出"]);
        var table = Table(style, 7, "政府性基金预算支出表", layout, header, []) with { Note = style.FundNote };
        return (table, new ExpectedTable(TableKind.GovernmentFundExpenditure, [], Empty: true));
    }

    private static (TableBlock, ExpectedTable) ThreePublic(ScenarioBudget budget, ScenarioStyle style)
    {
        var columns = new List<TableColumnLayout> { new(style.ThreeRowHeader ? 110 : 170, CellAlign.Left) };
        columns.AddRange(Enumerable.Repeat(new TableColumnLayout(style.AmountWidth, CellAlign.Right), 4));
        var header = new List<IReadOnlyList<HeaderCell>>
        {
            new HeaderCell[] { new("项目", 1, 2), new($"{Year}年预算数", 4) },
            new HeaderCell[] { new("合计"), new(Wrapped("一般公共预算", style.AmountWidth)), new(Wrapped("政府性基金预算", style.AmountWidth)), new(Wrapped("国有资本经营预算", style.AmountWidth)) },
        };
        var lines = new (SummaryLine Line, string Name, Money Amount)[]
        {
            (SummaryLine.Total, "合计", budget.ThreePublicTotal),
            (SummaryLine.OverseasTravel, "因公出国（境）费", budget.OverseasTravel),
            (SummaryLine.Reception, "公务接待费", budget.Reception),
            (SummaryLine.Vehicles, "公务用车购置及运行费", budget.Vehicles),
            (SummaryLine.VehiclePurchase, "①公务用车购置费", budget.VehiclePurchase),
            (SummaryLine.VehicleOperation, "②公务用车运行维护费", budget.VehicleOperation),
        };
        var body = lines.Select(l => (IReadOnlyList<string>)[l.Name, Amount(style, l.Amount), Amount(style, l.Amount), string.Empty, string.Empty]).ToList();
        var expected = lines.Where(l => !l.Amount.IsZero)
            .Select(l => Row(l.Line.ToString(), l.Name, (TableColumn.Total, l.Amount), (TableColumn.GeneralBudget, l.Amount))).ToList();
        return (Table(style, 8, "“三公”经费支出预算表", columns, header, body), new ExpectedTable(TableKind.ThreePublicExpenses, expected));
    }

    /// <summary>一 … 九十九.</summary>
    internal static string Chinese(int n)
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
