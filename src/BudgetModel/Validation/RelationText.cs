using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BudgetModel.Validation;

/// <summary>
/// The description of a relation for its finding's message, as an interpolated string that is formatted only when
/// the relation does not hold: the handler checks the relation first, and when it holds the holes are not even
/// evaluated, so a relation that holds costs no string.
/// </summary>
[InterpolatedStringHandler]
internal ref struct RelationText
{
    private readonly string? _text;
    private readonly StringBuilder? _builder;
    private readonly bool _checked;

    /// <summary>Starts the description of <c>actual = Σ parts</c>.</summary>
    public RelationText(int literalLength, int formattedCount, ValidationContext context, Figure actual, ReadOnlySpan<Term> parts, out bool shouldAppend)
    {
        _ = literalLength;
        _ = formattedCount;
        _text = null;
        shouldAppend = !RelationChecker.Holds(actual, parts);
        _builder = shouldAppend ? context.MessageBuilder() : null;
        _checked = true;
    }

    /// <summary>Starts the description of <c>actual = expected</c>.</summary>
    public RelationText(int literalLength, int formattedCount, ValidationContext context, Figure actual, Figure expected, out bool shouldAppend)
    {
        _ = literalLength;
        _ = formattedCount;
        _text = null;
        shouldAppend = actual.Amount != expected.Amount;
        _builder = shouldAppend ? context.MessageBuilder() : null;
        _checked = true;
    }

    private RelationText(string text)
    {
        _text = text;
        _builder = null;
        _checked = false;
    }

    /// <summary>Whether the relation holds, when the handler checked it (null for a description made beforehand).</summary>
    internal readonly bool? KnownToHold => _checked ? _builder is null : null;

    /// <summary>A description already made.</summary>
    public static implicit operator RelationText(string text) => new(text);

    /// <summary>Appends literal text.</summary>
    public readonly void AppendLiteral(string value) => _builder!.Append(value);

    /// <summary>Appends a value.</summary>
    public readonly void AppendFormatted<T>(T value) => _builder!.Append(CultureInfo.InvariantCulture, $"{value}");

    /// <summary>Appends a string.</summary>
    public readonly void AppendFormatted(string? value) => _builder!.Append(value);

    /// <summary>The builder holding the description: the one it was formatted into, else <paramref name="builder"/>
    /// cleared and given the description made beforehand.</summary>
    internal readonly StringBuilder Written(StringBuilder builder) => _builder ?? builder.Clear().Append(_text);
}
