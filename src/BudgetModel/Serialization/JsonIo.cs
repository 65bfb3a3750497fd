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
        catch (ArgumentException e)
        {
            // The serializer transcodes the text to UTF-8 first and refuses an unpaired surrogate.
            throw new DisclosureJsonException("$", "The text is not valid UTF-16 (an unpaired surrogate).", innerException: e);
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

    /// <summary>Rewords the serializer's messages in terms of the format: drops its location suffix (the exception
    /// carries path and position as properties) and names the format's objects and JSON types instead of the
    /// library's internal contract types.</summary>
    internal static string Sanitize(string message)
    {
        var text = LocationSuffix().Replace(message, string.Empty).Trim();
        Match m;
        if ((m = Unmapped().Match(text)).Success)
        {
            return $"Unknown property '{m.Groups[1].Value}' in {Subject(m.Groups[2].Value)} (DisclosureJsonOptions.IgnoreUnknownProperties skips unknown properties).";
        }
        if ((m = DuplicateProperty().Match(text)).Success)
        {
            return $"The property '{m.Groups[1].Value}' appears twice.";
        }
        if (text.StartsWith("Duplicate properties", StringComparison.Ordinal))
        {
            return "The key appears twice in this object.";
        }
        if ((m = NotConverted().Match(text)).Success)
        {
            return $"Expected {JsonKind(m.Groups[1].Value)} here.";
        }
        if ((m = Discriminator().Match(text)).Success)
        {
            return $"Unknown row type '{m.Groups[1].Value}': a row is of type function, source, economic, revenue, named or summary.";
        }
        if (text.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return text + " (DisclosureJsonOptions.MaxDepth)";
        }
        return text;
    }

    /// <summary>What JSON a CLR type of the contract stands for: "an integer", "an array", "an object".</summary>
    private static string JsonKind(string clrType)
    {
        var name = clrType.StartsWith("System.Nullable`1[", StringComparison.Ordinal) ? clrType["System.Nullable`1[".Length..^1] : clrType;
        if (name.Contains("BoundedList`1", StringComparison.Ordinal))
        {
            return "an array";
        }
        if (name.Contains("Dictionary`2", StringComparison.Ordinal) || name.EndsWith("Contract", StringComparison.Ordinal))
        {
            return "an object";
        }
        return name[(name.LastIndexOf('.') + 1)..] switch
        {
            "Int32" or "Int64" => "an integer",
            "Decimal" => "a number",
            "String" => "a string",
            "Boolean" => "true or false",
            var other => other,
        };
    }

    /// <summary>The format's name of a contract type: "a named row", "the disclosure".</summary>
    private static string Subject(string clrType)
    {
        var name = clrType[(clrType.LastIndexOf('.') + 1)..];
        if (name == nameof(RowContract))
        {
            return "a row without 'type'";
        }
        if (name.EndsWith("Contract", StringComparison.Ordinal))
        {
            name = name[..^"Contract".Length];
        }
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }
            words.Append(char.ToLowerInvariant(c));
        }
        var text = words.ToString();
        return (text.Length > 0 && "aeiou".Contains(text[0], StringComparison.Ordinal) ? "an " : "a ") + text;
    }

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped to any \.NET member contained in type '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"^Duplicate property '(.*)' encountered", RegexOptions.Singleline)]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"^The JSON value could not be converted to (.*)\.$", RegexOptions.Singleline)]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"^Read unrecognized type discriminator id '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Discriminator();

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex LocationSuffix();

}
