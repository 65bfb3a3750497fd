using BudgetModel.Disclosure;

namespace BudgetModel.Validation;

/// <summary>
/// Validates a disclosure against every rule of <see cref="DisclosureRules.All"/> (docs/domain.md §5) and the caller's own,
/// then looks for the single cell that would explain each group of inconsistencies.
/// </summary>
/// <remarks>
/// Cost is linear in the rows of the tables (rows are indexed by code in dictionaries); matching projects to
/// performance sheets is quadratic in the projects of one unit. The report is deterministic: the same disclosure
/// and options give the same findings in the same order (severity descending, table, row position, rule id,
/// column, then the order the rules reported them).
/// </remarks>
public static class DisclosureValidator
{
    /// <summary>The id of the culprit findings (<see cref="FindingKind.Culprit"/>); disable it to skip the search.</summary>
    public const string CulpritRuleId = "BM-CULPRIT";

    /// <summary>Validates a disclosure and returns every finding; never throws for a disclosure that loaded. A rule
    /// that throws becomes an error finding carrying the rule's id; the other rules still run.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The report: import findings first in the order given, then every rule's findings, sorted.</returns>
    public static ValidationReport Validate(BudgetDisclosure disclosure, ValidationOptions? options = null)
    {
        Guard.Against.Null(disclosure);
        options ??= ValidationOptions.Default;
        var catalog = options.Catalogs.TryForYear(disclosure.BudgetYear, out var selection) ? selection.Catalog : null;
        var context = new ValidationContext(disclosure, options, catalog);
        foreach (var finding in disclosure.ImportFindings)
        {
            context.Report(finding);
        }
        foreach (var rule in DisclosureRules.All.Concat(options.AdditionalRules))
        {
            if (options.IsDisabled(rule.Id))
            {
                continue;
            }
            context.RuleId = rule.Id;
            try
            {
                rule.Check(context);
            }
#pragma warning disable CA1031 // A crashing rule must not kill the report: it becomes a finding naming the rule.
            catch (Exception e)
#pragma warning restore CA1031
            {
                context.Report(new Finding(rule.Id, Severity.Error, FindingKind.Unknown,
                    $"Rule {rule.Id} ({rule.Title}) failed on this disclosure and was stopped: {e.GetType().Name}: {e.Message}",
                    FindingLocation.Document));
            }
        }
        if (!options.IsDisabled(CulpritRuleId) && context.HasCellErrors)
        {
            // The relations are recorded only now that one is known to be broken: the rules run again with their
            // findings suppressed (the caller's rules too: they may relate cells with ValidationContext.CheckSum).
            context.StartRecording();
            foreach (var rule in DisclosureRules.All.Concat(options.AdditionalRules))
            {
                if (options.IsDisabled(rule.Id))
                {
                    continue;
                }
                context.RuleId = rule.Id;
                try
                {
                    rule.Check(context);
                }
#pragma warning disable CA1031 // Reported in the first run already.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
            context.StopRecording();
            context.RuleId = CulpritRuleId;
            CulpritFinder.Run(context);
        }
        context.ReleaseBuffers();
        return new ValidationReport(FindingOrder.Sort(context.Findings), owned: true);
    }

    /// <summary>The strict path: returns the disclosure when it has no error finding, else throws.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The same disclosure.</returns>
    /// <exception cref="DisclosureValidationException">The disclosure has error findings; the exception lists them and carries the whole report.</exception>
    public static BudgetDisclosure EnsureValid(BudgetDisclosure disclosure, ValidationOptions? options = null)
    {
        var report = Validate(disclosure, options);
        if (report.HasErrors)
        {
            throw new DisclosureValidationException(report);
        }
        return disclosure;
    }
}

/// <summary>The deterministic order of a report.</summary>
internal static class FindingOrder
{
    internal static Finding[] Sort(IReadOnlyList<Finding> findings)
    {
        // Findings are distributed, stably, by severity and table (a counting sort over a handful of buckets); a
        // bucket is sorted by the remaining keys only when it is not in order already, which it usually is (a rule
        // reports a table's rows in order). So the typical report is ordered in linear time and without an array of
        // keys; the index keeps equal keys in report order.
        int n = findings.Count;
        var counts = new int[Buckets + 1];
        for (int i = 0; i < n; i++)
        {
            int bucket = BucketOf(findings[i]);
            if (bucket < 0)
            {
                return SortAll(findings);
            }
            counts[bucket + 1]++;
        }
        for (int b = 1; b < counts.Length; b++)
        {
            counts[b] += counts[b - 1];
        }
        var order = new int[n];
        var next = (int[])counts.Clone();
        for (int i = 0; i < n; i++)
        {
            order[next[BucketOf(findings[i])]++] = i;
        }
        for (int b = 0; b < Buckets; b++)
        {
            var range = order.AsSpan(counts[b], counts[b + 1] - counts[b]);
            for (int i = 1; i < range.Length; i++)
            {
                if (KeyOf(findings, range[i - 1]).CompareTo(KeyOf(findings, range[i])) > 0)
                {
                    var keys = new Key[range.Length];
                    for (int k = 0; k < keys.Length; k++)
                    {
                        keys[k] = KeyOf(findings, range[k]);
                    }
                    Array.Sort(keys);
                    for (int k = 0; k < keys.Length; k++)
                    {
                        range[k] = keys[k].Index;
                    }
                    break;
                }
            }
        }
        var sorted = new Finding[n];
        for (int i = 0; i < n; i++)
        {
            sorted[i] = findings[order[i]];
        }
        return sorted;
    }

    private static Finding[] SortAll(IReadOnlyList<Finding> findings)
    {
        var keys = new Key[findings.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = KeyOf(findings, i);
        }
        Array.Sort(keys);
        var sorted = new Finding[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            sorted[i] = findings[keys[i].Index];
        }
        return sorted;
    }

    private static Key KeyOf(IReadOnlyList<Finding> findings, int index)
    {
        var f = findings[index];
        return new Key(
            (int)f.Severity,
            f.Location.Table is { } t ? (int)t : int.MaxValue,
            RowOf(f.Location),
            f.RuleId,
            f.Location.Column is { } c ? (int)c : int.MaxValue,
            index);
    }

    /// <summary>Severities (3) × tables (TableKind 1 to 13, and none): the buckets of the first sort keys.</summary>
    private const int Buckets = 3 * 15;

    /// <summary>The bucket of the first two keys (severity descending, then table, none last), or −1 for values
    /// outside them.</summary>
    private static int BucketOf(Finding finding)
    {
        int severity = 2 - (int)finding.Severity;
        int table = finding.Location.Table is { } t ? (int)t : 14;
        bool known = severity is >= 0 and <= 2 && (finding.Location.Table is null || table is >= 0 and < 14);
        return known ? (severity * 15) + table : -1;
    }


    private readonly record struct Key(int Severity, int Table, int Row, string RuleId, int Column, int Index) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            int r = other.Severity.CompareTo(Severity);
            if (r == 0) r = Table.CompareTo(other.Table);
            if (r == 0) r = Row.CompareTo(other.Row);
            if (r == 0) r = string.CompareOrdinal(RuleId, other.RuleId);
            if (r == 0) r = Column.CompareTo(other.Column);
            if (r == 0) r = Index.CompareTo(other.Index);
            return r;
        }
    }

    private static int RowOf(FindingLocation location)
    {
        int row = int.MaxValue;
        foreach (var cell in location.Cells)
        {
            if (cell.Table == location.Table && cell.RowIndex < row)
            {
                row = cell.RowIndex;
            }
        }
        return row;
    }
}
