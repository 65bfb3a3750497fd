using BudgetModel.Disclosure;
using System.Text;
using BudgetModel.Import;
using BudgetModel.Reports;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>What the options of <c>check</c> ask for: the catalogs, the rules, the least severity reported.</summary>
/// <param name="Catalogs">The editions of <c>--catalog</c> (the built-in ones when none is given).</param>
/// <param name="Validation">The validation options: <see cref="CatalogFiles.Editions"/> and the <c>--disable</c>d rules.</param>
/// <param name="MinimumSeverity">The least severity the report shows (<c>--severity</c>); the summaries and the
/// exit code count every finding.</param>
internal sealed record CheckSettings(CatalogFiles Catalogs, ValidationOptions Validation, Severity MinimumSeverity)
{
    /// <summary>True (<c>--combine</c>) to read every file given as one disclosure, in command-line order.</summary>
    internal bool Combine { get; init; }

    /// <summary>True (<c>--format html</c>) for the HTML report: every imported disclosure is then kept until the end,
    /// since the report shows its tables.</summary>
    internal bool Html { get; init; }

    /// <summary>The file the report is written to (<c>-o</c>); null for standard output.</summary>
    internal string? Output { get; init; }

    /// <summary>No option: the built-in catalog, every rule, every finding shown.</summary>
    internal static CheckSettings Default { get; } = new(CatalogFiles.None, ValidationOptions.Default, Severity.Info);

    /// <summary>The import options for one document.</summary>
    internal ImportOptions ImportOptions(string sourceName) => new() { SourceName = sourceName, Catalog = Catalogs.ImportCatalog };
}
