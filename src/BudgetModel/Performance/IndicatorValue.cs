namespace BudgetModel.Performance;

/// <summary>
/// A 指标值: quantitative (an optional comparator, a number and a unit: <c>≥90%</c>, <c>350户</c>,
/// <c>28.205万元</c>) or qualitative text (<c>及时</c>, <c>有效提升</c>).
/// </summary>
public sealed partial class IndicatorValue
{
    private IndicatorValue(string text) => Text = text;

    /// <summary>The value as published.</summary>
    public string Text { get; }

    /// <summary>Reads a 指标值 as published.</summary>
    /// <param name="text">The published text.</param>
    public static IndicatorValue Parse(string text)
    {
        Guard.Against.Null(text);
        return new IndicatorValue(text.Trim());
    }

    /// <summary>The published text.</summary>
    public override string ToString() => Text;
}
