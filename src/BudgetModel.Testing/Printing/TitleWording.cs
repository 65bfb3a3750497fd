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
}
