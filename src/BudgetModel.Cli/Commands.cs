using System.CommandLine;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>The command line: <c>check</c>, <c>convert</c>, <c>export</c>, <c>schema</c>, <c>rules</c>.</summary>
internal static class Commands
{
    internal const int Ok = 0;
    internal const int Findings = 1;
    internal const int Unreadable = 2;

    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync("budgetmodel: " + error.Message).ConfigureAwait(false);
            }
            await stderr.WriteLineAsync("Try 'budgetmodel --help'.").ConfigureAwait(false);
            return Unreadable;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parse.InvokeAsync(config).ConfigureAwait(false);
    }

    private static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("FILE|DIR")
        {
            Description = "Disclosures to check: PDFs with a text layer, or text extracted from PDF (cells separated by tabs, UTF-8 or GB18030), told by their content; or folders of *.pdf and *.txt. None: the embedded sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text, json, or html (one self-contained page with the tables, marked cells and charts).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var reportFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file (default: standard output)." };
        var catalog = new Option<string[]>("--catalog")
        {
            Description = "A classification catalog CSV (docs/catalog.md) for a budget year, as YEAR=FILE (2025=catalog-2025.csv), laid over the built-in edition; repeatable.",
            HelpName = "YEAR=FILE",
            Arity = ArgumentArity.OneOrMore,
        };
        var disable = new Option<string[]>("--disable")
        {
            Description = "Skip a rule: an id (BM-PERF-COST), a prefix ending in * (BM-PROSE-*), or a comma-separated list; repeatable. 'budgetmodel rules' lists them.",
            HelpName = "RULE",
            Arity = ArgumentArity.OneOrMore,
        };
        var severity = new Option<string>("--severity")
        {
            Description = "The least severity reported: error, warning or info (everything). Summaries and the exit code still count every finding.",
            DefaultValueFactory = _ => "info",
        };
        severity.AcceptOnlyFromAmong("error", "warning", "info");
        var combine = new Option<bool>("--combine")
        {
            Description = "Read all the files given as one disclosure, in the order given (a city's tables and notes published as separate PDFs).",
        };
        var check = new Command("check", "Import and validate disclosures; print every finding with its place and size.")
        {
            paths,
            combine,
            format,
            reportFile,
            catalog,
            disable,
            severity,
        };
        check.SetAction(async (result, ct) =>
        {
            if (!RuleIds.TryResolve(result.GetValue(disable) ?? [], out var disabled, out var error)
                || !CatalogFiles.TryLoad(result.GetValue(catalog) ?? [], out var catalogs, out error))
            {
                await stderr.WriteLineAsync("budgetmodel: " + error).ConfigureAwait(false);
                return Unreadable;
            }
            var files = result.GetValue(paths) ?? [];
            if (result.GetValue(combine) && files.Length == 0)
            {
                await stderr.WriteLineAsync("budgetmodel: --combine needs the files to read as one disclosure.").ConfigureAwait(false);
                return Unreadable;
            }
            var validation = ValidationOptions.Default.Disable(disabled) with { Catalogs = catalogs.Editions };
            var settings = new CheckSettings(catalogs, validation, ParseSeverity(result.GetValue(severity))) { Combine = result.GetValue(combine), Html = result.GetValue(format) == "html", Output = result.GetValue(reportFile) };
            return await CheckCommand.RunAsync(files, result.GetValue(format) == "json", stdout, stderr, ct, settings).ConfigureAwait(false);
        });

        var file = new Argument<string[]>("FILE")
        {
            Description = "The disclosure to convert (PDF or text, told by its content); with --combine, its files in reading order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var convertCombine = new Option<bool>("--combine")
        {
            Description = "Read the files given as one disclosure, in the order given (tables and notes published as separate PDFs).",
        };
        var to = new Option<string>("--to") { Description = "Target format: json.", Required = true };
        to.AcceptOnlyFromAmong("json");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var convert = new Command("convert", "Import a disclosure and write it as JSON (format 1.0, indented); import findings are in its importFindings.") { file, convertCombine, to, output };
        convert.SetAction(async (result, ct) =>
        {
            var files = result.GetValue(file) ?? [];
            if (files.Length > 1 && !result.GetValue(convertCombine))
            {
                await stderr.WriteLineAsync("budgetmodel: convert reads one disclosure; give --combine to read several files as one.").ConfigureAwait(false);
                return Unreadable;
            }
            return await ConvertCommand.RunAsync(files, result.GetValue(output), stdout, stderr, ct).ConfigureAwait(false);
        });

        var export = ExportCommandLine(catalog, disable, stdout, stderr);

        var report = new Option<bool>("--report") { Description = "Print the schema of the validation report (check --format json) instead." };
        var schema = new Command("schema", "Print the JSON Schema (draft 2020-12) of the disclosure format.") { report };
        schema.SetAction((result, _) => ConvertCommand.SchemaAsync(result.GetValue(report), stdout));

        var rules = new Command("rules", "List the id, English and Chinese title of every rule (for check --disable), in the order they run.");
        rules.SetAction(async (_, _) =>
        {
            await stdout.WriteAsync(RuleIds.Listing()).ConfigureAwait(false);
            return Ok;
        });

        var harvestPaths = new Argument<string[]>("FILE|DIR")
        {
            Description = "Disclosures to harvest (PDF or text), or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var harvestOutput = new Option<string?>("--output", "-o") { Description = "The CSV file to write (default: standard output)." };
        var minimumDocuments = new Option<int>("--min-documents")
        {
            Description = "Keep only codes whose majority name at least this many documents print.",
            DefaultValueFactory = _ => 1,
        };
        var harvestCombine = new Option<bool>("--combine")
        {
            Description = "Read all the files given as one disclosure (a city's tables and notes published as separate PDFs).",
        };
        var build = new Command("build", "Harvest every (code, name) pair the disclosures print, counted in documents per budget year: the majority name per code and the other names with their counts (docs/catalog.md).")
        {
            harvestPaths,
            harvestOutput,
            minimumDocuments,
            harvestCombine,
        };
        build.SetAction((result, ct) => CatalogCommand.BuildAsync(
            result.GetValue(harvestPaths) ?? [], result.GetValue(harvestOutput), result.GetValue(minimumDocuments), result.GetValue(harvestCombine), stdout, stderr, ct));
        var catalogCommand = new Command("catalog", "Classification catalogs: build one from published disclosures.") { build };

        // A command named budgetmodel rather than a RootCommand, whose name is the executable's (BudgetModel.Cli):
        // help and usage say what the user types. Help and version are added as RootCommand would.
        return new Command("budgetmodel", "budgetmodel: check published Chinese budget disclosures (部门/单位预算公开); every inconsistency found, located and sized.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            check,
            convert,
            export,
            schema,
            rules,
            catalogCommand,
        };
    }

    /// <summary><c>export FILE|DIR ... --to parquet -o OUT</c>, with check's <c>--catalog</c> and <c>--disable</c>.</summary>
    private static Command ExportCommandLine(Option<string[]> catalog, Option<string[]> disable, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("FILE|DIR")
        {
            Description = "Disclosures to export (PDF or text, told by their content), or folders of *.pdf and *.txt.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string>("--to") { Description = "Target format: parquet.", Required = true };
        to.AcceptOnlyFromAmong("parquet");
        var output = new Option<string>("--output", "-o") { Description = "The output directory (new or empty): docs/export.md.", Required = true };
        var export = new Command("export", "Import and validate disclosures; write their cells, facts, indicators, findings and documents as Parquet, by year.")
        {
            inputs, to, output, catalog, disable,
        };
        export.SetAction(async (result, ct) =>
        {
            if (!RuleIds.TryResolve(result.GetValue(disable) ?? [], out var disabled, out var error)
                || !CatalogFiles.TryLoad(result.GetValue(catalog) ?? [], out var catalogs, out error))
            {
                await stderr.WriteLineAsync("budgetmodel: " + error).ConfigureAwait(false);
                return Unreadable;
            }
            var validation = ValidationOptions.Default.Disable(disabled) with { Catalogs = catalogs.Editions };
            var settings = new CheckSettings(catalogs, validation, Severity.Info);
            return await ExportCommand.RunAsync(result.GetValue(inputs) ?? [], result.GetValue(output)!, stdout, stderr, ct, settings).ConfigureAwait(false);
        });
        return export;
    }

    private static Severity ParseSeverity(string? value) => value switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };
}
