using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Serialization;

namespace BudgetModel;

/// <summary>
/// Writes a <see cref="Money"/> as an exact JSON number in one unit (元 by default): 364,575 元 is <c>364575</c>,
/// 1,424,237.32 元 is <c>1424237.32</c>; never through binary floating point. Reads a plain JSON number in that unit
/// and refuses a string, exponent notation, a value finer than one fen, or one beyond the range of
/// <see cref="Money"/>, with a <see cref="JsonException"/> (the serializer adds the JSON path).
/// A negative zero reads as zero.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private readonly MoneyUnit _unit;

    /// <summary>A converter for amounts in 元, the unit <see cref="Money"/> itself counts in.</summary>
    public MoneyJsonConverter() : this(MoneyUnit.Yuan)
    {
    }

    /// <summary>A converter for amounts in <paramref name="unit"/> (for a property such as <c>amountWan</c>).</summary>
    /// <param name="unit">The unit of the JSON numbers.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public MoneyJsonConverter(MoneyUnit unit)
    {
        if (!Enum.IsDefined(unit))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(unit), unit, "Unknown money unit.");
        }
        _unit = unit;
    }

    /// <summary>The unit of the JSON numbers.</summary>
    public MoneyUnit Unit => _unit;

    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal value = JsonAmounts.ReadExact(ref reader);
        try
        {
            return Money.From(value, _unit);
        }
        catch (ArgumentException)
        {
            throw new JsonException($"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {UnitName} is finer than one fen.");
        }
        catch (BudgetOverflowException)
        {
            throw new JsonException($"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {UnitName} is beyond the range of an amount (about 9.2 × 10¹⁶ 元, 92,233 万亿 元).");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteNumberValue(JsonAmounts.ToDecimal(value, _unit, 0));
    }

    private string UnitName => _unit switch
    {
        MoneyUnit.Wan => "万元",
        MoneyUnit.Yi => "亿元",
        _ => "元",
    };
}
