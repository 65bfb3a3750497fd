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

    /// <summary>单位名称：… at the left, 单位：万元 at the right (Chongqing, Guangzhou).</summary>
    UnitNameLabel,

    /// <summary>部门：… at the left, 单位：万元 at the right (Suzhou).</summary>
    DepartmentLabel,

    /// <summary>部门（单位）：… at the left, 单位：万元 at the right (Yantai).</summary>
    DepartmentOrUnitLabel,

    /// <summary>预算单位：… at the left, 单位：万元 at the right (Changchun).</summary>
    BudgetUnitLabel,

    /// <summary>编制部门：… at the left, 单位：元 at the right (Shanghai Putuo).</summary>
    CompiledByDepartment,

    /// <summary>单位：… (the unit's name) at the left and 单位：万元 at the right: the same label for both (Wuxi).</summary>
    UnitNameAsUnit,

    /// <summary>金额单位：万元 at the right (Beijing).</summary>
    AmountUnitOnly,
}
