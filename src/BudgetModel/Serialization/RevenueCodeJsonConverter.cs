using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Classification;
using BudgetModel.Performance;

namespace BudgetModel.Serialization;

/// <summary>Writes a <see cref="RevenueCode"/> as a JSON string of its digits (<c>"1030148"</c>) and reads one,
/// refusing anything but 3, 5, 7 or 9 ASCII digits with a <see cref="JsonException"/>.</summary>
public sealed class RevenueCodeJsonConverter : JsonConverter<RevenueCode>
{
    /// <inheritdoc />
    public override RevenueCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CodeText.ReadCode<RevenueCode>(ref reader, "revenue classification code", "a " + RevenueCode.What);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RevenueCode value, JsonSerializerOptions options) =>
        CodeText.WriteCode(writer, value);
}
