using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reading of laid-out input whose cells sit under their headers (PDF): the columns come from the header rows the
/// table prints (<see cref="HeaderMap"/>), matched by meaning in whatever order they are printed, and every row is read
/// through them — code whole or split into 类/款/项, or absent (the name looked up in the catalog), the name, the amounts.
/// Falls back to the positional reading when the header names no column.
/// </summary>
internal sealed partial class TableReader
{
    private HeaderMap? _map;
    private bool _mapTried;
    private IReadOnlyList<(int[] Indices, TableColumn Column)>? _mappedAmounts;
    private IReadOnlyList<(int[] Indices, TableColumn Column)>? _mappedLeft;
    private bool _sawClass;

    /// <summary>Takes one line of aligned input.</summary>
    private bool AddAligned(SourceLine line)
    {
        if (_repeatedHeader)
        {
            if (line.NonEmpty().Any(IsHeaderInfo) || IsColumnNumbering(line) || !(HasAmounts(line) || HasCode(line) || HasTotalLabel(line)))
            {
                return true;
            }
            _repeatedHeader = false;
        }
        if (_rows.Count > 0 && line.NonEmpty().Any(IsHeaderInfo))
        {
            return false;
        }
        if (TryReadHeaderInfo(line) || IsColumnNumbering(line))
        {
            return true;
        }
        bool hasAmounts = HasAmounts(line);
        if (!hasAmounts && line.Text.Length > 0 && IsEmptyNote(line.Text))
        {
            KeepNote(line.Text);
            return true;
        }
        bool data = hasAmounts || HasCode(line) || HasTotalLabel(line);
        if (!data && _rows.Count == 0 && !_mapTried)
        {
            _headerLines.Add(line);
            return true;
        }
        if (!_mapTried)
        {
            _mapTried = true;
            Kind = HeaderSaysKind(Kind);
            _map = HeaderMap.Build(_headerLines, Kind, _context.BudgetYear);
            if (_map is not null)
            {
                PrepareMapped(_map);
            }
        }
        if (_map is null)
        {
            return AddPositional(line, hasAmounts);
        }
        if (!data)
        {
            // A header repeated on a new page (as printed above the first row, or known header words), or a label
            // without figures (a heading row).
            if (line.NonEmptyCount == 0)
            {
                return true;
            }
            if (IsHeader(line) || _headerLines.Exists(h => h.Text == line.Text))
            {
                _repeatedHeaderLines.Add(line);
                return true;
            }
        }
        RemapFromRepeatedHeader();
        _mappedLines.Add(line);
        if (!TryReadMapped(line))
        {
            Log.Add(ImportRules.Row, hasAmounts ? Severity.Error : Severity.Warning,
                $"Line {line.Number} of {Kind.ChineseName()} is not a row the importer understands: \"{Shorten(line.Text)}\""
                + (hasAmounts ? "; its amounts are missing from the import." : "; skipped."),
                line.Number, Kind);
        }
        return true;
    }

    /// <summary>A note under a laid-out table: the text reader's notes (<see cref="IsNoteLine"/>) and the wordings of
    /// other provinces (备注：本单位…没有…, 本表无数据, 本部门无…预算).</summary>
    private static bool IsEmptyNote(string text) =>
        IsNoteLine(text)
        || (text.StartsWith("备注", StringComparison.Ordinal) || text.Contains("没有", StringComparison.Ordinal) || text.Contains("未安排", StringComparison.Ordinal))
            && text.Length < 80 && (text.Contains('无') || text.Contains("没有", StringComparison.Ordinal) || text.Contains("未安排", StringComparison.Ordinal))
        || text.Contains("无数据", StringComparison.Ordinal) || (text.Contains('无', StringComparison.Ordinal) && text.Contains("预算", StringComparison.Ordinal) && text.Length < 60 && (text.Contains("本单位", StringComparison.Ordinal) || text.Contains("本部门", StringComparison.Ordinal)));

    private static bool HasCode(SourceLine line)
    {
        int seen = 0;
        foreach (var (_, cell) in line.NonEmpty())
        {
            if (IsCodeLike(cell) || CodeAndName().IsMatch(cell))
            {
                return true;
            }
            if (++seen >= 4)
            {
                break;
            }
        }
        return false;
    }

    /// <summary>A 合计 row: its first cell says 合计/总计 and the other cells are figures or empty (a header row that
    /// reads 合计 | 基本支出 | 项目支出 is not one).</summary>
    private static bool HasTotalLabel(SourceLine line)
    {
        bool first = true;
        foreach (var (_, cell) in line.NonEmpty())
        {
            if (first)
            {
                if (!IsTotalLabel(Labels.Normalize(cell)))
                {
                    return false;
                }
                first = false;
            }
            else if (!Amounts.LooksNumeric(cell) && !Amounts.IsEmptyMark(cell))
            {
                return false;
            }
        }
        return !first;
    }

    private static bool IsTotalLabel(string t) =>
        IsTotalWord(t) || t is "总计:" or "合计:"
        || t.StartsWith("合计", StringComparison.Ordinal) && t.Length <= 4 || t.StartsWith("总计", StringComparison.Ordinal) && t.Length <= 4;

    private void PrepareMapped(HeaderMap map)
    {
        var standard = TableLayout.For(Kind).AllowedColumns;
        if (map.RightSideStart > 0)
        {
            _mappedLeft = map.AmountColumns(0, map.RightSideStart);
            _mappedAmounts = Order(map.AmountColumns(map.RightSideStart), standard);
        }
        else
        {
            _mappedAmounts = Order(map.AmountColumns(), standard);
        }
        if (_mappedAmounts.Count > 0 && Kind is not (TableKind.GovernmentFundRevenue or TableKind.StateCapitalOperation))
        {
            _columns = [.. _mappedAmounts.Select(a => a.Column)];
        }
        else
        {
            _columns = standard;
        }
        _splitCodes = map.IndexOf(ColumnRole.CodeClass) >= 0;
    }

    /// <summary>The header lines repeated since the last row (a header printed again on a new page).</summary>
    private readonly List<SourceLine> _repeatedHeaderLines = [];

    /// <summary>
    /// Reads the rows under a header repeated on a new page through that header: the page may place the columns
    /// elsewhere (a name column narrower or wider than on the first page, or split from its label), so the rows under
    /// it are mapped to the new places. Kept only when the repeated header names the same amount columns; else the first
    /// page's map stands.
    /// </summary>
    private void RemapFromRepeatedHeader()
    {
        if (_repeatedHeaderLines.Count == 0)
        {
            return;
        }
        var lines = _repeatedHeaderLines.ToList();
        _repeatedHeaderLines.Clear();
        if (lines.Count == _headerLines.Count && lines.Zip(_headerLines).All(p => p.First.Cells.SequenceEqual(p.Second.Cells)))
        {
            return;
        }
        var map = HeaderMap.Build(lines, Kind);
        if (map is null || _map is null || map.RightSideStart > 0 != _map.RightSideStart > 0)
        {
            return;
        }
        var old = _mappedAmounts;
        var oldLeft = _mappedLeft;
        var oldColumns = _columns;
        bool split = _splitCodes;
        PrepareMapped(map);
        if (old is null || !_mappedAmounts!.Select(a => a.Column).SequenceEqual(old.Select(a => a.Column))
            || (oldLeft is not null && !_mappedLeft!.Select(a => a.Column).SequenceEqual(oldLeft.Select(a => a.Column)))
            || (map.IndexOf(ColumnRole.Code) >= 0 || map.IndexOf(ColumnRole.CodeClass) >= 0) != (_map.IndexOf(ColumnRole.Code) >= 0 || _map.IndexOf(ColumnRole.CodeClass) >= 0))
        {
            // Not the same columns: the first page's map stands.
            _mappedAmounts = old;
            _mappedLeft = oldLeft;
            _columns = oldColumns;
            _splitCodes = split;
            return;
        }
        _map = map;
    }

    private static IReadOnlyList<(int[] Indices, TableColumn Column)> Order(IReadOnlyList<(int[] Indices, TableColumn Column)> found, IReadOnlyList<TableColumn> standard) =>
        [.. found.OrderBy(f => IndexIn(standard, f.Column))];

    private static int IndexIn(IReadOnlyList<TableColumn> columns, TableColumn column)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    private bool TryReadMapped(SourceLine line) => TableLayout.For(Kind).Shape switch
    {
        TableShape.Summary or TableShape.FiscalAppropriation when _map!.RightSideStart > 0 => ReadMappedTwoSided(line),
        // A 国有资本经营预算 table of spending only (no 收入 column) is read as a table by function code.
        TableShape.StateCapital when !_map!.Headers.Any(h => h.Contains("收入", StringComparison.Ordinal)) => ReadMappedFunction(line),
        TableShape.Summary or TableShape.FiscalAppropriation or TableShape.StateCapital or TableShape.RevenueCode => TryReadRow(line),
        TableShape.Function => ReadMappedFunction(line),
        TableShape.Economic => ReadMappedEconomic(line),
        TableShape.ThreePublic => ReadMappedThreePublic(line),
        _ => ReadMappedNamed(line),
    };

    /// <summary>The row's label: the name column's text, else the first non-empty text cell before the amounts.</summary>
    private string Label(SourceLine line, int from = 0, int to = int.MaxValue)
    {
        int name = _map!.IndexOf(ColumnRole.Name, from, to);
        if (name >= 0 && line[name].Length > 0)
        {
            return line[name];
        }
        for (int i = Math.Max(0, from); i < line.Cells.Length && i < to; i++)
        {
            if (_map.Roles.Length > i && _map.Roles[i] == ColumnRole.Amount)
            {
                break;
            }
            if (line.Cells[i].Length > 0 && !Amounts.LooksNumeric(line.Cells[i]))
            {
                return line.Cells[i];
            }
        }
        return string.Empty;
    }

    private Money[] MappedValues(SourceLine line, IReadOnlyList<(int[] Indices, TableColumn Column)> amounts, string rowKey)
    {
        var values = new Money[amounts.Count];
        for (int k = 0; k < amounts.Count; k++)
        {
            var sum = Money.Zero;
            foreach (int index in amounts[k].Indices)
            {
                if (!Amounts.TryRead(line[index], Unit, out var value, out var reason))
                {
                    Log.BadCell(line, index, reason, Kind, rowKey, amounts[k].Column);
                    continue;
                }
                sum += value;
            }
            values[k] = sum;
        }
        return values;
    }

    private IReadOnlyList<TableColumn> MappedColumns => _columns!;

    /// <summary>
    /// A row's amounts, one per <see cref="MappedColumns"/>: the mapped amount columns' values where the table's
    /// columns are the mapped ones, else (no amount column found beside the names, or a kind that keeps its standard
    /// columns) each mapped value under its column and zero under a column the header did not print — a row must carry
    /// exactly its table's columns (a header with no amount column on one side gave a row of none under a table of 14).
    /// A figure on a side whose header has no amount column is an error naming the cell, not a silent loss.
    /// </summary>
    private Money[] RowValues(SourceLine line, string rowKey)
    {
        var amounts = _mappedAmounts!;
        var values = MappedValues(line, amounts, rowKey);
        var columns = MappedColumns;
        if (columns.Count == amounts.Count && amounts.Select(a => a.Column).SequenceEqual(columns))
        {
            return values;
        }
        if (amounts.Count == 0)
        {
            for (int i = Math.Max(0, _map!.RightSideStart); i < line.Cells.Length; i++)
            {
                if (line.Cells[i].Length > 0 && Amounts.LooksNumeric(line.Cells[i]))
                {
                    Log.Add(ImportRules.Cell, Severity.Error,
                        $"Line {line.Number}, cell {i + 1}: \"{line.Cells[i]}\" lies under no amount column of the table's header for row {rowKey}; it is not imported.",
                        line.Number, Kind, rowKey);
                }
            }
        }
        var aligned = new Money[columns.Count];
        for (int k = 0; k < amounts.Count; k++)
        {
            int at = IndexIn(columns, amounts[k].Column);
            if (at < columns.Count)
            {
                aligned[at] = values[k];
            }
        }
        return aligned;
    }

    private bool TryMappedTotal(SourceLine line, string label)
    {
        if (!IsTotalLabel(Labels.Normalize(label)))
        {
            // A total printed in the code column (合计 over 类/款/项).
            int first = -1;
            foreach (var (i, _) in line.NonEmpty())
            {
                first = i;
                break;
            }
            if (first < 0 || !IsTotalLabel(Labels.Normalize(line[first])))
            {
                return false;
            }
            label = line[first];
        }
        var single = StandardColumns.IsSingleAmountLine(Kind, SummaryLine.Total);
        var values = single ? MappedValues(line, _mappedAmounts!, "合计") : RowValues(line, "合计");
        if (single)
        {
            AddSummary(new SummaryRow(SummaryLine.Total, label, StandardColumns.SingleAmount, values.Length > 0 ? values.AsSpan(0, 1) : [Money.Zero], line.Number));
        }
        else
        {
            AddSummary(new SummaryRow(SummaryLine.Total, label, MappedColumns, values, line.Number));
        }
        return true;
    }

    /// <summary>The printed code: whole, split into 类/款/项 cells, or "2150517 产业发展" in the name cell; null when none.</summary>
    private string? MappedCode(SourceLine line, ref string name)
    {
        var map = _map!;
        int code = map.IndexOf(ColumnRole.Code);
        if (code >= 0 && line[code].Length > 0)
        {
            var text = line[code].Replace(" ", "", StringComparison.Ordinal);
            var m = CodeAndName().Match(line[code]);
            if (m.Success)
            {
                if (name.Length == 0)
                {
                    name = m.Groups[2].Value;
                }
                return m.Groups[1].Value;
            }
            return text;
        }
        int c = map.IndexOf(ColumnRole.CodeClass), s = map.IndexOf(ColumnRole.CodeSection), it = map.IndexOf(ColumnRole.CodeItem);
        if (c >= 0)
        {
            string klass = line[c], section = s >= 0 ? line[s] : "", item = it >= 0 ? line[it] : "";
            if (klass.Length == 0 && section.Length == 0 && item.Length == 0)
            {
                return null;
            }
            // A part left blank repeats the one above (the class printed once over its sections and items).
            if (klass.Length == 0)
            {
                klass = _splitClass ?? "";
            }
            if (section.Length == 0 && item.Length > 0)
            {
                section = _splitSection ?? "";
            }
            _splitClass = klass;
            _splitSection = section.Length > 0 ? section : null;
            return string.Concat(klass, section, item);
        }
        var nameMatch = CodeAndName().Match(name);
        if (nameMatch.Success)
        {
            name = nameMatch.Groups[2].Value;
            return nameMatch.Groups[1].Value;
        }
        return null;
    }

    private bool ReadMappedFunction(SourceLine line)
    {
        var name = Label(line);
        if (TryMappedTotal(line, name) || TryTotalOfLabelFreeTable(line, name))
        {
            return true;
        }
        int unitCode = _map!.IndexOf(ColumnRole.UnitCode);
        if (unitCode >= 0 && line[unitCode].Length > 0 && MappedCodeIsUnit(line, unitCode))
        {
            // A unit's row (部门（单位）代码, 单位名称): the department's own row is its total.
            if (!_summaries.Contains(SummaryLine.Total))
            {
                var values = RowValues(line, line[unitCode]);
                AddSummary(new SummaryRow(SummaryLine.Total, name.Length > 0 ? name : line[unitCode], MappedColumns, values, line.Number));
            }
            return true;
        }
        var codeText = MappedCode(line, ref name);
        FunctionCode code;
        if (codeText is null && IsUnitRow(name))
        {
            // The unit's own row (a department prints one block per unit): its figures are the table's total.
            if (!_summaries.Contains(SummaryLine.Total))
            {
                AddSummary(new SummaryRow(SummaryLine.Total, name, MappedColumns, RowValues(line, name), line.Number));
            }
            return true;
        }
        if (codeText is null && RowsSayOtherKind(name) is { } other)
        {
            return RereadAs(other, line);
        }
        if (codeText is null)
        {
            if (name.Length == 0 || !TryFunctionByName(name, HasAmounts(line), line.Number, out code))
            {
                // A heading without figures, or a row reported above.
                return name.Length > 0;
            }
        }
        else if (!FunctionCode.TryParse(Relative(codeText), out code))
        {
            ReportBadCode(line, codeText, "function classification code (支出功能分类科目编码: 3, 5 or 7 digits)");
            return true;
        }
        AddFunctionRow(code, Labels.StripOrdinal(name.Trim()), RowValues(line, code.Value), line.Number);
        Remember(code);
        return true;
    }

    private FunctionCode? _openClass;
    private string? _splitClass;
    private string? _splitSection;
    private FunctionCode? _openSection;

    /// <summary>Keeps the class and section a later row printed without a code belongs under.</summary>
    private void Remember(FunctionCode code)
    {
        switch (code.Value.Length)
        {
            case 3:
                _openClass = code;
                _openSection = null;
                break;
            case 5:
                _openSection = code;
                break;
        }
    }

    /// <summary>A 2-digit code printed under its parent (款 or 项 alone): the code of the open class or section with it.</summary>
    private string Relative(string code)
    {
        if (code.Length == 2 && CellChars.AllAsciiDigits(code))
        {
            if (_openSection is { } section)
            {
                return section.Value + code;
            }
            if (_openClass is { } klass)
            {
                return klass.Value + code;
            }
        }
        return code;
    }

    /// <summary>A row named after the unit (or a unit of the department: a name ending as units' names end) with no code.</summary>
    private bool IsUnitRow(string name) =>
        name.Length >= 4 && (_context.IsUnitName(name, _unitName) || UnitNameShape().IsMatch(Labels.Normalize(name)))
        && !_context.Catalog.FindFunctionsByName(Labels.Normalize(name)).Any();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,}(?:市|省|区|县|州)\p{IsCJKUnifiedIdeographs}*(?:局|委员会|委|办公室|厅|院|部|中心|所|站|馆|队|处|社|室|署)(?:[(（]\p{IsCJKUnifiedIdeographs}+[)）])?$")]
    private static partial System.Text.RegularExpressions.Regex UnitNameShape();

    private static bool MappedCodeIsUnit(SourceLine line, int index) => CellChars.AllAsciiDigits(line[index]) && line[index].Length is 3 or >= 6 or 4;

    /// <summary>A function code from a name printed without one (一、一般公共服务支出 / （一）人大事务 / 1.行政运行): the
    /// catalog's entry of that name, at the level the ordinal suggests when the name is ambiguous.</summary>
    private bool TryFunctionByName(string name, bool hasAmounts, int lineNumber, out FunctionCode code)
    {
        var n = Labels.Normalize(name);
        code = default;
        var candidates = _context.Catalog.FindFunctionsByName(n);
        // The same name (行政运行) sits under many sections: the one under the class and section read last.
        FunctionCode? best = null;
        foreach (var c in candidates)
        {
            var v = c.Value;
            if (v.Length == 3 && best is null)
            {
                best = c;
            }
            else if (v.Length == 5 && _openClass is { } oc && v.StartsWith(oc.Value, StringComparison.Ordinal) && (best is null || best.Value.Value.Length == 3))
            {
                best = c;
            }
            else if (v.Length == 7 && _openSection is { } os && v.StartsWith(os.Value, StringComparison.Ordinal))
            {
                best = c;
            }
        }
        if (best is null && candidates.Count == 1 && (candidates[0].Value.Length == 3
            || (_openClass is null && _openSection is null)))
        {
            best = candidates[0];
        }
        if (best is { } found)
        {
            code = found;
            return true;
        }
        if (hasAmounts)
        {
            Log.Add(ImportRules.Row, Severity.Error,
                $"Line {lineNumber}: \"{name}\" is printed without a code, and the catalog of {_context.Catalog.Year} has no such name under {(_openSection ?? _openClass)?.Value ?? "the classes"}; the row is not imported and its amounts are missing (give a fuller catalog: ImportOptions.Catalog).",
                lineNumber, Kind, name);
            code = default;
            return false;
        }
        return false;
    }

    private bool ReadMappedEconomic(SourceLine line)
    {
        var map = _map!;
        var name = Label(line);
        if (TryMappedTotal(line, name))
        {
            return true;
        }
        var codeText = MappedCode(line, ref name);
        EconomicCode? deptCode = null;
        if (codeText is not null)
        {
            if (!EconomicCode.TryParse(codeText, out var parsed))
            {
                if (IsEconomicSubItem(codeText))
                {
                    // 3010201 under 30102: a province's breakdown of the 款 printed above it, whose row carries the amount.
                    return true;
                }
                if (SectionOfLoneSubItem(codeText) is { } section)
                {
                    parsed = section;
                }
                else
                {
                    ReportBadCode(line, codeText, "economic classification code (支出经济分类科目编码)");
                    return true;
                }
            }
            deptCode = parsed;
        }
        if (name.Length == 0 && deptCode is null)
        {
            return false;
        }
        int govNameAt = map.IndexOf(ColumnRole.GovernmentName), govCodeAt = map.IndexOf(ColumnRole.GovernmentCode);
        string govName = govNameAt >= 0 ? line[govNameAt] : string.Empty;
        EconomicCode? govCode = govCodeAt >= 0 && EconomicCode.TryParse(line[govCodeAt], out var g) ? g : null;
        if (govCode is null && CodeAndName().Match(govName) is { Success: true } govMatch && EconomicCode.TryParse(govMatch.Groups["code"].Value, out var printed))
        {
            // The government class printed with its code (50101-工资奖金津补贴).
            govCode = printed;
            govName = govMatch.Groups["name"].Value;
        }
        name = Labels.StripOrdinal(name.Trim());
        deptCode ??= _context.Catalog.TryFindEconomicByName(name, EconomicSystem.Department, out var d) ? d : null;
        if (deptCode is null && govName.Length == 0 && IsUnitRow(name))
        {
            // The unit's own row over its economic classes (广州市信访局（本级）): the table's total, or the total again.
            if (!_summaries.Contains(SummaryLine.Total))
            {
                AddSummary(new SummaryRow(SummaryLine.Total, name, MappedColumns, RowValues(line, name), line.Number));
            }
            return true;
        }
        if (govName.Length > 0)
        {
            govCode ??= _context.Catalog.TryFindEconomicByName(govName, EconomicSystem.Government, out var gc) ? gc : null;
        }
        bool isClass = deptCode is { } dc ? dc.Value.Length == 3 : govName.Length == 0 && govNameAt >= 0;
        var key = deptCode?.Value ?? name;
        AddEconomicRow(new EconomicRow(deptCode, name, govCode, govName.Length == 0 ? null : govName, isClass, MappedColumns, RowValues(line, key), line.Number));
        return true;
    }

    /// <summary>Whether a code is a province's sub-item of the economic 款 read last (7 digits extending its 5): the
    /// breakdown some provinces print under a 款 (3010201 规范性津补贴 under 30102 津贴补贴).</summary>
    private bool IsEconomicSubItem(string code) =>
        code.Length == 7 && CellChars.AllAsciiDigits(code)
        && _rows.Count > 0 && _rows[^1] is EconomicRow or SummaryRow
        && _rows.OfType<EconomicRow>().LastOrDefault() is { DepartmentCode: { } last } && last.Value.Length == 5
        && code.StartsWith(last.Value, StringComparison.Ordinal);

    private bool ReadMappedThreePublic(SourceLine line)
    {
        if (IsAnotherYearsRow(line))
        {
            return true;
        }
        var label = Labels.Normalize(Label(line));
        if (_horizontalThreePublic)
        {
            // Under the 合计 row of a table printed across, each unit's row is a part of it.
            return true;
        }
        SummaryLine? which = label switch
        {
            // The lines a merged table adds (行政经费, 机关运行经费) and those some provinces print beside the “三公” (会议费, 培训费).
            _ when label.Contains("行政经费", StringComparison.Ordinal) => SummaryLine.AdministrativeExpenses,
            _ when label.Contains("机关运行经费", StringComparison.Ordinal) => SummaryLine.OperatingExpenses,
            _ when label.Contains("会议费", StringComparison.Ordinal) => SummaryLine.Meetings,
            _ when label.Contains("培训费", StringComparison.Ordinal) => SummaryLine.Training,
            _ when label.Contains("三公", StringComparison.Ordinal) && _summaries.Contains(SummaryLine.Total) => SummaryLine.ThreePublicSubtotal,
            _ when (label.StartsWith("合计", StringComparison.Ordinal) || label is "总计") && HorizontalThreePublic(line) => null,
            _ when label.StartsWith("合计", StringComparison.Ordinal) || label.Contains("三公", StringComparison.Ordinal) || label is "总计" => SummaryLine.Total,
            _ when label.Contains("出国", StringComparison.Ordinal) => SummaryLine.OverseasTravel,
            _ when label.Contains("接待", StringComparison.Ordinal) => SummaryLine.Reception,
            _ when label.Contains("购置及运行", StringComparison.Ordinal) || label.Contains("购置和运行", StringComparison.Ordinal) || label.Contains("车购置及运", StringComparison.Ordinal) => SummaryLine.Vehicles,
            _ when label.Contains("购置", StringComparison.Ordinal) => SummaryLine.VehiclePurchase,
            _ when label.Contains("运行", StringComparison.Ordinal) && !label.Contains("机关运行", StringComparison.Ordinal) => SummaryLine.VehicleOperation,
            _ => null,
        };
        if (_horizontalThreePublic)
        {
            return true;
        }
        if (which is not { } s)
        {
            return HorizontalThreePublic(line);
        }
        AddSummary(new SummaryRow(s, Label(line), MappedColumns, RowValues(line, s.ToString()), line.Number));
        return true;
    }

    /// <summary>True once a 三公 table printed across has been read from its first row (合计, or the unit's).</summary>
    private bool _horizontalThreePublic;
    /// <summary>The part of a stacked header from its last 公务用车 on (the whole header when it has none).</summary>
    private static string LastVehicleHeading(string h)
    {
        int at = h.LastIndexOf("公务用车", StringComparison.Ordinal);
        return at > 0 ? h[at..] : h;
    }

    /// <summary>A vehicle column's own heading in a stacked header: from its last 公务用车 on, and of that the sub-heading
    /// printed under 公务用车购置及运行（维护）费 when there is one (…购置及运行费 | 购置费 → 购置费).</summary>
    private static string VehicleColumnHeading(string h)
    {
        var last = LastVehicleHeading(h);
        foreach (var whole in (ReadOnlySpan<string>)["购置及运行维护费", "购置和运行维护费", "购置及运行费", "购置和运行费"])
        {
            int at = last.IndexOf(whole, StringComparison.Ordinal);
            if (at >= 0 && at + whole.Length < last.Length)
            {
                return last[(at + whole.Length)..];
            }
        }
        return last;
    }

    /// <summary>Whether a header names 公务用车购置及运行（维护）费, the sum of purchase and operation.</summary>
    private static bool IsVehiclesHeading(string h) =>
        h.Contains("购置及运行", StringComparison.Ordinal) || h.Contains("购置和运行", StringComparison.Ordinal);

    /// <summary>A 三公 table printed across (one row, a column per line: 合计 | 因公出国（境）费 | 公务用车… | 公务接待费).</summary>
    private bool HorizontalThreePublic(SourceLine line)
    {
        var map = _map!;
        var found = new List<(SummaryLine Line, int Index, string Header)>();
        bool byPeriod = map.Headers.Any(IsCurrentPeriodHeader)
            && map.Headers.Any(h => h.StartsWith("上年", StringComparison.Ordinal) || h.Contains("增减", StringComparison.Ordinal));
        for (int i = 0; i < map.Headers.Length; i++)
        {
            var h = map.Headers[i];
            if (byPeriod && !IsCurrentPeriodHeader(h))
            {
                // A table printed by period (上年 | 当年 | 增减变化情况): this year's columns only.
                continue;
            }
            SummaryLine? which = h switch
            {
                _ when h.Contains("出国", StringComparison.Ordinal) => SummaryLine.OverseasTravel,
                _ when h.Contains("接待", StringComparison.Ordinal) => SummaryLine.Reception,
                _ when h.EndsWith("小计", StringComparison.Ordinal) && h.Contains("公务用车", StringComparison.Ordinal) => SummaryLine.Vehicles,
                // Stacked headers: the column's own heading (公务用车购置及运行费 over 购置费 | 运行费, or over 公务用车运行费;
                // 公务用车运行维护费 over a fund).
                _ when IsVehiclesHeading(VehicleColumnHeading(h)) => SummaryLine.Vehicles,
                // The part's own heading, however it words the money (购置费, 购置经费 wrapped as 公务用车购置 / 经费; 运行费,
                // 运行维护费, 运行维护经费).
                _ when VehicleColumnHeading(h) is var own && own.Contains("购置", StringComparison.Ordinal) && !own.Contains("运行", StringComparison.Ordinal) => SummaryLine.VehiclePurchase,
                _ when VehicleColumnHeading(h) is var own && (own.Contains("公务用车运行", StringComparison.Ordinal) || own.Contains("运行费", StringComparison.Ordinal) || own.Contains("运行维护费", StringComparison.Ordinal)) => SummaryLine.VehicleOperation,
                _ when IsVehiclesHeading(h) => SummaryLine.Vehicles,
                _ when h.Contains("车购置", StringComparison.Ordinal) || h.EndsWith("购置费", StringComparison.Ordinal) => SummaryLine.VehiclePurchase,
                _ when h.Contains("运行维护", StringComparison.Ordinal) || h.EndsWith("运行费", StringComparison.Ordinal) => SummaryLine.VehicleOperation,
                _ when h.Contains("会议", StringComparison.Ordinal) => SummaryLine.Meetings,
                _ when h.Contains("培训", StringComparison.Ordinal) => SummaryLine.Training,
                _ when h.Contains("机关运行", StringComparison.Ordinal) => null,
                // The “三公” subtotal beside a 合计 that adds 会议费 and 培训费 (…“三公”经费预算 | 小计).
                _ when h.Contains("三公", StringComparison.Ordinal) && h.EndsWith("小计", StringComparison.Ordinal) && !h.Contains("公务用车", StringComparison.Ordinal)
                    && map.Headers.Any(o => o.Contains("会议", StringComparison.Ordinal) || o.Contains("培训", StringComparison.Ordinal)) => SummaryLine.ThreePublicSubtotal,
                _ when h.EndsWith("合计", StringComparison.Ordinal) || h.EndsWith("总计", StringComparison.Ordinal) || h.EndsWith("总额", StringComparison.Ordinal)
                    || h.Contains("三公", StringComparison.Ordinal) && h.EndsWith("计", StringComparison.Ordinal) => SummaryLine.Total,
                // 小计 right under this year's period heading (当年预算 | 小计, beside the items' columns): the year's total.
                _ when byPeriod && h.EndsWith("小计", StringComparison.Ordinal) => SummaryLine.Total,
                // 总计 over its funds (总计 | 一般公共预算, 政府性基金预算 …): the total, from its first fund column.
                _ when h.StartsWith("总计", StringComparison.Ordinal) || h.StartsWith("合计", StringComparison.Ordinal) => SummaryLine.Total,
                _ => null,
            };
            if (which is { } s && !found.Any(f => f.Line == s) && i < line.Cells.Length && Amounts.LooksNumeric(line[i]) | line[i].Length == 0)
            {
                found.Add((s, i, h));
            }
        }
        if (found.Count < 2 || !HasAmounts(line))
        {
            return false;
        }
        // One figure per line: the amount goes to the total column of the table (the 三公 lines carry 合计 only here).
        var single = new[] { TableColumn.Total };
        _columns = single;
        _horizontalThreePublic = true;
        foreach (var (s, i, h) in found)
        {
            if (!Amounts.TryRead(line[i], Unit, out var value, out var reason))
            {
                Log.BadCell(line, i, reason, Kind, s.ToString(), TableColumn.Total);
                value = Money.Zero;
            }
            if (!_summaries.Contains(s))
            {
                AddSummary(new SummaryRow(s, h, single, [value], line.Number));
            }
        }
        return true;
    }

    private bool ReadMappedNamed(SourceLine line)
    {
        var level = ProjectLevel(line);
        var name = ProjectBesideUnit(line) ?? level?.Name ?? Label(line);
        if (name.Length == 0)
        {
            int code = _map!.IndexOf(ColumnRole.Code);
            name = code >= 0 ? line[code] : string.Empty;
        }
        if (name.Length == 0)
        {
            return !HasAmounts(line);
        }
        var normalized = Labels.Normalize(name);
        bool isUnitRow = IsTotalLabel(normalized) || normalized.Contains("合计", StringComparison.Ordinal)
            || (Kind != TableKind.OperatingExpenses && _context.IsUnitName(name, _unitName));
        int codeAt = _map!.IndexOf(ColumnRole.Code);
        if (!isUnitRow && codeAt >= 0 && line[codeAt].Length > 0 && CellChars.AllAsciiDigits(line[codeAt]))
        {
            _namedCodes[_rows.Count] = line[codeAt];
        }
        else if (!isUnitRow && codeAt < 0)
        {
            NoteSplitNamedCode(line);
        }
        // A group row over projects (a 类型 or 一级项目 of the project library, or a category named …类项目) is a
        // subtotal kept in the table, not a project.
        bool isGroup = !isUnitRow && IsProjectTable && (level is { Group: true } || Labels.IsProjectCategory(normalized));
        _rows.Add(new NamedRow(name, isUnitRow ? RowRole.Total : isGroup ? RowRole.Summary : RowRole.Detail, MappedColumns, RowValues(line, name), line.Number));
        return true;
    }

    /// <summary>Whether the table lists projects (项目支出表 本年 or 上年结转).</summary>
    private bool IsProjectTable => Kind is TableKind.ProjectExpenditureCurrent or TableKind.ProjectExpenditureCarryOver;

    /// <summary>In a project table whose header prints the levels of the project library in columns of their own
    /// (类型 | 一级项目 | 二级项目, 项目类别 | 项目名称): the row's name and whether it is a group row, a row whose text is in
    /// a group column (类型, 类别, 一级项目) only. A row printing its project's name (二级项目, 项目名称) is that project,
    /// whatever groups it repeats beside it. Null when the header lacks either level or the row has no text before its amounts.</summary>
    private (string Name, bool Group)? ProjectLevel(SourceLine line)
    {
        if (!IsProjectTable)
        {
            return null;
        }
        var map = _map!;
        int end = map.IndexOf(ColumnRole.Amount);
        end = end < 0 ? map.Headers.Length : end;
        bool groupColumn = false, projectColumn = false;
        string? group = null, project = null;
        for (int i = 0; i < end; i++)
        {
            var cell = line[i];
            bool text = cell.Length > 0 && !Amounts.LooksNumeric(cell);
            if (HeaderMap.IsProjectGroupHeader(map.Headers[i]))
            {
                groupColumn = true;
                group = text ? cell : group;
            }
            else if (HeaderMap.IsProjectNameHeader(map.Headers[i]))
            {
                projectColumn = true;
                project ??= text ? cell : null;
            }
        }
        // Both levels printed: a lone column headed 类别 (支出项目类别) names the rows themselves.
        return !(groupColumn && projectColumn) ? null : project is not null ? (project, false) : group is not null ? (group, true) : null;
    }

    /// <summary>True when a name column's header names units (单位名称, 预算单位), not when 单位 is only the money unit
    /// (单位：万元) of a line printed over the header.</summary>
    private static bool NamesUnits(string header) => MoneyUnitLabel().Replace(header, "").Contains("单位", StringComparison.Ordinal);

    /// <summary>单位：万元, 单位:元, 单位万元: the money unit a line over the header states.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("单位[:：]?(?:万元|元)")]
    private static partial System.Text.RegularExpressions.Regex MoneyUnitLabel();

    /// <summary>A table of projects (tables 12, 13, 项目支出总表) that names each row's unit in a column of its own
    /// (单位名称 | 项目名称): the project's name, when the row prints one; null for other layouts and kinds.</summary>
    private string? ProjectBesideUnit(SourceLine line)
    {
        if (!IsProjectTable && Kind != TableKind.ProjectExpenditureSummary)
        {
            // Other named-row tables (政府采购 by category, unit and item) name their rows by the first name column.
            return null;
        }
        var map = _map!;
        int unit = map.IndexOf(ColumnRole.Name);
        int project = unit >= 0 ? map.IndexOf(ColumnRole.Name, unit + 1) : -1;
        if (project < 0 || !NamesUnits(map.Headers[unit]) || NamesUnits(map.Headers[project]))
        {
            return null;
        }
        return line[project].Length > 0 ? line[project] : null;
    }

    // ---- tables 1 and 4: revenue on the left, expenditure on the right ----

    private bool ReadMappedTwoSided(SourceLine line)
    {
        int side = _map!.RightSideStart;
        string left = Labels.Normalize(Label(line, 0, side));
        string right = Labels.Normalize(Label(line, side));
        bool read = false;
        if (left.Length > 0)
        {
            read |= ReadMappedRevenueSide(line, left);
        }
        if (right.Length > 0)
        {
            read |= ReadMappedExpenditureSide(line, right);
        }
        return read || !HasAmounts(line);
    }

    private Money LeftAmount(SourceLine line, string key)
    {
        var left = _mappedLeft!;
        if (left.Count == 0)
        {
            return Money.Zero;
        }
        var values = MappedValues(line, [left[0]], key);
        return values[0];
    }

    private bool ReadMappedRevenueSide(SourceLine line, string name)
    {
        var single = StandardColumns.SingleAmount;
        SummaryLine? summary = name switch
        {
            _ when name.Contains("本年收入合计", StringComparison.Ordinal) || name is "本年收入" or "本年收入小计" => SummaryLine.CurrentYearRevenue,
            // 收入合计 is this year's total, or the grand total when printed after 本年收入合计 and 上年结转.
            // A bare 合计 on the revenue side (printed first, over the sources, by some provinces) reads as 收入合计.
            _ when name is "收入合计" or "合计" => _summaries.Contains(SummaryLine.CurrentYearRevenue) ? SummaryLine.RevenueGrandTotal : SummaryLine.CurrentYearRevenue,
            _ when name.Contains("收入总计", StringComparison.Ordinal) || name is "总计" => SummaryLine.RevenueGrandTotal,
            _ when (name.StartsWith("上年", StringComparison.Ordinal) || name.StartsWith("上级", StringComparison.Ordinal) == false && name.Contains("上年结转", StringComparison.Ordinal)) && name.Contains("结转", StringComparison.Ordinal) => SummaryLine.CarryOverRevenue,
            // 上年实户资金余额: the balance carried from last year in the unit's own accounts (Shaanxi), its 上年结转.
            _ when name.StartsWith("上年", StringComparison.Ordinal) && name.EndsWith("余额", StringComparison.Ordinal) && !_summaries.Contains(SummaryLine.CarryOverRevenue) => SummaryLine.CarryOverRevenue,
            _ => null,
        };
        if (summary is { } s)
        {
            if (!_summaries.Contains(s))
            {
                AddSummary(new SummaryRow(s, name, single, [LeftAmount(line, name)], line.Number));
            }
            _inCarryOver = s == SummaryLine.CarryOverRevenue;
            return true;
        }
        if (_inCarryOver && CarriedOverOf(name) is { } of)
        {
            // A part of 上年结余、结转 by source (1.一般公共预算拨款结余、结转): that source's carry-over; a part by kind of
            // money (财政拨款结余、结转, 非财政拨款结余、结转) is detail of the carry-over line read above.
            if (FundingLabels.TryParseFundSource(of, out var carried) && carried != FundSource.FiscalAppropriation)
            {
                _rows.Add(new SourceRow(carried, name, single, [LeftAmount(line, name)], line.Number, isCarryOver: true));
            }
            return true;
        }
        if (FundingLabels.TryParseFundSource(WithoutScopeNote(name), out var source))
        {
            _rows.Add(new SourceRow(source, name, single, [LeftAmount(line, name)], line.Number, _inCarryOver));
            _sawUnitFunds |= source == FundSource.UnitFunds;
            return true;
        }
        if (IsUnitFundsPart(WithoutFundsSuffix(Labels.StripOrdinal(name))))
        {
            // 事业收入, 上级补助收入 …: the parts of 单位资金. Under a printed 单位资金 line they are its detail; printed in its
            // place, each is a line of 单位资金.
            if (!_sawUnitFunds || _unitFundsFromParts)
            {
                _rows.Add(new SourceRow(FundSource.UnitFunds, name, single, [LeftAmount(line, name)], line.Number, _inCarryOver));
                _unitFundsFromParts = true;
                _sawUnitFunds = true;
            }
            return true;
        }
        if (IsRevenueSubheading(name) || IsPartOfLineAbove(name))
        {
            return true;
        }
        ReportUnknownName(line, 0, "fund source", _mappedLeft!.Any(a => a.Indices.Any(i => line[i].Length > 0 && !Amounts.IsEmptyMark(line[i]) && line[i] != "0.00")));
        return true;
    }

    /// <summary>The code printed on named rows (机关运行经费 by economic code), by row index.</summary>
    private readonly Dictionary<int, string> _namedCodes = [];

    /// <summary>Named rows whose code has children among the rows (302 over 30201 …) are subtotals, not details: the
    /// table's 合计 is the sum of the details.</summary>
    private void MarkSubtotals()
    {
        foreach (var (index, code) in _namedCodes)
        {
            if (_namedCodes.Values.Any(c => c.Length > code.Length && c.StartsWith(code, StringComparison.Ordinal)) && _rows[index] is NamedRow row)
            {
                _rows[index] = new NamedRow(row.Name, RowRole.Summary, row.Columns, row.Values.ToArray(), row.Line);
            }
        }
    }

    private bool _sawUnitFunds;
    private bool _unitFundsFromParts;

    /// <summary>A revenue line without the 资金 some provinces add to every source (事业收入资金 → 事业收入).</summary>
    private static string WithoutFundsSuffix(string name) =>
        name.Length > 4 && name.EndsWith("收入资金", StringComparison.Ordinal) ? name[..^2] : name;

    private static bool IsUnitFundsPart(string name) => IsUnitFundsLine(name);

    /// <summary>What a line under 上年结转 carries over (一般公共预算拨款 of 1.一般公共预算拨款结余、结转), or null when the
    /// line does not say it is carried over.</summary>
    private static string? CarriedOverOf(string name)
    {
        var n = Labels.StripOrdinal(name).Replace("、", "", StringComparison.Ordinal);
        foreach (var suffix in (ReadOnlySpan<string>)["结余结转", "结转结余", "结转", "结余"])
        {
            if (n.Length > suffix.Length && n.EndsWith(suffix, StringComparison.Ordinal))
            {
                return n[..^suffix.Length];
            }
        }
        return null;
    }

    /// <summary>Spending of a kind, not a functional class, that 表一 may list after the classes.</summary>
    private static bool IsNonFunctionalSpending(string name) =>
        name is "对附属单位补助支出" or "上缴上级支出" or "事业单位经营支出" or "经营支出";

    /// <summary>A revenue line that heads the lines under it: 收入, 项目. (财政拨款, or 预算拨款 as Guangdong prints it, is
    /// read as <see cref="FundSource.FiscalAppropriation"/>, the sum of its funds.)</summary>
    private static bool IsRevenueSubheading(string name) =>
        name is "收入" or "项目" || name.EndsWith("收入", StringComparison.Ordinal) && name.Length <= 3 || IsBudgetHeading(name);

    /// <summary>A revenue line that begins 其中 and names no fund source (其中：专项资金列入部门预算的项目 under 一般公共预算拨款,
    /// 其中：纳入财政专户管理的收费 under 事业收入): a part of the line above, already in that line's figure, not money of
    /// its own — read past (a 其中 line that names a source, 其中：政府性基金, is that source's line).</summary>
    private static bool IsPartOfLineAbove(string name) => name.StartsWith("其中", StringComparison.Ordinal);

    /// <summary>一、部门预算 / 一、单位预算 printed over both sides of 收支总表 (Shaanxi): a heading whose figures restate
    /// the 本年 totals printed below, not a source or a class (一、财政拨款 there is the whole of its funds,
    /// <see cref="FundSource.FiscalAppropriation"/>).</summary>
    private static bool IsBudgetHeading(string name) => Labels.StripOrdinal(name) is "部门预算" or "单位预算";

    private bool ReadMappedExpenditureSide(SourceLine line, string name)
    {
        SummaryLine? summary = name switch
        {
            _ when name.Contains("本年支出合计", StringComparison.Ordinal) || name is "本年支出" or "本年支出小计" => SummaryLine.CurrentYearExpenditure,
            _ when name is "支出合计" or "合计" => _summaries.Contains(SummaryLine.CurrentYearExpenditure) ? SummaryLine.ExpenditureGrandTotal : SummaryLine.CurrentYearExpenditure,
            _ when name.Contains("支出总计", StringComparison.Ordinal) || name is "总计" => SummaryLine.ExpenditureGrandTotal,
            _ when name.StartsWith("年终结转", StringComparison.Ordinal) || name.StartsWith("年末结转", StringComparison.Ordinal) || name.StartsWith("结转下年", StringComparison.Ordinal) => SummaryLine.YearEndCarryForward,
            _ => null,
        };
        if (summary is { } s)
        {
            if (!_summaries.Contains(s))
            {
                AddSummary(new SummaryRow(s, name, MappedColumns, RowValues(line, name), line.Number));
            }
            return true;
        }
        var stripped = Labels.StripOrdinal(name);
        if (IsBudgetHeading(name) || IsExpenditureSideHeading(stripped))
        {
            return true;
        }
        if (_context.Catalog.TryFindFunctionByName(stripped, FunctionLevel.Class, out var code))
        {
            _rows.Add(new FunctionRow(code, name, MappedColumns, RowValues(line, code.Value), line.Number));
            _sawClass = true;
            return true;
        }
        if (_sawClass && !Labels.HasChineseOrdinal(Label(line, _map!.RightSideStart)))
        {
            // A 款 or 项 printed under its class (the table keeps classes; the detail is table 3's).
            return true;
        }
        bool hasFigure = _mappedAmounts!.Any(a => a.Indices.Any(i => line[i].Length > 0 && !Amounts.IsEmptyMark(line[i]) && line[i] != "0.00"));
        if (!hasFigure && IsNonFunctionalSpending(stripped))
        {
            // 对附属单位补助支出, 上缴上级支出, 事业单位经营支出 listed after the classes with nothing in them: spending the
            // functional classification does not hold; with a figure it is reported below (the model has no line for it).
            return true;
        }
        ReportUnknownName(line, _map!.RightSideStart, "expenditure class (支出功能分类 类)", _mappedAmounts!.Any(a => a.Indices.Any(i => line[i].Length > 0 && !Amounts.IsEmptyMark(line[i]) && line[i] != "0.00")));
        return true;
    }
}
