using BudgetModel.Disclosure;
using BudgetModel.Testing.Generators;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Properties;

/// <summary>Laws of the validator over generated disclosures: consistent means no error, a real change is found where
/// it is, rounding is drift, and the report is deterministic.</summary>
public class ValidationProperties
{
    [Property(MaxTest = 50)]
    public Property A_consistent_disclosure_has_no_error_findings() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), d => AssertNoErrors(DisclosureValidator.Validate(d)));

    [Property(MaxTest = 25)]
    public Property A_consistent_disclosure_in_yuan_has_no_error_findings() =>
        Prop.ForAll(DisclosureGenerators.ConsistentInYuan(), d => AssertNoErrors(DisclosureValidator.Validate(d)));

    [Property(MaxTest = 50)]
    public Property Changing_one_amount_beyond_rounding_is_an_error_at_that_cell() =>
        Prop.ForAll(Perturbed(DisclosureGenerators.Consistent()), pair =>
        {
            var (cell, changed) = pair;
            var report = DisclosureValidator.Validate(changed);
            Assert.True(
                report.Findings.Any(f => f.Severity == Severity.Error && Names(f.Location, cell)),
                $"No error names {cell}; findings:{Environment.NewLine}{string.Join(Environment.NewLine, report.Findings)}");
        });

    [Property(MaxTest = 25)]
    public Property Changing_one_rounded_amount_beyond_rounding_is_an_error_at_that_cell() =>
        Prop.ForAll(Perturbed(DisclosureGenerators.FromYuan()), pair =>
        {
            var (cell, changed) = pair;
            var report = DisclosureValidator.Validate(changed);
            Assert.True(
                report.Findings.Any(f => f.Severity == Severity.Error && Names(f.Location, cell)),
                $"No error names {cell}; findings:{Environment.NewLine}{string.Join(Environment.NewLine, report.Findings)}");
        });

    [Property(MaxTest = 40)]
    public Property Figures_rounded_from_yuan_give_drift_never_errors() =>
        Prop.ForAll(DisclosureGenerators.FromYuan(), d =>
        {
            var report = DisclosureValidator.Validate(d);
            AssertNoErrors(report);
            Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.Inconsistency);
            Assert.All(report.Findings.Where(f => f.Kind == FindingKind.RoundingDrift), f => Assert.Equal(Severity.Info, f.Severity));
        });

    [Property(MaxTest = 25)]
    public Property Findings_are_deterministic() =>
        Prop.ForAll(Perturbed(DisclosureGenerators.Consistent()), pair =>
        {
            var (_, changed) = pair;
            var copy = DisclosureGenerators.RoundToWan(changed); // a new, equal disclosure: its tables are already in 万元
            var first = Canonical(DisclosureValidator.Validate(changed));
            Assert.Equal(first, Canonical(DisclosureValidator.Validate(changed)));
            Assert.Equal(first, Canonical(DisclosureValidator.Validate(copy)));
        });

    /// <summary>A damaged document may print any figure: with one or two cells at the limits of money (sums and
    /// differences of such figures leave the range of <see cref="BudgetModel.Money"/>) the validator still returns a report,
    /// never throws, and the change is an error: a finding at the cell, or the error that names the rule an overflow (and no
    /// other exception) stopped; the other rules run on.</summary>
    [Property(MaxTest = 40)]
    public Property Figures_at_the_limits_of_money_are_reported_not_thrown() =>
        Prop.ForAll(Extremes(DisclosureGenerators.Consistent()), pair =>
        {
            var (cell, changed) = pair;
            var report = DisclosureValidator.Validate(changed);
            var stopped = report.Findings.Where(f => f.Message.Contains("was stopped", StringComparison.Ordinal)).ToList();
            Assert.All(stopped, f =>
            {
                Assert.Equal(Severity.Error, f.Severity);
                // BudgetOverflowException from Money, or OverflowException from a share's decimal division.
                Assert.Contains("OverflowException", f.Message, StringComparison.Ordinal);
            });
            Assert.True(
                stopped.Count > 0 || report.Findings.Any(f => f.Severity == Severity.Error && Names(f.Location, cell)),
                $"No error names {cell}; findings:{Environment.NewLine}{string.Join(Environment.NewLine, report.Findings)}");
        });

    private static Arbitrary<(CellLocation Cell, BudgetDisclosure Changed)> Extremes(Arbitrary<BudgetDisclosure> disclosures) =>
        disclosures.Generator
            .SelectMany(d =>
            {
                var cells = d.Cells().Select(c => c.Location).ToArray();
                return from first in Gen.Elements(cells)
                       from second in Gen.Elements(cells)
                       from a in Gen.Elements(BudgetModel.Money.MaxValue, BudgetModel.Money.MinValue)
                       from b in Gen.Elements(BudgetModel.Money.MaxValue, BudgetModel.Money.MinValue)
                       select (first, d.WithCell(first, a).WithCell(second, b));
            })
            .ToArbitrary();

    private static Arbitrary<(CellLocation Cell, BudgetDisclosure Changed)> Perturbed(Arbitrary<BudgetDisclosure> disclosures) =>
        disclosures.Generator
            .SelectMany(d => DisclosureGenerators.Perturbation(d).Select(p => (p.Cell, d.WithCell(p.Cell, p.NewValue))))
            .ToArbitrary();

    private static void AssertNoErrors(ValidationReport report) =>
        Assert.True(report.Errors == 0, string.Join(Environment.NewLine, report.Findings.Where(f => f.Severity == Severity.Error)));

    // The finding lists the cell among the figures it compares, or names its table, row and column.
    private static bool Names(FindingLocation location, CellLocation cell) =>
        location.Cells.Contains(cell)
        || (location.Table == cell.Table && location.Row == cell.RowKey && (location.Column is null || location.Column == cell.Column));

    private static List<string> Canonical(ValidationReport report) =>
        report.Findings
            .Select(f => string.Join(
                " | ",
                f.ToString(),
                f.Expected,
                f.Actual,
                f.Unit,
                f.Bound,
                string.Join(",", f.Location.Cells),
                string.Join(",", f.Location.Lines)))
            .ToList();
}
