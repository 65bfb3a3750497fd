using System.Text;
using System.Text.Json;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>
/// The JSON report, written with <see cref="Utf8JsonWriter"/> (no reflection): one object per file
/// <c>{ "file", "findings": [...], "summary": { "errors", "warnings", "infos" } }</c>; several files are wrapped in
/// <c>{ "files": [...], "summary": {...} }</c>. Amounts are JSON numbers in the finding's unit.
/// </summary>
internal static class JsonReport
{
    internal static string Write(IReadOnlyList<CheckOutcome> outcomes)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
                WriteSummary(w, outcomes.Sum(o => o.Report?.Errors ?? 0), outcomes.Sum(o => o.Report?.Warnings ?? 0), outcomes.Sum(o => o.Report?.Infos ?? 0),
                    outcomes.Count(o => o.Failure is not null));
                w.WriteEndObject();
            }
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFile(Utf8JsonWriter w, CheckOutcome o)
    {
        w.WriteStartObject();
        w.WriteString("file", o.Name);
        if (o.Failure is not null)
        {
            w.WriteString("error", o.Failure);
        }
        w.WriteStartArray("findings");
        foreach (var f in o.Report?.Findings ?? [])
        {
            WriteFinding(w, f);
        }
        w.WriteEndArray();
        WriteSummary(w, o.Report?.Errors ?? 0, o.Report?.Warnings ?? 0, o.Report?.Infos ?? 0, null);
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        var l = f.Location;
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("severity", f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" });
        w.WriteString("kind", Camel(f.Kind.ToString()));
        w.WriteString("message", f.Message);
        StringOrNull(w, "table", l.Table?.ToString());
        StringOrNull(w, "code", l.Code);
        StringOrNull(w, "row", l.Row);
        StringOrNull(w, "project", l.Project);
        StringOrNull(w, "column", l.Column?.ToString());
        w.WriteStartArray("lines");
        foreach (var line in l.Lines)
        {
            w.WriteNumberValue(line);
        }
        w.WriteEndArray();
        NumberOrNull(w, "expected", f.Expected);
        NumberOrNull(w, "actual", f.Actual);
        NumberOrNull(w, "difference", f.Difference);
        StringOrNull(w, "unit", f.Unit);
        NumberOrNull(w, "bound", f.Bound is { } b ? BoundIn(b, f.Unit) : null);
        w.WriteEndObject();
    }

    /// <summary>A rounding bound in the finding's unit (万元 or 元; 元 otherwise).</summary>
    internal static decimal BoundIn(RoundingBound bound, string? unit) => unit == "万元" ? bound.Wan : bound.Yuan;

    private static void WriteSummary(Utf8JsonWriter w, int errors, int warnings, int infos, int? unreadable)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("errors", errors);
        w.WriteNumber("warnings", warnings);
        w.WriteNumber("infos", infos);
        if (unreadable is { } u)
        {
            w.WriteNumber("unreadable", u);
        }
        w.WriteEndObject();
    }

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
