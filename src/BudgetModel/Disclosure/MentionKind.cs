using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>What a <see cref="ProseMention"/> mentions.</summary>
public enum MentionKind
{
    /// <summary>The unit's name (cover, table header, prose, sheet).</summary>
    UnitName = 1,

    /// <summary>A function class, section or item named with its code in the prose: 卫生健康支出（210类）, 司法（06款）,
    /// 2080505-机关事业单位基本养老保险缴费支出.</summary>
    FunctionClass = 2,

    /// <summary>A year the prose names (比2023年, 截至2023年12月31日, 2024年度).</summary>
    Year = 3,

    /// <summary>A sentence of the notes that states a figure (an amount in 元 / 万元 / 亿元, a percent) from which no
    /// fact was read: <see cref="ProseMention.Text"/> is the sentence, <see cref="ProseMention.Line"/> the line of its
    /// first figure, <see cref="ProseMention.Context"/> the heading it stands under. Reported as Info
    /// (<c>BM-PROSE-UNREAD</c>), so that the coverage of the notes can be measured.</summary>
    UnreadFigures = 4,
}
