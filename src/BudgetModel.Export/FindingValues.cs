using BudgetModel.Validation;

namespace BudgetModel.Export;

/// <summary>The one place the export reads a finding's figures: expected, actual and difference in the finding's
/// unit, and the rounding bound in 元. Should <see cref="Finding"/>'s figures change type (to <see cref="Money"/>, say),
/// only this function changes.</summary>
internal static class FindingValues
{
    /// <summary>The figures of a finding as the <c>findings</c> columns hold them.</summary>
    internal static (decimal? Expected, decimal? Actual, decimal? Difference, string? Unit, decimal? BoundYuan) Of(Finding finding) =>
        (finding.Expected, finding.Actual, finding.Difference, finding.Unit, finding.Bound?.Yuan);
}
