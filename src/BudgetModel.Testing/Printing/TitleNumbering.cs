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

    /// <summary>A form number before the title, apart from it: 预算01表 收支总表 (Beijing).</summary>
    FormNumberPrefix,

    /// <summary>表1： run into the title: 表1：2026年部门收支预算总表 (Hangzhou).</summary>
    ArabicColonPrefix,

    /// <summary>1. before the title, apart from it: 1. 2025年部门财务收支预算总表 (Shanghai).</summary>
    DottedPrefix,

    /// <summary>The table's entry of the contents on its own line above the title: 一、收支预算总表 (Fuzhou).</summary>
    OrdinalLine,

    /// <summary>表1 on its own line above the title (Guangzhou, Xi'an).</summary>
    ArabicLine,

    /// <summary>表一 on its own line above the title (Chongqing).</summary>
    ChineseLine,

    /// <summary>公开表1 on its own line above the title (Yantai).</summary>
    PublicLine,

    /// <summary>The number in brackets after the title: 收支总表（预算表1） (Changchun).</summary>
    BracketedSuffix,

    /// <summary>表 1 on its own line above the title, the number set apart from 表 (Shenzhen: 表  1 over 收支总表).</summary>
    SpacedArabicLine,
}
