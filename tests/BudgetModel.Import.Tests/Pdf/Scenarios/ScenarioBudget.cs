namespace BudgetModel.Import.Tests.Pdf.Scenarios;

/// <summary>An 部门预算经济分类 line of 一般公共预算基本支出表: 类 (3 digits) or 款 (5 digits).</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The catalogue name.</param>
/// <param name="Personnel">人员经费.</param>
/// <param name="Public">公用经费.</param>
internal sealed record EconomicLine(string Code, string Name, Money Personnel, Money Public)
{
    /// <summary>合计.</summary>
    public Money Total => Personnel + Public;
}

/// <summary>
/// The figures of one fictional unit, 某某市测试局, for 2026: every table of every scenario is derived from them,
/// so the tables agree with each other (支出总表 = 收入总表 = 一般公共预算支出表 + 单位资金, 基本支出 = the economic
/// table, 公务接待费 and 公务用车运行维护费 = the “三公” table). This is the one place the expected figures are
/// written; amounts are in 万元.
/// </summary>
internal sealed class ScenarioBudget
{
    /// <summary>The unit's name, as on the cover and in every table header.</summary>
    internal const string UnitName = "某某市测试局";

    private static readonly Dictionary<string, string> GroupNames = new()
    {
        ["201"] = "一般公共服务支出",
        ["20103"] = "政府办公厅（室）及相关机构事务",
        ["20106"] = "财政事务",
        ["20108"] = "审计事务",
        ["20111"] = "纪检监察事务",
        ["206"] = "科学技术支出",
        ["20601"] = "科学技术管理事务",
        ["207"] = "文化旅游体育与传媒支出",
        ["20701"] = "文化和旅游",
        ["208"] = "社会保障和就业支出",
        ["20805"] = "行政事业单位养老支出",
        ["20808"] = "抚恤",
        ["210"] = "卫生健康支出",
        ["21011"] = "行政事业单位医疗",
        ["211"] = "节能环保支出",
        ["21103"] = "污染防治",
        ["221"] = "住房保障支出",
        ["22102"] = "住房改革支出",
        ["224"] = "灾害防治及应急管理支出",
        ["22401"] = "应急管理事务",
    };

    /// <summary>The ordinals of table 1's thirty classes (一、一般公共服务支出 … ), by class code.</summary>
    private static readonly Dictionary<string, string> ClassOrdinals = new()
    {
        ["201"] = "一", ["206"] = "六", ["207"] = "七", ["208"] = "八", ["210"] = "十", ["211"] = "十一", ["221"] = "二十", ["224"] = "二十三",
    };

    private static FunctionLine Item(string code, string name, decimal basic, decimal projectGeneral = 0, decimal projectUnit = 0) =>
        new(code, name, Money.FromWan(basic), Money.FromWan(projectGeneral), Money.FromWan(projectUnit));

    private static EconomicLine Econ(string code, string name, decimal personnel, decimal @public = 0) =>
        new(code, name, Money.FromWan(personnel), Money.FromWan(@public));

    /// <summary>The 项 of the standard scenarios: 基本支出 658.12, 项目支出 185.15 (一般公共预算) + 20.00 (单位资金).</summary>
    private static readonly FunctionLine[] StandardItems =
    [
        Item("2010801", "行政运行", 412.36m),
        Item("2010802", "一般行政管理事务", 0, 58.40m),
        Item("2010804", "审计业务", 0, 126.75m, 20.00m),
        Item("2010850", "事业运行", 96.18m),
        Item("2080505", "机关事业单位基本养老保险缴费支出", 52.80m),
        Item("2080506", "机关事业单位职业年金缴费支出", 26.40m),
        Item("2101101", "行政单位医疗", 24.66m),
        Item("2101102", "事业单位医疗", 6.12m),
        Item("2210201", "住房公积金", 39.60m),
    ];

    /// <summary>Project lines added by the long scenario, all 一般公共预算 项目支出, so that 基本支出 and the economic
    /// table stay those of the standard scenarios.</summary>
    private static readonly FunctionLine[] LongExtraItems =
    [
        Item("2010301", "行政运行", 0, 12.30m),
        Item("2010302", "一般行政管理事务", 0, 8.75m),
        Item("2010303", "机关服务", 0, 5.20m),
        Item("2010350", "事业运行", 0, 9.60m),
        Item("2010399", "其他政府办公厅（室）及相关机构事务支出", 0, 3.15m),
        Item("2010601", "行政运行", 0, 6.40m),
        Item("2010602", "一般行政管理事务", 0, 4.80m),
        Item("2010604", "预算改革业务", 0, 11.25m),
        Item("2010605", "财政国库业务", 0, 7.70m),
        Item("2010607", "信息化建设", 0, 15.00m),
        Item("2010608", "财政委托业务支出", 0, 2.35m),
        Item("2010803", "机关服务", 0, 4.10m),
        Item("2010805", "审计管理", 0, 6.05m),
        Item("2010806", "信息化建设", 0, 18.90m),
        Item("2010899", "其他审计事务支出", 0, 1.80m),
        Item("2011101", "行政运行", 0, 3.30m),
        Item("2011102", "一般行政管理事务", 0, 2.25m),
        Item("2060101", "行政运行", 0, 1.95m),
        Item("2060102", "一般行政管理事务", 0, 1.10m),
        Item("2070109", "群众文化", 0, 0.85m),
        Item("2080501", "行政单位离退休", 0, 5.55m),
        Item("2080502", "事业单位离退休", 0, 2.65m),
        Item("2080801", "死亡抚恤", 0, 3.60m),
        Item("2101103", "公务员医疗补助", 0, 4.45m),
        Item("2110301", "大气", 0, 9.90m),
        Item("2110302", "水体", 0, 6.30m),
        Item("2210202", "提租补贴", 0, 2.70m),
        Item("2210203", "购房补贴", 0, 3.80m),
        Item("2240106", "安全监管", 0, 7.25m),
        Item("2240108", "应急救援", 0, 4.35m),
    ];

    /// <summary>一般公共预算基本支出表 by 部门预算经济分类: 人员经费 595.22, 公用经费 62.90, 合计 658.12.</summary>
    private static readonly EconomicLine[] EconomicItems =
    [
        Econ("30101", "基本工资", 180.00m),
        Econ("30102", "津贴补贴", 150.30m),
        Econ("30103", "奖金", 40.00m),
        Econ("30107", "绩效工资", 60.00m),
        Econ("30108", "机关事业单位基本养老保险缴费", 52.80m),
        Econ("30109", "职业年金缴费", 26.40m),
        Econ("30110", "职工基本医疗保险缴费", 24.66m),
        Econ("30112", "其他社会保障缴费", 6.12m),
        Econ("30113", "住房公积金", 39.60m),
        Econ("30201", "办公费", 0, 12.00m),
        Econ("30207", "邮电费", 0, 3.50m),
        Econ("30211", "差旅费", 0, 8.00m),
        Econ("30216", "培训费", 0, 4.00m),
        Econ("30217", "公务接待费", 0, 1.20m),
        Econ("30228", "工会经费", 0, 7.20m),
        Econ("30229", "福利费", 0, 6.00m),
        Econ("30231", "公务用车运行维护费", 0, 3.00m),
        Econ("30239", "其他交通费用", 0, 18.00m),
        Econ("30302", "退休费", 12.34m),
        Econ("30305", "生活补助", 3.00m),
    ];

    private static readonly Dictionary<string, string> EconomicClassNames = new()
    {
        ["301"] = "工资福利支出",
        ["302"] = "商品和服务支出",
        ["303"] = "对个人和家庭的补助",
    };

    private ScenarioBudget(IEnumerable<FunctionLine> items)
    {
        var leaves = items.OrderBy(i => i.Code, StringComparer.Ordinal).ToArray();
        var lines = new List<FunctionLine>();
        foreach (var byClass in leaves.GroupBy(i => i.Code[..3]))
        {
            lines.Add(Sum(byClass.Key, byClass));
            foreach (var byGroup in byClass.GroupBy(i => i.Code[..5]))
            {
                lines.Add(Sum(byGroup.Key, byGroup));
                lines.AddRange(byGroup);
            }
        }
        Functions = lines;
        var economics = new List<EconomicLine>();
        foreach (var byClass in EconomicItems.GroupBy(e => e.Code[..3]))
        {
            economics.Add(new EconomicLine(byClass.Key, EconomicClassNames[byClass.Key], Total(byClass, e => e.Personnel), Total(byClass, e => e.Public)));
            economics.AddRange(byClass);
        }
        Economics = economics;
    }

    /// <summary>The budget of S1, S2 and S4: four classes, nine 项.</summary>
    internal static ScenarioBudget Standard { get; } = new(StandardItems);

    /// <summary>The budget of S3: eight classes and 39 项, so that 支出总表 runs over three pages.</summary>
    internal static ScenarioBudget Long { get; } = new(StandardItems.Concat(LongExtraItems));

    /// <summary>Every 类, 款 and 项 line in print order (each 类 before its 款, each 款 before its 项).</summary>
    internal IReadOnlyList<FunctionLine> Functions { get; }

    /// <summary>The 类 lines.</summary>
    internal IEnumerable<FunctionLine> Classes => Functions.Where(f => f.Level == 1);

    /// <summary>The economic 类 and 款 lines in print order.</summary>
    internal IReadOnlyList<EconomicLine> Economics { get; }

    /// <summary>基本支出 (all 一般公共预算).</summary>
    internal Money Basic => Total(Classes, c => c.Basic);

    /// <summary>项目支出 from 一般公共预算.</summary>
    internal Money ProjectGeneral => Total(Classes, c => c.ProjectGeneral);

    /// <summary>项目支出 from 单位资金.</summary>
    internal Money ProjectUnit => Total(Classes, c => c.ProjectUnit);

    /// <summary>一般公共预算 (the unit's only 财政拨款).</summary>
    internal Money General => Basic + ProjectGeneral;

    /// <summary>收入总计 = 支出总计.</summary>
    internal Money GrandTotal => General + ProjectUnit;

    /// <summary>人员经费 of the economic table.</summary>
    internal Money Personnel => Total(Economics.Where(e => e.Code.Length == 3), e => e.Personnel);

    /// <summary>公用经费 of the economic table.</summary>
    internal Money Public => Total(Economics.Where(e => e.Code.Length == 3), e => e.Public);

    /// <summary>“三公”经费: 因公出国（境）费.</summary>
    internal Money OverseasTravel => Money.Zero;

    /// <summary>“三公”经费: 公务接待费 (= the economic table's 30217).</summary>
    internal Money Reception => Economics.Single(e => e.Code == "30217").Total;

    /// <summary>“三公”经费: 公务用车购置费.</summary>
    internal Money VehiclePurchase => Money.Zero;

    /// <summary>“三公”经费: 公务用车运行维护费 (= the economic table's 30231).</summary>
    internal Money VehicleOperation => Economics.Single(e => e.Code == "30231").Total;

    /// <summary>“三公”经费: 公务用车购置及运行费.</summary>
    internal Money Vehicles => VehiclePurchase + VehicleOperation;

    /// <summary>“三公”经费合计.</summary>
    internal Money ThreePublicTotal => OverseasTravel + Reception + Vehicles;

    /// <summary>The ordinal table 1 prints before a class (一 for 201, 八 for 208 …).</summary>
    internal static string ClassOrdinal(string classCode) => ClassOrdinals[classCode];

    private static FunctionLine Sum(string code, IEnumerable<FunctionLine> items) =>
        new(code, GroupNames[code], Total(items, i => i.Basic), Total(items, i => i.ProjectGeneral), Total(items, i => i.ProjectUnit));

    private static Money Total<T>(IEnumerable<T> items, Func<T, Money> amount) => items.Aggregate(Money.Zero, (sum, i) => sum + amount(i));
}
