using System.Globalization;
using System.Text;
using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// The arithmetic of a relation <c>actual = Σ sign × part</c> among published figures, aware of rounding: the
/// difference, the rounding bound the figures' precisions allow, and the finding when they differ (Info rounding drift
/// within the bound, the given severity beyond it), with its message, cells and lines. Stateless; the context reports
/// the finding and registers the relation for the culprit search.
/// </summary>
internal static class RelationChecker
{
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

    /// <summary>
    /// Evaluates <c>actual = Σ sign × part</c>: null when it holds exactly; else the finding, an Info
    /// <see cref="FindingKind.RoundingDrift"/> when the difference is within the rounding bound of the figures, a
    /// finding of severity <paramref name="beyond"/> (<see cref="FindingKind.Inconsistency"/>) beyond it. The bound is
    /// the sum of the half-units of the parts, plus the actual's own half-unit when it is published at another precision
    /// than the parts (a cross-unit comparison adds both sides' half units), plus <paramref name="rollup"/> when a figure
    /// is itself a sum of rounded parts (<see cref="Rules.DerivedTotals"/>). The message is written into
    /// <paramref name="message"/>, starting with <paramref name="what"/>.
    /// </summary>
    internal static Finding? Evaluate(string ruleId, Figure actual, ReadOnlySpan<Term> parts, Place where, RelationText what,
        StringBuilder message, Severity beyond, out Money difference, out RoundingBound bound, RoundingBound rollup = default)
    {
        var expected = Money.Zero;
        bound = rollup;
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
        difference = actual.Amount - expected;
        if (difference.IsZero)
        {
            return null;
        }
        var unit = actual.Precision?.Unit ?? FirstPrecision(parts)?.Unit ?? MoneyUnit.Wan;
        int decimals = actual.Precision?.Decimals ?? 2;
        bool drift = bound.Contains(difference);
        var location = where.Location with { Cells = CellsOf(actual, parts), Lines = LinesOf(actual, parts) };
        var sb = what.Written(message);
        sb.Append(CultureInfo.InvariantCulture, $": {actual.Label} = {Format(actual.Amount.In(unit), decimals)} {UnitLabel(unit)} but ");
        Describe(sb, parts);
        sb.Append(CultureInfo.InvariantCulture, $" = {Format(expected.In(unit), decimals)}; difference {Format(difference.In(unit), decimals)}, rounding bound ±{Format(BoundIn(bound, unit), decimals)}");
        sb.Append(drift ? " (rounding drift, not an error)." : ".");
        return new Finding(ruleId, drift ? Severity.Info : beyond, drift ? FindingKind.RoundingDrift : FindingKind.Inconsistency, sb.ToString(), location)
        {
            Expected = expected.In(unit),
            Actual = actual.Amount.In(unit),
            Unit = UnitLabel(unit),
            Bound = bound,
        };
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
