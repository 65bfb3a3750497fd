using BudgetModel.Testing.Printing;

namespace BudgetModel.Import.Tests.Pdf;

/// <summary>
/// A department document built from layout blocks, rendered as a PDF with the test font and imported: the one way the
/// generated-layout tests read what they print.
/// </summary>
internal static class GeneratedDocument
{
    /// <summary>The cover lines a generated department document starts with: the unit's name and 〈year〉年部门预算.</summary>
    public static LayoutBlock[] Cover(string unit, int year = 2026) => [new CoverLine(unit), new CoverLine($"{year}年部门预算")];

    /// <summary>Renders <paramref name="blocks"/> as one PDF and imports it.</summary>
    public static ImportResult Import(IEnumerable<LayoutBlock> blocks) =>
        DisclosureImporter.Import(new MemoryStream(LayoutRenderer.Render(new DocumentLayout([.. blocks]), TestFont.Font).Bytes));
}
