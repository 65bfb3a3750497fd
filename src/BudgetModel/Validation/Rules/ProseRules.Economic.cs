using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>The table figures of the economic class topics: 一般公共预算 expenditure of a class (basic and project) in
/// the 一般公共预算支出经济分类表's 合计 column, its basic expenditure in the 一般公共预算基本支出表's 合计 column.</summary>
internal static partial class ProseRules
{
    /// <summary>The terms of an economic class topic; null when no table states the figure.</summary>
    private static Term[]? EconomicTerms(ValidationContext c, FactSubject s)
    {
        var d = c.Disclosure;
        if (s.Economic is not { IsEmpty: false } code)
        {
            return null;
        }
        return s.Topic switch
        {
            // 一般公共预算支出 by economic class: the table of 一般公共预算 expenditure by economic class (基本支出 + 项目支出).
            FactTopic.GeneralBudgetByEconomicClass => EconomicTerms(c, d.GeneralBudgetExpenditureByEconomic, code, TableColumn.Total),
            // Its basic expenditure: the 一般公共预算基本支出表, else the basic column of the table by economic class.
            FactTopic.GeneralBudgetBasicByEconomicClass => d.GeneralBudgetBasicExpenditure is { } basic
                ? EconomicTerms(c, basic, code, TableColumn.Total)
                : EconomicTerms(c, d.GeneralBudgetExpenditureByEconomic, code, TableColumn.Basic),
            _ => null,
        };
    }

    /// <summary>The figure of <paramref name="code"/> in <paramref name="table"/>'s <paramref name="column"/>: a 部门 code's
    /// row (or, for a 类 the table prints only by its 款, their sum); a 政府 code's 款 rows, by the 政府 code they print or
    /// the catalog maps them to. A 部门 code the table lacks where it lists codes of that level is a row that is not
    /// there (zero); null when the table, the column or (for a 政府 code) the mapping of its rows is missing.</summary>
    private static Term[]? EconomicTerms(ValidationContext c, EconomicTable? table, EconomicCode code, TableColumn column)
    {
        if (table is null || table.EconomicRows.Count == 0 || !table.EconomicRows[0].Has(column))
        {
            return null;
        }
        var terms = new List<Term>();
        if (code.System == EconomicSystem.Department)
        {
            foreach (var row in table.EconomicRows)
            {
                if (row.DepartmentCode == code)
                {
                    return [Term.Plus(c.Cell(table, row, column))];
                }
            }
            foreach (var row in table.EconomicRows)
            {
                if (row.DepartmentCode is { } item && code.IsAncestorOf(item) && !row.IsClass)
                {
                    terms.Add(Term.Plus(c.Cell(table, row, column)));
                }
            }
            bool listsLevel = table.EconomicRows.Any(r => r.DepartmentCode is { } k && k.Level == code.Level);
            return terms.Count > 0 ? [.. terms] : listsLevel ? [Term.Plus(ValidationContext.Absent($"T{(int)table.Kind} (no such row)"))] : null;
        }
        foreach (var row in table.EconomicRows)
        {
            if (row.IsClass)
            {
                continue;
            }
            EconomicCode? government = row.GovernmentCode;
            if (government is null && row.DepartmentCode is { } department && c.Catalog is { } catalog && catalog.TryMapToGovernment(department, out var mapped))
            {
                government = mapped;
            }
            if (government is not { } g)
            {
                return null;
            }
            if (g == code || code.IsAncestorOf(g))
            {
                terms.Add(Term.Plus(c.Cell(table, row, column)));
            }
        }
        return terms.Count > 0 ? [.. terms] : null;
    }
}
