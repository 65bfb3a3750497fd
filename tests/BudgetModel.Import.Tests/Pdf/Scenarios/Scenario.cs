using BudgetModel.Disclosure;

namespace BudgetModel.Import.Tests.Pdf.Scenarios;

/// <summary>A generated disclosure: its layout, what its tables say, and the unit its amounts are printed in.</summary>
/// <param name="Name">S1-standard, S2-column-order, ….</param>
/// <param name="Layout">The document.</param>
/// <param name="Tables">The tables as written, in print order.</param>
/// <param name="Precision">The unit and decimals of every table.</param>
internal sealed record Scenario(string Name, DocumentLayout Layout, IReadOnlyList<ExpectedTable> Tables, PublishedPrecision Precision)
{
    private readonly Lazy<RenderedDocument> _rendered = new(() => LayoutRenderer.Render(Layout, TestFont.Font));

    /// <summary>The PDF, rendered once.</summary>
    public RenderedDocument Rendered => _rendered.Value;

    /// <summary>The PDF bytes.</summary>
    public byte[] Pdf => Rendered.Bytes;

    /// <summary>The same document as the importer's text form (see <see cref="LayoutText"/>).</summary>
    public string Text => LayoutText.Render(Layout);

    /// <inheritdoc />
    public override string ToString() => Name;
}
