using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// 政府采购 tables grouped by procurement category (采购品目大类: 货物, 工程, 服务): a category row prints the subtotal of
/// the unit or item rows under it, so it is a subtotal, not a detail of the 合计 above it.
/// </summary>
internal sealed partial class TableReader
{
    /// <summary>Marks the category rows of a 政府采购 table that group the rows printed under them as subtotals
    /// (<see cref="RowRole.Summary"/>): the 合计 is then the sum of the unit rows (or items) under the categories, each
    /// unit row the sum of its items. A category row followed by another category row, or last, is a detail (a table
    /// that lists its amounts by category only).</summary>
    private void MarkProcurementCategories()
    {
        if (Kind != TableKind.GovernmentProcurement)
        {
            return;
        }
        for (int i = 0; i < _rows.Count - 1; i++)
        {
            if (_rows[i] is NamedRow { Role: not RowRole.Summary } row && (IsProcurementCategory(row.Name) || IsFundingForm(row.Name))
                && _rows[i + 1] is NamedRow next && !IsProcurementCategory(next.Name) && !IsFundingForm(next.Name))
            {
                _rows[i] = new NamedRow(row.Name, RowRole.Summary, row.Columns, row.Values.ToArray(), row.Line);
            }
        }
    }

    /// <summary>Whether a row name is one of the three procurement categories of the 政府采购法 (货物, 工程, 服务), as
    /// printed: alone, with 类, or as 货物采购 / 采购货物, with or without an ordinal.</summary>
    private static bool IsProcurementCategory(string name)
    {
        var n = Labels.StripOrdinal(Labels.Normalize(name));
        if (n.EndsWith("类", StringComparison.Ordinal))
        {
            n = n[..^1];
        }
        if (n.StartsWith("采购", StringComparison.Ordinal))
        {
            n = n[2..];
        }
        else if (n.EndsWith("采购", StringComparison.Ordinal))
        {
            n = n[..^2];
        }
        if (n.EndsWith("类", StringComparison.Ordinal))
        {
            n = n[..^1];
        }
        return n is "货物" or "工程" or "服务";
    }
}
