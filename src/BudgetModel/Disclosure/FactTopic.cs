using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>What a prose fact is about: the figure of the tables (or of other facts) it restates.</summary>
public enum FactTopic
{
    /// <summary>收入总计.</summary>
    TotalRevenue = 1,

    /// <summary>本年收入 (本年收入合计).</summary>
    CurrentYearRevenue = 2,

    /// <summary>上年结转 (revenue side).</summary>
    CarryOverRevenue = 3,

    /// <summary>Revenue of one fund source (<see cref="FactSubject.Source"/>).</summary>
    RevenueBySource = 4,

    /// <summary>支出总计.</summary>
    TotalExpenditure = 5,

    /// <summary>本年预算安排 (expenditure).</summary>
    CurrentYearExpenditure = 6,

    /// <summary>上年结转 (expenditure side).</summary>
    CarryOverExpenditure = 7,

    /// <summary>基本支出.</summary>
    BasicExpenditure = 8,

    /// <summary>项目支出.</summary>
    ProjectExpenditure = 9,

    /// <summary>人员经费.</summary>
    PersonnelExpenses = 10,

    /// <summary>公用经费.</summary>
    PublicExpenses = 11,

    /// <summary>财政拨款收支总预算.</summary>
    FiscalAppropriationTotal = 12,

    /// <summary>财政拨款 of one fund (<see cref="FactSubject.Source"/>), carry-over included.</summary>
    FiscalBySource = 13,

    /// <summary>当年拨款收入 (财政拨款, this year).</summary>
    FiscalCurrentYear = 14,

    /// <summary>上年结转收入 (财政拨款).</summary>
    FiscalCarryOver = 15,

    /// <summary>财政拨款 expenditure of one function class (<see cref="FactSubject.Code"/>).</summary>
    FiscalExpenditureByClass = 16,

    /// <summary>一般公共预算当年支出.</summary>
    GeneralBudgetCurrentYear = 17,

    /// <summary>一般公共预算当年支出 of one function class (<see cref="FactSubject.Code"/>).</summary>
    GeneralBudgetByClass = 18,

    /// <summary>“三公”经费 total.</summary>
    ThreePublicTotal = 19,

    /// <summary>因公出国（境）费.</summary>
    OverseasTravel = 20,

    /// <summary>公务接待费.</summary>
    Reception = 21,

    /// <summary>公务用车购置费.</summary>
    VehiclePurchase = 22,

    /// <summary>公务用车运行维护费.</summary>
    VehicleOperation = 23,

    /// <summary>机关运行经费.</summary>
    OperatingExpenses = 24,

    /// <summary>政府采购预算总额.</summary>
    ProcurementTotal = 25,

    /// <summary>政府采购货物预算.</summary>
    ProcurementGoods = 26,

    /// <summary>政府采购工程预算.</summary>
    ProcurementWorks = 27,

    /// <summary>政府采购服务预算.</summary>
    ProcurementServices = 28,

    /// <summary>整体绩效目标涉及资金.</summary>
    OverallPerformanceFunds = 29,

    /// <summary>Projects under performance management (纳入绩效目标管理的项目): count or amount.</summary>
    PerformanceProjects = 30,

    /// <summary>Projects of one category (<see cref="FactSubject.Category"/>): count or amount.</summary>
    ProjectsByCategory = 31,

    /// <summary>Projects whose targets are disclosed (公开项目绩效目标): count, amount or share.</summary>
    DisclosedPerformanceProjects = 32,

    /// <summary>One project by name (<see cref="FactSubject.Name"/>).</summary>
    Project = 33,

    /// <summary>公务用车: vehicles (实有).</summary>
    Vehicles = 34,

    /// <summary>公务用车编制.</summary>
    AuthorizedVehicles = 35,

    /// <summary>办公用房建筑总面积.</summary>
    OfficeFloorArea = 36,

    /// <summary>Equipment worth more than a threshold (通用设备 …台（套）).</summary>
    Equipment = 37,

    /// <summary>Expenditure of all funds (支出预算总计, 表三 支出总表) of one function class (<see cref="FactSubject.Code"/>).</summary>
    ExpenditureByClass = 38,

    /// <summary>Revenue of one kind of 单位资金 (事业收入, 事业单位经营收入, 上级补助收入, 附属单位上缴收入, 其他收入), its
    /// official label in <see cref="FactSubject.Name"/>: 表一's line of that kind.</summary>
    UnitFundsRevenue = 39,

    /// <summary>年终结转结余 (expenditure side): 表一's 年终结转结余 line.</summary>
    YearEndCarryForward = 40,

    /// <summary>An expenditure line of a unit with income of its own besides basic and project expenditure (事业单位经营支出,
    /// 上缴上级支出, 对附属单位补助支出), named in <see cref="FactSubject.Name"/>.</summary>
    OtherExpenditureLine = 41,

    /// <summary>一般公共预算基本支出: the total of the 一般公共预算基本支出 table.</summary>
    GeneralBudgetBasic = 42,

    /// <summary>财政拨款基本支出: the basic expenditure of 财政拨款 (表四's 基本支出 column).</summary>
    FiscalBasicExpenditure = 43,

    /// <summary>一般公共预算 expenditure (基本支出 and 项目支出) of one economic class (<see cref="FactSubject.Economic"/>, of
    /// either system: 工资福利支出（301）, 机关工资福利支出（501）).</summary>
    GeneralBudgetByEconomicClass = 48,

    /// <summary>一般公共预算基本支出 of one economic class (<see cref="FactSubject.Economic"/>): the explanation of the
    /// basic expenditure table (工资福利支出911.21万元，占支出预算的54.15%).</summary>
    GeneralBudgetBasicByEconomicClass = 49,

    /// <summary>政府性基金预算 (of the unit): the subject of a statement that there is none.</summary>
    GovernmentFundBudget = 60,

    /// <summary>国有资本经营预算 (of the unit): the subject of a statement that there is none.</summary>
    StateCapitalBudget = 61,

    /// <summary>公务用车购置及运行（维护）费: the vehicle subtotal of the 三公 expenses (购置费 + 运行维护费).</summary>
    VehiclePurchaseAndOperation = 62,

    /// <summary>因公出国（境）团组: the number of groups sent abroad (…个团组).</summary>
    OverseasGroups = 63,

    /// <summary>因公出国（境）人次: the number of people in the groups sent abroad (…人次 / …人).</summary>
    OverseasTravellers = 64,

    /// <summary>公务接待批次: the number of official receptions (…批次).</summary>
    ReceptionBatches = 65,

    /// <summary>公务接待人次: the number of people received (…人次).</summary>
    ReceptionVisitors = 66,

    /// <summary>Vehicles the budget buys this year (预算安排购置车辆…辆); a kind of vehicle in <see cref="FactSubject.Name"/>.</summary>
    PurchasedVehicles = 67,

    /// <summary>Equipment over a value the budget buys this year (安排购置单价100万元以上设备…台（套）); the threshold in
    /// <see cref="FactSubject.Name"/>.</summary>
    PurchasedEquipment = 68,

    /// <summary>政府采购预算 reserved for small and medium firms (预留给中小企业): amount or share of the procurement total.</summary>
    ProcurementSmallFirms = 69,

    /// <summary>会议费 (not a “三公” expense; the “三公” table prints it in some provinces, the economic classes as 30215).</summary>
    Meetings = 70,

    /// <summary>培训费 (not a “三公” expense; the “三公” table prints it in some provinces, the economic classes as 30216).</summary>
    Training = 71,

    /// <summary>委托业务费 (economic class 30227), of the fund in <see cref="FactSubject.Source"/> when the prose names one.</summary>
    CommissionedServices = 72,

    /// <summary>固定资产: the unit's fixed assets (总量, 原值); one kind of them (房屋和构筑物, 设备 …) in <see cref="FactSubject.Name"/>.</summary>
    FixedAssets = 73,

    /// <summary>固定资产 the budget buys this year (拟购置固定资产…万元).</summary>
    PurchasedFixedAssets = 74,

    /// <summary>Anything else, named in <see cref="FactSubject.Name"/>.</summary>
    Other = 99,
}
