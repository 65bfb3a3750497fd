namespace BudgetModel.Testing.Printing;

/// <summary>How a printed table is numbered.</summary>
public enum TitleNumbering
{
    /// <summary>No number: the title alone.</summary>
    None,

    /// <summary>表1 before the title.</summary>
    ArabicPrefix,

    /// <summary>表一 before the title.</summary>
    ChinesePrefix,

    /// <summary>公开01表 on its own line above the title.</summary>
    NumberLine,

    /// <summary>附表1 on its own line above the title.</summary>
    AppendixLine,
}
