namespace BudgetModel.Testing.Printing;

/// <summary>How table titles are worded (the wordings real documents use for the same table).</summary>
public enum TitleWording
{
    /// <summary>部门收支总表, 部门支出总表, 一般公共预算支出表, 一般公共预算基本支出表, 政府性基金预算支出表.</summary>
    Department,

    /// <summary>收支预算总表, 支出预算总表, 一般公共预算支出预算表, 一般公共预算基本支出预算表, 政府性基金预算支出预算表.</summary>
    Budget,

    /// <summary>The year first: 2024年部门收支总表 and so on (the <see cref="Department"/> wording with the year).</summary>
    YearFirst,

    /// <summary>财务收支 with the year (Shanghai): 2024年部门财务收支预算总表, 2024年部门收入预算总表 ….</summary>
    Finance,

    /// <summary>部门综合预算 (Xi'an): 部门综合预算收支总表, 部门综合预算收入总表, 部门综合预算一般公共预算支出表 ….</summary>
    Comprehensive,

    /// <summary>The year with 年度 (Fuzhou): 2024年度收支预算总表, 2024年度一般公共预算支出预算表 ….</summary>
    YearOfBudget,

    /// <summary>总体情况 and 情况 (Guangzhou, Yantai): 收支总体情况表, 收入总体情况表, 一般公共预算支出情况表 ….</summary>
    Overall,

    /// <summary>The <see cref="Overall"/> wording with the year and 单位 (Chongqing): 2024年单位收支总体情况表,
    /// 2024年一般公共预算支出情况表 ….</summary>
    UnitOverall,

    /// <summary>The year and 市级部门 before the <see cref="Budget"/> wording (Hangzhou): 2024年市级部门收支预算总表,
    /// 2024年市级部门一般公共预算支出预算表 ….</summary>
    CityLevel,

    /// <summary>The <see cref="CityLevel"/> wording with 省级 for 市级: 2024年省级部门收支预算总表 ….</summary>
    ProvinceLevel,

    /// <summary>The <see cref="CityLevel"/> wording with 区级 for 市级: 2024年区级部门收支预算总表 ….</summary>
    DistrictLevel,

    /// <summary>The <see cref="Finance"/> wording with 预算单位 for 部门 (Shanghai, a unit's budget):
    /// 2024年预算单位财务收支预算总表, 2024年预算单位收入预算总表 …, 2024年单位“三公”经费预算表.</summary>
    BudgetUnitFinance,
}
