using System.Globalization;

namespace BudgetModel.Reports;

/// <summary>Draws a <see cref="ChartData"/> as an inline SVG horizontal bar chart: a <c>&lt;title&gt;</c> and
/// <c>&lt;desc&gt;</c> named by <c>aria-labelledby</c>, a text label and the value beside every bar, and a second series
/// told apart by a hatch pattern as well as its colour. Labels and values are encoded like every other text.</summary>
internal static class SvgChart
{
    private const int Width = 720;
    private const int LabelWidth = 250;
    private const int ValueWidth = 110;
    private const int BarHeight = 18;
    private const int Gap = 10;
    private const int MaxLabel = 18;

    internal static void Write(Html h, ChartData chart, string id)
    {
        int series = chart.Series.Count;
        int legend = series > 1 ? 26 : 0;
        int group = (series * BarHeight) + Gap;
        int height = legend + (chart.Items.Count * group) + Gap;
        decimal max = chart.Items.SelectMany(i => i.Values).DefaultIfEmpty(0m).Max();
        double scale = max <= 0 ? 0 : (Width - LabelWidth - ValueWidth) / (double)max;

        h.Raw("<figure class=\"chart\"").Attr("id", id).Attr("data-chart", chart.Key).Raw(">");
        h.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
            .Attr("viewBox", $"0 0 {Width} {height}").Attr("width", I(Width)).Attr("height", I(height))
            .Attr("aria-labelledby", id + "-t " + id + "-d").Raw(">");
        h.Raw("<title").Attr("id", id + "-t").Raw(">").Text(chart.Title).Raw("</title>");
        h.Raw("<desc").Attr("id", id + "-d").Raw(">").Text(chart.Description).Text(" ").Text(Summary(chart)).Raw("</desc>");
        h.Raw("<defs><pattern").Attr("id", id + "-hatch")
            .Raw(" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"s1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch\"/></pattern></defs>");
        if (series > 1)
        {
            int x = LabelWidth;
            for (int s = 0; s < series; s++)
            {
                h.Raw("<rect").Attr("x", I(x)).Attr("y", "6").Attr("width", "14").Attr("height", "14").Attr("class", s == 0 ? "s0" : null)
                    .Attr("fill", s == 0 ? null : $"url(#{id}-hatch)").Raw("/>");
                h.Raw("<text class=\"legend\"").Attr("x", I(x + 20)).Attr("y", "18").Raw(">").Text(chart.Series[s]).Raw("</text>");
                x += 140;
            }
        }
        int y = legend + Gap;
        foreach (var (label, values) in chart.Items)
        {
            string shown = label.Length > MaxLabel ? label[..(MaxLabel - 1)] + "…" : label;
            h.Raw("<g class=\"item\">");
            h.Raw("<text class=\"label\"").Attr("x", I(LabelWidth - 8)).Attr("y", I(y + (series * BarHeight / 2) + 5)).Raw(" text-anchor=\"end\">")
                .Text(shown).Raw("<title>").Text(label).Raw("</title></text>");
            for (int s = 0; s < series; s++)
            {
                decimal v = values[s];
                double w = v > 0 ? Math.Max(1, (double)v * scale) : 0;
                string value = Format(v, chart.Decimals);
                string name = series > 1 ? $"{label} ({chart.Series[s]}): {value} {chart.Unit}" : $"{label}: {value} {chart.Unit}";
                h.Raw("<rect").Attr("x", I(LabelWidth)).Attr("y", I(y + (s * BarHeight) + 1)).Attr("width", D(w)).Attr("height", I(BarHeight - 2))
                    .Attr("class", s == 0 ? "s0" : null).Attr("fill", s == 0 ? null : $"url(#{id}-hatch)")
                    .Attr("data-value", value).Raw("><title>").Text(name).Raw("</title></rect>");
                h.Raw("<text class=\"value\"").Attr("x", D(LabelWidth + w + 6)).Attr("y", I(y + (s * BarHeight) + BarHeight - 5)).Raw(">")
                    .Text(value).Raw("</text>");
            }
            h.Raw("</g>");
            y += group;
        }
        h.Raw("</svg><figcaption>").Text(chart.Title).Text($" (单位：{chart.Unit})").Raw("</figcaption></figure>");
    }

    /// <summary>The figures in words, for the desc: <c>一般公共预算: 924.56; …</c>.</summary>
    private static string Summary(ChartData chart) => string.Join("; ", chart.Items.Select(i =>
        i.Label + ": " + string.Join(" / ", i.Values.Select((v, s) => (chart.Series.Count > 1 ? chart.Series[s] + " " : "") + Format(v, chart.Decimals)))
        + " " + chart.Unit));

    /// <summary>A value at the chart's decimals, with thousands separators.</summary>
    internal static string Format(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string D(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
}
