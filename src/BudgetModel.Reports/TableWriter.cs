using System.Globalization;
using BudgetModel.Disclosure;

namespace BudgetModel.Reports;

/// <summary>Writes the tables of a document as printed: title, unit and page, the columns, the rows with their amounts
/// in the table's unit; the cells of findings marked, with links to the findings and the relation beside the cell it
/// is stated for.</summary>
internal sealed class TableWriter(Html h, DocumentFindings findings, Places places)
{
    /// <summary>Writes a table and leaves its section open for its findings.</summary>
    internal void Write(BudgetTable table, string documentId)
    {
        string id = documentId + "-t-" + table.Kind;
        var header = table.Header;
        h.Raw("<section class=\"table\"").Attr("id", id).Attr("data-kind", table.Kind.ToString()).Attr("aria-labelledby", id + "-h").Raw(">");
        h.Raw("<h3").Attr("id", id + "-h").Raw(">");
        if (header.PrintedNumber is { Length: > 0 } printed) h.Text(printed).Text(" ");
        h.Text(header.Title ?? table.Kind.ChineseName()).Raw("</h3>");
        h.Raw("<p class=\"meta\">").Text(table.Kind.ChineseName()).Text($" ({table.Kind}) · 单位：{UnitName(table.Precision)}");
        if (places.Describe(header.Line) is { } page) h.Text(" · ").Text(page);
        if (header.UnitName is { Length: > 0 } unit) h.Text(" · 单位名称：").Text(unit);
        if (header.EmptyNote is { Length: > 0 } note) h.Text(" · ").Text(note);
        h.Raw("</p>");

        var columns = new List<TableColumn>();
        bool codes = false;
        foreach (var row in table.Rows)
        {
            codes |= CodeOf(row) is not null;
            foreach (var c in row.Columns)
            {
                if (!columns.Contains(c)) columns.Add(c);
            }
        }
        h.Raw("<div class=\"scroll\"><table class=\"data\"><thead><tr>");
        if (codes) h.Raw("<th scope=\"col\">编码</th>");
        h.Raw("<th scope=\"col\">名称</th>");
        foreach (var c in columns)
        {
            h.Raw("<th scope=\"col\"").Attr("data-column", c.ToString()).Raw(">").Text(c.ChineseName()).Raw("</th>");
        }
        h.Raw("</tr></thead><tbody>");
        for (int r = 0; r < table.Rows.Count; r++)
        {
            WriteRow(table, r, columns, codes);
        }
        h.Raw("</tbody></table></div>");
    }

    private void WriteRow(BudgetTable table, int index, List<TableColumn> columns, bool codes)
    {
        var row = table.Rows[index];
        string role = row.Role switch { RowRole.Total => "role-total", RowRole.Summary => "role-summary", _ => "role-detail" };
        h.Raw("<tr class=\"").Raw(role).Raw("\"").Attr("data-row", row.Key).Raw(">");
        if (codes) h.Raw("<td class=\"code\">").Text(CodeOf(row)).Raw("</td>");
        var ofRow = findings.OfRow(table.Kind, row.Key);
        h.Raw("<th scope=\"row\"");
        if (ofRow.Count > 0)
        {
            Marks(ofRow, null);
        }
        h.Raw(">").Text(row.Name);
        if (ofRow.Count > 0) Refs(ofRow);
        h.Raw("</th>");
        foreach (var column in columns)
        {
            if (!row.Has(column))
            {
                h.Raw("<td class=\"amt none\"></td>");
                continue;
            }
            var amount = row[column];
            var cell = new CellLocation(table.Kind, index, row.Key, column);
            var of = findings.OfCell(cell);
            bool culprit = findings.IsCulprit(cell);
            h.Raw("<td class=\"amt");
            if (amount.IsZero) h.Raw(" zero");
            if (of.Count > 0) h.Raw(" m-").Raw(FindingText.Css(findings.Strongest(of)));
            if (culprit) h.Raw(" culprit");
            h.Raw("\"").Attr("data-column", column.ToString());
            if (of.Count > 0 || culprit)
            {
                Marks(of, culprit ? "likely culprit" : null);
            }
            h.Raw("><span class=\"v\">").Text(Format(amount, table.Precision)).Raw("</span>");
            if (of.Count > 0) Refs(of);
            if (culprit) h.Raw("<span class=\"culprit-tag\">★ likely culprit</span>");
            foreach (int anchor in findings.AnchoredAt(cell))
            {
                if (FindingText.Relation(findings.Shown[anchor]) is { } relation)
                {
                    h.Raw("<span class=\"rel\"").Attr("id", findings.Id(anchor) + "-rel").Raw(">[").Number(anchor + 1).Raw("] ").Text(relation).Raw("</span>");
                }
            }
            h.Raw("</td>");
        }
        h.Raw("</tr>");
    }

    /// <summary>The attributes of a marked cell: the ids of its findings, and a title that names each.</summary>
    private void Marks(IReadOnlyList<int> of, string? extra)
    {
        if (of.Count > 0)
        {
            h.Attr("data-findings", string.Join(' ', of.Select(findings.Id)));
            h.Attr("data-severity", FindingText.Css(findings.Strongest(of)));
        }
        var title = string.Join("\n", of.Select(i =>
        {
            var f = findings.Shown[i];
            return $"{FindingText.Word(FindingText.MarkOf(f))} {f.RuleId}: {FindingText.Relation(f) ?? f.Message}";
        }));
        h.Attr("title", extra is null ? title : title.Length == 0 ? extra : extra + "\n" + title);
    }

    /// <summary>The symbol, the word (for screen readers) and a link to each finding of a cell.</summary>
    private void Refs(IReadOnlyList<int> of)
    {
        var mark = findings.Strongest(of);
        h.Raw("<span class=\"mk\" aria-hidden=\"true\">").Raw(FindingText.Symbol(mark)).Raw("</span><span class=\"sr\"> (")
            .Text(FindingText.Word(mark)).Raw(")</span>");
        foreach (int i in of)
        {
            h.Raw("<a class=\"ref\"").Attr("href", "#" + findings.Id(i)).Attr("aria-label", $"finding {(i + 1).ToString(CultureInfo.InvariantCulture)}").Raw(">[")
                .Number(i + 1).Raw("]</a>");
        }
    }

    /// <summary>Writes a table of no known kind as printed: its header rows and its cells' texts.</summary>
    internal void WriteOther(OtherTable table, string id)
    {
        h.Raw("<section class=\"table other\"").Attr("id", id).Attr("aria-labelledby", id + "-h").Raw(">");
        h.Raw("<h3").Attr("id", id + "-h").Raw(">");
        if (table.PrintedNumber is { Length: > 0 } printed) h.Text(printed).Text(" ");
        h.Text(table.Title).Raw("</h3><p class=\"meta\">Not a known table kind: shown as printed, not checked");
        if (table.Precision is { } p) h.Text(" · 单位：" + UnitName(p));
        if (places.Describe(table.Line) is { } page) h.Text(" · ").Text(page);
        if (table.UnitName is { Length: > 0 } unit) h.Text(" · 单位名称：").Text(unit);
        h.Raw("</p><div class=\"scroll\"><table class=\"data\">");
        if (table.HeaderRows.Count > 0)
        {
            h.Raw("<thead>");
            foreach (var row in table.HeaderRows)
            {
                h.Raw("<tr>");
                foreach (var cell in row.Cells) h.Raw("<th scope=\"col\">").Text(cell).Raw("</th>");
                h.Raw("</tr>");
            }
            h.Raw("</thead>");
        }
        h.Raw("<tbody>");
        foreach (var row in table.Rows)
        {
            h.Raw("<tr>");
            foreach (var cell in row.Cells) h.Raw("<td>").Text(cell).Raw("</td>");
            h.Raw("</tr>");
        }
        h.Raw("</tbody></table></div></section>\n");
    }

    private static string? CodeOf(TableRow row) => row switch
    {
        FunctionRow f => f.Code.Value,
        EconomicRow e => e.DepartmentCode?.Value,
        RevenueCodeRow r => r.Code.Value,
        _ => null,
    };

    /// <summary>The unit a table states: 万元 or 元 (亿元 when so).</summary>
    private static string UnitName(PublishedPrecision p) => p.Unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.Wan => "万元",
        _ => "亿元",
    };

    /// <summary>An amount in the table's unit and decimals, with thousands separators (Money's own formats).</summary>
    internal static string Format(Money amount, PublishedPrecision p) => p.Unit switch
    {
        MoneyUnit.Yuan => amount.ToString("YN" + Math.Clamp(p.Decimals, 0, 2).ToString(CultureInfo.InvariantCulture)),
        MoneyUnit.Wan => amount.ToString("WN" + Math.Clamp(p.Decimals, 0, 6).ToString(CultureInfo.InvariantCulture)),
        _ => SvgChart.Format(amount.In(MoneyUnit.Yi), Math.Clamp(p.Decimals, 0, 8)),
    };
}
