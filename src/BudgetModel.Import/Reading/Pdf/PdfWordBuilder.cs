using System.Text;
using UglyToad.PdfPig.Content;

namespace BudgetModel.Import.Reading.Pdf;

/// <summary>
/// Builds the words of a page from its letters: letters on one baseline, each close to the one before. A word ends at
/// white space and at any visible gap (more than an eighth of the letter height) — table cells sit close to each other
/// (a right-aligned amount a few points from the next column's name), and the layout joins the words of a prose line
/// again where the gap is small, so splitting eagerly loses nothing.
/// </summary>
internal static class PdfWordBuilder
{
    internal static List<PdfWord> Build(IReadOnlyList<Letter> letters)
    {
        var boxes = new List<(string Text, double Left, double Bottom, double Right, double Top, double Baseline)>(letters.Count);
        foreach (var l in letters)
        {
            if (string.IsNullOrEmpty(l.Value))
            {
                continue;
            }
            // The box of a letter: its advance along the baseline, and the font's height round the baseline (the ink
            // of 、。，. sits low and would put a comma on a line of its own).
            var g = l.BoundingBox;
            double inkHeight = Math.Abs(g.Height);
            double size = l.PointSize > 1 ? l.PointSize : Math.Max(inkHeight, 1);
            double startX = l.StartBaseLine.X, endX = l.EndBaseLine.X;
            double left = Math.Min(startX, endX), right = Math.Max(startX, endX);
            if (right - left < 0.1)
            {
                left = Math.Min(g.Left, g.Right);
                right = Math.Max(g.Left, g.Right);
            }
            double bottom = l.StartBaseLine.Y - size * 0.2;
            double top = l.StartBaseLine.Y + size * 0.8;
            boxes.Add((l.Value, left, bottom, right, top, l.StartBaseLine.Y));
        }
        // Reading order: lines by baseline (top to bottom), letters left to right.
        boxes.Sort(static (a, b) =>
        {
            double h = Math.Max(2, Math.Min(a.Top - a.Bottom, b.Top - b.Bottom));
            if (Math.Abs(a.Baseline - b.Baseline) > h * 0.3)
            {
                return b.Baseline.CompareTo(a.Baseline);
            }
            return a.Left.CompareTo(b.Left);
        });
        var words = new List<PdfWord>();
        var text = new StringBuilder();
        double wl = 0, wb = 0, wr = 0, wt = 0, baseline = 0;
        void Flush()
        {
            if (text.Length > 0)
            {
                words.Add(new PdfWord(text.ToString(), wl, wb, wr, wt));
                text.Clear();
            }
        }
        foreach (var b in boxes)
        {
            if (string.IsNullOrWhiteSpace(b.Text))
            {
                Flush();
                continue;
            }
            double h = Math.Max(2, b.Top - b.Bottom);
            bool joins = text.Length > 0 && Math.Abs(b.Baseline - baseline) <= h * 0.3 && b.Left - wr <= h * 0.125 && b.Left - wr >= -h * 0.6
                && !(IsIdeographic(b.Text[0]) && EndsDecimalAmount(text));
            if (!joins)
            {
                Flush();
                wl = b.Left;
                wb = b.Bottom;
                wr = b.Right;
                wt = b.Top;
                baseline = b.Baseline;
            }
            else
            {
                wr = Math.Max(wr, b.Right);
                wb = Math.Min(wb, b.Bottom);
                wt = Math.Max(wt, b.Top);
            }
            text.Append(b.Text);
        }
        Flush();
        return words;
    }

    /// <summary>Whether a letter is a Chinese character or full-width punctuation (一, （, 、).</summary>
    private static bool IsIdeographic(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>Whether the word so far is an amount with decimals (39,238.43): a Chinese letter right after it starts
    /// the next cell (a right-aligned amount touching the next column's name), never the amount's own text. A year
    /// (2026年) has no decimal point and stays one word; prose split here is joined again by the layout.</summary>
    private static bool EndsDecimalAmount(StringBuilder text)
    {
        int n = text.Length, i = n - 1, decimals = 0;
        while (i >= 0 && char.IsAsciiDigit(text[i]))
        {
            i--;
            decimals++;
        }
        if (decimals == 0 || i < 1 || text[i] != '.' || !char.IsAsciiDigit(text[i - 1]))
        {
            return false;
        }
        for (int j = i - 1; j >= 0; j--)
        {
            if (!(char.IsAsciiDigit(text[j]) || text[j] == ',' || (j == 0 && text[j] == '-')))
            {
                return false;
            }
        }
        return true;
    }
}
