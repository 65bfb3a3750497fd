namespace BudgetModel.Testing.Printing;

/// <summary>A rendered document: the PDF bytes, its page count and where each table went.</summary>
/// <param name="Bytes">The PDF.</param>
/// <param name="PageCount">Pages.</param>
/// <param name="Tables">The tables, in order.</param>
public sealed record RenderedDocument(byte[] Bytes, int PageCount, IReadOnlyList<RenderedTable> Tables);
