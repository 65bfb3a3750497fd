using System.Text.RegularExpressions;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads the body of one standard table, line by line: the 单位名称 and 单位 lines, header lines (also repeated ones
/// after a page break), a note that the table is empty, and the rows. Tolerant: a cell it cannot read becomes a
/// diagnostic, a row it cannot place becomes a diagnostic, and blank lines never end a table.
/// </summary>
internal sealed partial class TableReader
{
    private static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "项目", "项目名称", "科目编码", "科目名称", "收入科目编码", "支出科目编码", "功能分类科目编码", "功能分类科目名称", "单位名称",
        "单位编码", "小计", "金额", "收入", "支出", "本年收入", "上年结转", "基本支出", "项目支出", "人员经费", "公用经费",
        "一般公共预算", "政府性基金", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金", "当年预算安排",
        "上年结转安排", "类", "款", "项", "部门预算支出经济科目名称", "政府预算支出经济科目名称", "经济科目名称", "经济科目编码",
        "国有资本经营预算收入", "国有资本经营预算支出", "国有资本经营收入预算", "政府性基金收入预算", "政府性基金预算收入",
        "预算数", "财政拨款", "财政拨款预算", "本年收入合计", "社会保险基金预算", "收入预算", "支出预算", "一般公共预算拨款",
    };

    private readonly ImportContext _context;
    private readonly Title _title;
    private readonly List<SourceLine> _headerLines = [];
    private readonly List<TableRow> _rows = [];
    private readonly HashSet<SummaryLine> _summaries = [];
    private PublishedPrecision? _precision;
    private string? _unitName;
    private string? _emptyNote;
    private bool _sawNote;
    private IReadOnlyList<TableColumn>? _columns;
    private bool _splitCodes;
    private bool _inCarryOver;
    private bool _repeatedHeader;

    internal TableReader(Title title, ImportContext context)
    {
        _title = title;
        _context = context;
        Kind = title.Table ?? throw new ArgumentException("A table title is needed.", nameof(title));
    }

    internal TableKind Kind { get; private set; }

    /// <summary>The kind the title says; <see cref="Kind"/> may differ when the rows say what the table holds.</summary>
    internal TableKind TitleKind => _title.Table!.Value;

    /// <summary>True when anything was read under the title: a row, a unit line or a note.</summary>
    internal bool HasContent => _rows.Count > 0 || _sawNote || _precision is not null || _unitName is not null;

    /// <summary>A note under a table that says it is empty or explains it: 本表为空表, 无此项, 注：….</summary>
    private static bool IsNoteLine(string text) =>
        text.Contains("空表", StringComparison.Ordinal) || text.Contains("无此项", StringComparison.Ordinal) || text.StartsWith('注');

    /// <summary>Keeps a note under the table as its empty note when it says the table is empty (本表为空表, 本单位无…预算,
    /// 本表本年无发生额); a note that explains figures (尾数误差, 不含…, a definition) or says there is nothing to note
    /// (注：无。) is read past.</summary>
    private void KeepNote(string text)
    {
        _sawNote = true;
        if (SaysEmpty(text))
        {
            _emptyNote ??= text;
        }
    }

    /// <summary>True when a note says its table is empty: 空表, 无此项, 无数据, 无发生额, 没有, 未安排, 不涉及, or 无 before what the
    /// table would hold (无政府性基金预算, 无…支出, 无…经费).</summary>
    internal static bool SaysEmpty(string text) =>
        text.Contains("空表", StringComparison.Ordinal) || text.Contains("无此项", StringComparison.Ordinal)
        || text.Contains("无数据", StringComparison.Ordinal) || text.Contains("无发生", StringComparison.Ordinal)
        || text.Contains("没有", StringComparison.Ordinal) || text.Contains("未安排", StringComparison.Ordinal)
        || text.Contains("不涉及", StringComparison.Ordinal) || NothingOf().IsMatch(text);

    [GeneratedRegex(@"无[^，。；,;]{0,30}?(?:预算|支出|收入|经费|资金|项目|采购|安排|拨款)")]
    private static partial Regex NothingOf();

    /// <summary>A label that is a table's 合计 row, as printed (normalised).</summary>
    private static bool IsTotalWord(string t) => t is "合计" or "总计" or "本年支出合计" or "支出合计" or "收入合计" or "合计数";

    /// <summary>True when a row has been read.</summary>
    internal bool HasRows => _rows.Count > 0;

    /// <summary>True for a note under a table (注：…, 本表为空表, 本单位无…).</summary>
    internal static bool IsNote(string text) => IsEmptyNote(text);

    /// <summary>The line of the title.</summary>
    internal int TitleLine => _title.Line;

    /// <summary>The title as printed.</summary>
    internal string TitleText => _title.Text;

    /// <summary>True when <paramref name="title"/> repeats this table's title (the table runs on over a page break).</summary>
    internal bool Continues(Title title) =>
        _rows.Count > 0 && Labels.Normalize(title.Text) == Labels.Normalize(_title.Text);

    /// <summary>Reads on after a repeated title: its unit and header lines are skipped until the next row.</summary>
    internal void Continue() => _repeatedHeader = true;

    internal string? UnitName => _unitName;

    private ImportLog Log => _context.Log;

    private MoneyUnit Unit => (_precision ?? PublishedPrecision.WanTwoDecimals).Unit;

    /// <summary>Takes one non-blank body line; false when the line starts another (untitled) table, which ends this one.</summary>
    internal bool Add(SourceLine line)
    {
        if (_context.AlignedCells)
        {
            return AddAligned(line);
        }
        if (_rows.Count > 0 && line.NonEmpty().Any(IsHeaderInfo))
        {
            return false;
        }
        if (TryReadHeaderInfo(line))
        {
            return true;
        }
        if (IsColumnNumbering(line))
        {
            return true;
        }
        bool hasAmounts = HasAmounts(line);
        if (!hasAmounts && IsHeader(line))
        {
            if (_rows.Count == 0)
            {
                _headerLines.Add(line);
            }
            return true;
        }
        if (!hasAmounts && line.Text.Length > 0 && IsNoteLine(line.Text))
        {
            KeepNote(line.Text);
            return true;
        }
        return AddPositional(line, hasAmounts);
    }

    /// <summary>Reads a row by position: the kind's standard columns after the code and name cells.</summary>
    private bool AddPositional(SourceLine line, bool hasAmounts)
    {
        _columns ??= DetectColumns();
        if (!TryReadRow(line))
        {
            Log.Add(ImportRules.Row, hasAmounts ? Severity.Error : Severity.Warning,
                $"Line {line.Number} of {Kind.ChineseName()} is not a row the importer understands: \"{Shorten(line.Text)}\""
                + (hasAmounts ? "; its amounts are missing from the import." : "; skipped."),
                line.Number, Kind);
        }
        return true;
    }

    /// <summary>Builds the table; reports missing summary lines and empty tables.</summary>
    internal BudgetTable Build()
    {
        MarkSubtotals();
        MarkProcurementCategories();
        MarkProjectLevelsBySums();
        var header = new TableHeader(_precision ?? PublishedPrecision.WanTwoDecimals, _title.Text, _title.PrintedNumber, _unitName, _emptyNote, _title.Line);
        if (_precision is null)
        {
            Log.Add(ImportRules.TableUnit, Severity.Warning,
                $"{Kind.ChineseName()} (line {_title.Line}) does not say its unit (单位：万元 / 单位：元); 万元 with two decimals is assumed.",
                _title.Line, Kind);
        }
        var builder = new TableBuilder(Kind, header);
        if (_columns is not null)
        {
            builder.WithColumns([.. _columns]);
        }
        foreach (var row in _rows)
        {
            builder.Add(row);
        }
        // A table printed empty under its header (unit line, column headers) is the validator's to report (BM-EMPTY-NOTE);
        // a title with nothing at all under it is the importer's.
        if (_rows.Count == 0 && !_sawNote && _precision is null && _headerLines.Count == 0)
        {
            Log.Add(ImportRules.EmptyTable, Severity.Warning, $"{Kind.ChineseName()} (line {_title.Line}) has a title but no rows.", _title.Line, Kind);
        }
        else if (_rows.Count > 0)
        {
            // A two-sided table without carry-over lines may end at 收入合计 / 支出合计: its grand totals are those.
            bool noCarryLines = !_summaries.Contains(SummaryLine.CarryOverRevenue) && !_summaries.Contains(SummaryLine.YearEndCarryForward);
            var missing = ExpectedSummaries()
                .Where(s => !_summaries.Contains(s))
                .Where(s => !(noCarryLines && (s == SummaryLine.RevenueGrandTotal && _summaries.Contains(SummaryLine.CurrentYearRevenue)
                    || s == SummaryLine.ExpenditureGrandTotal && _summaries.Contains(SummaryLine.CurrentYearExpenditure)
                    || s == SummaryLine.CurrentYearRevenue && _summaries.Contains(SummaryLine.RevenueGrandTotal)
                    || s == SummaryLine.CurrentYearExpenditure && _summaries.Contains(SummaryLine.ExpenditureGrandTotal))))
                .Where(s => !(s == SummaryLine.CurrentYearRevenue && FiscalWholeIsThisYearsRevenue()))
                .ToArray();
            if (missing.Length > 0)
            {
                Log.Add(ImportRules.SummaryMissing, Severity.Warning,
                    $"{Kind.ChineseName()} (line {_title.Line}) ends without its {string.Join(", ", missing)} line(s); the table may be cut short.",
                    _rows[^1].Line ?? _title.Line, Kind);
            }
        }
        return builder.Build();
    }

    /// <summary>True when a 财政拨款收支总表 prints 财政拨款 as one line of this year's money (一、财政拨款 over its funds):
    /// the table's only this-year source, so that line is its 本年收入 and no 本年收入合计 line is missing (Hangzhou 表4).</summary>
    private bool FiscalWholeIsThisYearsRevenue() =>
        Kind == TableKind.FiscalAppropriationSummary
        && _rows.Any(static r => r is SourceRow { Source: FundSource.FiscalAppropriation, IsCarryOver: false });

    private IEnumerable<SummaryLine> ExpectedSummaries() => Kind switch
    {
        TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary =>
            [SummaryLine.CurrentYearRevenue, SummaryLine.RevenueGrandTotal, SummaryLine.CurrentYearExpenditure, SummaryLine.ExpenditureGrandTotal],
        TableKind.ThreePublicExpenses => [SummaryLine.Total],
        TableKind.OperatingExpenses or TableKind.ProjectExpenditureCurrent or TableKind.ProjectExpenditureCarryOver => [],
        _ when TableLayout.For(Kind).Shape == TableShape.NamedRows => [],
        _ => [SummaryLine.Total],
    };

    private bool TryReadHeaderInfo(SourceLine line)
    {
        bool any = false;
        bool all = true;
        foreach (var (_, cell) in line.NonEmpty())
        {
            if (!MayBeHeaderInfo(cell))
            {
                all = false;
                continue;
            }
            var m = UnitNamePattern().Match(cell);
            if (m.Success)
            {
                var name = m.Groups[1].Value.Trim();
                if (UnitAfterName().Match(name) is { Success: true } glued)
                {
                    // The name and the unit close together, read as one cell: 编制单位：某局金额单位：元.
                    name = glued.Groups["name"].Value.Trim();
                    _precision ??= glued.Groups["unit"].Value == "万元" ? PublishedPrecision.WanTwoDecimals : PublishedPrecision.YuanTwoDecimals;
                }
                _unitName ??= name;
                _context.MentionUnitName(_unitName, line.Number, "table header: " + Kind.ChineseName());
                any = true;
                continue;
            }
            var u = UnitPattern().Match(cell);
            if (u.Success)
            {
                _precision ??= u.Groups[1].Value == "万元" ? PublishedPrecision.WanTwoDecimals : PublishedPrecision.YuanTwoDecimals;
                any = true;
            }
            else
            {
                all = false;
            }
        }
        return any && all;
    }

    /// <summary>A 单位名称 or 单位 cell (<see cref="UnitNamePattern"/>, <see cref="UnitPattern"/>).</summary>
    private static bool IsHeaderInfo(string cell) => MayBeHeaderInfo(cell) && (UnitNamePattern().IsMatch(cell) || UnitPattern().IsMatch(cell));

    /// <summary>False for a cell that cannot be a 单位名称 or 单位 cell: both patterns are anchored at 单位 or 金额单位.</summary>
    private static bool MayBeHeaderInfo(string cell) =>
        cell.StartsWith("单位", StringComparison.Ordinal) || cell.StartsWith("金额单位", StringComparison.Ordinal) || cell.StartsWith("预算单位", StringComparison.Ordinal)
        || cell.StartsWith("部门", StringComparison.Ordinal) || cell.StartsWith("编制", StringComparison.Ordinal) || cell.StartsWith("（单位", StringComparison.Ordinal) || cell.StartsWith("(单位", StringComparison.Ordinal);

    /// <summary>The line that numbers the columns (1 2 3 …), maybe after a label 栏次 and blank code cells.</summary>
    private static bool IsColumnNumbering(SourceLine line)
    {
        int expected = 1;
        int count = 0;
        bool first = true, labelled = false;
        foreach (var (_, cell) in line.NonEmpty())
        {
            // The first cell may name the row (栏次, 甲) or mark it (** or other marks over the name column).
            if (first && (IsColumnNumberingLabel(cell) || !cell.Any(char.IsLetterOrDigit)))
            {
                labelled = true;
                continue;
            }
            first = false;
            if (cell != expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return false;
            }
            expected++;
            count++;
        }
        // Under a label (栏次, **) one column's number is numbering too: a table of one amount column.
        return count >= 3 || labelled && count >= 1;
    }

    /// <summary>What a column-numbering line prints over its label columns instead of a number: 栏次 / 栏号 / 行次,
    /// 甲 / 乙 / 丙 / 丁, or a placeholder of asterisks (<c>**</c>).</summary>
    private static bool IsColumnNumberingLabel(string cell) =>
        cell is "栏次" or "栏号" or "行次" or "甲" or "乙" or "丙" or "丁"
        || cell.Length > 0 && cell.All(ch => ch is '*' or '＊');

    private static bool IsHeader(SourceLine line)
    {
        var cells = line.NonEmpty();
        foreach (var (index, text) in cells)
        {
            if (Labels.HasChineseOrdinal(text) || (index < 4 && IsCodeLike(text)))
            {
                return false;
            }
        }
        var labels = line.NonEmptyLabels();
        for (int k = 0; k < cells.Length; k++)
        {
            var text = cells[k].Text;
            if (HeaderWords.Contains(HeaderLabel(labels[k])) || text.Contains("科目名称", StringComparison.Ordinal)
                || text.Contains("科目编码", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A header cell's label (<see cref="SourceLine.NonEmptyLabels"/>) without a leading year (2024年合计).</summary>
    private static string HeaderLabel(string label)
    {
        foreach (var m in YearPrefix().EnumerateMatches(label))
        {
            return label[m.Length..];
        }
        return label;
    }

    private static bool HasAmounts(SourceLine line)
    {
        for (int i = 0; i < line.Cells.Length; i++)
        {
            var c = line.Cells[i];
            if (Amounts.LooksNumeric(c) && !(i < 4 && IsCodeLike(c)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCodeLike(string cell) => cell.Length is >= 2 and <= 9 && CellChars.AllAsciiDigits(cell) && !cell.StartsWith('0');

    /// <summary>The columns: the kind's standard ones, narrowed to those the header names when it names any.</summary>
    private IReadOnlyList<TableColumn> DetectColumns()
    {
        var standard = StandardColumns.For(Kind);
        foreach (var h in _headerLines)
        {
            if (h.Cells.Any(c => c == "类") && h.Cells.Any(c => c == "款"))
            {
                _splitCodes = true;
            }
        }
        if (Kind is TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary or TableKind.StateCapitalOperation or TableKind.GovernmentFundRevenue)
        {
            return standard;
        }
        var named = new HashSet<TableColumn>();
        foreach (var h in _headerLines)
        {
            foreach (var label in h.NonEmptyLabels())
            {
                if (ColumnOf(HeaderLabel(label), standard) is { } col)
                {
                    named.Add(col);
                }
            }
        }
        var narrowed = standard.Where(named.Contains).ToArray();
        return narrowed.Length >= 2 && narrowed[0] == TableColumn.Total ? narrowed : standard;
    }

    /// <summary>The column of <paramref name="columns"/> a header cell names: the column's own label
    /// (<see cref="TableColumns.ChineseName"/>) or, for the fund sources, expenditure types and parts of 基本支出,
    /// any spelling <see cref="FundingLabels"/> reads as the same member (一般公共预算拨款, 上年结转安排 …).</summary>
    private static TableColumn? ColumnOf(string label, IReadOnlyList<TableColumn> columns)
    {
        if (label is "小计" or "总计" or "合计数")
        {
            label = TableColumn.Total.ChineseName();
        }
        foreach (var column in columns)
        {
            var official = column.ChineseName();
            if (label == official
                || (FundingLabels.TryParseFundSource(label, out var source) && FundingLabels.TryParseFundSource(official, out var s) && source == s)
                || (FundingLabels.TryParseExpenditureType(label, out var type) && FundingLabels.TryParseExpenditureType(official, out var t) && type == t)
                || (FundingLabels.TryParseBasicExpenditureKind(label, out var part) && FundingLabels.TryParseBasicExpenditureKind(official, out var p) && part == p))
            {
                return column;
            }
        }
        return null;
    }

    private bool TryReadRow(SourceLine line) => Kind switch
    {
        _ when !TableKinds.Seed.Contains(Kind) => TableLayout.For(Kind).Shape switch
        {
            TableShape.Function => ReadFunction(line),
            TableShape.Economic => ReadEconomic(line),
            _ => ReadNamed(line),
        },
        TableKind.RevenueExpenditureSummary or TableKind.FiscalAppropriationSummary => ReadTwoSided(line),
        TableKind.RevenueSummary or TableKind.ExpenditureSummary or TableKind.GeneralBudgetExpenditure or TableKind.GovernmentFundExpenditure => ReadFunction(line),
        TableKind.GeneralBudgetBasicExpenditure => ReadEconomic(line),
        TableKind.GovernmentFundRevenue => ReadRevenue(line),
        TableKind.StateCapitalOperation => ReadStateCapital(line),
        TableKind.ThreePublicExpenses => ReadThreePublic(line),
        _ => ReadNamed(line),
    };

    // ---- rows of tables 1 and 4: revenue by source on the left, expenditure by class on the right ----

    private bool ReadTwoSided(SourceLine line)
    {
        var columns = _columns!;
        string left = Labels.Normalize(line[0]);
        string right = Labels.Normalize(line[2]);
        bool read = false;
        if (left.Length > 0)
        {
            read |= ReadRevenueSide(line, left);
        }
        if (right.Length > 0)
        {
            read |= ReadExpenditureSide(line, right, columns);
        }
        return read;
    }

    private bool ReadRevenueSide(SourceLine line, string name)
    {
        var single = StandardColumns.SingleAmount;
        SummaryLine? summary = name switch
        {
            _ when name.Contains("本年收入合计", StringComparison.Ordinal) || name == "本年收入" => SummaryLine.CurrentYearRevenue,
            _ when name.Contains("收入总计", StringComparison.Ordinal) => SummaryLine.RevenueGrandTotal,
            _ when name.StartsWith("上年", StringComparison.Ordinal) && name.Contains("结转", StringComparison.Ordinal) => SummaryLine.CarryOverRevenue,
            _ => null,
        };
        if (summary is { } s)
        {
            var values = ReadValues(line, 1, single, name, maxCells: 1, end: 2);
            AddSummary(new SummaryRow(s, line[0], single, values, line.Number));
            _inCarryOver = s == SummaryLine.CarryOverRevenue;
            return true;
        }
        if (FundingLabels.TryParseFundSource(name, out var source))
        {
            var values = ReadValues(line, 1, single, name, maxCells: 1, end: 2);
            _rows.Add(new SourceRow(source, line[0], single, values, line.Number, _inCarryOver));
            return true;
        }
        if (IsPartOfLineAbove(name))
        {
            return true;
        }
        ReportUnknownName(line, 0, "fund source", HasAmountIn(line, 1, 1));
        return true;
    }

    private bool ReadExpenditureSide(SourceLine line, string name, IReadOnlyList<TableColumn> columns)
    {
        SummaryLine? summary = name switch
        {
            _ when name.Contains("本年支出合计", StringComparison.Ordinal) || name == "本年支出" => SummaryLine.CurrentYearExpenditure,
            _ when name.Contains("支出总计", StringComparison.Ordinal) => SummaryLine.ExpenditureGrandTotal,
            _ when name.StartsWith("年终结转", StringComparison.Ordinal) || name.StartsWith("年末结转", StringComparison.Ordinal) => SummaryLine.YearEndCarryForward,
            _ => null,
        };
        if (summary is { } s)
        {
            AddSummary(new SummaryRow(s, line[2], columns, ReadValues(line, 3, columns, name), line.Number));
            return true;
        }
        if (_context.Catalog.TryFindFunctionByName(name, FunctionLevel.Class, out var code))
        {
            _rows.Add(new FunctionRow(code, line[2], columns, ReadValues(line, 3, columns, name), line.Number));
            return true;
        }
        ReportUnknownName(line, 2, "expenditure class (支出功能分类 类)", HasAmountIn(line, 3, columns.Count));
        return true;
    }

    // ---- rows keyed by function code: tables 2, 3, 5, 8 ----

    private bool ReadFunction(SourceLine line)
    {
        var columns = _columns!;
        if (TryTotal(line, columns))
        {
            return true;
        }
        if (!TrySplitCode(line, out var codeText, out var name, out int valueStart))
        {
            return false;
        }
        if (!FunctionCode.TryParse(codeText, out var code))
        {
            ReportBadCode(line, codeText, "function classification code (支出功能分类科目编码: 3, 5 or 7 digits)");
            return true;
        }
        _rows.Add(new FunctionRow(code, name, columns, ReadValues(line, valueStart, columns, code.Value), line.Number));
        return true;
    }

    private bool TryTotal(SourceLine line, IReadOnlyList<TableColumn> columns)
    {
        int prefix = _splitCodes ? 4 : 2;
        int at = -1;
        for (int i = 0; i < prefix && i < line.Cells.Length; i++)
        {
            var t = Labels.Normalize(line.Cells[i]);
            if (t.Length == 0)
            {
                continue;
            }
            if (IsTotalWord(t))
            {
                at = i;
            }
            break;
        }
        if (at < 0)
        {
            return false;
        }
        var singleLine = StandardColumns.IsSingleAmountLine(Kind, SummaryLine.Total) ? StandardColumns.SingleAmount : columns;
        AddSummary(new SummaryRow(SummaryLine.Total, line.Cells[at], singleLine, ReadValues(line, prefix, singleLine, "合计"), line.Number));
        return true;
    }

    /// <summary>Reads a code printed whole (2150517) or split into 类/款/项 cells (215 05 17), or "2150517 产业发展" in one cell.</summary>
    private bool TrySplitCode(SourceLine line, out string code, out string name, out int valueStart)
    {
        code = name = string.Empty;
        valueStart = 0;
        var c0 = line[0];
        if (_splitCodes || (IsDigits(c0, 3, 3) && IsDigits(line[1], 2, 2)))
        {
            string? part1 = null, part2 = null, part3 = null;
            int parts = 0;
            int i = 0;
            for (; i < 3 && i < line.Cells.Length; i++)
            {
                if (line.Cells[i].Length == 0 && _splitCodes)
                {
                    continue;
                }
                if (!CellChars.AllAsciiDigits(line.Cells[i]))
                {
                    break;
                }
                switch (parts++)
                {
                    case 0: part1 = line.Cells[i]; break;
                    case 1: part2 = line.Cells[i]; break;
                    default: part3 = line.Cells[i]; break;
                }
            }
            if (parts == 0)
            {
                return false;
            }
            code = string.Concat(part1, part2, part3);
            int nameAt = _splitCodes ? 3 : i;
            name = line[nameAt];
            valueStart = nameAt + 1;
            return true;
        }
        var m = CodeAndName().Match(c0);
        if (m.Success && !CellChars.AnyLetter(line[1]))
        {
            code = m.Groups[1].Value;
            name = m.Groups[2].Value;
            valueStart = 1;
            return true;
        }
        if (c0.Length == 0 || !CellChars.AnyAsciiDigit(c0) || CellChars.AnyLetter(c0))
        {
            return false;
        }
        code = c0;
        name = line[1];
        valueStart = 2;
        return true;
    }

    private static bool IsDigits(string s, int min, int max) => s.Length >= min && s.Length <= max && CellChars.AllAsciiDigits(s);

    // ---- table 6: economic classes and items by name (codes from the catalog) ----

    private bool ReadEconomic(SourceLine line)
    {
        var columns = _columns!;
        if (TryTotal(line, columns))
        {
            return true;
        }
        EconomicCode? deptCode = null;
        EconomicCode? govCode = null;
        int at = 0;
        if (line[0].Length > 0 && CellChars.AllAsciiDigits(line[0]))
        {
            if (!EconomicCode.TryParse(line[0], out var parsed))
            {
                ReportBadCode(line, line[0], "economic classification code (支出经济分类科目编码)");
                return true;
            }
            deptCode = parsed;
            at = 1;
        }
        string deptName = line[at];
        if (deptName.Length == 0)
        {
            return false;
        }
        string govName = line[at + 1];
        int valueStart = at + 2;
        if (govName.Length > 0 && CellChars.AllAsciiDigits(govName))
        {
            govCode = EconomicCode.TryParse(govName, out var g) ? g : null;
            govName = line[at + 2];
            valueStart = at + 3;
        }
        if (Amounts.LooksNumeric(govName))
        {
            // No government column on this row: the values start right after the name.
            govName = string.Empty;
            valueStart = at + 1;
        }
        bool isClass = govName.Length == 0;
        deptCode ??= _context.Catalog.TryFindEconomicByName(deptName, EconomicSystem.Department, out var d) ? d : null;
        if (!isClass)
        {
            govCode ??= _context.Catalog.TryFindEconomicByName(govName, EconomicSystem.Government, out var g) ? g : null;
        }
        var key = deptCode?.Value ?? deptName;
        _rows.Add(new EconomicRow(deptCode, deptName, govCode, isClass ? null : govName, isClass, columns, ReadValues(line, valueStart, columns, key), line.Number));
        return true;
    }

    // ---- table 7: revenue by revenue code ----

    private bool ReadRevenue(SourceLine line)
    {
        var single = StandardColumns.SingleAmount;
        if (TryTotal(line, single))
        {
            return true;
        }
        if (!TrySplitCode(line, out var codeText, out var name, out int valueStart))
        {
            return false;
        }
        if (!RevenueCode.TryParse(codeText, out var code))
        {
            ReportBadCode(line, codeText, "revenue classification code (收入分类科目编码: 3, 5, 7 or 9 digits)");
            return true;
        }
        _rows.Add(new RevenueCodeRow(code, name, single, ReadValues(line, valueStart, single, code.Value, maxCells: 1), line.Number));
        return true;
    }

    // ---- table 9: revenue by code on the left (3 cells), expenditure by function code on the right ----

    private bool ReadStateCapital(SourceLine line)
    {
        var columns = StandardColumns.TotalBasicProject;
        var single = StandardColumns.SingleAmount;
        if (Labels.Normalize(line[0]) is "合计" or "总计" || (line[0].Length == 0 && Labels.Normalize(line[1]) == "合计"))
        {
            AddSummary(new SummaryRow(SummaryLine.CurrentYearRevenue, "合计", single, ReadValues(line, 2, single, "合计", maxCells: 1, end: 3), line.Number));
            AddSummary(new SummaryRow(SummaryLine.Total, "合计", columns, ReadValues(line, 5, columns, "合计"), line.Number));
            return true;
        }
        bool read = false;
        if (line[0].Length > 0)
        {
            if (RevenueCode.TryParse(line[0], out var rc))
            {
                _rows.Add(new RevenueCodeRow(rc, line[1], single, ReadValues(line, 2, single, rc.Value, maxCells: 1, end: 3), line.Number));
            }
            else
            {
                ReportBadCode(line, line[0], "revenue classification code (收入分类科目编码)");
            }
            read = true;
        }
        if (line[3].Length > 0)
        {
            if (FunctionCode.TryParse(line[3], out var fc))
            {
                _rows.Add(new FunctionRow(fc, line[4], columns, ReadValues(line, 5, columns, fc.Value), line.Number));
            }
            else
            {
                ReportBadCode(line, line[3], "function classification code (支出功能分类科目编码)");
            }
            read = true;
        }
        return read;
    }

    // ---- table 10: the “三公” lines ----

    private bool ReadThreePublic(SourceLine line)
    {
        var columns = _columns!;
        var name = Labels.Normalize(line[0]);
        SummaryLine? which = name switch
        {
            _ when name.StartsWith("合计", StringComparison.Ordinal) || name.Contains("三公", StringComparison.Ordinal) => SummaryLine.Total,
            _ when name.Contains("出国", StringComparison.Ordinal) => SummaryLine.OverseasTravel,
            _ when name.Contains("接待", StringComparison.Ordinal) => SummaryLine.Reception,
            _ when name.Contains("购置及运行", StringComparison.Ordinal) || name.Contains("购置和运行", StringComparison.Ordinal) => SummaryLine.Vehicles,
            _ when name.Contains("购置", StringComparison.Ordinal) => SummaryLine.VehiclePurchase,
            _ when name.Contains("运行", StringComparison.Ordinal) => SummaryLine.VehicleOperation,
            _ => null,
        };
        if (which is not { } s)
        {
            return false;
        }
        AddSummary(new SummaryRow(s, line[0], columns, ReadValues(line, 1, columns, s.ToString()), line.Number));
        return true;
    }

    // ---- tables 11, 12, 13: named rows under unit rows ----

    private bool ReadNamed(SourceLine line)
    {
        var columns = _columns!;
        var name = line[0];
        if (name.Length == 0)
        {
            return false;
        }
        var normalized = Labels.Normalize(name);
        bool isUnitRow = normalized.Contains("合计", StringComparison.Ordinal)
            || (Kind != TableKind.OperatingExpenses && _context.IsUnitName(name, _unitName));
        // A category of projects printed over them (部门特定目标类项目) is a subtotal kept in the table, not a project.
        bool isGroup = !isUnitRow && IsProjectTable && Labels.IsProjectCategory(normalized);
        _rows.Add(new NamedRow(name, isUnitRow ? RowRole.Total : isGroup ? RowRole.Summary : RowRole.Detail, columns, ReadValues(line, 1, columns, name), line.Number));
        return true;
    }

    // ---- values ----

    private void AddSummary(SummaryRow row)
    {
        _rows.Add(row);
        _summaries.Add(row.SummaryLine);
    }

    /// <summary>
    /// Reads the amounts of <paramref name="columns"/> from the cells at <paramref name="start"/>. A missing cell is an
    /// empty one (extraction drops trailing tabs). Surplus cells that hold amounts mean the row was shifted right:
    /// empty cells at the front are dropped to realign it, with a warning; amounts that still do not fit are errors.
    /// </summary>
    private Money[] ReadValues(SourceLine line, int start, IReadOnlyList<TableColumn> columns, string rowKey, int? maxCells = null, int end = int.MaxValue)
    {
        int width = maxCells ?? columns.Count;
        // The cells read are line.Cells[first..stop): a missing cell is an empty one.
        int first = start;
        int stop = Math.Min(line.Cells.Length, end);
        if (stop - first > width && AnyText(line, first + width, stop))
        {
            int dropped = 0;
            while (stop - first > width && line.Cells[first].Length == 0 && AnyText(line, first + width, stop))
            {
                first++;
                dropped++;
            }
            if (dropped > 0)
            {
                Log.Add(ImportRules.Shift, Severity.Warning,
                    $"Line {line.Number}: the amounts of row {rowKey} are shifted {dropped} cell(s) to the right; realigned under {string.Join(", ", columns.Select(c => c.ChineseName()))}.",
                    line.Number, Kind, rowKey);
            }
            for (int i = first + width; i < stop; i++)
            {
                if (line.Cells[i].Length > 0)
                {
                    Log.Add(ImportRules.Cell, Severity.Error,
                        $"Line {line.Number}, cell {i + 1}: \"{line.Cells[i]}\" lies beyond the table's {width} column(s) for row {rowKey}; it is not imported.",
                        line.Number, Kind, rowKey);
                }
            }
        }
        var values = new Money[columns.Count];
        for (int c = 0; c < columns.Count && first + c < stop; c++)
        {
            int index = first + c;
            if (!Amounts.TryRead(line.Cells[index], Unit, out values[c], out var reason))
            {
                Log.BadCell(line, index, reason, Kind, rowKey, columns[c]);
                values[c] = Money.Zero;
            }
        }
        return values;
    }

    /// <summary>True when a cell of line.Cells[from..to) is not empty.</summary>
    private static bool AnyText(SourceLine line, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (line.Cells[i].Length > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasAmountIn(SourceLine line, int start, int count)
    {
        for (int i = start; i < start + count && i < line.Cells.Length; i++)
        {
            if (line.Cells[i].Length > 0 && !Amounts.IsEmptyMark(line.Cells[i]))
            {
                return true;
            }
        }
        return false;
    }

    private void ReportUnknownName(SourceLine line, int cell, string what, bool hasAmounts) =>
        Log.Add(ImportRules.Name, hasAmounts ? Severity.Error : Severity.Warning,
            $"Line {line.Number}: \"{line[cell]}\" is not a known {what}; the row is not imported" + (hasAmounts ? " and its amounts are missing." : "."),
            line.Number, Kind, line[cell]);

    private void ReportBadCode(SourceLine line, string code, string what) =>
        Log.Add(ImportRules.Row, Severity.Error,
            $"Line {line.Number}: \"{code}\" is not a {what}; the row is not imported and its amounts are missing.",
            line.Number, Kind, code, code: code);

    private static string Shorten(string text) => text.Length <= 60 ? text.Replace('\t', ' ') : text[..60].Replace('\t', ' ') + "…";

    [GeneratedRegex(@"^(?:单位名称|预算单位|部门名称|编制部门|编制单位|部门[（(]单位[）)](?:名称)?|部门|单位)\s*[:：]\s*(?!万元|元\s*$)(.+)$")]
    internal static partial Regex UnitNamePattern();

    [GeneratedRegex(@"^[（(]?(?:金额)?单位\s*[:：]\s*(万元|元)\s*[）)]?$")]
    internal static partial Regex UnitPattern();

    /// <summary>A unit line (<see cref="UnitPattern"/>) run onto the end of a unit's name: group name is the name, group
    /// unit 万元 or 元.</summary>
    [GeneratedRegex(@"^(?<name>.+?)\s*[（(]?(?:金额)?单位\s*[:：]\s*(?<unit>万元|元)\s*[）)]?$")]
    private static partial Regex UnitAfterName();

    [GeneratedRegex(@"^(?:19|20)\d{2}年?")]
    private static partial Regex YearPrefix();

    /// <summary>A code and a name in one cell: <c>2150517 产业发展</c>, or the code in brackets before the name
    /// (<c>[2150517]产业发展</c>, 【…】), or joined to the name with a dash (<c>2010801-行政运行</c>). Group 1 is the code,
    /// group 2 the name.</summary>
    [GeneratedRegex(@"^(?:(?<code>\d{3,9})\s+|(?<code>\d{3,9})\s*[-－—]\s*|[\[［【](?<code>\d{3,9})[\]］】]\s*)(?<name>\D.*)$")]
    private static partial Regex CodeAndName();
}
