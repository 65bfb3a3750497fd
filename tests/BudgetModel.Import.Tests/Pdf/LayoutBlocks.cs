namespace BudgetModel.Import.Tests.Pdf;

/// <summary>One element of a generated document, laid out top to bottom.</summary>
internal abstract record LayoutBlock;

/// <summary>A centred cover line (unit name, 2026年部门预算, a date).</summary>
/// <param name="Text">The line.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record CoverLine(string Text, double Size = 22) : LayoutBlock;

/// <summary>A heading on its own line, left-aligned (第一部分 概况, 一、主要职责).</summary>
/// <param name="Text">The heading.</param>
internal sealed record Heading(string Text) : LayoutBlock;

/// <summary>A prose paragraph, indented by two characters and wrapped at the right margin.</summary>
/// <param name="Text">The paragraph.</param>
internal sealed record Paragraph(string Text) : LayoutBlock;

/// <summary>Ends the current page.</summary>
internal sealed record PageBreak : LayoutBlock;
