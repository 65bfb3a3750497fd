using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A row of the basic-expenditure economic table (table 6): both economic codes or at least both names.</summary>
public sealed class EconomicRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="departmentCode">The 部门预算支出经济分类 code, when known.</param>
    /// <param name="departmentName">The 部门预算支出经济科目名称 as printed.</param>
    /// <param name="governmentCode">The 政府预算支出经济分类 code, when known.</param>
    /// <param name="governmentName">The 政府预算支出经济科目名称 as printed, or null for a class row.</param>
    /// <param name="isClass">True for a 类 row (工资福利支出), false for a 款 row.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    public EconomicRow(EconomicCode? departmentCode, string departmentName, EconomicCode? governmentCode, string? governmentName, bool isClass, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(departmentName, columns, values, line, RowRole.Detail)
    {
        DepartmentCode = departmentCode;
        GovernmentCode = governmentCode;
        GovernmentName = governmentName;
        IsClass = isClass;
    }

    /// <summary>The 部门预算支出经济分类 code, when known.</summary>
    public EconomicCode? DepartmentCode { get; }

    /// <summary>The 部门预算支出经济科目名称 as printed (the same as <see cref="TableRow.Name"/>).</summary>
    public string DepartmentName => Name;

    /// <summary>The 政府预算支出经济分类 code, when known.</summary>
    public EconomicCode? GovernmentCode { get; }

    /// <summary>The 政府预算支出经济科目名称 as printed, when the row has one.</summary>
    public string? GovernmentName { get; }

    /// <summary>True for a 类 row (its 款 rows follow it), false for a 款 row.</summary>
    public bool IsClass { get; }

    /// <inheritdoc />
    public override string Key => DepartmentCode?.Value ?? Name;

    private protected override TableRow WithValues(Money[] values) => new EconomicRow(DepartmentCode, Name, GovernmentCode, GovernmentName, IsClass, Columns, values, Line);
}
