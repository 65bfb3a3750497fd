using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetModel.Import;
using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>
/// The JSON report of <c>check --format json</c>. Each file's report is the library's own validation report
/// (<see cref="ReportJson"/>, docs/json.md, docs/schema/validation-report.schema.json); the CLI only wraps it:
/// one file is <c>{ "file": …, "report": { … } }</c> (or <c>{ "file": …, "error": … }</c> when it could not be
/// read); several files are <c>{ "files": [ …one such object per file… ], "summary": { "errors", "warnings",
/// "infos", "unreadable" } }</c>.
/// With <c>--severity warning</c> or <c>error</c>, the report holds only the findings at or above it (its summary, as
/// the report format requires, counts what it holds) and a <c>"hidden": { "warnings", "infos" }</c> member beside it
/// counts the findings left out; several files also have the sum of these beside their <c>summary</c>.
/// When the source has pages (a PDF) or is several documents (<c>--combine</c>), a <c>"places"</c> member beside the
/// report gives, for each finding of the report in order, one place per entry of its <c>lines</c>:
/// <c>{ "document", "page" }</c> for a line of a PDF, <c>{ "document", "line" }</c> (the line in that document) for a
/// line of a text. The library's report format is unchanged. A file that could not be read has, beside its
/// <c>"error"</c>, the kind of failure (<c>"failure": "damaged"</c>) and the PDF page (<c>"page"</c>) when known.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    internal static string Write(IReadOnlyList<CheckOutcome> outcomes, Severity minimum = Severity.Info)
    {
        var shown = outcomes.Select(o => o.Report is { } r ? Shown(r, minimum) : null).ToArray();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (outcomes.Count == 1)
            {
                WriteFile(w, outcomes[0], shown[0], minimum);
            }
            else
            {
                w.WriteStartObject();
                w.WriteStartArray("files");
                for (int i = 0; i < outcomes.Count; i++)
                {
                    WriteFile(w, outcomes[i], shown[i], minimum);
                }
                w.WriteEndArray();
                w.WriteStartObject("summary");
                w.WriteNumber("errors", shown.Sum(r => r?.Errors ?? 0));
                w.WriteNumber("warnings", shown.Sum(r => r?.Warnings ?? 0));
                w.WriteNumber("infos", shown.Sum(r => r?.Infos ?? 0));
                w.WriteNumber("unreadable", outcomes.Count(o => o.Report is null));
                w.WriteEndObject();
                if (minimum > Severity.Info)
                {
                    WriteHidden(w, outcomes.Sum(o => o.Report?.Warnings ?? 0) - shown.Sum(r => r?.Warnings ?? 0),
                        outcomes.Sum(o => o.Report?.Infos ?? 0) - shown.Sum(r => r?.Infos ?? 0));
                }
                w.WriteEndObject();
            }
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The report with the findings at or above <paramref name="minimum"/>, in the same order.</summary>
    private static ValidationReport Shown(ValidationReport report, Severity minimum) =>
        minimum == Severity.Info ? report : new ValidationReport(report.Findings.Where(f => f.Severity >= minimum));

    private static void WriteHidden(Utf8JsonWriter w, int warnings, int infos)
    {
        w.WriteStartObject("hidden");
        w.WriteNumber("warnings", warnings);
        w.WriteNumber("infos", infos);
        w.WriteEndObject();
    }

    /// <summary>The name of a failure in the JSON report and the text report: the camelCase enumeration name
    /// (<c>damaged</c>, <c>noTextLayer</c>).</summary>
    internal static string FailureName(ImportFailure failure) => JsonNamingPolicy.CamelCase.ConvertName(failure.ToString());

    /// <summary>The <c>places</c> member: for each finding, the place of each of its lines.</summary>
    private static void WritePlaces(Utf8JsonWriter w, ValidationReport shown, IReadOnlyDictionary<int, SourcePlace> places)
    {
        w.WriteStartArray("places");
        foreach (var finding in shown.Findings)
        {
            w.WriteStartArray();
            foreach (var line in finding.Location.Lines)
            {
                w.WriteStartObject();
                if (places.TryGetValue(line, out var place))
                {
                    if (place.Document is { } document)
                    {
                        w.WriteString("document", document);
                    }
                    if (place.Page is { } page)
                    {
                        w.WriteNumber("page", page);
                    }
                    else
                    {
                        w.WriteNumber("line", place.Line);
                    }
                }
                else
                {
                    w.WriteNumber("line", line);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void WriteFile(Utf8JsonWriter w, CheckOutcome o, ValidationReport? shown, Severity minimum)
    {
        w.WriteStartObject();
        w.WriteString("file", o.Name);
        if (o.Report is { } report && shown is not null)
        {
            w.WritePropertyName("report");
            ReportJson.Write(shown, w);
            if (minimum > Severity.Info)
            {
                WriteHidden(w, report.Warnings - shown.Warnings, report.Infos - shown.Infos);
            }
            if (o.Places is { } places)
            {
                WritePlaces(w, shown, places);
            }
        }
        else
        {
            w.WriteString("error", o.Failure);
            if (o.FailureKind is { } kind)
            {
                w.WriteString("failure", FailureName(kind));
            }
            if (o.FailurePage is { } page)
            {
                w.WriteNumber("page", page);
            }
        }
        w.WriteEndObject();
    }
}
