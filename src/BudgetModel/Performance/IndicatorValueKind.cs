namespace BudgetModel.Performance;

/// <summary>What a 指标值 is; <c>default</c> is <see cref="Empty"/>.</summary>
public enum IndicatorValueKind : byte
{
    /// <summary>No value: the cell is empty (sheets have empty rows).</summary>
    Empty = 0,

    /// <summary>An optional comparator, a number and a unit: <c>≥90%</c>, <c>350户</c>, <c>28.205万元</c>.</summary>
    Quantitative = 1,

    /// <summary>Text: <c>及时</c>, <c>有效提升</c>, <c>提高97%</c>.</summary>
    Qualitative = 2,
}
