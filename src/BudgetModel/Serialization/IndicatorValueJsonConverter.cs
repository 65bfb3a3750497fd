using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

/// <summary>Writes an <see cref="IndicatorValue"/> as the JSON string of its published text (<c>"≥90%"</c>) and reads
/// one with <see cref="IndicatorValue.Parse(string)"/>.</summary>
public sealed class IndicatorValueJsonConverter : JsonConverter<IndicatorValue>
{
    /// <inheritdoc />
    public override IndicatorValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected the indicator value (指标值) as a string, found {JsonAmounts.Describe(reader.TokenType)}.");
        }
        try
        {
            return IndicatorValue.Parse(reader.GetString()!);
        }
        catch (Exception e) when (e is IBudgetModelError)
        {
            throw new JsonException(e.Message);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorValue value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStringValue(value.Text);
    }
}
