using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>Where a relation's finding points: a location made already, or a row (and column) of a table whose
/// location is made only when a finding needs it.</summary>
internal readonly struct Place
{
    private readonly FindingLocation? _location;
    private readonly BudgetTable? _table;
    private readonly TableRow? _row;
    private readonly TableColumn? _column;
    private readonly ProseFact? _fact;
    private readonly TableKind? _factTable;
    private readonly object? _state;
    private readonly object? _state2;
    private readonly Func<object, object?, FindingLocation>? _make;

    internal Place(BudgetTable table, TableRow row, TableColumn? column)
    {
        (_table, _row, _column) = (table, row, column);
    }

    /// <summary>Where a prose fact is (<see cref="Rules.ProseRules.Where"/>), pointing at a table when given.</summary>
    internal Place(ProseFact fact, TableKind? table)
    {
        (_fact, _factTable) = (fact, table);
    }

    private Place(FindingLocation location)
    {
        _location = location;
    }

    private Place(object state, object? state2, Func<object, object?, FindingLocation> make)
    {
        (_state, _state2, _make) = (state, state2, make);
    }

    /// <summary>The location (<see cref="Rules.At.Row"/> for a row).</summary>
    internal FindingLocation Location =>
        _location
        ?? (_table is not null && _row is not null ? Rules.At.Row(_table, _row, _column)
            : _fact is not null ? Rules.ProseRules.Where(_fact) with { Table = _factTable }
            : _make is not null ? _make(_state!, _state2)
            : FindingLocation.Document);

    /// <summary>A location made by <paramref name="make"/> from one or two objects when a finding needs it (pass a
    /// static lambda, so that nothing is allocated when the relation holds).</summary>
    internal static Place Of(object state, object? state2, Func<object, object?, FindingLocation> make) => new(state, state2, make);

    /// <summary>A location made already.</summary>
    public static implicit operator Place(FindingLocation location) => new(location);
}
