using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

/// <summary>Writes an <see cref="EconomicCode"/> as a JSON string of its digits (<c>"30101"</c>; the system follows
/// from the first digit) and reads one, refusing anything else with a <see cref="JsonException"/>.</summary>
public sealed class EconomicCodeJsonConverter : JsonConverter<EconomicCode>
{
    /// <inheritdoc />
    public override EconomicCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CodeText.ReadCode<EconomicCode>(ref reader, "economic classification code", "an " + EconomicCode.What);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EconomicCode value, JsonSerializerOptions options) =>
        CodeText.WriteCode(writer, value);
}
