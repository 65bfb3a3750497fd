namespace BudgetModel.Validation;

/// <summary>
/// What the culprit search needs from a validation run. The first run only notes whether any relation among table
/// cells broke beyond rounding (<see cref="HasCellErrors"/>); only then do the rules run a second time, while
/// <see cref="Recording"/>, with their findings suppressed, and every relation among table cells they evaluate, held
/// or not, is kept (<see cref="Relations"/>). A disclosure with no broken relation among cells pays nothing for the
/// search. Rules never see this: <see cref="ValidationContext"/> suppresses their findings and registers their
/// relations.
/// </summary>
internal sealed class CulpritRecorder
{
    private readonly List<RelationRecord> _relations = [];

    /// <summary>True during the second run, which only records relations.</summary>
    internal bool Recording { get; private set; }

    /// <summary>True when a relation among table cells was found broken beyond rounding (an error the culprit search
    /// may explain).</summary>
    internal bool HasCellErrors { get; private set; }

    /// <summary>Every relation between table cells evaluated during the recording run, satisfied or not.</summary>
    internal IReadOnlyList<RelationRecord> Relations => _relations;

    /// <summary>Starts the recording run.</summary>
    internal void Start() => Recording = true;

    /// <summary>Ends the recording run.</summary>
    internal void Stop() => Recording = false;

    /// <summary>Notes an evaluated relation: during the recording run keeps it when it relates table cells (and
    /// constants only besides); otherwise notes whether it is an error among table cells. A relation with a figure
    /// that is neither a cell nor an exact zero (a sheet amount, a stated amount) stays out of the search.</summary>
    internal void Register(Finding? finding, Money difference, RoundingBound bound, Figure actual, ReadOnlySpan<Term> parts)
    {
        if (!Recording && finding is not { Severity: Severity.Error })
        {
            return;
        }
        bool anyCell = actual.IsCell;
        if (!anyCell && !IsConstant(actual))
        {
            return;
        }
        foreach (var part in parts)
        {
            var figure = part.Figure;
            if (figure.IsCell)
            {
                anyCell = true;
            }
            else if (!IsConstant(figure))
            {
                return;
            }
        }
        if (!anyCell)
        {
            return;
        }
        if (Recording)
        {
            _relations.Add(new RelationRecord(finding, difference, bound, actual, parts.ToArray()));
        }
        else
        {
            HasCellErrors = true;
        }

        // An exact zero for an absent row is a constant.
        static bool IsConstant(Figure figure) => figure.Amount.IsZero && figure.Precision is null;
    }
}
