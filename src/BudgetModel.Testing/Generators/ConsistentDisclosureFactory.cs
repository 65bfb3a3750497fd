using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;

namespace BudgetModel.Testing.Generators;

/// <summary>What to build: the 项 codes that carry money, the seed of every other choice, and the grain.</summary>
/// <param name="ItemCodes">Distinct 7-digit function codes, at least one.</param>
/// <param name="Seed">The seed of the amounts, projects, names and splits.</param>
/// <param name="ExactYuan">True: amounts to the fen, tables in 元 with two decimals; false: whole 0.01 万元, tables in 万元.</param>
/// <param name="RequireEveryFund">True: the second and third codes carry 政府性基金 and 国有资本经营 money and the first
/// a carry-over, so that every table has figures.</param>
internal sealed record DisclosureSpec(IReadOnlyList<FunctionCode> ItemCodes, int Seed, bool ExactYuan, bool RequireEveryFund = false);

/// <summary>
/// Builds a consistent disclosure from the bottom up in time linear in the number of codes (plus one sort): item
/// amounts by fund, then every table, sheet and fact as a projection or a sum of them, so that every rule of the
/// domain holds exactly (to the fen).
/// </summary>
internal sealed class ConsistentDisclosureFactory
{
    internal const int BudgetYear = 2024;

    private static readonly string[] UnitNames =
    [
        "汾阳市工业和信息化局", "孝义市教育局", "文水县农业农村局", "交城县卫生健康局", "离石区住房和城乡建设局",
        "中阳县交通运输局", "兴县自然资源局", "临县民政局", "岚县文化和旅游局", "方山县市场监督管理局",
    ];

    private static readonly string[] ProjectTopics =
    [
        "产业发展专项资金", "数字经济发展专项资金", "国有企业退休人员社会化管理补助资金", "驻村专项工作经费", "临时工工资",
        "遗属补助", "业务经费", "设备质保金", "资产整合重组费用", "专项监理费用", "前期建设资金", "技术服务费用",
    ];

    private static readonly ClassificationCatalog Catalog = ClassificationCatalog.Edition2024;

    private static readonly SheetIndicator[] FixedSheetIndicators =
    [
        Sheet(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "项目数", IndicatorValue.Quantitative(IndicatorComparator.None, 1m, "个")),
        Sheet(IndicatorCategory.Output, IndicatorSubcategory.Quality, "资金使用合规率", IndicatorValue.Quantitative(IndicatorComparator.None, 100m, "%")),
        Sheet(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "拨付及时性", IndicatorValue.Qualitative("及时")),
        Sheet(IndicatorCategory.Benefit, IndicatorSubcategory.SocialBenefit, "保障单位正常运转", IndicatorValue.Qualitative("有效保障")),
        Sheet(IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceRecipientSatisfaction, "用户满意度", IndicatorValue.Quantitative(IndicatorComparator.AtLeast, 90m, "%")),
    ];

    private readonly DisclosureSpec _spec;
    private readonly Chooser _choose;
    private readonly PublishedPrecision _precision;
    private readonly string _unitName;
    private readonly List<FunctionNode> _nodes;
    private readonly Amounts _grand;
    private readonly List<EconomicLine> _economic = [];
    private readonly List<PlannedProject> _currentProjects = [];
    private readonly List<PlannedProject> _carryOverProjects = [];
    private long _personnel;
    private long _public;
    private long _reception;
    private long _vehicleOperation;

    private ConsistentDisclosureFactory(DisclosureSpec spec)
    {
        _spec = spec;
        _choose = new Chooser(spec.Seed, spec.ExactYuan ? 1 : 10_000);
        _precision = spec.ExactYuan ? PublishedPrecision.YuanTwoDecimals : PublishedPrecision.WanTwoDecimals;
        _unitName = _choose.Pick(UnitNames);
        var items = PlanItems();
        _nodes = BuildHierarchy(items);
        _grand = default;
        foreach (var node in _nodes)
        {
            if (node.Code.Level == FunctionLevel.Class)
            {
                _grand += node.Amounts;
            }
        }
        PlanEconomicLines();
        PlanProjects(items);
    }

    /// <summary>Builds the disclosure a spec describes.</summary>
    public static BudgetDisclosure Build(DisclosureSpec spec) => new ConsistentDisclosureFactory(spec).Compose();

    /// <summary>The codes of a disclosure of about <paramref name="rowCount"/> function rows: up to 30 catalog 类, each
    /// with the same number of 款 and 项 (codes numbered 01, 02, …).</summary>
    public static IReadOnlyList<FunctionCode> CodesForRows(int rowCount)
    {
        var classes = Catalog.FunctionClasses;
        int classCount = Math.Clamp(rowCount / 7, 1, classes.Count);
        int perClass = Math.Max(2, (rowCount / classCount) - 1); // 款 and 项 rows per 类
        int items = Math.Clamp((int)Math.Round(Math.Sqrt(perClass)), 1, 99);
        int sections = Math.Clamp((int)Math.Round(perClass / (1.0 + items)), 1, 99);
        var codes = new List<FunctionCode>(classCount * sections * items);
        for (int c = 0; c < classCount; c++)
        {
            string cls = classes[c].Value;
            for (int s = 1; s <= sections; s++)
            {
                string section = cls + s.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
                for (int i = 1; i <= items; i++)
                {
                    codes.Add(FunctionCode.Parse(section + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
        return codes;
    }

    private static SheetIndicator Sheet(IndicatorCategory category, IndicatorSubcategory subcategory, string name, IndicatorValue value) =>
        new(new Indicator(category, subcategory, name, value));

    private static string NameOf(FunctionCode code) =>
        Catalog.TryGetName(code, out var name) ? name : "其他" + code.Value + "支出";

    // ---------------------------------------------------------------- planning

    private (FunctionCode Code, Amounts Amounts)[] PlanItems()
    {
        var codes = _spec.ItemCodes;
        var items = new (FunctionCode, Amounts)[codes.Count];
        for (int i = 0; i < codes.Count; i++)
        {
            // 0: 一般公共预算 (the first code always, so that there is 基本支出), 1: 政府性基金, 2: 国有资本经营.
            int kind;
            if (i == 0)
            {
                kind = 0;
            }
            else if (_spec.RequireEveryFund && i <= 2)
            {
                kind = i;
            }
            else
            {
                kind = _choose.Int(0, 100) switch
                {
                    < 72 => 0,
                    < 88 => 1,
                    _ => 2,
                };
            }
            Amounts amounts = kind switch
            {
                1 => new Amounts(0, 0, _choose.Amount(3_000), 0, 0, 0, 0),
                2 => new Amounts(0, 0, 0, _choose.Amount(500), 0, 0, 0),
                _ => GeneralItem(first: i == 0),
            };
            items[i] = (codes[i], amounts);
        }
        Array.Sort(items, static (a, b) => string.CompareOrdinal(a.Item1.Value, b.Item1.Value));
        return items;
    }

    private Amounts GeneralItem(bool first)
    {
        long basic = first || _choose.Chance(0.6) ? _choose.Amount(500) : 0;
        long project = basic == 0 || _choose.Chance(0.6) ? _choose.Amount(2_000) : 0;
        // Non-fiscal money, often only a few 元: under 50 元 it prints as 0.00 万元 in 表一 (the unit looks as if it had
        // only 财政拨款) while still counted in 表一's class lines and totals (BM-X-T4-CLASS and BM-X-T1-T4 allow for it).
        long unit = _choose.Chance(0.1) ? NonFiscal() : 0;
        long special = _choose.Chance(0.05) ? NonFiscal() : 0;
        long carryOver = (first && _spec.RequireEveryFund) || _choose.Chance(0.12) ? _choose.Amount(3_000) : 0;
        return new Amounts(basic, project, 0, 0, special, unit, carryOver);
    }

    private long NonFiscal() => _choose.Chance(0.5) ? _choose.Small(8_000) : _choose.Amount(200);

    private static List<FunctionNode> BuildHierarchy((FunctionCode Code, Amounts Amounts)[] items)
    {
        var nodes = new List<FunctionNode>(items.Length * 2);
        FunctionNode? cls = null;
        FunctionNode? section = null;
        foreach (var (code, amounts) in items)
        {
            var classCode = code.Class;
            var sectionCode = code.Parent!.Value;
            if (cls is null || cls.Code != classCode)
            {
                cls = new FunctionNode(classCode, NameOf(classCode));
                nodes.Add(cls);
                section = null;
            }
            if (section is null || section.Code != sectionCode)
            {
                section = new FunctionNode(sectionCode, NameOf(sectionCode));
                nodes.Add(section);
            }
            nodes.Add(new FunctionNode(code, NameOf(code)) { Amounts = amounts });
            cls.Amounts += amounts;
            section.Amounts += amounts;
        }
        return nodes;
    }

    private void PlanEconomicLines()
    {
        long basic = _grand.Basic;
        long grain = _choose.Grain;
        _public = basic / grain * _choose.Int(50, 301) / 1000 * grain;
        if (_spec.RequireEveryFund && _public == 0 && basic >= 2 * grain)
        {
            _public = grain; // tables of every kind need a 三公 figure, which is public money
        }
        _personnel = basic - _public;
        var personnel = new List<(string, string)>();
        var publicLines = new List<(string, string)>();
        foreach (var code in Catalog.EconomicCodes)
        {
            // Basic expenditure is drawn from 301 工资福利支出, 302 商品和服务支出 and 303 对个人和家庭的补助 only: a capital item
            // (31002 办公设备购置 → 50306) maps to a government code too but is no 人员经费 or 公用经费 line.
            if (code.System != EconomicSystem.Department || code.Level != EconomicLevel.Section || code.Class.Value is not ("301" or "302" or "303")
                || !Catalog.TryMapToGovernment(code, out var government))
            {
                continue;
            }
            bool isPublic = code.Class.Value == "302";
            // Tables of every kind (RequireEveryFund) need a 三公 figure for table 10.
            bool take = code.Value is "30217" or "30231" ? _spec.RequireEveryFund || _choose.Chance(0.8) : _choose.Chance(0.6);
            if (take)
            {
                (isPublic ? publicLines : personnel).Add((code.Value, government.Value));
            }
        }
        if (personnel.Count == 0)
        {
            personnel.Add(("30101", "50101"));
        }
        if (publicLines.Count == 0)
        {
            publicLines.Add(("30201", "50201"));
        }
        AddLines(personnel, _personnel, isPersonnel: true);
        AddLines(publicLines, _public, isPersonnel: false);
    }

    private void AddLines(List<(string Department, string Government)> lines, long total, bool isPersonnel)
    {
        var parts = _choose.Split(total, lines.Count, _choose.Grain);
        int reception = lines.FindIndex(static l => l.Department == "30217");
        if (_spec.RequireEveryFund && reception >= 0 && parts[reception] == 0)
        {
            // Tables of every kind need a 三公 figure: one grain moves to 公务接待费 from the largest line.
            int largest = Array.IndexOf(parts, parts.Max());
            if (parts[largest] >= _choose.Grain)
            {
                parts[largest] -= _choose.Grain;
                parts[reception] += _choose.Grain;
            }
        }
        for (int i = 0; i < lines.Count; i++)
        {
            if (parts[i] == 0)
            {
                continue;
            }
            _economic.Add(new EconomicLine(lines[i].Department, lines[i].Government, isPersonnel, parts[i]));
            if (lines[i].Department == "30217")
            {
                _reception += parts[i];
            }
            else if (lines[i].Department == "30231")
            {
                _vehicleOperation += parts[i];
            }
        }
    }

    private void PlanProjects((FunctionCode Code, Amounts Amounts)[] items)
    {
        int number = 0;
        PlanFund(items, TableColumn.GeneralBudget, a => a.GeneralProject, _currentProjects, carryOver: false, ref number);
        PlanFund(items, TableColumn.GovernmentFund, a => a.FundProject, _currentProjects, carryOver: false, ref number);
        PlanFund(items, TableColumn.StateCapital, a => a.CapitalProject, _currentProjects, carryOver: false, ref number);
        PlanFund(items, TableColumn.FiscalSpecialAccount, a => a.SpecialProject, _currentProjects, carryOver: false, ref number);
        PlanFund(items, TableColumn.UnitFunds, a => a.UnitProject, _currentProjects, carryOver: false, ref number);
        PlanFund(items, TableColumn.GeneralBudget, a => a.CarryOver, _carryOverProjects, carryOver: true, ref number);
    }

    // Projects partition a fund's money: each item's amount goes to one project (or, now and then, two), and a project
    // gathers the amounts of one to three consecutive items.
    private void PlanFund((FunctionCode Code, Amounts Amounts)[] items, TableColumn fund, Func<Amounts, long> amountOf, List<PlannedProject> into, bool carryOver, ref int number)
    {
        long pending = 0;
        int parts = 0;
        int target = _choose.Int(1, 4);
        foreach (var (_, amounts) in items)
        {
            long amount = amountOf(amounts);
            if (amount == 0)
            {
                continue;
            }
            long[] split = amount >= 2 * _choose.Grain && _choose.Chance(0.15) ? _choose.SplitPositive(amount, 2) : [amount];
            foreach (long part in split)
            {
                pending += part;
                if (++parts >= target)
                {
                    into.Add(new PlannedProject(ProjectName(carryOver, ++number), fund, pending));
                    pending = 0;
                    parts = 0;
                    target = _choose.Int(1, 4);
                }
            }
        }
        if (parts > 0)
        {
            into.Add(new PlannedProject(ProjectName(carryOver, ++number), fund, pending));
        }
    }

    private string ProjectName(bool carryOver, int number) => carryOver
        ? $"上年结转{_choose.Pick(ProjectTopics)}（{number}）"
        : $"{BudgetYear}年{_choose.Pick(ProjectTopics)}（{number}）";

    // ---------------------------------------------------------------- composing

    private BudgetDisclosure Compose()
    {
        var staff = Staff();
        var builder = new DisclosureBuilder(_unitName, BudgetYear)
            .WithUnit(u => u with { Code = "209001", Duties = _unitName + "主要职责为负责本行业的管理和服务工作。", Staff = staff });

        // A table with nothing to show is printed empty with a note saying so.
        void Add(BudgetTable table) => builder.AddTable(table.IsPrintedEmpty && table.Header.EmptyNote is null ? WithNote(table, "本表为空表。") : table);
        Add(Summary());
        Add(FunctionTable(TableKind.RevenueSummary, StandardColumns.RevenueBySource, static a => [a.Current, a.GeneralCurrent, a.FundProject, a.CapitalProject, a.SpecialProject, a.UnitProject, a.CarryOver]));
        Add(FunctionTable(TableKind.ExpenditureSummary, StandardColumns.TotalBasicProject, static a => [a.Total, a.Basic, a.Project]));
        Add(FiscalAppropriation());
        Add(FunctionTable(TableKind.GeneralBudgetExpenditure, StandardColumns.TotalBasicProject, static a => [a.GeneralCurrent, a.Basic, a.GeneralProject]));
        Add(Economic());
        if (_grand.FundProject > 0)
        {
            Add(FundRevenue());
        }
        Add(FunctionTable(TableKind.GovernmentFundExpenditure, StandardColumns.TotalBasicProject, static a => [a.FundProject, 0, a.FundProject], "本单位无政府性基金预算支出，本表为空表。"));
        if (_grand.CapitalProject > 0)
        {
            Add(StateCapital());
        }
        Add(ThreePublic());
        Add(OperatingExpenses());
        Add(Projects(TableKind.ProjectExpenditureCurrent, _currentProjects));
        if (_grand.CarryOver > 0 || _choose.Chance(0.5))
        {
            Add(Projects(TableKind.ProjectExpenditureCarryOver, _carryOverProjects));
        }
        foreach (var project in _currentProjects.Concat(_carryOverProjects))
        {
            builder.AddProjectSheet(ProjectSheet(project));
        }
        builder.WithOverallSheet(Overall(staff));
        foreach (var fact in Facts())
        {
            builder.AddFact(fact);
        }
        AddMentions(builder);
        builder.WithSections(Enum.GetValues<DisclosureSection>());
        return builder.Build();
    }

    /// <summary>The table with a note in its header (本表为空表), rows unchanged.</summary>
    internal static BudgetTable WithNote(BudgetTable table, string note)
    {
        var builder = new TableBuilder(table.Kind, table.Header with { EmptyNote = note });
        foreach (var row in table.Rows)
        {
            builder.Add(row);
        }
        return builder.Build();
    }

    private TableHeader Header(TableKind kind, string? emptyNote = null) => new(
        _precision,
        Title: $"{BudgetYear}年{kind.ChineseName()}",
        PrintedNumber: $"预算公开表{(int)kind}",
        UnitName: _unitName,
        EmptyNote: emptyNote);

    private static Money[] Fen(params ReadOnlySpan<long> fen)
    {
        var result = new Money[fen.Length];
        for (int i = 0; i < fen.Length; i++)
        {
            result[i] = Money.FromFen(fen[i]);
        }
        return result;
    }

    private static bool AllZero(long[] values) => Array.TrueForAll(values, static v => v == 0);

    private BudgetTable Summary()
    {
        var g = _grand;
        var single = StandardColumns.SingleAmount;
        var columns = StandardColumns.TotalCurrentCarryOver;
        // Rows are added as built rows so that amounts stay in fen whatever the table's unit.
        var b = new TableBuilder(TableKind.RevenueExpenditureSummary, Header(TableKind.RevenueExpenditureSummary))
            .Add(new SourceRow(FundSource.GeneralPublicBudget, "一、一般公共预算", single, Fen(g.GeneralCurrent)))
            .Add(new SourceRow(FundSource.GovernmentFundBudget, "二、政府性基金预算", single, Fen(g.FundProject)))
            .Add(new SourceRow(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", single, Fen(g.CapitalProject)))
            .Add(new SourceRow(FundSource.FiscalSpecialAccount, "四、财政专户管理资金", single, Fen(g.SpecialProject)))
            .Add(new SourceRow(FundSource.UnitFunds, "五、单位资金", single, Fen(g.UnitProject)));
        foreach (var node in _nodes)
        {
            if (node.Code.Level == FunctionLevel.Class)
            {
                var a = node.Amounts;
                b.Add(new FunctionRow(node.Code, node.Name, columns, Fen(a.Total, a.Current, a.CarryOver)));
            }
        }
        return b
            .Add(new SummaryRow(SummaryLine.CurrentYearRevenue, "本年收入合计", single, Fen(g.Current)))
            .Add(new SummaryRow(SummaryLine.CurrentYearExpenditure, "本年支出合计", columns, Fen(g.Total, g.Current, g.CarryOver)))
            .Add(new SummaryRow(SummaryLine.CarryOverRevenue, "上年结转", single, Fen(g.CarryOver)))
            .Add(new SummaryRow(SummaryLine.YearEndCarryForward, "年终结转", columns, Fen(0, 0, 0)))
            .Add(new SummaryRow(SummaryLine.RevenueGrandTotal, "收入总计", single, Fen(g.Total)))
            .Add(new SummaryRow(SummaryLine.ExpenditureGrandTotal, "支出总计", columns, Fen(g.Total, g.Current, g.CarryOver)))
            .Build();
    }

    private BudgetTable FunctionTable(TableKind kind, IReadOnlyList<TableColumn> columns, Func<Amounts, long[]> project, string? emptyNote = null)
    {
        var total = project(_grand);
        bool empty = AllZero(total);
        var b = new TableBuilder(kind, Header(kind, empty ? emptyNote : null))
            .Add(new SummaryRow(SummaryLine.Total, "合计", columns, Fen(total)));
        foreach (var node in _nodes)
        {
            var values = project(node.Amounts);
            if (!AllZero(values))
            {
                b.Add(new FunctionRow(node.Code, node.Name, columns, Fen(values)));
            }
        }
        return b.Build();
    }

    private BudgetTable FiscalAppropriation()
    {
        var g = _grand;
        var single = StandardColumns.SingleAmount;
        var columns = StandardColumns.TotalByFiscalFund;
        long currentFiscal = g.GeneralCurrent + g.FundProject + g.CapitalProject;
        var b = new TableBuilder(TableKind.FiscalAppropriationSummary, Header(TableKind.FiscalAppropriationSummary))
            .Add(new SourceRow(FundSource.GeneralPublicBudget, "一、一般公共预算", single, Fen(g.GeneralCurrent)))
            .Add(new SourceRow(FundSource.GovernmentFundBudget, "二、政府性基金预算", single, Fen(g.FundProject)))
            .Add(new SourceRow(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", single, Fen(g.CapitalProject)));
        foreach (var node in _nodes)
        {
            var a = node.Amounts;
            if (node.Code.Level == FunctionLevel.Class && a.Fiscal != 0)
            {
                b.Add(new FunctionRow(node.Code, node.Name, columns, Fen(a.Fiscal, a.GeneralWithCarryOver, a.FundProject, a.CapitalProject)));
            }
        }
        var spent = Fen(g.Fiscal, g.GeneralWithCarryOver, g.FundProject, g.CapitalProject);
        return b
            .Add(new SummaryRow(SummaryLine.CurrentYearRevenue, "本年收入合计", single, Fen(currentFiscal)))
            .Add(new SummaryRow(SummaryLine.CurrentYearExpenditure, "本年支出合计", columns, spent))
            .Add(new SummaryRow(SummaryLine.CarryOverRevenue, "上年财政拨款结转", single, Fen(g.CarryOver)))
            .Add(new SourceRow(FundSource.GeneralPublicBudget, "一、一般公共预算", single, Fen(g.CarryOver), isCarryOver: true))
            .Add(new SourceRow(FundSource.GovernmentFundBudget, "二、政府性基金预算", single, Fen(0), isCarryOver: true))
            .Add(new SourceRow(FundSource.StateCapitalOperationBudget, "三、国有资本经营预算", single, Fen(0), isCarryOver: true))
            .Add(new SummaryRow(SummaryLine.YearEndCarryForward, "年终结转", columns, Fen(0, 0, 0, 0)))
            .Add(new SummaryRow(SummaryLine.RevenueGrandTotal, "收入总计", single, Fen(g.Fiscal)))
            .Add(new SummaryRow(SummaryLine.ExpenditureGrandTotal, "支出总计", columns, spent))
            .Build();
    }

    private BudgetTable Economic()
    {
        var columns = StandardColumns.TotalPersonnelPublic;
        var b = new TableBuilder(TableKind.GeneralBudgetBasicExpenditure, Header(TableKind.GeneralBudgetBasicExpenditure))
            .Add(new SummaryRow(SummaryLine.Total, "合计", columns, Fen(_grand.Basic, _personnel, _public)));
        foreach (string cls in (string[])["301", "302", "303"])
        {
            var lines = _economic.Where(l => l.DepartmentCode.StartsWith(cls, StringComparison.Ordinal)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }
            long sum = lines.Sum(l => l.Amount);
            bool personnel = lines[0].Personnel;
            var classCode = EconomicCode.Parse(cls);
            b.Add(new EconomicRow(classCode, Catalog.GetName(classCode), null, null, true, columns, Fen(sum, personnel ? sum : 0, personnel ? 0 : sum)));
            foreach (var line in lines)
            {
                var department = EconomicCode.Parse(line.DepartmentCode);
                var government = EconomicCode.Parse(line.GovernmentCode);
                b.Add(new EconomicRow(
                    department,
                    Catalog.GetName(department),
                    government,
                    Catalog.GetName(government),
                    false,
                    columns,
                    Fen(line.Amount, personnel ? line.Amount : 0, personnel ? 0 : line.Amount)));
            }
        }
        return b.Build();
    }

    private BudgetTable FundRevenue()
    {
        long fund = _grand.FundProject;
        var single = StandardColumns.SingleAmount;
        var b = new TableBuilder(TableKind.GovernmentFundRevenue, Header(TableKind.GovernmentFundRevenue))
            .Add(new SummaryRow(SummaryLine.Total, "合计", single, Fen(fund)));
        foreach (string code in (string[])["103", "10301", "1030148"])
        {
            var revenue = RevenueCode.Parse(code);
            b.Add(new RevenueCodeRow(revenue, Catalog.GetName(revenue), single, Fen(fund)));
        }
        return b.Build();
    }

    private BudgetTable StateCapital()
    {
        long capital = _grand.CapitalProject;
        var single = StandardColumns.SingleAmount;
        var columns = StandardColumns.TotalBasicProject;
        var b = new TableBuilder(TableKind.StateCapitalOperation, Header(TableKind.StateCapitalOperation))
            .Add(new SummaryRow(SummaryLine.CurrentYearRevenue, "合计", single, Fen(capital)))
            .Add(new SummaryRow(SummaryLine.Total, "合计", columns, Fen(capital, 0, capital)));
        foreach (var (code, name) in (ReadOnlySpan<(string, string)>)[("103", "非税收入"), ("10306", "国有资本经营收入"), ("1030601", "利润收入")])
        {
            var revenue = RevenueCode.Parse(code);
            b.Add(new RevenueCodeRow(revenue, Catalog.TryGetName(revenue, out var known) ? known : name, single, Fen(capital)));
        }
        foreach (var node in _nodes)
        {
            long amount = node.Amounts.CapitalProject;
            if (amount != 0)
            {
                b.Add(new FunctionRow(node.Code, node.Name, columns, Fen(amount, 0, amount)));
            }
        }
        return b.Build();
    }

    private BudgetTable ThreePublic()
    {
        var columns = StandardColumns.TotalByFiscalFund;
        long vehicles = _vehicleOperation;
        long total = _reception + vehicles;
        return new TableBuilder(TableKind.ThreePublicExpenses, Header(TableKind.ThreePublicExpenses))
            .Add(new SummaryRow(SummaryLine.OverseasTravel, "因公出国（境）费", columns, Fen(0, 0, 0, 0)))
            .Add(new SummaryRow(SummaryLine.Reception, "公务接待费", columns, Fen(_reception, _reception, 0, 0)))
            .Add(new SummaryRow(SummaryLine.Vehicles, "公务用车购置及运行费", columns, Fen(vehicles, vehicles, 0, 0)))
            .Add(new SummaryRow(SummaryLine.VehiclePurchase, "①公务用车购置费", columns, Fen(0, 0, 0, 0)))
            .Add(new SummaryRow(SummaryLine.VehicleOperation, "②公务用车运行维护费", columns, Fen(_vehicleOperation, _vehicleOperation, 0, 0)))
            .Add(new SummaryRow(SummaryLine.Total, "合计", columns, Fen(total, total, 0, 0)))
            .Build();
    }

    private BudgetTable OperatingExpenses()
    {
        var columns = StandardColumns.TotalByFiscalFund;
        return new TableBuilder(TableKind.OperatingExpenses, Header(TableKind.OperatingExpenses))
            .Add(new NamedRow("部门合计", RowRole.Total, columns, Fen(_public, _public, 0, 0)))
            .Add(new NamedRow(_unitName, RowRole.Detail, columns, Fen(_public, _public, 0, 0)))
            .Build();
    }

    private BudgetTable Projects(TableKind kind, List<PlannedProject> projects)
    {
        var columns = StandardColumns.ProjectFunds;
        var unit = new long[columns.Count];
        var rows = new List<TableRow>(projects.Count + 1);
        foreach (var project in projects)
        {
            var values = new long[columns.Count];
            int column = IndexOf(columns, project.Fund);
            values[0] = project.Amount;
            values[column] = project.Amount;
            unit[0] += project.Amount;
            unit[column] += project.Amount;
            rows.Add(new NamedRow(project.Name, RowRole.Detail, columns, Fen(values)));
        }
        string? note = projects.Count == 0 ? (kind == TableKind.ProjectExpenditureCarryOver ? "本单位无上年结转项目，本表为空表。" : "本单位无项目支出，本表为空表。") : null;
        var b = new TableBuilder(kind, Header(kind, note)).Add(new NamedRow(_unitName, RowRole.Total, columns, Fen(unit)));
        foreach (var row in rows)
        {
            b.Add(row);
        }
        return b.Build();
    }

    private static int IndexOf(IReadOnlyList<TableColumn> columns, TableColumn column)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"No column {column}.");
    }

    private ProjectPerformanceSheet ProjectSheet(PlannedProject project)
    {
        var total = Money.FromFen(project.Amount);
        var levels = new Dictionary<FundingLevel, Money>
        {
            [FundingLevel.Central] = Money.Zero,
            [FundingLevel.Provincial] = Money.Zero,
            [FundingLevel.MunicipalCounty] = Money.Zero,
            [FundingLevel.UnitSelfRaised] = Money.Zero,
        };
        if (project.Fund is TableColumn.UnitFunds or TableColumn.FiscalSpecialAccount)
        {
            levels[FundingLevel.UnitSelfRaised] = total;
        }
        else if (_choose.Chance(0.7))
        {
            levels[FundingLevel.MunicipalCounty] = total;
        }
        else
        {
            long levelGrain = project.Amount % 100 == 0 ? 100 : 1;
            var parts = _choose.Split(project.Amount, 3, levelGrain);
            levels[FundingLevel.Central] = Money.FromFen(parts[0]);
            levels[FundingLevel.Provincial] = Money.FromFen(parts[1]);
            levels[FundingLevel.MunicipalCounty] = Money.FromFen(parts[2]);
        }
        var funding = new ProjectFunding(total, levels);
        var cost = Sheet(IndicatorCategory.Output, IndicatorSubcategory.Cost, "项目资金", IndicatorValue.Quantitative(IndicatorComparator.None, total.Yuan, "元"));
        SheetIndicator[] indicators = [FixedSheetIndicators[0], FixedSheetIndicators[1], FixedSheetIndicators[2], cost, FixedSheetIndicators[3], FixedSheetIndicators[4]];
        var details = new ProjectSheetDetails(
            DepartmentCode: "209",
            DepartmentName: _unitName,
            ImplementingUnit: _unitName,
            Attribute: "一次性项目(1年结束)",
            Period: "1年",
            Overview: project.Name,
            LifetimeGoal: "按期完成" + project.Name,
            AnnualGoal: "按期完成" + project.Name);
        return new ProjectPerformanceSheet(project.Name, funding, funding, details, indicators, indicators);
    }

    private StaffFigures Staff()
    {
        int authorized = _choose.Int(5, 60);
        int onEstablishment = authorized - _choose.Int(0, 3);
        int other = _choose.Int(0, 5);
        return new StaffFigures(_choose.Int(2, 10), 1, authorized, onEstablishment + other, onEstablishment, other);
    }

    private OverallPerformanceSheet Overall(StaffFigures staff)
    {
        var g = _grand;
        var bySource = new Dictionary<FundSource, Money>
        {
            [FundSource.GeneralPublicBudget] = Money.FromFen(g.GeneralWithCarryOver),
            [FundSource.GovernmentFundBudget] = Money.FromFen(g.FundProject),
            [FundSource.StateCapitalOperationBudget] = Money.FromFen(g.CapitalProject),
            [FundSource.SocialInsuranceFundBudget] = Money.Zero,
            [FundSource.FiscalSpecialAccount] = Money.FromFen(g.SpecialProject),
            [FundSource.UnitFunds] = Money.FromFen(g.UnitProject),
        };
        var byType = new Dictionary<ExpenditureType, Money>
        {
            [ExpenditureType.Basic] = Money.FromFen(g.Basic),
            [ExpenditureType.Project] = Money.FromFen(g.Project),
        };
        int projects = _currentProjects.Count + _carryOverProjects.Count;
        SheetIndicator[] indicators =
        [
            Sheet(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "项目数", IndicatorValue.Quantitative(IndicatorComparator.None, projects, "个")),
            Sheet(IndicatorCategory.Output, IndicatorSubcategory.Quality, "项目完成率", IndicatorValue.Quantitative(IndicatorComparator.AtLeast, 80m, "%")),
            Sheet(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "项目实施期限", IndicatorValue.Quantitative(IndicatorComparator.None, 1m, "年")),
            Sheet(IndicatorCategory.Benefit, IndicatorSubcategory.SocialBenefit, "提升经济发展和服务水平", IndicatorValue.Qualitative("提升")),
            Sheet(IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceRecipientSatisfaction, "用户满意度", IndicatorValue.Quantitative(IndicatorComparator.AtLeast, 90m, "%")),
        ];
        return new OverallPerformanceSheet("209001-" + _unitName, Money.FromFen(g.Total), bySource, byType, staff, indicators, _precision);
    }

    // ---------------------------------------------------------------- prose

    private IEnumerable<ProseFact> Facts()
    {
        var g = _grand;
        var totalRevenue = new FactSubject(FactTopic.TotalRevenue);
        var totalExpenditure = new FactSubject(FactTopic.TotalExpenditure);
        var generalBudget = new FactSubject(FactTopic.GeneralBudgetCurrentYear);

        yield return Amount(totalRevenue, g.Total);
        yield return Amount(new FactSubject(FactTopic.CurrentYearRevenue), g.Current);
        yield return Amount(new FactSubject(FactTopic.CarryOverRevenue), g.CarryOver);
        foreach (var (source, amount) in ((FundSource, long)[])[
            (FundSource.GeneralPublicBudget, g.GeneralCurrent),
            (FundSource.GovernmentFundBudget, g.FundProject),
            (FundSource.StateCapitalOperationBudget, g.CapitalProject),
            (FundSource.FiscalSpecialAccount, g.SpecialProject),
            (FundSource.UnitFunds, g.UnitProject)])
        {
            var subject = new FactSubject(FactTopic.RevenueBySource, Source: source);
            yield return Amount(subject, amount);
            yield return Share(subject, amount, totalRevenue, g.Total);
        }
        yield return Share(new FactSubject(FactTopic.CarryOverRevenue), g.CarryOver, totalRevenue, g.Total);

        yield return Amount(totalExpenditure, g.Total);
        yield return Amount(new FactSubject(FactTopic.CurrentYearExpenditure), g.Current);
        yield return Amount(new FactSubject(FactTopic.CarryOverExpenditure), g.CarryOver);
        yield return Amount(new FactSubject(FactTopic.BasicExpenditure), g.Basic);
        yield return Share(new FactSubject(FactTopic.BasicExpenditure), g.Basic, totalExpenditure, g.Total);
        yield return Amount(new FactSubject(FactTopic.ProjectExpenditure), g.Project);
        yield return Share(new FactSubject(FactTopic.ProjectExpenditure), g.Project, totalExpenditure, g.Total);

        yield return Amount(new FactSubject(FactTopic.FiscalAppropriationTotal), g.Fiscal);
        yield return Amount(new FactSubject(FactTopic.FiscalBySource, Source: FundSource.GeneralPublicBudget), g.GeneralWithCarryOver);
        yield return Amount(new FactSubject(FactTopic.FiscalBySource, Source: FundSource.GovernmentFundBudget), g.FundProject);
        yield return Amount(new FactSubject(FactTopic.FiscalBySource, Source: FundSource.StateCapitalOperationBudget), g.CapitalProject);
        yield return Amount(new FactSubject(FactTopic.FiscalCurrentYear), g.GeneralCurrent + g.FundProject + g.CapitalProject);
        yield return Amount(new FactSubject(FactTopic.FiscalCarryOver), g.CarryOver);

        yield return Amount(generalBudget, g.GeneralCurrent);
        foreach (var node in _nodes)
        {
            if (node.Code.Level == FunctionLevel.Class && node.Amounts.Fiscal != 0)
            {
                yield return Amount(new FactSubject(FactTopic.FiscalExpenditureByClass, Code: node.Code, Name: node.Name), node.Amounts.Fiscal);
            }
            if (node.Code.Level == FunctionLevel.Class && node.Amounts.GeneralCurrent != 0)
            {
                var subject = new FactSubject(FactTopic.GeneralBudgetByClass, Code: node.Code, Name: node.Name);
                yield return Amount(subject, node.Amounts.GeneralCurrent);
                yield return Share(subject, node.Amounts.GeneralCurrent, generalBudget, g.GeneralCurrent);
            }
        }

        yield return Amount(new FactSubject(FactTopic.PersonnelExpenses), _personnel);
        yield return Amount(new FactSubject(FactTopic.PublicExpenses), _public);
        yield return Amount(new FactSubject(FactTopic.ThreePublicTotal), _reception + _vehicleOperation);
        yield return Amount(new FactSubject(FactTopic.OverseasTravel), 0);
        yield return Amount(new FactSubject(FactTopic.Reception), _reception);
        yield return Amount(new FactSubject(FactTopic.VehiclePurchase), 0);
        yield return Amount(new FactSubject(FactTopic.VehicleOperation), _vehicleOperation);
        yield return Amount(new FactSubject(FactTopic.OperatingExpenses), _public);

        var procurement = _choose.Split(_choose.Amount(300), 3, _choose.Grain);
        yield return Amount(new FactSubject(FactTopic.ProcurementTotal), procurement[0] + procurement[1] + procurement[2]);
        yield return Amount(new FactSubject(FactTopic.ProcurementGoods), procurement[0]);
        yield return Amount(new FactSubject(FactTopic.ProcurementWorks), procurement[1]);
        yield return Amount(new FactSubject(FactTopic.ProcurementServices), procurement[2]);

        yield return Amount(new FactSubject(FactTopic.OverallPerformanceFunds), g.Total);
        var performance = new FactSubject(FactTopic.PerformanceProjects);
        yield return new ProseFact(FactKind.Count, performance, _currentProjects.Count + _carryOverProjects.Count, "个", 0);
        yield return Amount(performance, g.Project);
    }

    private ProseFact Amount(FactSubject subject, long fen) => _spec.ExactYuan
        ? new ProseFact(FactKind.Amount, subject, Money.FromFen(fen).Yuan, "元", 2)
        : new ProseFact(FactKind.Amount, subject, Money.FromFen(fen).Wan, "万元", 2);

    private static ProseFact Share(FactSubject subject, long part, FactSubject baseSubject, long baseAmount) =>
        new(FactKind.Share, subject, PercentTwoDecimals(part, baseAmount), "%", 2) { Base = baseSubject };

    /// <summary>part / whole × 100, rounded to two decimals half away from zero (四舍五入), exactly; 0 for a zero whole.</summary>
    internal static decimal PercentTwoDecimals(long part, long whole)
    {
        if (whole == 0)
        {
            return 0m;
        }
        // Hundredths of a percent: part × 10,000 / whole, rounded half up (both are not negative).
        Int128 hundredths = (((Int128)part * 20_000) + whole) / ((Int128)whole * 2);
        return (decimal)hundredths / 100m;
    }

    private void AddMentions(DisclosureBuilder builder)
    {
        builder.AddMention(new ProseMention(MentionKind.UnitName, _unitName, Context: "封面"));
        builder.AddMention(new ProseMention(MentionKind.UnitName, _unitName, Context: "情况说明"));
        builder.AddMention(new ProseMention(MentionKind.Year, $"{BudgetYear}年度", Year: BudgetYear, Context: $"{BudgetYear}年度单位预算公开"));
        foreach (var node in _nodes)
        {
            if (node.Code.Level == FunctionLevel.Class && node.Amounts.GeneralCurrent != 0)
            {
                builder.AddMention(new ProseMention(MentionKind.FunctionClass, node.Name, Code: node.Code.Value, Context: "一般公共预算当年支出结构"));
            }
        }
    }
}
