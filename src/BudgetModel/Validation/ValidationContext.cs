using System.Runtime.CompilerServices;
using System.Text;
using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// What a rule sees while it runs: the disclosure, the options, the classification catalog edition of the budget
/// year, the sink for findings, and the rounding-aware relation checks (<see cref="CheckSum"/>, <see cref="CheckSame"/>)
/// that tell harmless rounding drift from real error and feed the culprit search. One context serves one validation
/// run; it is not thread-safe.
/// </summary>
/// <remarks>
/// The parts of a run sit in their own types: the findings (<see cref="FindingSink"/>), the table figures and their
/// caches (<see cref="CellFigures"/>), the arithmetic and messages of a relation (<see cref="RelationChecker"/>), and
/// the recording for the culprit search (<see cref="CulpritRecorder"/>). A rule does not see the recording run: while
/// it lasts, <see cref="Report(Finding)"/> drops findings and every relation checked is recorded instead.
/// </remarks>
public sealed class ValidationContext
{
    private readonly CulpritRecorder _recorder = new();
    private readonly FindingSink _findings;
    private readonly CellFigures _cells = new();
    private readonly Dictionary<string, object> _memo = new(StringComparer.Ordinal);

    /// <summary>The builder of the messages of broken relations (one at a time; <see cref="RelationText"/> writes the
    /// description into it first).</summary>
    private readonly StringBuilder _message = new(256);

    internal ValidationContext(BudgetDisclosure disclosure, ValidationOptions options, ClassificationCatalog? catalog)
    {
        _findings = new FindingSink(_recorder);
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
    public IReadOnlyList<Finding> Findings => _findings.Findings;

    /// <summary>Adds a finding to the report.</summary>
    /// <param name="finding">The finding.</param>
    public void Report(Finding finding)
    {
        Guard.Against.Null(finding);
        _findings.Add(finding);
    }

    /// <summary>The published figure in one cell of a table, for <see cref="CheckSum"/> and <see cref="CheckSame"/>: its
    /// amount at the table's precision; a column the row does not print is an exact zero.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">One of its rows.</param>
    /// <param name="column">The column.</param>
    /// <returns>The figure, added in a sum.</returns>
    public RelationFigure CellFigure(BudgetTable table, TableRow row, TableColumn column)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(row);
        return new(Term.Plus(_cells.Cell(table, row, column)));
    }

    /// <summary>
    /// Checks <c>actual = Σ parts</c> (a part that is <see cref="RelationFigure.Subtracted"/> subtracts) and reports
    /// the finding, carrying the running rule's id: none when it holds exactly; an Info rounding drift
    /// (<see cref="FindingKind.RoundingDrift"/>) when the difference is within what the figures' published precisions
    /// allow (the half-units of the parts, plus the actual's own when it is published at another precision); a
    /// finding of severity <paramref name="beyond"/> (<see cref="FindingKind.Inconsistency"/>) beyond that. The finding
    /// lists the cells and lines of the figures, expected, actual, difference and bound; a relation among table cells
    /// also takes part in the culprit search.
    /// </summary>
    /// <param name="actual">The figure on the left.</param>
    /// <param name="parts">The figures whose sum it should equal.</param>
    /// <param name="where">Where the finding points.</param>
    /// <param name="what">What the relation says (the message starts with it).</param>
    /// <param name="beyond">The severity beyond rounding: Error, or Warning for a relation that does not hold everywhere.</param>
    /// <returns>The finding reported, or null when the relation holds exactly.</returns>
    public Finding? CheckSum(RelationFigure actual, IReadOnlyList<RelationFigure> parts, FindingLocation where, string what, Severity beyond = Severity.Error)
    {
        Guard.Against.Null(actual);
        Guard.Against.Null(parts);
        Guard.Against.Null(where);
        Guard.Against.Null(what);
        var terms = new Term[parts.Count];
        for (int i = 0; i < terms.Length; i++)
        {
            terms[i] = (parts[i] ?? throw new ArgumentException($"Part {i} is null.", nameof(parts))).Term;
        }
        return Relate(actual.Term.Sign >= 0 ? actual.Term.Figure : throw new ArgumentException("The actual figure of a relation cannot be subtracted.", nameof(actual)),
            terms, where, what, beyond);
    }

    /// <summary>Checks that two published copies of one figure agree, <c>actual = expected</c>, aware of rounding as
    /// <see cref="CheckSum"/> is, and reports the finding.</summary>
    /// <param name="actual">The figure on the left.</param>
    /// <param name="expected">The figure it should equal.</param>
    /// <param name="where">Where the finding points.</param>
    /// <param name="what">What the relation says (the message starts with it).</param>
    /// <param name="beyond">The severity beyond rounding.</param>
    /// <returns>The finding reported, or null when the two are equal.</returns>
    public Finding? CheckSame(RelationFigure actual, RelationFigure expected, FindingLocation where, string what, Severity beyond = Severity.Error)
    {
        Guard.Against.Null(expected);
        return CheckSum(actual, [expected], where, what, beyond);
    }

    // ---------------------------------------------------------------- the run (DisclosureValidator, CulpritFinder)

    /// <summary>True when a relation among table cells was found broken beyond rounding.</summary>
    internal bool HasCellErrors => _recorder.HasCellErrors;

    /// <summary>Every relation between table cells recorded (for the culprit search).</summary>
    internal IReadOnlyList<RelationRecord> Relations => _recorder.Relations;

    /// <summary>Starts the recording run: findings are dropped, relations among cells recorded.</summary>
    internal void StartRecording() => _recorder.Start();

    /// <summary>Ends the recording run: findings are reported again, relations no longer recorded.</summary>
    internal void StopRecording() => _recorder.Stop();

    /// <summary>The id of the rule running now (findings made by the helpers carry it).</summary>
    internal string RuleId { get; set; } = string.Empty;

    /// <summary>Returns the pooled buffers at the end of the run.</summary>
    internal void ReleaseBuffers() => _cells.ReleaseBuffers();

    // ---------------------------------------------------------------- for the built-in rules

    /// <summary>The message builder, cleared (see <see cref="RelationText"/>).</summary>
    internal StringBuilder MessageBuilder() => _message.Clear();

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

    /// <summary>The figure in one cell of the row at <paramref name="rowIndex"/> of the table's rows.</summary>
    internal Figure CellAt(BudgetTable table, int rowIndex, TableColumn column) => _cells.CellAt(table, rowIndex, column);

    /// <summary>The published figure in one cell (<see cref="CellFigures.Cell(BudgetTable, TableRow, TableColumn, string?)"/>).</summary>
    internal Figure Cell(BudgetTable table, TableRow row, TableColumn column, string? label = null) => _cells.Cell(table, row, column, label);

    /// <summary>The 合计 of a project's row, labelled <c>T12 '项目'</c> when a message needs it.</summary>
    internal Figure Cell(Rules.ProjectRef project) => _cells.Cell(project);

    /// <summary>The 合计 of a matched project's row, labelled by the match when a message needs it.</summary>
    internal Figure Cell(Rules.ProjectMatch match) => _cells.Cell(match);

    /// <summary>The figures of one column over rows of a table, as the parts of a sum (a buffer valid until the next call).</summary>
    internal ReadOnlySpan<Term> Terms<TRow>(BudgetTable table, IReadOnlyList<TRow> rows, TableColumn column)
        where TRow : TableRow => _cells.Terms(table, rows, column);

    /// <summary>A buffer of <paramref name="count"/> terms, valid until the next call.</summary>
    internal Span<Term> Scratch(int count) => _cells.Scratch(count);

    /// <summary>An exact zero standing for a row the table does not print.</summary>
    internal static Figure Absent(string label) => Figure.Exact(Money.Zero, label);

    /// <summary>
    /// Checks <c>actual = Σ sign × part</c> (<see cref="RelationChecker.Evaluate"/>), reports the finding and registers
    /// the relation for the culprit search.
    /// </summary>
    /// <param name="actual">The figure on the left.</param>
    /// <param name="parts">The signed figures whose sum it should equal (copied when kept for the culprit search).</param>
    /// <param name="where">Where a finding points.</param>
    /// <param name="what">What the relation says, for the message: formatted only when the relation does not hold.</param>
    /// <param name="beyond">The severity of a difference beyond the bound.</param>
    /// <param name="rollup">Added to the figures' own bound: the rollup bound of figures that are sums of rounded parts
    /// (<see cref="Rules.DerivedTotals"/>); zero for figures read as printed.</param>
    internal Finding? Relate(Figure actual, ReadOnlySpan<Term> parts, Place where,
        [InterpolatedStringHandlerArgument("", nameof(actual), nameof(parts))] RelationText what, Severity beyond = Severity.Error,
        RoundingBound rollup = default)
    {
        if (!_recorder.Recording && (what.KnownToHold ?? RelationChecker.Holds(actual, parts)))
        {
            return null;
        }
        var finding = RelationChecker.Evaluate(RuleId, actual, parts, where, what, _message, beyond, out var difference, out var bound, rollup);
        if (finding is not null)
        {
            Report(finding);
        }
        _recorder.Register(finding, difference, bound, actual, parts);
        return finding;
    }

    /// <summary>Checks that two published copies of one figure agree: <c>actual = expected</c>; <paramref name="rollup"/>
    /// widens the bound by the rollups of copies that are sums of rounded parts (<see cref="Rules.DerivedTotals"/>).</summary>
    internal Finding? Same(Figure actual, Figure expected, Place where,
        [InterpolatedStringHandlerArgument("", nameof(actual), nameof(expected))] RelationText what, Severity beyond = Severity.Error,
        RoundingBound rollup = default)
    {
        var term = new Term(expected, 1);
        return Relate(actual, new ReadOnlySpan<Term>(in term), where, what, beyond, rollup);
    }

    /// <summary>Reports a finding made by the running rule.</summary>
    internal Finding Report(Severity severity, FindingKind kind, FindingLocation where, string message)
    {
        var finding = new Finding(RuleId, severity, kind, message, where);
        Report(finding);
        return finding;
    }
}
