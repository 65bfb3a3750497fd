namespace BudgetModel.Testing.Printing;

/// <summary>Places header cells on the column grid the way HTML places table cells (row and column spans).</summary>
public static class HeaderGrid
{
    /// <summary>Every header cell with its row and first column.</summary>
    /// <exception cref="InvalidOperationException">The cells do not fill the columns exactly.</exception>
    public static IReadOnlyList<PlacedHeaderCell> Place(IReadOnlyList<IReadOnlyList<HeaderCell>> rows, int columns)
    {
        var taken = new bool[rows.Count, columns];
        var placed = new List<PlacedHeaderCell>();
        for (int r = 0; r < rows.Count; r++)
        {
            int c = 0;
            foreach (var cell in rows[r])
            {
                while (c < columns && taken[r, c])
                {
                    c++;
                }
                if (c + cell.ColSpan > columns || r + cell.RowSpan > rows.Count)
                {
                    throw new InvalidOperationException($"Header cell '{cell.Text}' (row {r}) does not fit the {columns} columns.");
                }
                for (int dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (int dc = 0; dc < cell.ColSpan; dc++)
                    {
                        taken[r + dr, c + dc] = true;
                    }
                }
                placed.Add(new PlacedHeaderCell(cell, r, c));
                c += cell.ColSpan;
            }
        }
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                if (!taken[r, c])
                {
                    throw new InvalidOperationException($"Header row {r} leaves column {c} empty.");
                }
            }
        }
        return placed;
    }
}
