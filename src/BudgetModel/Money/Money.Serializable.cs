using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetModel.Serialization;

namespace BudgetModel;

/// <summary>System.Text.Json writes and reads a <see cref="Money"/> as an exact JSON number of 元
/// (see <see cref="MoneyJsonConverter"/>).</summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money;
