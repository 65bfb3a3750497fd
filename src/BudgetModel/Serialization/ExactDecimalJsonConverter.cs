using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

/// <summary>Reads every <see cref="decimal"/> of the format exactly (see <see cref="JsonAmounts.ReadExact"/>) and writes
/// it without a negative zero.</summary>
internal sealed class ExactDecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonAmounts.ReadExact(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(JsonAmounts.Normalize(value));
}
