using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace BudgetModel.Serialization;

/// <summary>
/// The reading and writing plumbing shared by <see cref="DisclosureJson"/> and <see cref="ReportJson"/>: the limits,
/// the source-generated metadata, and the translation of every serializer error into a
/// <see cref="DisclosureJsonException"/>.
/// </summary>
internal static partial class JsonIo
{
    internal static JsonTypeInfo<T> TypeInfo<T>(DisclosureJsonOptions options) =>
        (JsonTypeInfo<T>)options.SerializerOptions.GetTypeInfo(typeof(T));

    internal static T? Read<T>(ReadOnlySpan<byte> utf8Json, DisclosureJsonOptions options)
    {
        if (utf8Json.Length > options.MaxBytes)
        {
            throw TooLarge(utf8Json.Length, options);
        }
        try
        {
            return JsonSerializer.Deserialize(utf8Json, TypeInfo<T>(options));
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
        catch (NotSupportedException e)
        {
            throw new DisclosureJsonException("$", Sanitize(e.Message), innerException: e);
        }
    }

    internal static T? Read<T>(string json, DisclosureJsonOptions options)
    {
        // A UTF-16 char is at most 3 UTF-8 bytes; only count exactly when that bound is above the limit.
        if ((long)json.Length * 3 > options.MaxBytes)
        {
            long bytes;
            try
            {
                bytes = Encoding.UTF8.GetByteCount(json);
            }
            catch (ArgumentException e)
            {
                throw new DisclosureJsonException("$", "The text is not valid UTF-16 (a lone surrogate).", innerException: e);
            }
            if (bytes > options.MaxBytes)
            {
                throw TooLarge(bytes, options);
            }
        }
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>(options));
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
        catch (NotSupportedException e)
        {
            throw new DisclosureJsonException("$", Sanitize(e.Message), innerException: e);
        }
    }

    internal static T? Read<T>(Stream utf8Json, DisclosureJsonOptions options)
    {
        using var limited = new LimitedReadStream(utf8Json, options.MaxBytes);
        try
        {
            return JsonSerializer.Deserialize(limited, TypeInfo<T>(options));
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
        catch (NotSupportedException e)
        {
            throw new DisclosureJsonException("$", Sanitize(e.Message), innerException: e);
        }
    }

    internal static async ValueTask<T?> ReadAsync<T>(Stream utf8Json, DisclosureJsonOptions options, CancellationToken cancellationToken)
    {
        var limited = new LimitedReadStream(utf8Json, options.MaxBytes);
        await using (limited.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(limited, TypeInfo<T>(options), cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw Translate(e);
            }
            catch (NotSupportedException e)
            {
                throw new DisclosureJsonException("$", Sanitize(e.Message), innerException: e);
            }
        }
    }

    internal static string WriteString<T>(T contract, DisclosureJsonOptions options)
    {
        try
        {
            return JsonSerializer.Serialize(contract, TypeInfo<T>(options));
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
    }

    internal static byte[] WriteBytes<T>(T contract, DisclosureJsonOptions options)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(contract, TypeInfo<T>(options));
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
    }

    internal static void Write<T>(T contract, Stream utf8Json, DisclosureJsonOptions options)
    {
        try
        {
            JsonSerializer.Serialize(utf8Json, contract, TypeInfo<T>(options));
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
    }

    internal static async Task WriteAsync<T>(T contract, Stream utf8Json, DisclosureJsonOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await JsonSerializer.SerializeAsync(utf8Json, contract, TypeInfo<T>(options), cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
    }

    internal static void Write<T>(T contract, IBufferWriter<byte> destination, DisclosureJsonOptions options)
    {
        using var writer = new Utf8JsonWriter(destination, options.WriterOptions);
        Write(contract, writer, options);
    }

    internal static void Write<T>(T contract, Utf8JsonWriter writer, DisclosureJsonOptions options)
    {
        try
        {
            JsonSerializer.Serialize(writer, contract, TypeInfo<T>(options));
            writer.Flush();
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
    }

    /// <summary>Turns a serializer error into the library's exception, keeping path and position.</summary>
    internal static DisclosureJsonException Translate(JsonException e)
    {
        long? line = e.LineNumber is { } l ? l + 1 : null;
        return new DisclosureJsonException(e.Path ?? "$", Sanitize(e.Message), line, e.BytePositionInLine, e);
    }

    internal static DisclosureJsonException TooLarge(long bytes, DisclosureJsonOptions options) =>
        new("$", $"The input has {(bytes > options.MaxBytes ? "more than " + options.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture))} bytes; the limit is {options.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} (DisclosureJsonOptions.MaxBytes).");

    /// <summary>Drops the serializer's own location suffix (the exception carries it as properties) and names the
    /// format's objects instead of the library's internal contract types.</summary>
    internal static string Sanitize(string message)
    {
        var text = LocationSuffix().Replace(message, string.Empty);
        text = ClrType().Replace(text, m => Describe(m.Value));
        return text.Trim();
    }

    private static string Describe(string clrType)
    {
        var name = clrType;
        if (name.StartsWith("System.Nullable`1[", StringComparison.Ordinal))
        {
            name = name["System.Nullable`1[".Length..^1];
        }
        if (name.Contains("BoundedList", StringComparison.Ordinal) || name.Contains("OrderedDictionary", StringComparison.Ordinal))
        {
            return name.Contains("BoundedList", StringComparison.Ordinal) ? "an array" : "an object";
        }
        int dot = name.LastIndexOf('.');
        var shortName = dot >= 0 ? name[(dot + 1)..] : name;
        return shortName switch
        {
            "Decimal" => "a number",
            "Int32" or "Int64" => "an integer",
            "String" => "a string",
            "Boolean" => "true or false",
            "Money" => "an amount",
            _ when shortName.EndsWith("Contract", StringComparison.Ordinal) => "a " + Words(shortName[..^"Contract".Length]) + " object",
            _ => shortName,
        };
    }

    private static string Words(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex LocationSuffix();

    [GeneratedRegex(@"(System\.Nullable`1\[)?(BudgetModel\.[\w.]+|System\.(Decimal|Int32|Int64|String|Boolean)|BudgetModel\.Serialization\.\w+`\d\[[^\]]*\])\]?")]
    private static partial Regex ClrType();
}
