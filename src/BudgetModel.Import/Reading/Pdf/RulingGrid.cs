namespace BudgetModel.Import.Reading.Pdf;

/// <summary>
/// A table frame found from a page's drawn rules: the horizontal rules that separate its rows, the vertical rules that
/// separate its columns (each with its vertical extent, so that a merged header cell is seen as one; the horizontal ones
/// with their horizontal extent, so that a cell merged over several rows is seen as one), and its box.
/// </summary>
internal sealed class RulingGrid
{
    private const double Tolerance = 2.0;

    private RulingGrid(double left, double right, double bottom, double top, double[] rows, double[] columns, PdfRuling[] verticals,
        PdfRuling[] horizontals)
    {
        Horizontals = horizontals;
        Left = left;
        Right = right;
        Bottom = bottom;
        Top = top;
        RowEdges = rows;
        ColumnEdges = columns;
        Verticals = verticals;
    }

    /// <summary>Left edge.</summary>
    internal double Left { get; }

    /// <summary>Right edge.</summary>
    internal double Right { get; }

    /// <summary>Bottom edge.</summary>
    internal double Bottom { get; }

    /// <summary>Top edge.</summary>
    internal double Top { get; }

    /// <summary>The y of every horizontal rule, top to bottom (distinct).</summary>
    internal double[] RowEdges { get; }

    /// <summary>The x of every vertical rule, left to right (distinct): the edges of the leaf columns.</summary>
    internal double[] ColumnEdges { get; }

    /// <summary>The vertical rules (merged), for the edges present at a given height.</summary>
    internal PdfRuling[] Verticals { get; }

    /// <summary>The horizontal rules (merged), for the columns a row's top rule crosses.</summary>
    internal PdfRuling[] Horizontals { get; }

    /// <summary>True when a horizontal rule at height <paramref name="y"/> crosses <paramref name="x"/>: the cell under it
    /// starts there. False where no rule crosses: the cell above goes on (a cell merged over several rows).</summary>
    internal bool RuledAt(double y, double x)
    {
        foreach (var h in Horizontals)
        {
            if (Math.Abs(h.Y1 - y) <= Tolerance && h.X1 - Tolerance <= x && h.X2 + Tolerance >= x)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the point lies inside the frame.</summary>
    internal bool Contains(double x, double y) =>
        x >= Left - Tolerance && x <= Right + Tolerance && y >= Bottom - Tolerance && y <= Top + Tolerance;

    /// <summary>The column edges present at height <paramref name="y"/>: the vertical rules that cross it.</summary>
    internal List<double> EdgesAt(double y)
    {
        var edges = new List<double>();
        foreach (var v in Verticals)
        {
            if (v.Y1 - Tolerance <= y && v.Y2 + Tolerance >= y)
            {
                AddDistinct(edges, v.X1);
            }
        }
        AddDistinct(edges, Left);
        AddDistinct(edges, Right);
        edges.Sort();
        return edges;
    }

    /// <summary>Finds the table frames of a page: groups of horizontal and vertical rules that cross each other, with at
    /// least two rows' worth of horizontal rules (or one rule closing a row of cell sides) and two columns' worth of
    /// vertical ones.</summary>
    internal static List<RulingGrid> Find(IReadOnlyList<PdfRuling> rulings, double pageWidth, double pageHeight)
    {
        var horizontals = Merge(rulings.Where(r => r.IsHorizontal && r.X2 - r.X1 < pageWidth * 0.995), horizontal: true);
        var verticals = Merge(rulings.Where(r => r.IsVertical && r.Y2 - r.Y1 < pageHeight * 0.995), horizontal: false);
        int n = horizontals.Count + verticals.Count;
        var parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }
        for (int h = 0; h < horizontals.Count; h++)
        {
            var hr = horizontals[h];
            for (int v = 0; v < verticals.Count; v++)
            {
                var vr = verticals[v];
                if (vr.X1 >= hr.X1 - Tolerance && vr.X1 <= hr.X2 + Tolerance && hr.Y1 >= vr.Y1 - Tolerance && hr.Y1 <= vr.Y2 + Tolerance)
                {
                    Union(parent, h, horizontals.Count + v);
                }
            }
        }
        var groups = new Dictionary<int, (List<PdfRuling> H, List<PdfRuling> V)>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(parent, i);
            if (!groups.TryGetValue(root, out var g))
            {
                g = ([], []);
                groups[root] = g;
            }
            if (i < horizontals.Count)
            {
                g.H.Add(horizontals[i]);
            }
            else
            {
                g.V.Add(verticals[i - horizontals.Count]);
            }
        }
        var grids = new List<RulingGrid>();
        foreach (var (hs, vs) in groups.Values)
        {
            if (vs.Count < 2 || hs.Count == 0 || (hs.Count == 1 && !ClosesRow(hs[0], vs)))
            {
                continue;
            }
            double left = Math.Min(hs.Min(r => r.X1), vs.Min(r => r.X1));
            double right = Math.Max(hs.Max(r => r.X2), vs.Max(r => r.X1));
            double bottom = Math.Min(vs.Min(r => r.Y1), hs.Min(r => r.Y1));
            double top = Math.Max(vs.Max(r => r.Y2), hs.Max(r => r.Y1));
            if (right - left < 40 || top - bottom < 8)
            {
                continue;
            }
            var rows = new List<double>();
            foreach (var y in hs.Select(r => r.Y1).OrderDescending())
            {
                if (rows.Count == 0 || rows[^1] - y > Tolerance)
                {
                    rows.Add(y);
                }
            }
            var columns = new List<double>();
            foreach (var x in vs.Select(r => r.X1).Order())
            {
                if (columns.Count == 0 || x - columns[^1] > Tolerance)
                {
                    columns.Add(x);
                }
            }
            if (columns[0] - left > Tolerance)
            {
                columns.Insert(0, left);
            }
            if (right - columns[^1] > Tolerance)
            {
                columns.Add(right);
            }
            if (rows[0] < top - Tolerance)
            {
                rows.Insert(0, top);
            }
            if (rows[^1] > bottom + Tolerance)
            {
                rows.Add(bottom);
            }
            grids.Add(new RulingGrid(left, right, bottom, top, [.. rows], [.. columns], [.. vs], [.. hs]));
        }
        // Nested frames (a box drawn round the whole page's table): keep the innermost.
        grids.RemoveAll(g => grids.Any(o => !ReferenceEquals(o, g) && g.Left <= o.Left + Tolerance && g.Right >= o.Right - Tolerance
            && g.Bottom <= o.Bottom + Tolerance && g.Top >= o.Top - Tolerance && (g.Right - g.Left) * (g.Top - g.Bottom) > (o.Right - o.Left) * (o.Top - o.Bottom) * 1.5));
        grids.Sort(static (a, b) => b.Top.CompareTo(a.Top));
        return grids;
    }

    /// <summary>True when one horizontal rule and the vertical rules on it frame a row whose other rule is not drawn (a
    /// table's row at the top of a page it continues on, ruled like the rows above it on the page before: cell sides and
    /// the rule under it): at least three verticals, all of one extent, one end on the rule.</summary>
    private static bool ClosesRow(PdfRuling rule, List<PdfRuling> verticals)
    {
        if (verticals.Count < 3)
        {
            return false;
        }
        double low = verticals[0].Y1, high = verticals[0].Y2;
        return high - low >= 8
            && verticals.All(v => Math.Abs(v.Y1 - low) <= Tolerance && Math.Abs(v.Y2 - high) <= Tolerance)
            && (Math.Abs(rule.Y1 - low) <= Tolerance || Math.Abs(rule.Y1 - high) <= Tolerance);
    }

    private static void AddDistinct(List<double> edges, double x)
    {
        foreach (var e in edges)
        {
            if (Math.Abs(e - x) <= Tolerance)
            {
                return;
            }
        }
        edges.Add(x);
    }

    /// <summary>Joins collinear rules that overlap or touch into one.</summary>
    private static List<PdfRuling> Merge(IEnumerable<PdfRuling> rules, bool horizontal)
    {
        var sorted = horizontal
            ? rules.Select(r => new PdfRuling(r.X1, (r.Y1 + r.Y2) / 2, r.X2, (r.Y1 + r.Y2) / 2)).OrderBy(r => Math.Round(r.Y1)).ThenBy(r => r.X1).ToList()
            : rules.Select(r => new PdfRuling((r.X1 + r.X2) / 2, r.Y1, (r.X1 + r.X2) / 2, r.Y2)).OrderBy(r => Math.Round(r.X1)).ThenBy(r => r.Y1).ToList();
        var merged = new List<PdfRuling>();
        foreach (var r in sorted)
        {
            bool joined = false;
            for (int i = merged.Count - 1; i >= 0 && i >= merged.Count - 8; i--)
            {
                var m = merged[i];
                if (horizontal && Math.Abs(m.Y1 - r.Y1) <= 1.0 && r.X1 <= m.X2 + Tolerance && r.X2 >= m.X1 - Tolerance)
                {
                    merged[i] = new PdfRuling(Math.Min(m.X1, r.X1), m.Y1, Math.Max(m.X2, r.X2), m.Y1);
                    joined = true;
                    break;
                }
                if (!horizontal && Math.Abs(m.X1 - r.X1) <= 1.0 && r.Y1 <= m.Y2 + Tolerance && r.Y2 >= m.Y1 - Tolerance)
                {
                    merged[i] = new PdfRuling(m.X1, Math.Min(m.Y1, r.Y1), m.X1, Math.Max(m.Y2, r.Y2));
                    joined = true;
                    break;
                }
            }
            if (!joined)
            {
                merged.Add(r);
            }
        }
        return merged;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
