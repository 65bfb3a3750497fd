using BudgetModel.Disclosure;
using System.Text;
using BudgetModel.Import;
using BudgetModel.Reports;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>What the text report says about an imported document: unit, year and how much was found.</summary>
internal sealed record DocumentSummary(string UnitName, int BudgetYear, int Tables, int ProjectSheets, bool HasOverallSheet, int Facts)
{
    internal static DocumentSummary Of(BudgetDisclosure d) =>
        new(d.Unit.Name, d.BudgetYear, d.Tables.Count, d.ProjectSheets.Count, d.OverallSheet is not null, d.Facts.Count);
}
