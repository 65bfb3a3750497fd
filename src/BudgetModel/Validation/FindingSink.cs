namespace BudgetModel.Validation;

/// <summary>The findings of one validation run, in report order; closed to new findings while
/// <see cref="Suppressed"/> (the culprit search's recording run).</summary>
internal sealed class FindingSink
{
    private readonly List<Finding> _findings = [];

    /// <summary>The findings so far.</summary>
    internal IReadOnlyList<Finding> Findings => _findings;

    /// <summary>True while findings are dropped.</summary>
    internal bool Suppressed { get; set; }

    /// <summary>Adds a finding unless findings are suppressed.</summary>
    internal void Add(Finding finding)
    {
        if (!Suppressed)
        {
            _findings.Add(finding);
        }
    }
}
