using System.Buffers;
using System.Text.Json;

namespace BudgetModel.Serialization;

/// <summary>
/// The overload set behind a public JSON facade (<see cref="DisclosureJson"/>, <see cref="ReportJson"/>): checks the
/// arguments, applies <see cref="DisclosureJsonOptions.Default"/> for null options, turns the domain value into its
/// contract and back, and hands the contract to <see cref="JsonIo"/> (limits, metadata, error translation). One instance
/// per format; immutable and thread-safe.
/// </summary>
/// <typeparam name="TValue">The domain type written and read (a reference type).</typeparam>
/// <typeparam name="TContract">The serialization contract of <typeparamref name="TValue"/>.</typeparam>
/// <param name="valueName">The facade's parameter name for the value, reported by <see cref="ArgumentNullException"/>.</param>
/// <param name="toContract">Turns a value into its contract.</param>
/// <param name="fromContract">Turns a contract read (null for the JSON literal <c>null</c>) into a value, or throws
/// <see cref="DisclosureJsonException"/>.</param>
internal sealed class JsonFormat<TValue, TContract>(
    string valueName, Func<TValue, TContract> toContract, Func<TContract?, TValue> fromContract)
    where TValue : class
{
    internal string Write(TValue value, DisclosureJsonOptions? options) =>
        JsonIo.WriteString(Contract(value), options ?? DisclosureJsonOptions.Default);

    internal byte[] WriteToUtf8Bytes(TValue value, DisclosureJsonOptions? options) =>
        JsonIo.WriteBytes(Contract(value), options ?? DisclosureJsonOptions.Default);

    internal void Write(TValue value, Stream utf8Json, DisclosureJsonOptions? options)
    {
        Guard.Against.Null(utf8Json);
        JsonIo.Write(Contract(value), utf8Json, options ?? DisclosureJsonOptions.Default);
    }

    internal Task WriteAsync(TValue value, Stream utf8Json, DisclosureJsonOptions? options, CancellationToken cancellationToken)
    {
        Guard.Against.Null(utf8Json);
        return JsonIo.WriteAsync(Contract(value), utf8Json, options ?? DisclosureJsonOptions.Default, cancellationToken);
    }

    internal void Write(TValue value, IBufferWriter<byte> destination, DisclosureJsonOptions? options)
    {
        Guard.Against.Null(destination);
        JsonIo.Write(Contract(value), destination, options ?? DisclosureJsonOptions.Default);
    }

    /// <summary>Writes with the caller's writer: its indentation and encoder apply, so no options are taken.</summary>
    internal void Write(TValue value, Utf8JsonWriter writer)
    {
        Guard.Against.Null(writer);
        JsonIo.Write(Contract(value), writer, DisclosureJsonOptions.Default);
    }

    internal void Write(TValue value, TextWriter writer, DisclosureJsonOptions? options)
    {
        Guard.Against.Null(writer);
        writer.Write(Write(value, options));
    }

    internal TValue Read(string json, DisclosureJsonOptions? options) =>
        fromContract(JsonIo.Read<TContract>(Guard.Against.Null(json), options ?? DisclosureJsonOptions.Default));

    internal TValue Read(ReadOnlySpan<byte> utf8Json, DisclosureJsonOptions? options) =>
        fromContract(JsonIo.Read<TContract>(utf8Json, options ?? DisclosureJsonOptions.Default));

    internal TValue Read(Stream utf8Json, DisclosureJsonOptions? options) =>
        fromContract(JsonIo.Read<TContract>(Guard.Against.Null(utf8Json), options ?? DisclosureJsonOptions.Default));

    internal async ValueTask<TValue> ReadAsync(Stream utf8Json, DisclosureJsonOptions? options, CancellationToken cancellationToken)
    {
        Guard.Against.Null(utf8Json);
        var contract = await JsonIo.ReadAsync<TContract>(utf8Json, options ?? DisclosureJsonOptions.Default, cancellationToken).ConfigureAwait(false);
        return fromContract(contract);
    }

    /// <summary>The contract of a value, after the null check that names the facade's parameter.</summary>
    private TContract Contract(TValue value) => toContract(Guard.Against.Null(value, valueName));
}
