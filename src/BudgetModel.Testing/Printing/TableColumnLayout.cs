namespace BudgetModel.Testing.Printing;

/// <summary>A column: its width in points and how its body cells are aligned.</summary>
/// <param name="Width">Width in points.</param>
/// <param name="Align">Alignment of body cells.</param>
public sealed record TableColumnLayout(double Width, CellAlign Align);
