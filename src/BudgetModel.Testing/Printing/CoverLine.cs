namespace BudgetModel.Testing.Printing;

/// <summary>A centred cover line (unit name, 2026年部门预算, a date).</summary>
/// <param name="Text">The line.</param>
/// <param name="Size">Font size in points.</param>
public sealed record CoverLine(string Text, double Size = 22) : LayoutBlock;
