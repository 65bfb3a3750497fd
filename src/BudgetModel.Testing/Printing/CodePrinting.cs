namespace BudgetModel.Testing.Printing;

/// <summary>How classification codes are printed in the tables of 支出功能分类 and 经济分类 rows.</summary>
public enum CodePrinting
{
    /// <summary>One column: 2010801.</summary>
    Whole,

    /// <summary>Columns 类 | 款 | 项: 201 | 08 | 01 (a 类 row fills 类 only).</summary>
    Split,

    /// <summary>No code: the name with its ordinal (一、… （一）… 1.…) for function rows; economic rows keep their code.</summary>
    NamesWithOrdinals,
}
