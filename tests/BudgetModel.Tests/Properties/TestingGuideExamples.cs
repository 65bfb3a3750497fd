using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Testing.Contracts;
using BudgetModel.Testing.Generators;
using BudgetModel.Testing.Samples;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Properties;

/// <summary>
/// The recipes of docs/testing.md, run: each <c>// recipe N</c> block below is printed in the guide word for word
/// (<see cref="The_guide_prints_these_recipes"/> checks it), so the guide's code compiles and passes.
/// </summary>
public class TestingGuideExamples
{
    // recipe 1
    [Property(MaxTest = 30)]
    public Property A_consistent_disclosure_has_no_error_findings() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), disclosure =>
        {
            var options = DisclosureGenerators.OptionsFor(disclosure);   // a catalog that knows the generated codes
            var report = DisclosureValidator.Validate(disclosure, options);
            Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        });
    // end

    // recipe 2
    [Property(MaxTest = 30)]
    public Property One_changed_cell_is_an_error_at_that_cell() =>
        Prop.ForAll(
            DisclosureGenerators.Consistent().Generator
                .SelectMany(d => DisclosureGenerators.Perturbation(d).Select(p => (p.Cell, Changed: d.WithCell(p.Cell, p.NewValue))))
                .ToArbitrary(),
            t =>
            {
                var report = DisclosureValidator.Validate(t.Changed, DisclosureGenerators.OptionsFor(t.Changed));
                Assert.Contains(report.Findings, f => f.Severity == Severity.Error && f.Location.Cells.Contains(t.Cell));
            });
    // end

    // recipe 3
    [Property]
    public Property Money_addition_is_exact_and_commutative() =>
        Prop.ForAll(MoneyGenerators.Money(), MoneyGenerators.Money(), (a, b) =>
        {
            Assert.Equal(a + b, b + a);
            Assert.Equal(a, a + b - b);
        });

    [Property]
    public Property A_function_code_descends_from_its_parent() =>
        Prop.ForAll(CodeGenerators.AnyFunctionCode(), code =>
            Assert.True(code.Parent is not { } parent || parent.IsAncestorOf(code)));
    // end

    // recipe 4
    private sealed class NoNegativeTotals : IDisclosureRule
    {
        public string Id => "ACME-NEGATIVE-TOTAL";

        public string Title => "No table total is negative";

        public string ChineseTitle => "合计不为负数";

        public void Check(ValidationContext context)
        {
            foreach (var table in context.Disclosure.Tables)
            {
                foreach (var row in table.Rows.Where(r => r.Role == RowRole.Total && r.Total.In(MoneyUnit.Yuan) < 0m))
                {
                    context.Report(new Finding(Id, Severity.Error, FindingKind.Inconsistency,
                        $"{table.Kind.ChineseName()}: 合计 is {row.Total}", new FindingLocation(table.Kind, row.Key)));
                }
            }
        }
    }

    [Property(MaxTest = 30)]
    public Property My_rule_is_silent_on_consistent_disclosures() =>
        Prop.ForAll(DisclosureGenerators.Consistent(), disclosure =>
        {
            var options = DisclosureGenerators.OptionsFor(disclosure) with { AdditionalRules = [new NoNegativeTotals()] };
            Assert.DoesNotContain(DisclosureValidator.Validate(disclosure, options).Findings, f => f.RuleId == "ACME-NEGATIVE-TOTAL");
        });

    [Fact]
    public void My_rule_on_the_seed_built_by_hand()
    {
        var seed = Fenyang2024.Build();                                   // the seed, every figure as printed
        var options = ValidationOptions.Default with { AdditionalRules = [new NoNegativeTotals()] };
        Assert.DoesNotContain(DisclosureValidator.Validate(seed, options).Findings, f => f.RuleId == "ACME-NEGATIVE-TOTAL");
    }
    // end

    // recipe 5
    [Fact]
    public void A_value_type_keeps_the_contract()
    {
        var code = FunctionCode.Parse("2150517");
        ValueTypeContract.CheckEquality(code, FunctionCode.Parse("2150517"), FunctionCode.Parse("21505"), default);
        ValueTypeContract.CheckOrdering(FunctionCode.Parse("215"), FunctionCode.Parse("21505"), code);
    }
    // end

    [Fact]
    public void The_guide_prints_these_recipes()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "BudgetModel.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("BudgetModel.sln not found above the test's folder.");
        }
        var source = File.ReadAllText(Path.Combine(root.FullName, "tests", "BudgetModel.Tests", "Properties", "TestingGuideExamples.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var guide = File.ReadAllText(Path.Combine(root.FullName, "docs", "testing.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        for (int n = 1; n <= 5; n++)
        {
            int start = source.IndexOf($"    // recipe {n}\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"recipe {n} is missing");
            start = source.IndexOf('\n', start) + 1;
            int end = source.IndexOf("    // end\n", start, StringComparison.Ordinal);
            var code = string.Join("\n", source[start..end].TrimEnd().Split('\n').Select(l => l.Length >= 4 ? l[4..] : l.TrimStart()));
            Assert.True(guide.Contains(code, StringComparison.Ordinal), $"docs/testing.md does not print recipe {n} as the test runs it:\n{code}");
        }
    }
}
