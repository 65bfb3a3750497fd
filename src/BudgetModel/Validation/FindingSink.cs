namespace BudgetModel.Validation;

/// <summary>The findings of one validation run, in report order; closed to new findings while the culprit search's
/// recording run lasts (<see cref="CulpritRecorder.Recording"/>, the one place that state is kept).</summary>
internal sealed class FindingSink(CulpritRecorder recorder)
{
    private readonly List<Finding> _findings = [];

    /// <summary>The findings so far.</summary>
    internal IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Adds a finding unless the recording run is on.</summary>
    internal void Add(Finding finding)
    {
        if (!recorder.Recording)
        {
            _findings.Add(finding);
        }
    }
}
