namespace BudgetModel;

/// <summary>
/// Marks every exception BudgetModel throws on purpose, whatever its base type: <see cref="BudgetModelException"/> and
/// its family (import, JSON, catalog and validation errors), <see cref="BudgetFormatException"/> (a
/// <see cref="FormatException"/>: text that is not the value it should be) and <see cref="BudgetOverflowException"/> (an
/// <see cref="OverflowException"/>: a result outside the library's range). Catch them all with
/// <c>catch (Exception e) when (e is IBudgetModelError)</c>; catch <see cref="FormatException"/> or
/// <see cref="OverflowException"/> to handle bad text or overflow from any parser alike.
/// </summary>
/// <remarks>Every exception of the library derives from the framework exception of its kind, so that it is caught
/// where that kind is expected; a class can have one base only, hence the marker.</remarks>
#pragma warning disable CA1040 // A marker on exceptions: the one way to catch the family across its framework bases.
public interface IBudgetModelError
#pragma warning restore CA1040
{
}
