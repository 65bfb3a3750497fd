using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

/// <summary>Writes a <see cref="FunctionCode"/> as a JSON string of its digits (<c>"2150517"</c>) and reads one,
/// refusing anything but 3, 5 or 7 ASCII digits with a <see cref="JsonException"/>.</summary>
public sealed class FunctionCodeJsonConverter : JsonConverter<FunctionCode>
{
    /// <inheritdoc />
    public override FunctionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CodeText.ReadCode<FunctionCode>(ref reader, "function classification code", "a " + FunctionCode.What);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FunctionCode value, JsonSerializerOptions options) =>
        CodeText.WriteCode(writer, value);
}
