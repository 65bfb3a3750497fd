namespace BudgetModel.Classification;

/// <summary>The four code lists a <see cref="ClassificationCatalog"/> holds (the <c>kind</c> column of the catalog CSV).</summary>
public enum ClassificationKind
{
    /// <summary>支出功能分类 (<see cref="FunctionCode"/>); CSV kind <c>function</c>.</summary>
    Function = 0,

    /// <summary>部门预算支出经济分类 (<see cref="EconomicCode"/>, 3xx); CSV kind <c>economic-department</c>.</summary>
    EconomicDepartment = 1,

    /// <summary>政府预算支出经济分类 (<see cref="EconomicCode"/>, 5xx); CSV kind <c>economic-government</c>.</summary>
    EconomicGovernment = 2,

    /// <summary>收入分类 (<see cref="RevenueCode"/>); CSV kind <c>revenue</c>.</summary>
    Revenue = 3,
}
