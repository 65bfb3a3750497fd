namespace BudgetModel.Testing.Printing;

/// <summary>
/// A generated disclosure: its blocks in order, an optional running header printed at the top of every page but the
/// first, and the page footer style.
/// </summary>
/// <param name="Blocks">The blocks, top to bottom.</param>
/// <param name="RunningHeader">Printed at the top of every page after the first, or null.</param>
/// <param name="Footer">The page footer.</param>
public sealed record DocumentLayout(IReadOnlyList<LayoutBlock> Blocks, string? RunningHeader = null, PageFooter Footer = PageFooter.None);
