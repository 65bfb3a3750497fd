using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf.Scenarios;
using BudgetModel.Validation;

namespace BudgetModel.Import.Tests;

/// <summary>
/// The required behaviour of the PDF reading layer on generated layouts the corpus lacks (Pdf/Scenarios): every table
/// recognised with its kind, every row's code and amounts as written, no import error, no validation error.
/// <para>
/// They are part of the default run; run only them with <c>--filter "Category=GeneratedLayout"</c> when working on the
/// reading layer.
/// </para>
/// </summary>
[Trait("Category", "GeneratedLayout")]
public class GeneratedLayoutTests
{
    /// <summary>Scenario names for the theories.</summary>
    public static TheoryData<string> Scenarios() => [.. ScenarioDocuments.All().Select(s => s.Name)];

    private static readonly Dictionary<string, (Scenario Scenario, ImportResult Result)> Imports = [];

    private static (Scenario Scenario, ImportResult Result) Import(string name)
    {
        lock (Imports)
        {
            if (!Imports.TryGetValue(name, out var imported))
            {
                var scenario = ScenarioDocuments.All().Single(s => s.Name == name);
                imported = (scenario, DisclosureImporter.Import(new MemoryStream(scenario.Pdf), Options(scenario)));
                Imports[name] = imported;
            }
            return imported;
        }
    }

    /// <summary>The import options of a scenario: the built-in catalog with the function codes the scenario's budget
    /// uses, as a user gives the edition of the budget year (ImportOptions.Catalog). Rows printed without a code (S3)
    /// are found by name in it, under the class and section read before them.</summary>
    internal static ImportOptions Options(Scenario scenario)
    {
        var builder = new BudgetModel.Classification.ClassificationCatalogBuilder(2024);
        foreach (var row in scenario.Tables.Where(t => t.Kind == TableKind.ExpenditureSummary).SelectMany(t => t.Rows))
        {
            if (BudgetModel.Classification.FunctionCode.TryParse(row.Key, out var code)
                && !BudgetModel.Classification.ClassificationCatalog.Edition2024.Contains(code))
            {
                builder.AddFunction(code, row.Name);
            }
        }
        return new ImportOptions { Catalog = BudgetModel.Classification.ClassificationCatalog.Edition2024.MergedWith(builder.Build()) };
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_table_is_recognised_with_its_kind(string name)
    {
        var (scenario, result) = Import(name);
        Assert.Equal(scenario.Tables.Select(t => t.Kind), result.Disclosure.Tables.Select(t => t.Kind));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_row_has_the_code_name_and_amounts_written(string name)
    {
        var (scenario, result) = Import(name);
        var problems = ScenarioAssert.TableDifferences(scenario, result.Disclosure);
        Assert.True(problems.Count == 0, $"{problems.Count} differences:\n" + string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_import_reports_no_error(string name)
    {
        var (_, result) = Import(name);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => e.ToString())));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Validation_reports_no_error(string name)
    {
        var (_, result) = Import(name);
        var report = DisclosureValidator.Validate(result.Disclosure);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => e.ToString())));
    }

    [Fact]
    public void The_unit_and_year_are_read()
    {
        foreach (var scenario in ScenarioDocuments.All())
        {
            var (_, result) = Import(scenario.Name);
            Assert.Equal(2026, result.Disclosure.BudgetYear);
            Assert.Equal(ScenarioBudget.UnitName, result.Disclosure.Unit.Name);
        }
    }

    /// <summary>The text form of each scenario (what a perfect PDF reading gives: one line per row, cells by tabs), read
    /// by the text importer, gives the written tables and validates without error.</summary>
    /// <remarks>Not a PDF test: it separates what the table semantics must handle (column order, code columns,
    /// titles) from what the PDF layer must handle (positions, wrapping, pages).</remarks>
    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_text_form_of_a_scenario_imports_to_its_figures_and_validates_clean(string name)
    {
        var scenario = ScenarioDocuments.All().Single(s => s.Name == name);
        var result = DisclosureImporter.Import(scenario.Text, Options(scenario) with { ColumnsFromHeaders = true });
        var problems = ScenarioAssert.TableDifferences(scenario, result.Disclosure);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var errors = DisclosureValidator.Validate(result.Disclosure).Findings.Where(f => f.Severity == Severity.Error);
        Assert.Empty(errors);
    }
}
