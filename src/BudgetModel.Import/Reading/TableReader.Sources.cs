using System.Text.RegularExpressions;
using BudgetModel.Funding;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Revenue lines as provinces word them: a scope note after the source (事业收入（不含教育收费）), and the unit's own
/// balances spent this year (使用非财政拨款结余, 用事业基金弥补收支差额), which are 单位资金.
/// </summary>
internal sealed partial class TableReader
{
    /// <summary>A revenue line without a bracketed note of what it counts (（不含教育收费）, （含专用结余）): the note narrows
    /// the line, it does not make it another source. The name as given when it has no such note.</summary>
    private static string WithoutScopeNote(string name) =>
        ScopeNote().Match(name) is { Success: true, Index: > 0 } m ? name[..m.Index] : name;

    /// <summary>Whether a revenue line (normalised, without ordinal) is a part of 单位资金: a kind of unit funds by
    /// <see cref="FundingLabels.TryParseUnitFundsKind"/> (事业收入, 事业单位经营收入, 上级补助收入 …), with 资金 or a scope note
    /// after it, or the unit's own balances of earlier years spent this year — 使用非财政拨款结余 (the 2020s wording) or
    /// 用事业基金弥补收支差额 (the older one) — money of the unit, not of the budget.</summary>
    private static bool IsUnitFundsLine(string name)
    {
        var n = WithoutScopeNote(name);
        return FundingLabels.TryParseUnitFundsKind(n, out _)
            || n.StartsWith("用事业基金", StringComparison.Ordinal)
            || (n.StartsWith("使用", StringComparison.Ordinal) && n.Contains("非财政拨款结余", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[(（](?:不含|含|不包括|包括)[^()（）]*[)）]$")]
    private static partial Regex ScopeNote();
}
