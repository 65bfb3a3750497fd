using System.Buffers;
using System.Text.Json;
using BudgetModel.Validation;

namespace BudgetModel.Serialization;

/// <summary>
/// Writes a <see cref="ValidationReport"/> as JSON and reads it back:
/// <c>{ "formatVersion": "1.0", "findings": [ … ], "summary": { "errors": n, "warnings": n, "infos": n } }</c>,
/// one finding per element with its rule, severity, kind, message, location (table, row, code, project, column,
/// lines, cells), the expected and actual figures, their difference, unit and rounding bound. The shape is described
/// in docs/json.md and by <see cref="Schema"/>. Uses the same <see cref="DisclosureJsonOptions"/> and throws the same
/// <see cref="DisclosureJsonException"/> as <see cref="DisclosureJson"/>.
/// </summary>
public static class ReportJson
{
    private static readonly Lazy<string> SchemaText = new(() => EmbeddedSchema.Read("validation-report.schema.json"));

    // Every overload below is a documented one-line facade over the shared mechanics in JsonFormat and JsonIo.
    private static readonly JsonFormat<ValidationReport, ReportContract> Format = new("report", ContractWriter.From, ContractReader.ToReport);

    /// <summary>The JSON Schema (draft 2020-12) of a validation report.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Writes the report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Options, or null for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <exception cref="DisclosureJsonException">A finding holds a value the format cannot express.</exception>
    public static string Write(ValidationReport report, DisclosureJsonOptions? options = null) =>
        Format.Write(report, options);

    /// <summary>Writes the report as UTF-8 JSON bytes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">A finding holds a value the format cannot express.</exception>
    public static byte[] WriteToUtf8Bytes(ValidationReport report, DisclosureJsonOptions? options = null) =>
        Format.WriteToUtf8Bytes(report, options);

    /// <summary>Writes the report as UTF-8 JSON to a stream; the stream is left open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">A finding holds a value the format cannot express.</exception>
    public static void Write(ValidationReport report, Stream utf8Json, DisclosureJsonOptions? options = null) =>
        Format.Write(report, utf8Json, options);

    /// <summary>Writes the report as UTF-8 JSON to a stream asynchronously; the stream is left open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="DisclosureJsonException">A finding holds a value the format cannot express.</exception>
    public static Task WriteAsync(ValidationReport report, Stream utf8Json, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default) =>
        Format.WriteAsync(report, utf8Json, options, cancellationToken);

    /// <summary>Writes the report as UTF-8 JSON into a buffer writer.</summary>
    /// <param name="report">The report.</param>
    /// <param name="destination">The buffer.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">A finding holds a value the format cannot express.</exception>
    public static void Write(ValidationReport report, IBufferWriter<byte> destination, DisclosureJsonOptions? options = null) =>
        Format.Write(report, destination, options);

    /// <summary>Writes the report as one JSON value with the caller's writer; the writer is flushed, not disposed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="DisclosureJsonException">A finding holds a value the format cannot express.</exception>
    public static void Write(ValidationReport report, Utf8JsonWriter writer) =>
        Format.Write(report, writer);

    /// <summary>Writes the report as JSON text to a text writer; the writer is left open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The text writer.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">A finding holds a value the format cannot express.</exception>
    public static void Write(ValidationReport report, TextWriter writer, DisclosureJsonOptions? options = null) =>
        Format.Write(report, writer, options);

    /// <summary>Reads a report from JSON text. A <c>summary</c>, when present, must agree with the findings.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The text is not a validation report of format 1.0 within the limits.</exception>
    public static ValidationReport Read(string json, DisclosureJsonOptions? options = null) =>
        Format.Read(json, options);

    /// <summary>Reads a report from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The bytes are not a validation report of format 1.0 within the limits.</exception>
    public static ValidationReport Read(ReadOnlySpan<byte> utf8Json, DisclosureJsonOptions? options = null) =>
        Format.Read(utf8Json, options);

    /// <summary>Reads a report from a UTF-8 JSON stream incrementally, within the limits; the stream is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The stream does not hold a validation report of format 1.0 within the limits.</exception>
    public static ValidationReport Read(Stream utf8Json, DisclosureJsonOptions? options = null) =>
        Format.Read(utf8Json, options);

    /// <summary>Reads a report from a UTF-8 JSON stream asynchronously, within the limits; the stream is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DisclosureJsonException">The stream does not hold a validation report of format 1.0 within the limits.</exception>
    public static ValueTask<ValidationReport> ReadAsync(Stream utf8Json, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default) =>
        Format.ReadAsync(utf8Json, options, cancellationToken);
}
