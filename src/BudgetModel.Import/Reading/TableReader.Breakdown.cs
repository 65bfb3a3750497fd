using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Tables whose rows break a code down further than the model keeps it, or repeat it per unit:
/// <list type="bullet">
/// <item>a table by function code whose header adds economic-class columns (支出功能分类科目 | 政府支出经济分类科目 |
/// 部门支出经济分类科目 | 合计 …): each row is a function code's amount for one economic class, so the rows of one
/// function code are summed into that code's row;</item>
/// <item>a table by function code printed in blocks, one per unit of the department, without a row naming the unit:
/// codes ascend within a block, and a code lower than the one before starts the next block; a code read in an earlier
/// block is summed into that code's row (a code printed twice in a row is a duplicate, left for the validator);</item>
/// <item>a table by economic class where one 部门 class is printed under two 政府 classes (30101 基本工资 under 50101
/// 工资奖金津补贴 for the administration and under 50501 工资福利支出 for an institution): one row, summed;</item>
/// <item>a 7-digit economic sub-item printed alone, without its 款 above it (3021101 差旅费): a row of that 款.</item>
/// </list>
/// </summary>
internal sealed partial class TableReader
{
    /// <summary>The index in the rows of each function code read so far (a breakdown or unit-block table only sums into it).</summary>
    private readonly Dictionary<string, int> _functionRowAt = new(StringComparer.Ordinal);

    /// <summary>The function code of the row read last, to tell a new unit block (a lower code) from a duplicate.</summary>
    private string? _lastFunctionCode;

    /// <summary>Whether the header prints economic-class columns beside the function code: the rows are a breakdown.</summary>
    private bool IsFunctionBreakdown =>
        _map is { } map && map.IndexOf(ColumnRole.Name) is var name and >= 0
        && (map.IndexOf(ColumnRole.GovernmentName) >= 0 || map.IndexOf(ColumnRole.GovernmentCode) >= 0
            || Enumerable.Range(name + 1, Math.Max(0, map.Headers.Length - name - 1)).Any(i => map.Roles[i] == ColumnRole.Name && IsEconomicHeader(map.Headers[i])));

    /// <summary>A header that names an economic classification (部门支出经济分类科目, 经济科目).</summary>
    private static bool IsEconomicHeader(string h) => h.Contains("经济", StringComparison.Ordinal);

    /// <summary>Adds a row of a table by function code, or sums it into the row of its code read before when the rows
    /// are a breakdown by economic class or the code returns in a later unit's block.</summary>
    private void AddFunctionRow(FunctionCode code, string name, Money[] values, int line)
    {
        bool newBlock = _lastFunctionCode is { } last && string.CompareOrdinal(code.Value, last) < 0;
        _lastFunctionCode = code.Value;
        if (_functionRowAt.TryGetValue(code.Value, out int at) && _rows[at] is FunctionRow earlier
            && (IsFunctionBreakdown || newBlock || _inLaterBlock))
        {
            _rows[at] = new FunctionRow(earlier.Code, earlier.Name, earlier.Columns, Sum(earlier.Values, values), earlier.Line);
            _inLaterBlock |= newBlock;
            return;
        }
        _inLaterBlock |= newBlock;
        _functionRowAt.TryAdd(code.Value, _rows.Count);
        _rows.Add(new FunctionRow(code, name, MappedColumns, values, line));
    }

    /// <summary>True once a unit's block has returned to codes read before: its codes sum into theirs.</summary>
    private bool _inLaterBlock;

    /// <summary>Adds a row of a table by economic class, or sums it into the row of the same 部门 class printed under
    /// another 政府 class before.</summary>
    private void AddEconomicRow(EconomicRow row)
    {
        if (row.DepartmentCode is { } code && !row.IsClass)
        {
            for (int i = 0; i < _rows.Count; i++)
            {
                if (_rows[i] is EconomicRow { IsClass: false } earlier && earlier.DepartmentCode == code
                    && earlier.GovernmentCode is { } g && row.GovernmentCode is { } h && g != h)
                {
                    _rows[i] = new EconomicRow(earlier.DepartmentCode, earlier.Name, earlier.GovernmentCode, earlier.GovernmentName, false,
                        earlier.Columns, Sum(earlier.Values, row.Values), earlier.Line);
                    return;
                }
            }
        }
        _rows.Add(row);
    }

    /// <summary>The 款 of a 7-digit economic sub-item printed without its 款 row above it (3021101 差旅费 → 30211): the
    /// province's breakdown of that 款, whose amount is the 款's; null when the code is no such sub-item.</summary>
    private static EconomicCode? SectionOfLoneSubItem(string code) =>
        code.Length == 7 && CellChars.AllAsciiDigits(code) && EconomicCode.TryParse(code[..5], out var section) ? section : null;

    /// <summary>A line of figures in a table whose header prints no code or name column (Beijing's 收入总表: 合计 | 本年收入
    /// … | 上年结转结余 … | 单位资金, one line of figures): the table is its totals, and its first such line is the 合计.</summary>
    private bool TryTotalOfLabelFreeTable(SourceLine line, string name)
    {
        if (name.Length > 0 || _summaries.Contains(SummaryLine.Total) || !HasAmounts(line) || _map is not { } map
            || map.Roles.Any(r => r is ColumnRole.Name or ColumnRole.Code or ColumnRole.CodeClass or ColumnRole.UnitCode or ColumnRole.GovernmentName))
        {
            return false;
        }
        AddSummary(new SummaryRow(SummaryLine.Total, "合计", MappedColumns, RowValues(line, "合计"), line.Number));
        return true;
    }

    /// <summary>The money an expenditure side spends, printed over its classes (一、财政拨款 at the top of 财政拨款收支总表's
    /// 支出功能分类 side, Shaanxi): a heading that restates the side's 本年支出合计, not a class. Only before the first class.</summary>
    private bool IsExpenditureSideHeading(string stripped) =>
        !_sawClass && FundingLabels.TryParseFundSource(stripped, out _);

    /// <summary>A header of this year's columns in a table printed by period (当年 / 本年 beside 上年 and 增减变化情况).</summary>
    private static bool IsCurrentPeriodHeader(string h) =>
        (h.StartsWith("当年", StringComparison.Ordinal) || h.StartsWith("本年", StringComparison.Ordinal)) && !h.Contains("增减", StringComparison.Ordinal);

    /// <summary>A row named by the funding form of the units under it (经费形式: 全额, 差额, 自收自支, with or without 拨款),
    /// as Shaanxi's 政府采购 table prints it over each unit row: a subtotal of the rows under it, like a category.</summary>
    private static bool IsFundingForm(string name) =>
        Labels.StripOrdinal(Labels.Normalize(name)) is "全额" or "差额" or "自收自支" or "全额拨款" or "差额拨款" or "定额补助";

    private static Money[] Sum(ReadOnlySpan<Money> a, ReadOnlySpan<Money> b)
    {
        var sum = new Money[Math.Max(a.Length, b.Length)];
        for (int i = 0; i < sum.Length; i++)
        {
            sum[i] = (i < a.Length ? a[i] : Money.Zero) + (i < b.Length ? b[i] : Money.Zero);
        }
        return sum;
    }
}
