using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Import.Reading;

/// <summary>
/// The 政府采购 explanation: the total (…总额, or the first amount of a sentence that names 政府采购), its parts 货物 / 工程 /
/// 服务, the amount reserved for small and medium firms (预留给中小企业) and its share of the total (read as a share of
/// <see cref="FactTopic.ProcurementTotal"/>), each of one fund when the sentence names one (其中一般公共预算拨款政府采购
/// 504.98万元：政府采购货物预算480.50万元…).
/// </summary>
internal static partial class ProseReader
{
    /// <summary>The procurement figure an amount's label names, carrying the fund of the sentence's head; null for a
    /// figure that is no amount (政府采购项目共有…个).</summary>
    private static FactSubject? ProcurementSubject(string label, string unit, FactSubject? head)
    {
        if (unit is not ("万元" or "元" or "亿元"))
        {
            return null;
        }
        bool Has(string s) => label.Contains(s, StringComparison.Ordinal);
        var source = FundIn(label) ?? head?.Source;
        if (Has("中小企业") || Has("小微企业") || Has("小型、微型企业")) return new(FactTopic.ProcurementSmallFirms, Source: source);
        if (Has("货物")) return new(FactTopic.ProcurementGoods, Source: source);
        if (Has("工程")) return new(FactTopic.ProcurementWorks, Source: source);
        if (Has("服务")) return new(FactTopic.ProcurementServices, Source: source);
        if (Has("总额") || (head is null && Has("采购"))) return new(FactTopic.ProcurementTotal, Source: source);
        return null;
    }

    /// <summary>The budget fund a procurement label names (一般公共预算拨款政府采购…), or null for all funds.</summary>
    private static FundSource? FundIn(string label)
    {
        if (label.Contains("一般公共预算", StringComparison.Ordinal)) return FundSource.GeneralPublicBudget;
        if (label.Contains("政府性基金", StringComparison.Ordinal)) return FundSource.GovernmentFundBudget;
        if (label.Contains("国有资本经营", StringComparison.Ordinal)) return FundSource.StateCapitalOperationBudget;
        return null;
    }
}
