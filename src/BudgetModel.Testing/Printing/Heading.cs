namespace BudgetModel.Testing.Printing;

/// <summary>A heading on its own line, left-aligned (第一部分 概况, 一、主要职责).</summary>
/// <param name="Text">The heading.</param>
public sealed record Heading(string Text) : LayoutBlock;
