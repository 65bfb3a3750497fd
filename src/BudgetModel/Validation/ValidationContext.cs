using System.Globalization;
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
    private readonly Dictionary<BudgetTable, Dictionary<TableRow, int>> _rowIndexes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object> _memo = new(StringComparer.Ordinal);

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
    public void Report(Finding finding) => _findings.Add(Guard.Against.Null(finding));

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

    /// <summary>The 0-based print position of a row in its table (rows are indexed once per table, by reference).</summary>
    internal int RowIndex(BudgetTable table, TableRow row)
    {
        if (!_rowIndexes.TryGetValue(table, out var index))
        {
            index = new Dictionary<TableRow, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < table.Rows.Count; i++)
            {
                index.TryAdd(table.Rows[i], i);
            }
            _rowIndexes.Add(table, index);
        }
        return index.TryGetValue(row, out int r) ? r : -1;
    }

    /// <summary>The published figure in one cell; a column the row does not print is an exact zero with no cell.</summary>
    internal Figure Cell(BudgetTable table, TableRow row, TableColumn column, string? label = null)
    {
        label ??= $"T{(int)table.Kind}[{row.Key}].{column.ChineseLabel()}";
        if (!row.Has(column))
        {
            return new Figure(Money.Zero, null, null, row.Line, label);
        }
        var location = new CellLocation(table.Kind, RowIndex(table, row), row.Key, column);
        return new Figure(row[column], table.Precision, location, row.Line, label);
    }

    /// <summary>An exact zero standing for a row the table does not print.</summary>
    internal static Figure Absent(string label) => new(Money.Zero, null, null, null, label);

    // ---------------------------------------------------------------- relations

    /// <summary>
    /// Checks <c>actual = Σ sign × part</c>. No finding when it holds exactly; an Info <see cref="FindingKind.RoundingDrift"/>
    /// when the difference is within the rounding bound of the figures; an Error <see cref="FindingKind.Inconsistency"/>
    /// beyond it. The bound is the sum of the half-units of the parts, plus the actual's own half-unit when it is
    /// published at another precision than the parts (a cross-unit comparison adds both sides' half units).
    /// </summary>
    internal Finding? Relate(FindingLocation where, string what, Figure actual, IReadOnlyList<Term> parts, RoundingBound extra = default)
    {
        var expected = Money.Zero;
        var bound = extra;
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
        var unit = actual.Precision?.Unit ?? parts.Select(t => t.Figure.Precision).FirstOrDefault(p => p is not null)?.Unit ?? MoneyUnit.Wan;
        int decimals = actual.Precision?.Decimals ?? 2;

        Finding? finding = null;
        if (!difference.IsZero)
        {
            bool drift = bound.Contains(difference);
            var location = where with { Cells = CellsOf(actual, parts), Lines = LinesOf(actual, parts) };
            string message = string.Create(CultureInfo.InvariantCulture,
                $"{what}: {actual.Label} = {Format(actual.Amount.In(unit), decimals)} {UnitLabel(unit)} but {Describe(parts)} = {Format(expected.In(unit), decimals)}; difference {Format(difference.In(unit), decimals)}, rounding bound ±{Format(BoundIn(bound, unit), decimals)}")
                + (drift ? " (rounding drift, not an error)." : ".");
            finding = new Finding(RuleId, drift ? Severity.Info : Severity.Error, drift ? FindingKind.RoundingDrift : FindingKind.Inconsistency, message, location)
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
    internal Finding? Same(FindingLocation where, string what, Figure actual, Figure expected) => Relate(where, what, actual, [new Term(expected, 1)]);

    /// <summary>Reports a finding made by the running rule.</summary>
    internal Finding Report(Severity severity, FindingKind kind, FindingLocation where, string message)
    {
        var finding = new Finding(RuleId, severity, kind, message, where);
        Report(finding);
        return finding;
    }

    private void Register(Finding? finding, Money difference, RoundingBound bound, Figure actual, IReadOnlyList<Term> parts)
    {
        var terms = new List<CellTerm>(parts.Count + 1);
        if (!TryAdd(terms, actual, 1))
        {
            return;
        }
        foreach (var term in parts)
        {
            if (!TryAdd(terms, term.Figure, term.Sign >= 0 ? -1 : 1))
            {
                return;
            }
        }
        if (terms.Count > 0)
        {
            _relations.Add(new RelationRecord(finding, difference, bound, terms.ToArray()));
        }

        static bool TryAdd(List<CellTerm> terms, Figure figure, int coefficient)
        {
            if (figure.Cell is { } cell)
            {
                terms.Add(new CellTerm(cell, coefficient, figure.Amount));
                return true;
            }
            // An exact zero for an absent row is a constant; any other figure without a cell (a sheet, the prose)
            // keeps the relation out of the culprit search.
            return figure.Amount.IsZero && figure.Precision is null;
        }
    }

    private static IReadOnlyList<CellLocation> CellsOf(Figure actual, IReadOnlyList<Term> parts)
    {
        var cells = new List<CellLocation>(parts.Count + 1);
        if (actual.Cell is { } a) cells.Add(a);
        foreach (var t in parts)
        {
            if (t.Figure.Cell is { } c && !cells.Contains(c)) cells.Add(c);
        }
        return cells;
    }

    private static IReadOnlyList<int> LinesOf(Figure actual, IReadOnlyList<Term> parts)
    {
        var lines = new SortedSet<int>();
        if (actual.Line is { } a) lines.Add(a);
        foreach (var t in parts)
        {
            if (t.Figure.Line is { } l) lines.Add(l);
        }
        return lines.ToArray();
    }

    private static string Describe(IReadOnlyList<Term> parts)
    {
        if (parts.Count == 0)
        {
            return "nothing";
        }
        if (parts.Count > 6 && parts.All(p => p.Sign > 0))
        {
            return $"the sum of {parts.Count} rows";
        }
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0 || parts[i].Sign < 0)
            {
                sb.Append(parts[i].Sign < 0 ? " − " : " + ");
            }
            sb.Append(parts[i].Figure.Label);
        }
        return sb.ToString().TrimStart();
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
/// and source line when known, and a label for messages.</summary>
internal readonly record struct Figure(Money Amount, PublishedPrecision? Precision, CellLocation? Cell, int? Line, string Label)
{
    /// <summary>A figure that is not a table cell (a sheet amount, a stated amount).</summary>
    internal static Figure Of(Money amount, PublishedPrecision? precision, int? line, string label) => new(amount, precision, null, line, label);
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

/// <summary>A relation among table cells as evaluated: its finding (null when it held exactly), difference and bound.</summary>
internal sealed record RelationRecord(Finding? Finding, Money Difference, RoundingBound Bound, CellTerm[] Terms);
