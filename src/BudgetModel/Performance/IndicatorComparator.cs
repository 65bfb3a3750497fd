namespace BudgetModel.Performance;

/// <summary>The comparator of a quantitative 指标值 (<c>≥90%</c>, <c>&lt;1天</c>); <c>default</c> is <see cref="None"/>.</summary>
public enum IndicatorComparator : byte
{
    /// <summary>No comparator: the value is a plain target (<c>350户</c>).</summary>
    None = 0,

    /// <summary>≥ (also <c>&gt;=</c>, <c>≧</c>, <c>不低于</c>, <c>不少于</c>, <c>不小于</c>, a trailing <c>以上</c>).</summary>
    AtLeast = 1,

    /// <summary>≤ (also <c>&lt;=</c>, <c>≦</c>, <c>不高于</c>, <c>不超过</c>, <c>不大于</c>, a trailing <c>以下</c> or <c>以内</c>).</summary>
    AtMost = 2,

    /// <summary>&gt; (also full-width <c>＞</c>, <c>大于</c>, <c>高于</c>, <c>超过</c>, <c>多于</c>).</summary>
    GreaterThan = 3,

    /// <summary>&lt; (also full-width <c>＜</c>, <c>小于</c>, <c>低于</c>, <c>少于</c>).</summary>
    LessThan = 4,

    /// <summary>= (also full-width <c>＝</c>, <c>等于</c>).</summary>
    Equal = 5,
}
