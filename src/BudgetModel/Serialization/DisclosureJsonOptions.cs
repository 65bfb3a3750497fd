using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace BudgetModel.Serialization;

/// <summary>
/// How <see cref="DisclosureJson"/> and <see cref="ReportJson"/> write and read: layout, strictness and the limits
/// that protect a reader from hostile input. Immutable once built; share one instance freely (it caches the
/// serializer metadata it builds on first use).
/// </summary>
public sealed class DisclosureJsonOptions
{
    /// <summary>The default <see cref="MaxDepth"/>: 16 (the format itself nests six deep).</summary>
    public const int DefaultMaxDepth = 16;

    /// <summary>The smallest <see cref="MaxDepth"/> accepted: 8, enough for every document of the format.</summary>
    public const int MinMaxDepth = 8;

    /// <summary>The default <see cref="MaxArrayLength"/>: 100,000 elements in any one array.</summary>
    public const int DefaultMaxArrayLength = 100_000;

    /// <summary>The default <see cref="MaxBytes"/>: 32 MiB of UTF-8 input.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly int _maxArrayLength = DefaultMaxArrayLength;
    private readonly long _maxBytes = DefaultMaxBytes;
    private JsonSerializerOptions? _serializerOptions;

    /// <summary>The defaults: compact output, unknown properties rejected, the default limits.</summary>
    public static DisclosureJsonOptions Default { get; } = new();

    /// <summary>Write with line breaks and two-space indentation (<c>\n</c> line ends on every platform).
    /// Default false: compact. Reading ignores it.</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// Skip object properties the format does not define instead of rejecting them. Default false: an unknown
    /// property is an error (a misspelt <c>"totl"</c> must not vanish silently). Unknown enumeration names and
    /// unknown column keys in <c>values</c> are errors either way.
    /// </summary>
    public bool IgnoreUnknownProperties { get; init; }

    /// <summary>The deepest nesting of objects and arrays the reader accepts (and the writer produces), at least
    /// <see cref="MinMaxDepth"/>. Default <see cref="DefaultMaxDepth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below <see cref="MinMaxDepth"/> or above 1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init
        {
            if (value < MinMaxDepth || value > 1000)
            {
                Preconditions.ThrowArgumentOutOfRange(nameof(MaxDepth), value, $"MaxDepth must be between {MinMaxDepth} and 1000.");
            }
            _maxDepth = value;
        }
    }

    /// <summary>The most elements any one array may have (tables, rows, sheets, indicators, facts, findings …).
    /// Checked as elements are read, so a huge array is refused before it is held whole. Default
    /// <see cref="DefaultMaxArrayLength"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxArrayLength
    {
        get => _maxArrayLength;
        init => _maxArrayLength = Positive(value, nameof(MaxArrayLength));
    }

    /// <summary>The most bytes of UTF-8 input a read accepts. A stream is counted as its bytes arrive and refused
    /// as soon as it passes the limit, so it is never buffered whole. Default <see cref="DefaultMaxBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = Positive(value, nameof(MaxBytes));
    }

    /// <summary>The value of a limit that must be positive, or <see cref="ArgumentOutOfRangeException"/> naming it.</summary>
    private static T Positive<T>(T value, string name)
        where T : INumber<T>
    {
        if (value <= T.Zero)
        {
            Preconditions.ThrowArgumentOutOfRange(name, value, $"{name} must be positive.");
        }
        return value;
    }

    /// <summary>The serializer options these settings stand for, built once.</summary>
    internal JsonSerializerOptions SerializerOptions
    {
        get
        {
            var built = Volatile.Read(ref _serializerOptions);
            if (built is null)
            {
                built = BuildSerializerOptions();
                built = Interlocked.CompareExchange(ref _serializerOptions, built, null) ?? built;
            }
            return built;
        }
    }

    /// <summary>Writer options for a writer this library creates.</summary>
    internal JsonWriterOptions WriterOptions => new()
    {
        Indented = Indented,
        Encoder = Encoder,
        MaxDepth = MaxDepth,
        NewLine = "\n",
    };

    /// <summary>Writes Chinese text as itself rather than as \u escapes; still escapes HTML-sensitive characters.</summary>
    internal static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    private JsonSerializerOptions BuildSerializerOptions()
    {
        int maxArrayLength = MaxArrayLength;
        var options = new JsonSerializerOptions(DisclosureJsonContext.Default.Options)
        {
            WriteIndented = Indented,
            NewLine = "\n",
            Encoder = Encoder,
            MaxDepth = MaxDepth,
            AllowDuplicateProperties = false,
            AllowOutOfOrderMetadataProperties = true,
            UnmappedMemberHandling = IgnoreUnknownProperties ? JsonUnmappedMemberHandling.Skip : JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = DisclosureJsonContext.Default.WithAddedModifier(info => LimitArrays(info, maxArrayLength)),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void LimitArrays(JsonTypeInfo info, int maxArrayLength)
    {
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.CreateObject is { } create && typeof(IBoundedList).IsAssignableFrom(info.Type))
        {
            info.CreateObject = () =>
            {
                var list = create();
                ((IBoundedList)list).Limit = maxArrayLength;
                return list;
            };
        }
    }
}
