using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// What a rule sees while it runs: the disclosure, the options, the classification catalog edition of the budget
/// year, and the sink for findings. One context serves one validation run; it is not thread-safe.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<Finding> _findings = [];
    private readonly List<RelationRecord> _relations = [];
    private readonly Dictionary<BudgetTable, TableIndex> _rowIndexes = new(16, ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object> _memo = new(StringComparer.Ordinal);
    private Term[] _scratch = new Term[16];

    /// <summary>The builder of the messages of broken relations (one at a time; <see cref="RelationText"/> writes the
    /// description into it first).</summary>
    private readonly StringBuilder _message = new(256);
    private IReadOnlyList<TableColumn>? _lastColumns;
    private int[] _columnPositions = [];
    private BudgetTable? _lastTable;
    private TableIndex? _lastIndex;

    internal ValidationContext(BudgetDisclosure disclosure, ValidationOptions options, ClassificationCatalog? catalog)
    {
        Disclosure = disclosure;
        Options = options;
        Catalog = catalog;
    }

    /// <summary>The disclosure under validation.</summary>
    public BudgetDisclosure Disclosure { get; }

    /// <summary>The options of this run.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The catalog edition for the disclosure's budget year (or the nearest earlier one); null when the
    /// options' catalog set has none, in which case the code rules stay silent.</summary>
    public ClassificationCatalog? Catalog { get; }

    /// <summary>The findings reported so far, in report order.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Adds a finding to the report.</summary>
    /// <param name="finding">The finding.</param>
    public void Report(Finding finding)
    {
        Guard.Against.Null(finding);
        if (!Recording)
        {
            _findings.Add(finding);
        }
    }

    /// <summary>
    /// True while the rules run a second time only to record the relations among table cells for the culprit search
    /// (<see cref="Relations"/>); findings are not reported again. The first run records nothing, so a disclosure
    /// with no broken relation among cells pays nothing for the search.
    /// </summary>
    internal bool Recording { get; private set; }

    /// <summary>True when a relation among table cells was found broken beyond rounding (an error the culprit search
    /// may explain).</summary>
    internal bool HasCellErrors { get; private set; }

    /// <summary>The message builder, cleared (see <see cref="RelationText"/>).</summary>
    internal StringBuilder MessageBuilder() => _message.Clear();

    /// <summary>Starts the recording run (<see cref="Recording"/>).</summary>
    internal void StartRecording() => Recording = true;

    /// <summary>Ends the recording run: findings are reported again, relations no longer recorded.</summary>
    internal void StopRecording() => Recording = false;

    /// <summary>The id of the rule running now (findings made by the helpers carry it).</summary>
    internal string RuleId { get; set; } = string.Empty;

    /// <summary>Every relation between table cells evaluated so far, satisfied or not (for the culprit search).</summary>
    internal IReadOnlyList<RelationRecord> Relations => _relations;

    /// <summary>A value computed once per run and shared by rules (the project-to-sheet matching, for example).</summary>
    internal T Memo<T>(string key, Func<ValidationContext, T> compute) where T : class
    {
        if (_memo.TryGetValue(key, out var value))
        {
            return (T)value;
        }
        var result = compute(this);
        _memo[key] = result;
        return result;
    }

    // ---------------------------------------------------------------- figures

    /// <summary>The index of a table's rows, made once per table and run (the last one is kept at hand, since rules
    /// look up many cells of one table in a row).</summary>
    private TableIndex IndexOf(BudgetTable table)
    {
        if (ReferenceEquals(table, _lastTable))
        {
            return _lastIndex!;
        }
        if (!_rowIndexes.TryGetValue(table, out var index))
        {
            _rowIndexes.Add(table, index = new TableIndex(table));
        }
        (_lastTable, _lastIndex) = (table, index);
        return index;
    }

    /// <summary>The figure in one cell of the row at <paramref name="rowIndex"/> of the table's rows.</summary>
    internal Figure CellAt(BudgetTable table, int rowIndex, TableColumn column) =>
        Cell(IndexOf(table), table.Rows[rowIndex], rowIndex, column, null);

    /// <summary>The position of <paramref name="column"/> in <paramref name="columns"/>, or −1. The rows of a table
    /// share one list of columns, so the positions are worked out once per list in a row of lookups.</summary>
    private int ColumnPosition(IReadOnlyList<TableColumn> columns, TableColumn column)
    {
        if (!ReferenceEquals(columns, _lastColumns))
        {
            int size = 0;
            for (int i = 0; i < columns.Count; i++)
            {
                size = Math.Max(size, (int)columns[i] + 1);
            }
            if (_columnPositions.Length < size)
            {
                _columnPositions = new int[Math.Max(size, 16)];
            }
            _columnPositions.AsSpan().Fill(-1);
            for (int i = columns.Count - 1; i >= 0; i--)
            {
                if ((int)columns[i] >= 0)
                {
                    _columnPositions[(int)columns[i]] = i;
                }
            }
            _lastColumns = columns;
        }
        int k = (int)column;
        return (uint)k < (uint)_columnPositions.Length ? _columnPositions[k] : -1;
    }

    /// <summary>The published figure in one cell; a column the row does not print is an exact zero with no cell.
    /// Without <paramref name="label"/> the figure is labelled <c>T3[2150517].合计</c> when a message needs it. The
    /// row's print position and key are looked up only when a finding or the culprit search needs the cell's
    /// location.</summary>
    internal Figure Cell(BudgetTable table, TableRow row, TableColumn column, string? label = null) =>
        Cell(IndexOf(table), row, TableIndex.Unknown, column, label);

    /// <summary>The 合计 of a project's row, labelled <c>T12 '项目'</c> when a message needs it.</summary>
    internal Figure Cell(Rules.ProjectRef project) =>
        Cell(IndexOf(project.Table), project.Row, TableIndex.Unknown, TableColumn.Total, project);

    /// <summary>The 合计 of a matched project's row, labelled by the match when a message needs it.</summary>
    internal Figure Cell(Rules.ProjectMatch match) =>
        Cell(IndexOf(match.Project.Table), match.Project.Row, TableIndex.Unknown, TableColumn.Total, match);

    private Figure Cell(TableIndex index, TableRow row, int position, TableColumn column, object? label)
    {
        int at = ColumnPosition(row.Columns, column);
        return at >= 0
            ? new Figure(row.Values[at], index, row, position, column, label, isCell: true)
            : new Figure(Money.Zero, index, row, position, column, label, isCell: false);
    }

    /// <summary>The figures of one column over rows of a table, each with the sign +, as the parts of a sum. The
    /// span is a buffer of the context, valid until the next call (pass it straight to <see cref="Relate"/>).</summary>
    internal ReadOnlySpan<Term> Terms<TRow>(BudgetTable table, IReadOnlyList<TRow> rows, TableColumn column)
        where TRow : TableRow
    {
        var terms = Scratch(rows.Count);
        for (int i = 0; i < terms.Length; i++)
        {
            terms[i] = Term.Plus(Cell(table, rows[i], column));
        }
        return terms;
    }

    /// <summary>A buffer of <paramref name="count"/> terms owned by the context, valid until the next call. Large
    /// buffers come from the shared pool (a sum over 50,000 project rows needs 3 MB) and go back in
    /// <see cref="ReleaseBuffers"/>.</summary>
    internal Span<Term> Scratch(int count)
    {
        if (_scratch.Length < count)
        {
            if (_scratch.Length > 16)
            {
                System.Buffers.ArrayPool<Term>.Shared.Return(_scratch, clearArray: true);
            }
            _scratch = System.Buffers.ArrayPool<Term>.Shared.Rent(Math.Max(count, 2 * _scratch.Length));
        }
        return _scratch.AsSpan(0, count);
    }

    /// <summary>Returns the pooled buffers at the end of the run.</summary>
    internal void ReleaseBuffers()
    {
        if (_scratch.Length > 16)
        {
            System.Buffers.ArrayPool<Term>.Shared.Return(_scratch, clearArray: true);
        }
        _scratch = [];
    }

    /// <summary>An exact zero standing for a row the table does not print.</summary>
    internal static Figure Absent(string label) => Figure.Exact(Money.Zero, label);

    // ---------------------------------------------------------------- relations

    /// <summary>
    /// Checks <c>actual = Σ sign × part</c>. No finding when it holds exactly; an Info <see cref="FindingKind.RoundingDrift"/>
    /// when the difference is within the rounding bound of the figures; an Error <see cref="FindingKind.Inconsistency"/>
    /// beyond it. The bound is the sum of the half-units of the parts, plus the actual's own half-unit when it is
    /// published at another precision than the parts (a cross-unit comparison adds both sides' half units).
    /// </summary>
    /// <param name="actual">The figure on the left.</param>
    /// <param name="parts">The signed figures whose sum it should equal (copied when kept for the culprit search).</param>
    /// <param name="where">Where a finding points.</param>
    /// <param name="what">What the relation says, for the message: formatted only when the relation does not hold.</param>
    /// <param name="beyond">The severity of a difference beyond the bound: Error, or Warning for a relation that holds in
    /// most provinces but not certainly in all.</param>
    internal Finding? Relate(Figure actual, ReadOnlySpan<Term> parts, Place where,
        [InterpolatedStringHandlerArgument("", nameof(actual), nameof(parts))] RelationText what, Severity beyond = Severity.Error)
    {
        if (!Recording && (what.KnownToHold ?? Holds(actual, parts)))
        {
            return null;
        }
        var expected = Money.Zero;
        var bound = RoundingBound.Zero;
        bool crossPrecision = false;
        foreach (var term in parts)
        {
            expected = term.Sign >= 0 ? expected + term.Figure.Amount : expected - term.Figure.Amount;
            if (term.Figure.Precision is { } p)
            {
                bound += p.HalfUnit;
                if (actual.Precision is { } ap && ap != p)
                {
                    crossPrecision = true;
                }
            }
        }
        if (crossPrecision && actual.Precision is { } own)
        {
            bound += own.HalfUnit;
        }
        var difference = actual.Amount - expected;

        Finding? finding = null;
        if (!difference.IsZero)
        {
            var unit = actual.Precision?.Unit ?? FirstPrecision(parts)?.Unit ?? MoneyUnit.Wan;
            int decimals = actual.Precision?.Decimals ?? 2;
            bool drift = bound.Contains(difference);
            var location = where.Location with { Cells = CellsOf(actual, parts), Lines = LinesOf(actual, parts) };
            var sb = what.Written(_message);
            sb.Append(CultureInfo.InvariantCulture, $": {actual.Label} = {Format(actual.Amount.In(unit), decimals)} {UnitLabel(unit)} but ");
            Describe(sb, parts);
            sb.Append(CultureInfo.InvariantCulture, $" = {Format(expected.In(unit), decimals)}; difference {Format(difference.In(unit), decimals)}, rounding bound ±{Format(BoundIn(bound, unit), decimals)}");
            sb.Append(drift ? " (rounding drift, not an error)." : ".");
            string message = sb.ToString();
            finding = new Finding(RuleId, drift ? Severity.Info : beyond, drift ? FindingKind.RoundingDrift : FindingKind.Inconsistency, message, location)
            {
                Expected = expected.In(unit),
                Actual = actual.Amount.In(unit),
                Unit = UnitLabel(unit),
                Bound = bound,
            };
            Report(finding);
        }
        Register(finding, difference, bound, actual, parts);
        return finding;
    }

    /// <summary>Checks that two published copies of one figure agree: <c>actual = expected</c>.</summary>
    internal Finding? Same(Figure actual, Figure expected, Place where,
        [InterpolatedStringHandlerArgument("", nameof(actual), nameof(expected))] RelationText what, Severity beyond = Severity.Error)
    {
        var term = new Term(expected, 1);
        return Relate(actual, new ReadOnlySpan<Term>(in term), where, what, beyond);
    }

    /// <summary>True when <c>actual = Σ sign × part</c> holds exactly (no finding).</summary>
    internal static bool Holds(Figure actual, ReadOnlySpan<Term> parts)
    {
        var expected = Money.Zero;
        foreach (var term in parts)
        {
            expected = term.Sign >= 0 ? expected + term.Figure.Amount : expected - term.Figure.Amount;
        }
        return actual.Amount == expected;
    }

    private static PublishedPrecision? FirstPrecision(ReadOnlySpan<Term> parts)
    {
        foreach (var term in parts)
        {
            if (term.Figure.Precision is { } p)
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Reports a finding made by the running rule.</summary>
    internal Finding Report(Severity severity, FindingKind kind, FindingLocation where, string message)
    {
        var finding = new Finding(RuleId, severity, kind, message, where);
        Report(finding);
        return finding;
    }

    /// <summary>Keeps a relation among table cells for the culprit search: it refers to the figures (the cells are
    /// listed only when the search needs them, <see cref="RelationRecord.Terms"/>).</summary>
    private void Register(Finding? finding, Money difference, RoundingBound bound, Figure actual, ReadOnlySpan<Term> parts)
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

        // An exact zero for an absent row is a constant; any other figure without a cell (a sheet, the prose)
        // keeps the relation out of the culprit search.
        static bool IsConstant(Figure figure) => figure.Amount.IsZero && figure.Precision is null;
    }

    private static IReadOnlyList<CellLocation> CellsOf(Figure actual, ReadOnlySpan<Term> parts)
    {
        var cells = new List<CellLocation>(parts.Length + 1);
        if (actual.Cell is { } a) cells.Add(a);
        foreach (var part in parts)
        {
            if (part.Figure.Cell is { } c && !cells.Contains(c)) cells.Add(c);
        }
        return cells;
    }

    private static IReadOnlyList<int> LinesOf(Figure actual, ReadOnlySpan<Term> parts)
    {
        var lines = new int[parts.Length + 1];
        int n = 0;
        if (actual.Line is { } a) lines[n++] = a;
        foreach (var part in parts)
        {
            if (part.Figure.Line is { } l) lines[n++] = l;
        }
        if (n == 0)
        {
            return [];
        }
        var known = lines.AsSpan(0, n);
        known.Sort();
        int distinct = 1;
        for (int i = 1; i < known.Length; i++)
        {
            if (known[i] != known[distinct - 1])
            {
                known[distinct++] = known[i];
            }
        }
        return distinct == lines.Length ? lines : known[..distinct].ToArray();
    }

    private static void Describe(StringBuilder sb, ReadOnlySpan<Term> parts)
    {
        if (parts.Length == 0)
        {
            sb.Append("nothing");
            return;
        }
        if (parts.Length > 6 && AllPlus(parts))
        {
            sb.Append(CultureInfo.InvariantCulture, $"the sum of {parts.Length} rows");
            return;
        }
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(parts[i].Sign < 0 ? " − " : " + ");
            }
            else if (parts[i].Sign < 0)
            {
                sb.Append("− ");
            }
            sb.Append(parts[i].Figure.Label);
        }
    }

    private static bool AllPlus(ReadOnlySpan<Term> parts)
    {
        foreach (var part in parts)
        {
            if (part.Sign <= 0)
            {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- formatting

    /// <summary>A bound expressed in a unit.</summary>
    internal static decimal BoundIn(RoundingBound bound, MoneyUnit unit) => bound.HalfFen / 2m / Money.FenPer(unit);

    /// <summary>The Chinese label of a money unit: 元, 万元, 亿元.</summary>
    internal static string UnitLabel(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.Wan => "万元",
        _ => "亿元",
    };

    /// <summary>A number with at least <paramref name="minDecimals"/> places and no trailing noise.</summary>
    internal static string Format(decimal value, int minDecimals)
    {
        var rounded = Math.Round(value, minDecimals);
        return rounded == value
            ? value.ToString("F" + minDecimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value.ToString("0.##########", CultureInfo.InvariantCulture);
    }
}

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

/// <summary>
/// The rows of one table as the validator addresses them: each row's print position (by reference; a row printed
/// twice keeps its first) and key, both made only when a cell location is first needed (a finding, the culprit
/// search), then kept for the run.
/// </summary>
internal sealed class TableIndex(BudgetTable table)
{
    /// <summary>The position of a figure whose row's position has not been looked up.</summary>
    internal const int Unknown = -2;

    private Dictionary<TableRow, int>? _positions;
    private string?[]? _keys;

    internal BudgetTable Table { get; } = table;

    /// <summary>The location of a cell; <paramref name="position"/> is the row's print position when known, else <see cref="Unknown"/>.</summary>
    internal CellLocation Location(TableRow row, int position, TableColumn column)
    {
        if (position == Unknown)
        {
            position = PositionOf(row);
        }
        string key = position < 0 ? row.Key : (_keys ??= new string?[Table.Rows.Count])[position] ??= row.Key;
        return new CellLocation(Table.Kind, position, key, column);
    }

    private int PositionOf(TableRow row)
    {
        if (_positions is null)
        {
            var rows = Table.Rows;
            _positions = new Dictionary<TableRow, int>(rows.Count, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < rows.Count; i++)
            {
                _positions.TryAdd(rows[i], i);
            }
        }
        return _positions.TryGetValue(row, out int position) ? position : -1;
    }
}

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

/// <summary>A figure with its sign in a sum.</summary>
internal readonly record struct Term(Figure Figure, int Sign)
{
    internal static Term Plus(Figure f) => new(f, 1);

    internal static Term Minus(Figure f) => new(f, -1);
}

/// <summary>A table cell in a relation with its coefficient: the relation's difference moves by
/// <c>Coefficient × δ</c> when the cell moves by δ.</summary>
internal readonly record struct CellTerm(CellLocation Cell, int Coefficient, Money Value);

/// <summary>A relation among table cells as evaluated: its finding (null when it held exactly), difference and bound,
/// and its figures (<c>actual − Σ sign × part</c>).</summary>
internal sealed class RelationRecord(Finding? finding, Money difference, RoundingBound bound, Figure actual, Term[] parts)
{
    private CellTerm[]? _terms;

    internal Finding? Finding { get; } = finding;

    internal Money Difference { get; } = difference;

    internal RoundingBound Bound { get; } = bound;

    /// <summary>The table cells of the relation with their coefficients (the actual +1, a part −sign); constants
    /// (exact zeros for absent rows) are left out.</summary>
    internal CellTerm[] Terms => _terms ??= MakeTerms();

    private CellTerm[] MakeTerms()
    {
        var terms = new List<CellTerm>(parts.Length + 1);
        if (actual.Cell is { } a)
        {
            terms.Add(new CellTerm(a, 1, actual.Amount));
        }
        foreach (var term in parts)
        {
            if (term.Figure.Cell is { } cell)
            {
                terms.Add(new CellTerm(cell, term.Sign >= 0 ? -1 : 1, term.Figure.Amount));
            }
        }
        return terms.ToArray();
    }
}

/// <summary>
/// The description of a relation for its finding's message, as an interpolated string that is formatted only when
/// the relation does not hold: the handler checks the relation first, and when it holds the holes are not even
/// evaluated, so a relation that holds costs no string.
/// </summary>
[InterpolatedStringHandler]
internal ref struct RelationText
{
    private readonly string? _text;
    private readonly StringBuilder? _builder;
    private readonly bool _checked;

    /// <summary>Starts the description of <c>actual = Σ parts</c>.</summary>
    public RelationText(int literalLength, int formattedCount, ValidationContext context, Figure actual, ReadOnlySpan<Term> parts, out bool shouldAppend)
    {
        _ = literalLength;
        _ = formattedCount;
        _text = null;
        shouldAppend = !ValidationContext.Holds(actual, parts);
        _builder = shouldAppend ? context.MessageBuilder() : null;
        _checked = true;
    }

    /// <summary>Starts the description of <c>actual = expected</c>.</summary>
    public RelationText(int literalLength, int formattedCount, ValidationContext context, Figure actual, Figure expected, out bool shouldAppend)
    {
        _ = literalLength;
        _ = formattedCount;
        _text = null;
        shouldAppend = actual.Amount != expected.Amount;
        _builder = shouldAppend ? context.MessageBuilder() : null;
        _checked = true;
    }

    private RelationText(string text)
    {
        _text = text;
        _builder = null;
        _checked = false;
    }

    /// <summary>Whether the relation holds, when the handler checked it (null for a description made beforehand).</summary>
    internal readonly bool? KnownToHold => _checked ? _builder is null : null;

    /// <summary>A description already made.</summary>
    public static implicit operator RelationText(string text) => new(text);

    /// <summary>Appends literal text.</summary>
    public readonly void AppendLiteral(string value) => _builder!.Append(value);

    /// <summary>Appends a value.</summary>
    public readonly void AppendFormatted<T>(T value) => _builder!.Append(CultureInfo.InvariantCulture, $"{value}");

    /// <summary>Appends a string.</summary>
    public readonly void AppendFormatted(string? value) => _builder!.Append(value);

    /// <summary>The builder holding the description: the one it was formatted into, else <paramref name="builder"/>
    /// cleared and given the description made beforehand.</summary>
    internal readonly StringBuilder Written(StringBuilder builder) => _builder ?? builder.Clear().Append(_text);
}
