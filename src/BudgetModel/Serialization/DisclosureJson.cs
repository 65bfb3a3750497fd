using System.Buffers;
using System.Text.Json;
using BudgetModel.Disclosure;

namespace BudgetModel.Serialization;

/// <summary>
/// Writes a <see cref="BudgetDisclosure"/> as JSON (format 1.0, described in docs/json.md and by <see cref="Schema"/>)
/// and reads it back. Amounts are exact JSON numbers in the unit the property (or its table) names; codes are strings;
/// enumerations are stable English names. Reading checks every property and limit and throws
/// <see cref="DisclosureJsonException"/> — with the JSON path, the problem and the position — for anything else.
/// <code>
/// string json = DisclosureJson.Write(disclosure, new DisclosureJsonOptions { Indented = true });
/// BudgetDisclosure again = DisclosureJson.Read(json);
/// </code>
/// Thread-safe; uses source-generated System.Text.Json metadata (no reflection, trimming- and AOT-safe).
/// </summary>
public static class DisclosureJson
{
    /// <summary>The version of the format written, and the only one read: <c>"1.0"</c>.</summary>
    public const string FormatVersion = "1.0";

    private static readonly Lazy<string> SchemaText = new(() => EmbeddedSchema.Read("budget-disclosure.schema.json"));

    // Every overload below is a documented one-line facade over the shared mechanics in JsonFormat and JsonIo.
    private static readonly JsonFormat<BudgetDisclosure, DisclosureContract> Format = new("disclosure", ContractWriter.From, ContractReader.ToDisclosure);

    /// <summary>The JSON Schema (draft 2020-12) of the format, with the official Chinese term of each property.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Writes the disclosure as a JSON string.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="options">Options, or null for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <exception cref="DisclosureJsonException">The disclosure holds a value the format cannot express (an undefined
    /// enumeration value, a row with the same column twice).</exception>
    public static string Write(BudgetDisclosure disclosure, DisclosureJsonOptions? options = null) =>
        Format.Write(disclosure, options);

    /// <summary>Writes the disclosure as UTF-8 JSON bytes.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The disclosure holds a value the format cannot express.</exception>
    public static byte[] WriteToUtf8Bytes(BudgetDisclosure disclosure, DisclosureJsonOptions? options = null) =>
        Format.WriteToUtf8Bytes(disclosure, options);

    /// <summary>Writes the disclosure as UTF-8 JSON to a stream; the stream is left open.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The disclosure holds a value the format cannot express.</exception>
    public static void Write(BudgetDisclosure disclosure, Stream utf8Json, DisclosureJsonOptions? options = null) =>
        Format.Write(disclosure, utf8Json, options);

    /// <summary>Writes the disclosure as UTF-8 JSON to a stream asynchronously; the stream is left open.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="DisclosureJsonException">The disclosure holds a value the format cannot express.</exception>
    public static Task WriteAsync(BudgetDisclosure disclosure, Stream utf8Json, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default) =>
        Format.WriteAsync(disclosure, utf8Json, options, cancellationToken);

    /// <summary>Writes the disclosure as UTF-8 JSON into a buffer writer.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="destination">The buffer to write to.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The disclosure holds a value the format cannot express.</exception>
    public static void Write(BudgetDisclosure disclosure, IBufferWriter<byte> destination, DisclosureJsonOptions? options = null) =>
        Format.Write(disclosure, destination, options);

    /// <summary>Writes the disclosure as one JSON value with the caller's writer (its indentation and encoder apply);
    /// the writer is flushed, not disposed.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="DisclosureJsonException">The disclosure holds a value the format cannot express.</exception>
    public static void Write(BudgetDisclosure disclosure, Utf8JsonWriter writer) =>
        Format.Write(disclosure, writer);

    /// <summary>Writes the disclosure as JSON text to a text writer; the writer is left open.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="writer">The text writer.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The disclosure holds a value the format cannot express.</exception>
    public static void Write(BudgetDisclosure disclosure, TextWriter writer, DisclosureJsonOptions? options = null) =>
        Format.Write(disclosure, writer, options);

    /// <summary>Reads a disclosure from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Options, or null for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <exception cref="DisclosureJsonException">The text is not a disclosure of format 1.0 within the limits.</exception>
    public static BudgetDisclosure Read(string json, DisclosureJsonOptions? options = null) =>
        Format.Read(json, options);

    /// <summary>Reads a disclosure from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The UTF-8 bytes (a byte array converts implicitly).</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The bytes are not a disclosure of format 1.0 within the limits.</exception>
    public static BudgetDisclosure Read(ReadOnlySpan<byte> utf8Json, DisclosureJsonOptions? options = null) =>
        Format.Read(utf8Json, options);

    /// <summary>Reads a disclosure from a UTF-8 JSON stream, incrementally: the stream is refused as soon as it passes
    /// <see cref="DisclosureJsonOptions.MaxBytes"/> or an array passes <see cref="DisclosureJsonOptions.MaxArrayLength"/>,
    /// without being buffered whole. The stream is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <exception cref="DisclosureJsonException">The stream does not hold a disclosure of format 1.0 within the limits.</exception>
    public static BudgetDisclosure Read(Stream utf8Json, DisclosureJsonOptions? options = null) =>
        Format.Read(utf8Json, options);

    /// <summary>Reads a disclosure from a UTF-8 JSON stream asynchronously, with the same limits as
    /// <see cref="Read(Stream, DisclosureJsonOptions?)"/>. The stream is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DisclosureJsonException">The stream does not hold a disclosure of format 1.0 within the limits.</exception>
    public static ValueTask<BudgetDisclosure> ReadAsync(Stream utf8Json, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default) =>
        Format.ReadAsync(utf8Json, options, cancellationToken);
}

/// <summary>The JSON Schemas embedded in the assembly (the same files as docs/schema).</summary>
internal static class EmbeddedSchema
{
    internal static string Read(string fileName)
    {
        var assembly = typeof(EmbeddedSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream("BudgetModel.Serialization." + fileName)
            ?? throw new BudgetModelException($"The schema '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
