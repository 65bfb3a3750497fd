namespace BudgetModel.Testing.Printing;

/// <summary>How the unit line above a table is printed.</summary>
public enum UnitLineStyle
{
    /// <summary>单位：万元 at the right.</summary>
    UnitOnly,

    /// <summary>部门名称：… at the left, 单位：万元 at the right.</summary>
    WithDepartment,

    /// <summary>编制单位：… at the left, 金额单位：万元 at the right.</summary>
    CompiledBy,

    /// <summary>（单位：万元） at the right.</summary>
    Parenthesised,
}
