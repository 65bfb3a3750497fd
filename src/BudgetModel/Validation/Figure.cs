using System.Globalization;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>A published figure taking part in a relation: amount, precision (null for an exact figure), table cell
/// and source line when known, and a label for messages (given, or made from the cell, or from where an unprinted
/// cell would be, only when a message asks for it). A table figure refers to its row; the row's print position and
/// key are looked up only when <see cref="Cell"/> or <see cref="Label"/> is asked for, so a relation that holds costs
/// no lookup. Kept small: relations hold arrays of them.</summary>
internal readonly struct Figure
{
    private const byte HasCell = 1, HasPosition = 2, HasPrecision = 4, HasLine = 8;

    private readonly object? _label;
    private readonly TableIndex? _table;
    private readonly TableRow? _row;
    private readonly PublishedPrecision _precision;
    private readonly int _position;
    private readonly int _line;
    private readonly TableColumn _column;
    private readonly byte _flags;

    /// <summary>A figure that is not a table cell.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="precision">The precision it was published at; null for an exact figure.</param>
    /// <param name="line">The source line.</param>
    /// <param name="label">The label for messages: a string, or a <see cref="ProseFact"/> whose wording labels it.</param>
    private Figure(Money amount, PublishedPrecision? precision, int? line, object? label)
    {
        Amount = amount;
        _label = label;
        byte flags = 0;
        if (precision is { } p)
        {
            _precision = p;
            flags |= HasPrecision;
        }
        if (line is { } l)
        {
            _line = l;
            flags |= HasLine;
        }
        _flags = flags;
    }

    /// <summary>A cell of a table (<paramref name="isCell"/>), or an exact zero for a column the row does not print.</summary>
    internal Figure(Money amount, TableIndex table, TableRow row, int position, TableColumn column, object? label, bool isCell)
    {
        Amount = amount;
        _label = label;
        (_table, _row, _position, _column) = (table, row, position, column);
        byte flags = isCell ? (byte)(HasCell | HasPrecision) : HasPosition;
        if (isCell)
        {
            _precision = table.Table.Precision;
        }
        if (row.Line is { } l)
        {
            _line = l;
            flags |= HasLine;
        }
        _flags = flags;
    }

    /// <summary>The amount.</summary>
    internal Money Amount { get; }

    /// <summary>The precision it was published at; null for an exact figure.</summary>
    internal PublishedPrecision? Precision => (_flags & HasPrecision) != 0 ? _precision : null;

    /// <summary>True when the figure is a table cell.</summary>
    internal bool IsCell => (_flags & HasCell) != 0;

    /// <summary>The table cell, when the figure is one.</summary>
    internal CellLocation? Cell => IsCell ? _table!.Location(_row!, _position, _column) : null;

    /// <summary>The source line, when known.</summary>
    internal int? Line => (_flags & HasLine) != 0 ? _line : null;

    /// <summary>The label for messages: the given one, the prose's wording of a stated figure, else <c>T3[2150517].合计</c>.</summary>
    internal string Label => _label switch
    {
        string text => text,
        ProseFact fact => Rules.ProseRules.StatedLabel(fact),
        Rules.ProjectMatch match => Rules.PerformanceRules.TotalLabel(match),
        Rules.ProjectRef project => string.Create(CultureInfo.InvariantCulture, $"T{(int)project.Table.Kind} '{project.Row.Name}'"),
        _ => (_flags & (HasCell | HasPosition)) != 0
            ? string.Create(CultureInfo.InvariantCulture, $"T{(int)_table!.Table.Kind}[{_table.Location(_row!, _position, _column).RowKey}].{_column.ChineseName()}")
            : string.Empty,
    };

    /// <summary>A figure that is not a table cell (a sheet amount, a stated amount).</summary>
    internal static Figure Of(Money amount, PublishedPrecision? precision, int? line, string label) => new(amount, precision, line, label);

    /// <summary>An exact figure outside the tables (a row a table does not print).</summary>
    internal static Figure Exact(Money amount, string label) => new(amount, null, null, label);

    /// <summary>The amount a prose fact states (labelled by its wording when a message needs it).</summary>
    internal static Figure Stated(ProseFact fact) => Stated(fact, fact.Amount!.Value);

    /// <summary>The amount a prose fact states, <paramref name="amount"/> being its <see cref="ProseFact.Amount"/>.</summary>
    internal static Figure Stated(ProseFact fact, Money amount) => new(amount, fact.Precision, fact.Line, fact);
}
