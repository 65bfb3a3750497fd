using System.Text;

namespace BudgetModel.Testing.Printing;

/// <summary>
/// The same <see cref="DocumentLayout"/> as the text the importer's text path reads (cells separated by tabs, one line
/// per row, names unwrapped, no page furniture): what a perfect reading of the PDF would give. Tests use it to check
/// that a scenario's figures are consistent independently of the PDF reading layer.
/// </summary>
public static class LayoutText
{
    /// <summary>The text of the document.</summary>
    public static string Render(DocumentLayout layout)
    {
        var sb = new StringBuilder();
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case CoverLine cover:
                    sb.Append(cover.Text).Append("\n\n");
                    break;
                case Heading heading:
                    sb.Append(heading.Text).Append("\n\n");
                    break;
                case Paragraph paragraph:
                    sb.Append(paragraph.Text).Append("\n\n");
                    break;
                case TableBlock table:
                    Table(sb, table);
                    break;
                default:
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, TableBlock table)
    {
        if (table.NumberLine is { } number)
        {
            sb.Append(number).Append("\n\n");
        }
        if (table.Title is { } title)
        {
            sb.Append(title).Append("\n\n");
        }
        if (table.UnitName is { } unitName)
        {
            sb.Append(unitName).Append("\n\n");
        }
        if (table.UnitLabel is { } unitLabel)
        {
            sb.Append(unitLabel).Append("\n\n");
        }
        var placed = HeaderGrid.Place(table.Header, table.Columns.Count);
        for (int r = 0; r < table.Header.Count; r++)
        {
            var cells = new string[table.Columns.Count];
            Array.Fill(cells, string.Empty);
            foreach (var p in placed.Where(p => p.Row == r))
            {
                cells[p.Column] = p.Cell.Text.Replace("\n", string.Empty, StringComparison.Ordinal);
            }
            sb.AppendJoin('\t', cells).Append('\n');
        }
        foreach (var row in table.Body)
        {
            sb.AppendJoin('\t', row).Append('\n');
        }
        if (table.Note is { } note)
        {
            sb.Append(note).Append('\n');
        }
        sb.Append('\n');
    }
}
