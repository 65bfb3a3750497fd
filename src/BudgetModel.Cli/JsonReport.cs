using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetModel.Serialization;

namespace BudgetModel.Cli;

/// <summary>
/// The JSON report of <c>check --format json</c>. Each file's report is the library's own validation report
/// (<see cref="ReportJson"/>, docs/json.md, docs/schema/validation-report.schema.json); the CLI only wraps it:
/// one file is <c>{ "file": …, "report": { … } }</c> (or <c>{ "file": …, "error": … }</c> when it could not be
/// read); several files are <c>{ "files": [ …one such object per file… ], "summary": { "errors", "warnings",
/// "infos", "unreadable" } }</c>.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    internal static string Write(IReadOnlyList<CheckOutcome> outcomes)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (outcomes.Count == 1)
            {
                WriteFile(w, outcomes[0]);
            }
            else
            {
                w.WriteStartObject();
                w.WriteStartArray("files");
                foreach (var o in outcomes)
                {
                    WriteFile(w, o);
                }
                w.WriteEndArray();
                w.WriteStartObject("summary");
                w.WriteNumber("errors", outcomes.Sum(o => o.Report?.Errors ?? 0));
                w.WriteNumber("warnings", outcomes.Sum(o => o.Report?.Warnings ?? 0));
                w.WriteNumber("infos", outcomes.Sum(o => o.Report?.Infos ?? 0));
                w.WriteNumber("unreadable", outcomes.Count(o => o.Report is null));
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFile(Utf8JsonWriter w, CheckOutcome o)
    {
        w.WriteStartObject();
        w.WriteString("file", o.Name);
        if (o.Report is { } report)
        {
            w.WritePropertyName("report");
            ReportJson.Write(report, w);
        }
        else
        {
            w.WriteString("error", o.Failure);
        }
        w.WriteEndObject();
    }
}
